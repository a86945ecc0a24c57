import ArabicText
import Testing

/// Normalising twice equals normalising once, for every preset and every single option.
@Suite("Idempotence")
struct IdempotenceTests {
    struct OptionsCase: Sendable, CustomTestStringConvertible {
        let id: String
        let options: NormalizationOptions
        var testDescription: String { id }
    }

    static let optionCases: [OptionsCase] = [
        .init(id: "search", options: .search),
        .init(id: "display", options: .display),
        .init(id: "extraction", options: .extraction),
        .init(id: "everything", options: NormalizationOptions(
            stripTashkeel: true, stripQuranicMarks: true, stripTatweel: true, unifyAlef: true,
            alefMaksuraToYa: true, taMarbutaToHa: true, foldHamzaCarriers: true,
            foldPersianLetters: true, digits: .arabicIndic, numberPunctuation: true,
            compatibilityForms: true, removeControls: true, spaces: .unifyAndCollapse)),
        .init(id: "stripTashkeel", options: .init(stripTashkeel: true)),
        .init(id: "stripQuranicMarks", options: .init(stripQuranicMarks: true)),
        .init(id: "stripTatweel", options: .init(stripTatweel: true)),
        .init(id: "unifyAlef", options: .init(unifyAlef: true)),
        .init(id: "alefMaksuraToYa", options: .init(alefMaksuraToYa: true)),
        .init(id: "taMarbutaToHa", options: .init(taMarbutaToHa: true)),
        .init(id: "foldHamzaCarriers", options: .init(foldHamzaCarriers: true)),
        .init(id: "foldPersianLetters", options: .init(foldPersianLetters: true)),
        .init(id: "digits ascii", options: .init(digits: .ascii)),
        .init(id: "digits arabicIndic", options: .init(digits: .arabicIndic)),
        .init(id: "digits extendedArabicIndic", options: .init(digits: .extendedArabicIndic)),
        .init(id: "numberPunctuation", options: .init(numberPunctuation: true)),
        .init(id: "numberPunctuation ascii", options: .init(digits: .ascii, numberPunctuation: true)),
        .init(id: "numberPunctuation arabicIndic", options: .init(digits: .arabicIndic, numberPunctuation: true)),
        .init(id: "numberPunctuation extended", options: .init(digits: .extendedArabicIndic, numberPunctuation: true)),
        .init(id: "compatibilityForms", options: .init(compatibilityForms: true)),
        .init(id: "removeControls", options: .init(removeControls: true)),
        .init(id: "spaces unify", options: .init(spaces: .unify)),
        .init(id: "spaces collapse", options: .init(spaces: .unifyAndCollapse)),
    ]

    /// Scalars random strings are drawn from: letters (Arabic, Persian, Urdu), marks,
    /// combining hamza, tatweel, controls, digits of every block, number punctuation,
    /// spaces, presentation forms, ligatures, fullwidth digits.
    static let alphabet: [String] = [
        "ا", "أ", "إ", "آ", "ٱ", "ب", "ت", "ة", "ه", "و", "ؤ", "ي", "ى", "ئ", "ء", "ل", "م", "ک", "ی",
        "ے", "ۓ", "ە", "ۀ", "ھ", "ٸ", "ٵ",
        Mark.fatha, Mark.damma, Mark.kasra, Mark.shadda, Mark.sukun, Mark.fathatan, Mark.superscriptAlef,
        Mark.maddahAbove, Mark.hamzaAbove, Mark.hamzaBelow, Mark.smallHighSallallahou, Mark.endOfAyah,
        "ـ", Invisible.zeroWidthNonJoiner, Invisible.zeroWidthJoiner, Invisible.rightToLeftMark,
        Invisible.byteOrderMark, Invisible.softHyphen,
        "0", "5", "9", "٠", "٣", "٩", "۰", "۴", "۹", "\u{FF12}", "²",
        ".", ",", "%", "٫", "٬", "٪",
        " ", " ", "\t", "\n", Invisible.noBreakSpace, Invisible.emSpace,
        "\u{FEFB}", "\u{FDF2}", "\u{FDFA}", "\u{FE91}", "\u{FEEA}", "\u{FBFC}", "\u{FBFE}", "\u{FE70}", "\u{FCF2}",
        "a", "Z", "é", "e\u{0301}", "😀",
    ]

    /// A deterministic pseudo-random generator (SplitMix64).
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(state: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...24, using: &generator)
            return (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
        }
    }

    static let samples: [String] = [
        Fixtures.seedText,
        "قَالَ رَسُولُ اللَّهِ ﷺ: «إِنَّمَا الْأَعْمَالُ بِالنِّيَّاتِ» ١٢٣٫٥٪ \u{FEFB}\u{200F}ـ کتاب فی\u{00A0} ایران",
        "1.5, 2,000 and ٣٫٥٪ or ۱۲٬۰۰۰ ٪",
    ]

    @Test("Twice equals once", arguments: optionCases)
    func twiceEqualsOnce(_ c: OptionsCase) {
        let normalizer = ArabicNormalizer(options: c.options)
        var failures = 0
        for text in Self.samples + Self.randomTexts(count: 2000, seed: 0x5EED) {
            let once = normalizer.normalizedString(text)
            let twice = normalizer.normalizedString(once)
            if once != twice {
                failures += 1
                if failures <= 3 {
                    Issue.record("\(text.unicodeScalars.map { String($0.value, radix: 16) }) → \(once.debugDescription) → \(twice.debugDescription)")
                }
            }
        }
        #expect(failures == 0)
    }

    @Test("The map survives random text", arguments: optionCases)
    func randomMaps(_ c: OptionsCase) {
        let normalizer = ArabicNormalizer(options: c.options)
        for text in Self.randomTexts(count: 300, seed: 0xD1CE) {
            let result = normalizer.normalize(text)
            #expect(result.text == normalizer.normalizedString(text))
            let map = result.offsetMap
            var last = 0
            for p in 0...map.normalizedUTF8Count {
                let offset = map.originalUTF8Offset(fromNormalizedUTF8: p)
                #expect(offset >= last && offset <= map.originalUTF8Count)
                last = offset
            }
            if map.normalizedUTF8Count > 0 {
                let all = result.originalUTF8Range(fromNormalizedUTF8: 0..<map.normalizedUTF8Count)
                #expect(all == 0..<map.originalUTF8Count)
            }
        }
    }
}
