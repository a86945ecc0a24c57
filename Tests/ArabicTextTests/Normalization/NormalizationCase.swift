import ArabicText
import Testing

/// One row of a normalisation table: options, input, expected output.
struct NormalizationCase: Sendable, CustomTestStringConvertible {
    let id: String
    let options: NormalizationOptions
    let input: String
    let expected: String

    init(_ id: String, _ options: NormalizationOptions, _ input: String, _ expected: String) {
        self.id = id
        self.options = options
        self.input = input
        self.expected = expected
    }

    var testDescription: String { id }
}

/// Invisible characters used by the tables, by name.
enum Invisible {
    static let zeroWidthSpace = "\u{200B}"
    static let zeroWidthNonJoiner = "\u{200C}"
    static let zeroWidthJoiner = "\u{200D}"
    static let leftToRightMark = "\u{200E}"
    static let rightToLeftMark = "\u{200F}"
    static let rightToLeftEmbedding = "\u{202B}"
    static let popDirectionalFormatting = "\u{202C}"
    static let rightToLeftIsolate = "\u{2067}"
    static let popDirectionalIsolate = "\u{2069}"
    static let arabicLetterMark = "\u{061C}"
    static let byteOrderMark = "\u{FEFF}"
    static let softHyphen = "\u{00AD}"
    static let noBreakSpace = "\u{00A0}"
    static let emSpace = "\u{2003}"
    static let narrowNoBreakSpace = "\u{202F}"
    static let ideographicSpace = "\u{3000}"
}

/// Combining marks used by the tables, by name.
enum Mark {
    static let fathatan = "\u{064B}"
    static let dammatan = "\u{064C}"
    static let fatha = "\u{064E}"
    static let damma = "\u{064F}"
    static let kasra = "\u{0650}"
    static let shadda = "\u{0651}"
    static let sukun = "\u{0652}"
    static let maddahAbove = "\u{0653}"
    static let hamzaAbove = "\u{0654}"
    static let hamzaBelow = "\u{0655}"
    static let superscriptAlef = "\u{0670}"
    static let smallHighSallallahou = "\u{0610}"
    static let smallHighThreeDots = "\u{06DB}"
    static let endOfAyah = "\u{06DD}"
}
