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
    public let extractors: [any EntityExtractor]
    /// How overlapping candidates are settled.
    public let overlapPolicy: OverlapPolicy

    /// An extractor with the built-in rules reading `lexicons`.
    public init(lexicons: LexiconSet = .builtIn) {
        self.init(extractors: ArabicExtractor.defaultExtractors(lexicons: lexicons))
    }

    /// An extractor running `extractors` in order.
    public init(extractors: [any EntityExtractor], overlapPolicy: OverlapPolicy = OverlapPolicy()) {
        self.extractors = extractors
        self.overlapPolicy = overlapPolicy
    }

    /// The built-in extractors in pipeline order: numbers, dates, places, organisations, titles and people.
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
    public func extract(_ analysis: TextAnalysis, id: String? = nil) -> ExtractionResult {
        var candidates = EntityCandidates()
        for extractor in extractors {
            extractor.extract(from: analysis, into: &candidates)
        }
        return overlapPolicy.resolve(candidates, id: id)
    }
}
