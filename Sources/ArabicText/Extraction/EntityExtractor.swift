/// A rule set that finds one or more entity types in an analysed text.
///
/// The pipeline (``ArabicExtractor``) runs its extractors in order over one ``TextAnalysis``;
/// each appends candidates, and may read those of the extractors before it (dates read the
/// numbers, titles read the organisations). Overlaps are resolved afterwards, once, by
/// ``OverlapPolicy``.
///
/// ```swift
/// struct HashtagExtractor: EntityExtractor { … }   // your own rules beside the built-in ones
/// let extractor = ArabicExtractor(extractors: ArabicExtractor.defaultExtractors() + [HashtagExtractor()])
/// ```
public protocol EntityExtractor: Sendable {
    /// Appends the entities found in `analysis` to `candidates`.
    func extract(from analysis: TextAnalysis, into candidates: inout EntityCandidates)
}

/// The entities found so far in one document, before overlaps are resolved, and their links.
public struct EntityCandidates: Sendable {
    /// A link between candidates, by candidate index.
    struct Link: Sendable, Hashable {
        var person: Int
        var titles: [Int]
        var organization: Int?
    }

    /// Candidates in the order they were added.
    public private(set) var entities: [Entity] = []
    private(set) var links: [Link] = []

    /// Creates an empty collection.
    public init() {}

    /// Adds `entity` and returns its candidate index (for ``link(person:titles:organization:)``).
    @discardableResult
    public mutating func append(_ entity: Entity) -> Int {
        entities.append(entity)
        return entities.count - 1
    }

    /// Replaces candidate `index`.
    public mutating func replace(at index: Int, with entity: Entity) {
        entities[index] = entity
    }

    /// Ties person candidate `person` to title candidates and the office's organisation.
    public mutating func link(person: Int, titles: [Int], organization: Int? = nil) {
        links.append(Link(person: person, titles: titles, organization: organization))
    }

    /// Candidate indexes of `type`, in the order they were added.
    public func indexes(of type: EntityType) -> [Int] {
        entities.indices.filter { entities[$0].type == type }
    }
}
