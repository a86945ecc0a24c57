/// A rule set that finds one or more entity types in an analysed text.
///
/// The pipeline (``ArabicExtractor``) runs its extractors in order over one ``TextAnalysis``;
/// each appends candidates, and may read those of the extractors before it (dates read the
/// numbers, titles read the organisations). Overlaps are resolved afterwards, once, by
/// ``OverlapPolicy``.
///
/// Your own rules run beside the built-in ones. This one marks the names of two football
/// clubs as organisations; it matches the normalised words (``TextAnalysis/word(_:)``) and maps
/// each token back to the original text:
///
/// ```swift
/// struct ClubExtractor: EntityExtractor {
///     let clubs: Set<String> = ["الهلال", "النصر"]
///
///     func extract(from analysis: TextAnalysis, into candidates: inout EntityCandidates) {
///         for (index, token) in analysis.tokens.enumerated() where clubs.contains(analysis.word(index)) {
///             let scalars = analysis.normalized.originalScalarRange(fromNormalizedUTF8: token.utf8Range)
///             let bytes = analysis.normalized.originalUTF8Range(fromNormalizedUTF8: token.utf8Range)
///             candidates.append(Entity(
///                 type: .organization, start: scalars.lowerBound, end: scalars.upperBound,
///                 text: analysis.original.utf8Slice(bytes), rule: "club"))
///         }
///     }
/// }
///
/// let extractor = ArabicExtractor(extractors: ArabicExtractor.defaultExtractors() + [ClubExtractor()])
/// extractor.extract("فاز الهلال على النصر").entities.map(\.text)   // ["الهلال", "النصر"]
/// ```
public protocol EntityExtractor: Sendable {
    /// Appends the entities found in `analysis` to `candidates`.
    ///
    /// ```swift
    /// var candidates = EntityCandidates()
    /// PlaceExtractor().extract(from: TextAnalysis("من مسقط إلى صلالة"), into: &candidates)
    /// candidates.entities.map(\.text)   // ["مسقط", "صلالة"]
    /// ```
    func extract(from analysis: TextAnalysis, into candidates: inout EntityCandidates)
}

/// The entities found so far in one document, before overlaps are resolved, and their links.
///
/// ```swift
/// let analysis = TextAnalysis("وفد من مسقط زار وزارة العمل")
/// var candidates = EntityCandidates()
/// PlaceExtractor().extract(from: analysis, into: &candidates)
/// OrganizationExtractor().extract(from: analysis, into: &candidates)
/// candidates.entities.map(\.text)   // ["مسقط", "وزارة العمل"]
/// ```
public struct EntityCandidates: Sendable {
    /// A link between candidates, by candidate index.
    struct Link: Sendable, Hashable {
        var person: Int
        var titles: [Int]
        var organization: Int?
    }

    /// Candidates in the order they were added.
    ///
    /// After the places and then the organisations of `وفد من مسقط زار وزارة العمل`:
    /// `مسقط` (0), `وزارة العمل` (1).
    public private(set) var entities: [Entity] = []
    private(set) var links: [Link] = []

    /// Creates an empty collection.
    ///
    /// ```swift
    /// var candidates = EntityCandidates()   // then PlaceExtractor().extract(from: TextAnalysis("من مسقط"), into: &candidates)
    /// ```
    public init() {}

    /// Adds `entity` and returns its candidate index (for ``link(person:titles:organization:)``).
    ///
    /// ```swift
    /// var candidates = EntityCandidates()
    /// candidates.append(Entity(type: .place, start: 3, end: 7, text: "مسقط", rule: "mine"))   // 0
    /// ```
    @discardableResult
    public mutating func append(_ entity: Entity) -> Int {
        entities.append(entity)
        return entities.count - 1
    }

    /// Replaces candidate `index`.
    ///
    /// ```swift
    /// // "وزارة العمل والتدريب": a later rule finds that the name goes on.
    /// var candidates = EntityCandidates()
    /// let i = candidates.append(Entity(type: .organization, start: 0, end: 11, text: "وزارة العمل", rule: "mine"))
    /// candidates.replace(at: i, with: Entity(type: .organization, start: 0, end: 20, text: "وزارة العمل والتدريب", rule: "mine"))
    /// candidates.entities[0].text   // "وزارة العمل والتدريب"
    /// ```
    public mutating func replace(at index: Int, with entity: Entity) {
        entities[index] = entity
    }

    /// Ties person candidate `person` to title candidates and the office's organisation.
    ///
    /// ```swift
    /// // سعادة السيد سالم، وكيل وزارة العمل
    /// let honorific = candidates.append(Entity(type: .title, start: 0, end: 11, text: "سعادة السيد", role: .honorific, rule: "mine"))
    /// let person = candidates.append(Entity(type: .person, start: 12, end: 16, text: "سالم", rule: "mine"))
    /// let office = candidates.append(Entity(type: .title, start: 18, end: 34, text: "وكيل وزارة العمل", role: .position, rule: "mine"))
    /// let ministry = candidates.append(Entity(type: .organization, start: 23, end: 34, text: "وزارة العمل", rule: "mine"))
    /// candidates.link(person: person, titles: [honorific, office], organization: ministry)
    /// // the result: links == [EntityLink(person: 1, titles: [0, 2], organization: 3)]
    /// ```
    public mutating func link(person: Int, titles: [Int], organization: Int? = nil) {
        links.append(Link(person: person, titles: titles, organization: organization))
    }

    /// Candidate indexes of `type`, in the order they were added.
    ///
    /// After the places and then the organisations of `وفد من مسقط زار وزارة العمل`:
    /// `indexes(of: .organization)` → `[1]` (`وزارة العمل`), `indexes(of: .date)` → `[]`.
    public func indexes(of type: EntityType) -> [Int] {
        entities.indices.filter { entities[$0].type == type }
    }
}
