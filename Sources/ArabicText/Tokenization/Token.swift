/// One token of a text: its kind and where it lies in the text that was tokenised.
///
/// `قالَ الرئيس: نما ٣٫٥٪` → `قالَ` (arabicWord), `الرئيس` (arabicWord), `:` (punctuation),
/// `نما` (arabicWord), `٣٫٥` (number), `٪` (punctuation).
public struct Token: Sendable, Hashable {
    /// What the token is made of.
    ///
    /// In `"عام 2026"` the tokens' kinds are `.arabicWord` (`عام`) and `.number` (`2026`).
    public var kind: TokenKind
    // Offsets are stored in 32 bits: a token is 17 bytes instead of 33, which makes building
    // the token array of a text ~10 % faster. Texts up to 4 GiB of UTF-8 are supported.
    private var utf8Start: UInt32
    private var utf8End: UInt32
    private var scalarStart: UInt32
    private var scalarEnd: UInt32

    /// UTF-8 byte offsets into the tokenised string, end exclusive.
    ///
    /// In `"في عُمان"` the token `عُمان` has `utf8Range` 5..<15 (the damma is inside it).
    public var utf8Range: Range<Int> {
        get { Int(utf8Start)..<Int(utf8End) }
        set {
            utf8Start = Self.offset(newValue.lowerBound)
            utf8End = Self.offset(newValue.upperBound)
        }
    }

    /// Unicode-scalar offsets into the tokenised string, end exclusive (the JSON unit).
    ///
    /// In `"في عُمان"` the token `عُمان` has `scalarRange` 3..<8.
    public var scalarRange: Range<Int> {
        get { Int(scalarStart)..<Int(scalarEnd) }
        set {
            scalarStart = Self.offset(newValue.lowerBound)
            scalarEnd = Self.offset(newValue.upperBound)
        }
    }

    /// Creates a token; offsets must be below 2³² (texts up to 4 GiB).
    ///
    /// ```swift
    /// Token(kind: .arabicWord, utf8Range: 0..<4, scalarRange: 0..<2)   // "في" in "في عمان"
    /// ```
    public init(kind: TokenKind, utf8Range: Range<Int>, scalarRange: Range<Int>) {
        self.kind = kind
        utf8Start = Self.offset(utf8Range.lowerBound)
        utf8End = Self.offset(utf8Range.upperBound)
        scalarStart = Self.offset(scalarRange.lowerBound)
        scalarEnd = Self.offset(scalarRange.upperBound)
    }

    /// The tokeniser's initialiser: offsets already known to fit.
    @inline(__always)
    init(kind: TokenKind, utf8Start: Int, utf8End: Int, scalarStart: Int, scalarEnd: Int) {
        self.kind = kind
        self.utf8Start = UInt32(truncatingIfNeeded: utf8Start)
        self.utf8End = UInt32(truncatingIfNeeded: utf8End)
        self.scalarStart = UInt32(truncatingIfNeeded: scalarStart)
        self.scalarEnd = UInt32(truncatingIfNeeded: scalarEnd)
    }

    /// Largest text the tokeniser accepts, in UTF-8 bytes.
    static let maximumUTF8Count = Int(UInt32.max)

    private static func offset(_ value: Int) -> UInt32 {
        precondition(value >= 0 && value <= maximumUTF8Count, "token offset out of range (texts up to 4 GiB)")
        return UInt32(truncatingIfNeeded: value)
    }

    /// The token's text as a slice of `string`, which must be the string that was tokenised.
    ///
    /// ```swift
    /// let text = "في عُمان"
    /// Tokenizer().tokens(in: text)[1].text(in: text)   // "عُمان"
    /// ```
    /// - Complexity: O(1) for native strings.
    public func text(in string: String) -> Substring {
        let utf8 = string.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let upper = utf8.index(lower, offsetBy: utf8Range.count)
        return string[lower..<upper]
    }
}

/// The kind of a token.
///
/// ```swift
/// Tokenizer().tokens(in: "نما ٣٫٥٪").map(\.kind)   // [.arabicWord, .number, .punctuation]
/// ```
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// Arabic-script letters with any tashkeel, Quranic marks, tatweel or ZWNJ inside: `الرَّئِيسُ`.
    case arabicWord
    /// Latin letters, with digits after the first letter: `OPEC`, `COVID19`.
    ///
    /// `جائحة COVID19` → `جائحة` (arabicWord), `COVID19` (latinWord).
    case latinWord
    /// Digits of any of the three blocks, with `. , ٫ ٬ / - :` between digits: `12,345.67`, `٣٫٥`, `28/11/2026`.
    case number
    /// One punctuation mark: `،`, `.`, `«`, `٪`.
    case punctuation
    /// One symbol: `+`, `$`, `©`, an emoji.
    ///
    /// `سعر $5` → `سعر` (arabicWord), `$` (symbol), `5` (number).
    case symbol
    /// Letters of another script (Hebrew, CJK…), as one token per run.
    ///
    /// `كلمة שלום 你好` → `كلمة` (arabicWord), `שלום` (other), `你好` (other).
    case other

    /// The name used in JSON and on the command line: `arabic_word`, `number`…
    ///
    /// ```swift
    /// Tokenizer().tokens(in: "مرحبا 2026").map(\.kind.description)   // ["arabic_word", "number"]
    /// ```
    public var description: String {
        switch self {
        case .arabicWord: "arabic_word"
        case .latinWord: "latin_word"
        case .number: "number"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        case .other: "other"
        }
    }
}
