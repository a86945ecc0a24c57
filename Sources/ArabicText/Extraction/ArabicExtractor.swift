/// Finds organisations, titles, people, places, dates, counts and ordinals in Arabic text.
///
/// Build one (it compiles its lexicons), then share it: it is an immutable `Sendable` value.
///
/// ```swift
/// let extractor = ArabicExtractor()
/// let doc = extractor.extract("نظّمت وزارة العمل اليوم بمسقط", referenceDate: CalendarDate(iso: "2025-09-14"))
/// for entity in doc.entities { print(entity.type, entity.text) }
/// // organization وزارة العمل
/// // date اليوم
/// // place مسقط
/// ```
public struct ArabicExtractor: Sendable {
    /// The extractors, in the order they run.
    ///
    /// For `ArabicExtractor()`: numbers (`أكثر من 95`), dates (`14 سبتمبر 2025م`), places
    /// (`مسقط`), organisations (`وزارة العمل`), then titles and people (`سعادة السيد`):
    ///
    /// ```swift
    /// ArabicExtractor().extractors.map { "\(type(of: $0))" }
    /// // ["NumberExtractor", "DateExtractor", "PlaceExtractor", "OrganizationExtractor", "TitleExtractor"]
    /// ```
    public let extractors: [any EntityExtractor]
    /// How overlapping candidates are settled.
    ///
    /// In `الأول من يناير` the numbers extractor finds an ordinal `الأول` and the dates
    /// extractor the date `الأول من يناير`; the policy keeps only the date.
    public let overlapPolicy: OverlapPolicy

    /// An extractor with the built-in rules reading `lexicons`.
    ///
    /// ```swift
    /// var lexicons = LexiconSet.builtIn
    /// try lexicons.add(tsv: "تجمع\n", to: .organizationHeads)
    /// ArabicExtractor(lexicons: lexicons).extract("تجمع المهنيين السودانيين").entities[0].text
    /// // "تجمع المهنيين السودانيين" (ArabicExtractor() finds nothing here)
    /// ```
    public init(lexicons: LexiconSet = .builtIn) {
        self.init(extractors: ArabicExtractor.defaultExtractors(lexicons: lexicons))
    }

    /// An extractor running `extractors` in order.
    ///
    /// ```swift
    /// let places = ArabicExtractor(extractors: [PlaceExtractor()])
    /// places.extract("من مسقط إلى صلالة").entities.map(\.text)   // ["مسقط", "صلالة"]
    /// ```
    public init(extractors: [any EntityExtractor], overlapPolicy: OverlapPolicy = OverlapPolicy()) {
        self.extractors = extractors
        self.overlapPolicy = overlapPolicy
    }

    /// The built-in extractors in pipeline order: numbers, dates, places, organisations, titles and people.
    ///
    /// Start from them to add or leave out rules:
    ///
    /// ```swift
    /// let noTitles = ArabicExtractor(extractors: ArabicExtractor.defaultExtractors().filter { !($0 is TitleExtractor) })
    /// noTitles.extract("قال سعادة السيد سالم بن مسلم البوسعيدي، وكيل وزارة العمل").entities.map(\.text)
    /// // ["وزارة العمل"]: no honorific, office or person
    /// ```
    public static func defaultExtractors(lexicons: LexiconSet = .builtIn) -> [any EntityExtractor] {
        builtInExtractors(lexicons: lexicons)
    }

    /// Extracts the entities of `text`.
    ///
    /// - Parameters:
    ///   - text: Any string; offsets in the result count its Unicode scalars.
    ///   - id: The caller's document identifier, copied to the result.
    ///   - referenceDate: The day relative dates (أمس، الأسبوع المقبل) resolve against; `nil`
    ///     leaves them unresolved (only `relative_days`… are given).
    /// - Complexity: O(n) in the length of `text`.
    public func extract(_ text: String, id: String? = nil, referenceDate: CalendarDate? = nil) -> ExtractionResult {
        let analysis = TextAnalysis(text, referenceDate: referenceDate)
        return extract(analysis, id: id)
    }

    /// Extracts the entities of an analysed text.
    ///
    /// ```swift
    /// let analysis = TextAnalysis("نظّمت وزارة العمل اليوم بمسقط")
    /// ArabicExtractor().extract(analysis, id: "doc-1").entities.map(\.text)   // ["وزارة العمل", "اليوم", "مسقط"]
    /// ```
    public func extract(_ analysis: TextAnalysis, id: String? = nil) -> ExtractionResult {
        var candidates = EntityCandidates()
        for extractor in extractors {
            extractor.extract(from: analysis, into: &candidates)
        }
        return overlapPolicy.resolve(candidates, id: id)
    }
}
