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
}
