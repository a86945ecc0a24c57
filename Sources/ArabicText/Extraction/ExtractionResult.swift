/// Everything extracted from one document: its entities in text order and the links between them.
///
/// ```swift
/// let doc = ArabicExtractor().extract("قال سعادة السيد سالم بن مسلم البوسعيدي، وكيل وزارة العمل")
/// doc.links[0].person   // index of «سالم بن مسلم البوسعيدي» in doc.entities
/// ```
public struct ExtractionResult: Sendable, Hashable {
    /// The caller's document identifier (from JSONL input), if any.
    ///
    /// ```swift
    /// ArabicExtractor().extract("نظّمت وزارة العمل اليوم بمسقط", id: "doc-1").id   // "doc-1"
    /// ```
    public var id: String?
    /// Entities sorted by start, then by longer first, then by type.
    ///
    /// In `وكيل وزارة العمل لتنمية الموارد البشرية` the office (starting at 0) comes before the
    /// organisation `وزارة العمل` inside it (starting at 5).
    public var entities: [Entity]
    /// Person → titles → organisation links, as indexes into `entities`.
    ///
    /// `قال سعادة السيد سالم بن مسلم البوسعيدي، وكيل وزارة العمل` → entities `سعادة السيد` (0),
    /// `سالم بن مسلم البوسعيدي` (1), `وكيل وزارة العمل` (2), `وزارة العمل` (3) and the links
    /// `[EntityLink(person: 1, titles: [0, 2], organization: 3)]`.
    public var links: [EntityLink]

    /// Creates a result.
    ///
    /// ```swift
    /// // A hand-made gold annotation of "نظّمت وزارة العمل اليوم بمسقط":
    /// let gold = ExtractionResult(id: "doc-1", entities: [
    ///     Entity(type: .organization, start: 6, end: 17, text: "وزارة العمل", rule: "gold"),
    ///     Entity(type: .place, start: 25, end: 29, text: "مسقط", rule: "gold"),
    /// ])
    /// ```
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
    ///
    /// In `سعادة السيد سالم بن مسلم البوسعيدي، وكيل وزارة العمل`: `1`, the index of
    /// `سالم بن مسلم البوسعيدي`.
    public var person: Int
    /// Indexes of the `title` entities (honorifics and office), in text order.
    ///
    /// In `سعادة السيد سالم بن مسلم البوسعيدي، وكيل وزارة العمل`: `[0, 2]`, the indexes of
    /// `سعادة السيد` and `وكيل وزارة العمل`.
    public var titles: [Int]
    /// Index of the office's `organization` entity, when the office names one.
    ///
    /// In `سعادة السيد سالم بن مسلم البوسعيدي، وكيل وزارة العمل`: `3`, the index of `وزارة العمل`;
    /// in `الفريق أول ركن سالم البوسعيدي` (an honorific run, no office): `nil`.
    public var organization: Int?

    /// Creates a link.
    ///
    /// ```swift
    /// // سعادة السيد (0) سالم بن مسلم البوسعيدي (1)، وكيل (2) وزارة العمل (3)
    /// EntityLink(person: 1, titles: [0, 2], organization: 3)
    /// ```
    public init(person: Int, titles: [Int], organization: Int? = nil) {
        self.person = person
        self.titles = titles
        self.organization = organization
    }
}
