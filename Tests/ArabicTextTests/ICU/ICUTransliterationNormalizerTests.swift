import ArabicText
import Testing

/// The opt-in normaliser built from ICU transliteration rules.
@Suite("ICU transliteration normaliser")
struct ICUTransliterationNormalizerTests {
    static let rules = #"""
        [\u064B-\u0652] > ;
        ة > ه ;
        ى > ي ;
        ک > ك ;
        """#

    struct Case: Sendable, CustomTestStringConvertible {
        let id: String
        let input: String
        let expected: String
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        .init(id: "tashkeel and letters", input: "مَدْرَسَةٌ عَلَى", expected: "مدرسه علي"),
        .init(id: "persian kaf", input: "کتاب", expected: "كتاب"),
        .init(id: "untouched", input: "Hello 123", expected: "Hello 123"),
        .init(id: "empty", input: "", expected: ""),
        .init(id: "several lines", input: "عَلَى\nمَدْرَسَةٌ\n", expected: "علي\nمدرسه\n"),
    ]

    @Test(arguments: cases)
    func transliterate(_ c: Case) throws {
        let normalizer = try ICUTransliterationNormalizer(rules: Self.rules)
        #expect(try normalizer.normalizedString(c.input) == c.expected)
    }

    @Test("Long input is cut into chunks and gives the same result")
    func chunks() throws {
        let normalizer = try ICUTransliterationNormalizer(rules: Self.rules, chunkLength: 64)
        let line = "قَالَ إِنَّ الْمَدْرَسَةَ عَلَى بُعْدِ مِيلٍ "
        let input = String(repeating: line, count: 400) + "\n" + String(repeating: "ة", count: 300)
        let expected = String(repeating: "قال إن المدرسه علي بعد ميل ", count: 400) + "\n"
            + String(repeating: "ه", count: 300)
        #expect(try normalizer.normalizedString(input) == expected)
    }

    @Test("Chunks never split a surrogate pair")
    func surrogates() throws {
        let normalizer = try ICUTransliterationNormalizer(rules: "ة > ه ;", chunkLength: 17)
        let input = String(repeating: "😀", count: 40)
        #expect(try normalizer.normalizedString(input) == input)
    }

    @Test("Several texts with one transliterator")
    func batch() throws {
        let normalizer = try ICUTransliterationNormalizer(rules: "ى > ي ;")
        #expect(try normalizer.normalizedStrings(["على", "إلى"]) == ["علي", "إلي"])
    }

    @Test("Invalid rules throw with a position")
    func invalidRules() {
        #expect(throws: ICUTransliterationRuleError.self) {
            try ICUTransliterationNormalizer(rules: "ة > ;\n[ > x ;")
        }
        do {
            _ = try ICUTransliterationNormalizer(rules: "a > b ;\n[unclosed > x ;")
            Issue.record("no error")
        } catch {
            #expect(error.icu.code > 0)
            #expect(!error.icu.name.isEmpty)
        }
    }
}
