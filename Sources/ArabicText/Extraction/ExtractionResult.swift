/// Everything extracted from one document: its entities in text order and the links between them.
///
/// ```swift
/// let doc = ArabicExtractor().extract("قال سعادة السيد سالم بن مسلم البوسعيدي، وكيل وزارة العمل")
/// doc.links[0].person   // index of «سالم بن مسلم البوسعيدي» in doc.entities
/// ```
public struct ExtractionResult: Sendable, Hashable {
    /// The caller's document identifier (from JSONL input), if any.
    public var id: String?
    /// Entities sorted by start, then by longer first, then by type.
    public var entities: [Entity]
    /// Person → titles → organisation links, as indexes into `entities`.
    public var links: [EntityLink]

    /// Creates a result.
    public init(id: String? = nil, entities: [Entity] = [], links: [EntityLink] = []) {
        self.id = id
        self.entities = entities
        self.links = links
    }
}

/// Ties a named person to the honorifics and office written beside them and the office's organisation.
///
/// In `سعادة السيد سالم بن مسلم البوسعيدي، وكيل وزارة العمل` the person is linked to the
/// honorific run `سعادة السيد`, the office `وكيل وزارة العمل …` and the organisation `وزارة العمل`.
public struct EntityLink: Sendable, Hashable, Codable {
    /// Index of the `person` entity.
    public var person: Int
    /// Indexes of the `title` entities (honorifics and office), in text order.
    public var titles: [Int]
    /// Index of the office's `organization` entity, when the office names one.
    public var organization: Int?

    /// Creates a link.
    public init(person: Int, titles: [Int], organization: Int? = nil) {
        self.person = person
        self.titles = titles
        self.organization = organization
    }
}
