/// The tokeniser's view of one Unicode scalar.
enum CharacterClass: UInt8 {
    /// Separates tokens and is not part of any: spaces, line breaks, C0 controls.
    case space
    /// An Arabic-script letter, tatweel included.
    case arabicLetter
    /// A Latin letter.
    case latinLetter
    /// A letter of another script.
    case otherLetter
    /// A combining mark (tashkeel, Quranic marks, Latin accents): continues the word before it.
    case mark
    /// An invisible format control (ZWNJ, ZWJ, bidi marks, BOM, soft hyphen): inside a word when a
    /// letter or mark follows, otherwise skipped like a space.
    case format
    /// A digit of the ASCII, Arabic-Indic or Extended Arabic-Indic block.
    case digit
    /// `. , / - :` and `٫ ٬`: inside a number between two digits, punctuation elsewhere.
    case numberSeparator
    /// A punctuation mark.
    case punctuation
    /// A symbol (currency, math, emoji…).
    case symbol
}

enum CharacterClasses {
    /// Classes of U+0000–U+007F.
    static let ascii: [CharacterClass] = (0..<128).map { (byte: Int) -> CharacterClass in
        let scalar = UInt8(byte)
        switch scalar {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .latinLetter
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ":"):
            return .numberSeparator
        case UInt8(ascii: "$"), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: ">"),
            UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return .symbol
        case 0x21...0x7E: return .punctuation
        default: return .space  // C0 controls, space, DEL
        }
    }

    /// Classes of the Arabic block, U+0600–U+06FF.
    static let arabic: [CharacterClass] = (0x0600..<0x0700).map { (scalar: Int) -> CharacterClass in
        switch scalar {
        case 0x0600...0x0605: return .format  // number signs
        case 0x0606...0x060B, 0x060E, 0x060F: return .symbol
        case 0x060C, 0x060D: return .punctuation  // ، ؍
        case 0x0610...0x061A: return .mark  // Quranic annotation signs
        case 0x061B, 0x061D, 0x061E, 0x061F: return .punctuation  // ؛ ؞ ؟
        case 0x061C: return .format  // ARABIC LETTER MARK
        case 0x0620...0x064A: return .arabicLetter  // letters and tatweel
        case 0x064B...0x065F: return .mark  // tashkeel
        case 0x0660...0x0669: return .digit
        case 0x066A, 0x066D: return .punctuation  // ٪ ٭
        case 0x066B, 0x066C: return .numberSeparator  // ٫ ٬
        case 0x066E...0x066F: return .arabicLetter
        case 0x0670: return .mark  // dagger alef
        case 0x0671...0x06D3, 0x06D5: return .arabicLetter
        case 0x06D4: return .punctuation  // ۔
        case 0x06DD: return .format
        case 0x06DE, 0x06E9: return .symbol
        case 0x06E5, 0x06E6: return .arabicLetter  // small waw, small yeh
        case 0x06D6...0x06ED: return .mark
        case 0x06EE, 0x06EF, 0x06FA...0x06FC, 0x06FF: return .arabicLetter
        case 0x06F0...0x06F9: return .digit
        default: return .symbol  // ۽ ۾
        }
    }

    /// The class of any scalar outside ASCII and U+0600–U+06FF.
    static func classify(nonASCII scalar: UInt32) -> CharacterClass {
        switch scalar {
        case 0x0750...0x077F, 0x0870...0x0887, 0x0889...0x088E, 0x08A0...0x08C9: return .arabicLetter
        case 0x0898...0x089F, 0x08CA...0x08E1, 0x08E3...0x08FF: return .mark
        case 0x08E2: return .format
        case 0xFB50...0xFBB1, 0xFBD3...0xFD3D, 0xFD50...0xFDC7, 0xFDF0...0xFDFB, 0xFDFD...0xFDFF, 0xFE70...0xFEFC:
            return .arabicLetter
        case 0xFD3E, 0xFD3F: return .punctuation  // ornate parentheses
        case 0xFDFC: return .symbol  // ﷼
        case 0x00AB, 0x00BB: return .punctuation  // « »
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x0085: return .space
        case 0x00AD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF: return .format
        case 0x00C0...0x00D6, 0x00D8...0x00F6, 0x00F8...0x024F, 0x1E00...0x1EFF: return .latinLetter
        case 0x0300...0x036F: return .mark
        case 0x2010...0x2027, 0x2030...0x205E: return .punctuation
        default: break
        }
        guard let value = Unicode.Scalar(scalar) else { return .symbol }
        let properties = value.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control: return .space
        case .format: return .format
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .decimalNumber:
            return .symbol  // digits of other scripts are not read as numbers
        default:
            return properties.isAlphabetic ? .otherLetter : .symbol
        }
    }
}
