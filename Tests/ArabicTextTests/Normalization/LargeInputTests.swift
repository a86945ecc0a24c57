import ArabicText
import Testing

/// A 10 MB input built in the test (never committed): content and lengths, not timing.
@Suite("Large input")
struct LargeInputTests {
    static let paragraph = "قَالَ المُدِيرُ إِنَّ الشَّرِكَةَ حَقَّقَتْ أَرْبَاحًا بِنِسْبَةِ ١٢٫٥٪ فِي عَامِ ٢٠٢٦\u{200F}، وَذَلِكَ فِي مَدِينَةِ مَسْقَطَ.\n"
    static let expectedParagraph = "قال المدير ان الشركه حققت ارباحا بنسبه 12.5% في عام 2026، وذلك في مدينه مسقط.\n"

    @Test("10 MB of diacritised text")
    func tenMegabytes() {
        let count = 10_000_000 / Self.paragraph.utf8.count + 1
        let input = String(repeating: Self.paragraph, count: count)
        #expect(input.utf8.count >= 10_000_000)

        #expect(ArabicNormalizer.search.normalizedString(Self.paragraph) == Self.expectedParagraph)
        let result = ArabicNormalizer.search.normalize(input)
        let expected = String(repeating: Self.expectedParagraph, count: count)
        #expect(result.text.utf8.count == expected.utf8.count)
        #expect(result.text == expected)
        #expect(ArabicNormalizer.search.normalizedString(input) == expected)

        // The last paragraph maps back to the last paragraph of the input.
        let normalizedStart = expected.utf8.count - Self.expectedParagraph.utf8.count
        let range = result.originalUTF8Range(fromNormalizedUTF8: normalizedStart..<expected.utf8.count)
        #expect(range == (input.utf8.count - Self.paragraph.utf8.count)..<input.utf8.count)
        let scalars = result.originalScalarRange(fromNormalizedUTF8: normalizedStart..<expected.utf8.count)
        let inputScalars = input.unicodeScalars.count
        #expect(scalars == (inputScalars - Self.paragraph.unicodeScalars.count)..<inputScalars)
    }

    struct SizeCase: Sendable, CustomTestStringConvertible {
        let id: String
        let normalizer: ArabicNormalizer
        let input: String
        let expected: String
        var testDescription: String { "\(id) (\(input.utf8.count) → \(expected.utf8.count) bytes)" }
    }

    static let digitsToArabic = ArabicNormalizer(options: NormalizationOptions(digits: .arabicIndic))

    /// Texts around the sizes where the output starts in a stack buffer and outgrows it.
    static let sizeCases: [SizeCase] = [
        .init(id: "ASCII kept, past the stack buffer", normalizer: .search,
              input: String(repeating: "abc ", count: 380), expected: String(repeating: "abc ", count: 380)),
        .init(id: "digits written twice as long", normalizer: digitsToArabic,
              input: String(repeating: "2026 ", count: 300), expected: String(repeating: "٢٠٢٦ ", count: 300)),
        .init(id: "vocalised text that fits", normalizer: .search,
              input: String(repeating: "كَتَبَ ", count: 110), expected: String(repeating: "كتب ", count: 110)),
        .init(id: "unvocalised text that outgrows it", normalizer: .search,
              input: String(repeating: "مدرسة ", count: 130), expected: String(repeating: "مدرسه ", count: 130)),
        .init(id: "just over the stack limit", normalizer: .search,
              input: String(repeating: "مدرسة ", count: 140), expected: String(repeating: "مدرسه ", count: 140)),
    ]

    @Test(arguments: sizeCases)
    func outputsAroundTheStackBuffer(_ c: SizeCase) throws {
        #expect(c.normalizer.normalizedString(c.input) == c.expected)
        let result = c.normalizer.normalize(c.input)
        #expect(result.text == c.expected)
        // The last word maps back to the last word of the input.
        let lastWord = try #require(c.expected.split(separator: " ").last)
        let found = try #require(result.text.range(of: String(lastWord), options: .backwards))
        let original = String(result.original[result.originalRange(found)])
        #expect(original == String(try #require(c.input.split(separator: " ").last)))
    }
}
