/// One token of a text: its kind and where it lies in the text that was tokenised.
///
/// `قالَ الرئيس: نما ٣٫٥٪` → `قالَ` (arabicWord), `الرئيس` (arabicWord), `:` (punctuation),
/// `نما` (arabicWord), `٣٫٥` (number), `٪` (punctuation).
public struct Token: Sendable, Hashable {
    /// What the token is made of.
    public var kind: TokenKind
    /// UTF-8 byte offsets into the tokenised string, end exclusive.
    public var utf8Range: Range<Int>
    /// Unicode-scalar offsets into the tokenised string, end exclusive (the JSON unit).
    public var scalarRange: Range<Int>

    /// Creates a token.
    public init(kind: TokenKind, utf8Range: Range<Int>, scalarRange: Range<Int>) {
        self.kind = kind
        self.utf8Range = utf8Range
        self.scalarRange = scalarRange
    }

    /// The token's text as a slice of `string`, which must be the string that was tokenised.
    ///
    /// - Complexity: O(1) for native strings.
    public func text(in string: String) -> Substring {
        let utf8 = string.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let upper = utf8.index(lower, offsetBy: utf8Range.count)
        return string[lower..<upper]
    }
}

/// The kind of a token.
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// Arabic-script letters with any tashkeel, Quranic marks, tatweel or ZWNJ inside: `الرَّئِيسُ`.
    case arabicWord
    /// Latin letters, with digits after the first letter: `OPEC`, `COVID19`.
    case latinWord
    /// Digits of any of the three blocks, with `. , ٫ ٬ / - :` between digits: `12,345.67`, `٣٫٥`, `28/11/2026`.
    case number
    /// One punctuation mark: `،`, `.`, `«`, `٪`.
    case punctuation
    /// One symbol: `+`, `$`, `©`, an emoji.
    case symbol
    /// Letters of another script (Hebrew, CJK…), as one token per run.
    case other

    /// The name used in JSON and on the command line: `arabic_word`, `number`…
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
