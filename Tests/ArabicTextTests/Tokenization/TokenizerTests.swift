import Testing
@testable import ArabicText

struct TokenizerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let input: String
        /// Expected tokens as `kind:text`.
        let tokens: [String]
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "words and punctuation", input: "وزارة العمل، مسقط.", tokens: ["arabic_word:وزارة", "arabic_word:العمل", "punctuation:،", "arabic_word:مسقط", "punctuation:."]),
        Case(id: "tashkeel stays inside the word", input: "قالَ الرَّئِيسُ", tokens: ["arabic_word:قالَ", "arabic_word:الرَّئِيسُ"]),
        Case(id: "tatweel stays inside the word", input: "الـعـمـل الـ15", tokens: ["arabic_word:الـعـمـل", "arabic_word:الـ", "number:15"]),
        Case(id: "ZWNJ inside a word", input: "می\u{200C}خواهم", tokens: ["arabic_word:می\u{200C}خواهم"]),
        Case(id: "ZWNJ at a word's end is skipped", input: "کتاب\u{200C} نو", tokens: ["arabic_word:کتاب", "arabic_word:نو"]),
        Case(id: "thousands and decimals", input: "12,345.67 دولار", tokens: ["number:12,345.67", "arabic_word:دولار"]),
        Case(id: "Arabic decimal separator", input: "٣٫٥٪", tokens: ["number:٣٫٥", "punctuation:٪"]),
        Case(id: "Arabic thousands separator", input: "١٬٠٠٠ ريال", tokens: ["number:١٬٠٠٠", "arabic_word:ريال"]),
        Case(id: "numeric date", input: "بتاريخ 28/11/2026م", tokens: ["arabic_word:بتاريخ", "number:28/11/2026", "arabic_word:م"]),
        Case(id: "ISO date", input: "2026-11-28", tokens: ["number:2026-11-28"]),
        Case(id: "Arabic-Indic date", input: "١٢-١٠-٢٠٢٥", tokens: ["number:١٢-١٠-٢٠٢٥"]),
        Case(id: "separator not between digits", input: "95, 10.", tokens: ["number:95", "punctuation:,", "number:10", "punctuation:."]),
        Case(id: "clitic waw before digits", input: "و12", tokens: ["arabic_word:و", "number:12"]),
        Case(id: "Latin words and digits", input: "COVID19 (OPEC)", tokens: ["latin_word:COVID19", "punctuation:(", "latin_word:OPEC", "punctuation:)"]),
        Case(id: "Latin then Arabic split", input: "iPhoneالجديد", tokens: ["latin_word:iPhone", "arabic_word:الجديد"]),
        Case(id: "guillemets", input: "«استراتيجية»", tokens: ["punctuation:«", "arabic_word:استراتيجية", "punctuation:»"]),
        Case(id: "symbols", input: "5 + 3 $", tokens: ["number:5", "symbol:+", "number:3", "symbol:$"]),
        Case(id: "bidi marks are skipped", input: "\u{200F}مسقط\u{200E}", tokens: ["arabic_word:مسقط"]),
        Case(id: "presentation forms are Arabic letters", input: "ﻻ ﷲ", tokens: ["arabic_word:ﻻ", "arabic_word:ﷲ"]),
        Case(id: "other scripts", input: "東京 שלום", tokens: ["other:東京", "other:שלום"]),
        Case(id: "emoji is a symbol", input: "👍🏽", tokens: ["symbol:👍", "symbol:🏽"]),
        Case(id: "empty", input: "", tokens: []),
        Case(id: "only spaces", input: " \n\t\u{00A0}", tokens: []),
        Case(id: "only diacritics", input: "َُ", tokens: ["arabic_word:َُ"]),
        Case(id: "NUL bytes are skipped", input: "a\u{0}b", tokens: ["latin_word:a", "latin_word:b"]),
        Case(id: "one-letter word at the end", input: "و ب", tokens: ["arabic_word:و", "arabic_word:ب"]),
        Case(id: "Arabic Supplement letter inside a word", input: "بݐت", tokens: ["arabic_word:بݐت"]),
        Case(id: "presentation form after Arabic letters", input: "كلﻻم", tokens: ["arabic_word:كلﻻم"]),
        Case(id: "Arabic punctuation ends a word", input: "نعم؟لا", tokens: ["arabic_word:نعم", "punctuation:؟", "arabic_word:لا"]),
        Case(id: "Arabic-Indic digit ends a word", input: "عام٢٠٢٦", tokens: ["arabic_word:عام", "number:٢٠٢٦"]),
    ]

    @Test(arguments: [0..<0, 5..<15, 4_000_000_000..<4_294_967_295])
    func tokenKeepsOffsetsUpTo4GiB(_ range: Range<Int>) {
        let token = Token(kind: .arabicWord, utf8Range: range, scalarRange: range.lowerBound / 2..<range.upperBound / 2)
        #expect(token.utf8Range == range)
        #expect(token.scalarRange == range.lowerBound / 2..<range.upperBound / 2)
    }

    @Test(arguments: cases)
    func tokens(_ c: Case) {
        let tokens = Tokenizer().tokens(in: c.input)
        #expect(tokens.map { "\($0.kind):\($0.text(in: c.input))" } == c.tokens)
    }

    @Test(arguments: cases)
    func offsetsAreConsistent(_ c: Case) {
        let scalars = Array(c.input.unicodeScalars)
        for token in Tokenizer().tokens(in: c.input) {
            let byScalars = String(String.UnicodeScalarView(scalars[token.scalarRange]))
            #expect(byScalars == String(token.text(in: c.input)))
        }
    }

    @Test func seedTokensRoundTrip() {
        let text = Fixtures.seedText
        #expect(!text.isEmpty)
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokens(in: text)
        #expect(tokens.count > 400)
        var previousEnd = 0
        for token in tokens {
            #expect(token.scalarRange.lowerBound >= previousEnd)
            previousEnd = token.scalarRange.upperBound
            #expect(String(String.UnicodeScalarView(scalars[token.scalarRange])) == String(token.text(in: text)))
        }
        // Every scalar outside a token is a space or an invisible control.
        var covered = [Bool](repeating: false, count: scalars.count)
        for token in tokens { for i in token.scalarRange { covered[i] = true } }
        for (i, scalar) in scalars.enumerated() where !covered[i] {
            #expect(scalar.properties.isWhitespace || scalar.properties.generalCategory == .format, "scalar \(i) \(scalar) dropped")
        }
    }

    @Test func countsMatchTokens() {
        let text = Fixtures.seedText
        let counts = Tokenizer().counts(in: text)
        let tokens = Tokenizer().tokens(in: text)
        #expect(counts.total == tokens.count)
        for kind in TokenKind.allCases {
            #expect(counts[kind] == tokens.filter { $0.kind == kind }.count)
        }
    }

    @Test func largeInput() {
        let line = "قالَ الرئيس إن 12,345.67 دولارًا صُرفت في ٢٠٢٤م.\n"
        let text = String(repeating: line, count: 200_000)  // ~11 MB
        let counts = Tokenizer().counts(in: text)
        #expect(counts[.number] == 400_000)
        #expect(counts[.arabicWord] == 1_400_000)
        #expect(counts[.punctuation] == 200_000)
    }
}
