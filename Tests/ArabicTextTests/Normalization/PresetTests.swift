import ArabicText
import Testing

/// The named presets, as tables of input → output.
@Suite("Normalisation presets")
struct PresetTests {
    static let cases: [NormalizationCase] = [
        .init("search: diacritised phrase", .search, "إِلَى   الْمَدْرَسَةِ ٢٠٢٦", "الي المدرسه 2026"),
        .init("search: hamza carriers kept", .search, "مُؤْتَمَرٌ سُئِلَ", "مؤتمر سئل"),
        .init("search: alef hamza unified", .search, "أحمد وإبراهيم", "احمد وابراهيم"),
        .init("search: ligature", .search, "محمد \u{FDFA}", "محمد صلي الله عليه وسلم"),
        .init("search: lam-alef", .search, "\u{FEFB} إله إلا \u{FDF2}", "لا اله الا الله"),
        .init("search: persian", .search, "کتاب فی ایران", "كتاب في ايران"),
        .init("search: tatweel and controls", .search, "\(Invisible.rightToLeftMark)جمـــيل\(Invisible.zeroWidthNonJoiner)", "جميل"),
        .init("search: numbers", .search, "٣٫٥٪ من ١٬٠٠٠", "3.5% من 1,000"),
        .init("search: spaces collapse", .search, "a \t\(Invisible.noBreakSpace)b", "a b"),
        .init("search: quranic", .search, "الرَّحِيمِ \(Mark.endOfAyah)١", "الرحيم 1"),
        .init("display: controls and spaces only", .display,
              "\(Invisible.rightToLeftMark)مَرْحَبًا\(Invisible.noBreakSpace)بكم", "مَرْحَبًا بكم"),
        .init("display: tatweel kept", .display, "جمـيل", "جمـيل"),
        .init("display: ligatures and digits kept", .display, "\u{FDFA} ٢٠٢٦", "\u{FDFA} ٢٠٢٦"),
        .init("display: spaces not collapsed", .display, "a  b", "a  b"),
        .init("extraction: diacritics and digits", .extraction, "يَوْمَ ٢٨ نوفمبر", "يوم 28 نوفمبر"),
        .init("extraction: spaces unified, not collapsed", .extraction, "a\(Invisible.noBreakSpace) b", "a  b"),
        .init("extraction: hamza carriers kept", .extraction, "مؤتمر", "مؤتمر"),
        .init("extraction: letters", .extraction, "إلى مدرسة", "الي مدرسه"),
    ]

    @Test(arguments: cases)
    func preset(_ c: NormalizationCase) {
        let normalizer = ArabicNormalizer(options: c.options)
        #expect(normalizer.normalizedString(c.input) == c.expected)
        #expect(normalizer.normalize(c.input).text == c.expected)
    }

    @Test("Static normalisers use their presets")
    func staticNormalizers() {
        #expect(ArabicNormalizer.search.options == .search)
        #expect(ArabicNormalizer.display.options == .display)
        #expect(ArabicNormalizer.extraction.options == .extraction)
        #expect(ArabicNormalizer().options == .search)
    }

    @Test("Presets keep hamza carriers; only search collapses spaces")
    func presetChoices() {
        for options in [NormalizationOptions.search, .display, .extraction] {
            #expect(!options.foldHamzaCarriers)
        }
        #expect(!NormalizationOptions.display.stripTashkeel)
        #expect(!NormalizationOptions.display.stripTatweel)
        #expect(NormalizationOptions.search.spaces == .unifyAndCollapse)
        #expect(NormalizationOptions.extraction.spaces == .unify)
    }

    struct OrderingCase: Sendable, CustomTestStringConvertible {
        let id: String
        let first: String
        let second: String
        var testDescription: String { id }
    }

    static let orderingCases: [OrderingCase] = [
        .init(id: "shadda + fatha", first: "م\(Mark.shadda)\(Mark.fatha)د", second: "م\(Mark.fatha)\(Mark.shadda)د"),
        .init(id: "shadda + kasra", first: "ب\(Mark.shadda)\(Mark.kasra)", second: "ب\(Mark.kasra)\(Mark.shadda)"),
        .init(id: "shadda + dammatan", first: "ن\(Mark.shadda)\(Mark.dammatan)", second: "ن\(Mark.dammatan)\(Mark.shadda)"),
        .init(id: "sukun + superscript alef", first: "ه\(Mark.superscriptAlef)\(Mark.sukun)", second: "ه\(Mark.sukun)\(Mark.superscriptAlef)"),
    ]

    @Test("Mark order does not change the search output", arguments: orderingCases)
    func canonicalOrdering(_ c: OrderingCase) {
        let search = ArabicNormalizer.search
        #expect(search.normalizedString(c.first) == search.normalizedString(c.second))
        #expect(search.normalize(c.first).text == search.normalize(c.second).text)
    }
}
