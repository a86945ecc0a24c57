import Testing

@testable import ArabicText

/// Table tests of ``PlaceExtractor``: gazetteer names, heads inside and outside, context for ambiguous names.
@Suite("PlaceExtractor")
struct PlaceExtractorTests {
    static let extractor = ArabicExtractor(extractors: [PlaceExtractor(), OrganizationExtractor()])

    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        /// The places' texts in order.
        var expected: [String]
        var note: String
        var testDescription: String { "\(note): \(text) → \(expected)" }
        init(_ note: String, _ text: String, _ expected: [String]) {
            self.note = note
            self.text = text
            self.expected = expected
        }
    }

    static let cases: [Case] = [
        Case("longest name", "مسقط – سلطنة عمان:", ["مسقط", "سلطنة عمان"]),
        Case("tashkeel", "زار الوفد عُمان وعمّان", ["عُمان", "عمّان"]),
        Case("official form", "القادمون من المملكة العربية السعودية والإمارات.", ["المملكة العربية السعودية", "الإمارات"]),
        Case("administrative head inside", "أن محافظة ظفار استقبلت", ["محافظة ظفار"]),
        Case("head with a proclitic", "صادرات التمور لولاية بسكرة، إن", ["ولاية بسكرة"]),
        Case("state head inside", "اليوم الوطني لدولة قطر، متوقعًا", ["دولة قطر"]),
        Case("head and multi-word name", "الطرق في محافظة مبارك الكبير.", ["محافظة مبارك الكبير"]),
        Case("open head", "في ولاية الوادي ثم ولاية ورقلة.", ["ولاية الوادي", "ولاية ورقلة"]),
        Case("العاصمة outside", "نظمت الوزارة اليوم بالعاصمة مسقط أعمال", ["مسقط"]),
        Case("مدينة outside", "الزائرين الذين قصدوا مدينة كربلاء لإحياء", ["كربلاء"]),
        Case("a capital that is a name", "مرورًا بالعاصمة الإدارية الجديدة والإسكندرية،", ["العاصمة الإدارية الجديدة", "الإسكندرية"]),
        Case("region with its head", "السدود في جهة طنجة تطوان الحسيمة أعلى", ["جهة طنجة تطوان الحسيمة"]),
        Case("proclitic outside", "مقرها الرئيسي بالخرطوم اعتبارًا", ["الخرطوم"]),
        Case("ambiguous name coordinated", "المرافق العامة في صلالة وطاقة ومرباط بتكلفة", ["صلالة", "طاقة", "مرباط"]),
        Case("ambiguous name after a head", "مواجهات في مدينة الخليل أمس", ["الخليل"]),
        Case("world regions", "في الشرق الأوسط وأفريقيا،", ["الشرق الأوسط", "أفريقيا"]),
        Case("world capitals", "رحلات من نيقوسيا إلى كوبنهاغن وكوبنهاجن", ["نيقوسيا", "كوبنهاغن", "كوبنهاجن"]),
        Case("ambiguous city with a preposition", "أمطار غزيرة في سيول أمس", ["سيول"]),
        Case("ambiguous city after من", "عاد الوفد من صور أمس", ["صور"]),
        Case("ambiguous city after إلى", "وصل الوفد إلى صور أمس", ["صور"]),
        Case("ambiguous cities after بين", "الطريق بين صور وطاقة", ["صور", "طاقة"]),
    ]

    static let negativeCases: [Case] = [
        Case("ambiguous name as a common word", "أصدر البنك خمسة ملايين بطاقة دفع", []),
        Case("ambiguous name without context", "قال الخليل إن الأمر محسوم", []),
        Case("programme name", "ضمن رؤية عُمان 2040، التي", []),
        Case("facility name", "المباراة على استاد لوسيل، بالتزامن", []),
        Case("event in guillemets", "ضمن برنامج «الرياض الخضراء» ورؤية السعودية 2030.", []),
        Case("nisba adjective after a definite noun", "الشراكة مع الجامعات السعودية.", []),
        Case("adverb with tanween", "حلت الجامعة أولى وطنيًا وإفريقيًا في", []),
        Case("place inside an organisation", "أعلنت جامعة البحرين وبلدية ظفار", []),
        Case("nisba is not a place", "توظيف بحث علمي لعُماني متخصص", []),
        Case("everyday words that are also cities", "جرفت السيول الطرق ونشر الخبر عن العيون الساهرة", []),
        Case("a given name that is also a region", "وقال بشار إن الاجتماع انتهى", []),
    ]

    @Test(arguments: cases)
    func places(_ c: Case) {
        let found = Self.extractor.extract(c.text).entities.filter { $0.type == .place }
        #expect(found.map(\.text) == c.expected)
    }

    @Test(arguments: negativeCases)
    func notPlaces(_ c: Case) {
        let found = Self.extractor.extract(c.text).entities.filter { $0.type == .place }
        #expect(found.map(\.text) == c.expected)
    }

    /// The prepositions that give an ambiguous name its context are data (`cue` rows of
    /// `place-heads.tsv`): a user's row adds one.
    @Test func userCue() throws {
        let text = "وصلت القافلة قرب صور أمس"
        let builtIn = Self.extractor.extract(text).entities.filter { $0.type == .place }
        #expect(builtIn.isEmpty)
        var lexicons = LexiconSet.builtIn
        try lexicons.add(tsv: "قرب\tcue\tno\n", to: .placeHeads)
        let extended = ArabicExtractor(extractors: [PlaceExtractor(lexicons: lexicons)])
        #expect(extended.extract(text).entities.filter { $0.type == .place }.map(\.text) == ["صور"])
    }

    struct VocalisedCase: Sendable, CustomTestStringConvertible {
        let text: String
        let canonical: [String]
        var testDescription: String { text }
    }

    /// `عمان` is Oman unless its tashkeel says Amman (a shadda on the mim).
    static let vocalisedCases: [VocalisedCase] = [
        .init(text: "سافر إلى عمان أمس", canonical: ["سلطنة عمان"]),
        .init(text: "سافر إلى عُمَانَ أمس", canonical: ["سلطنة عمان"]),
        .init(text: "سافر إلى عَمَّانَ أمس", canonical: ["عمّان"]),
        .init(text: "أقام بعَمّان سنتين", canonical: ["عمّان"]),
        .init(text: "بين عُمَّانَ وغيرها", canonical: ["سلطنة عمان"]),
    ]

    @Test(arguments: vocalisedCases)
    func vocalisedHomographs(_ c: VocalisedCase) {
        let found = Self.extractor.extract(c.text).entities.filter { $0.type == .place }
        #expect(found.compactMap(\.canonical) == c.canonical)
    }

    /// The canonical name of a place with its head is the span; a short country name gets its official one.
    @Test func canonicalNames() {
        let found = Self.extractor.extract("من محافظة ظفار إلى عمان").entities.filter { $0.type == .place }
        #expect(found.map(\.canonical) == ["محافظة ظفار", "سلطنة عمان"])
    }
}

/// The seed article: every place exactly as annotated.
@Test func seedPlacesMatchGold() throws {
    try expectSeedMatches(types: ["place"])
}
