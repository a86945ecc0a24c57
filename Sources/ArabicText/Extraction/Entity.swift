/// A span of the original text recognised as a fact: an organisation, a person, a date, a count…
///
/// Offsets count Unicode scalars from the start of the original input, end exclusive —
/// the same numbers as Python's `str` slicing and as the JSON of the command-line tool.
///
/// ```swift
/// let doc = ArabicExtractor().extract("تدريب أكثر من 95 كفاءة وطنية")
/// doc.entities[0].text      // "أكثر من 95"
/// doc.entities[0].value     // .number(95)
/// doc.entities[0].qualifier // .moreThan
/// ```
public struct Entity: Sendable, Hashable {
    /// What kind of fact the span is.
    public var type: EntityType
    /// Unicode-scalar offsets into the original text, end exclusive.
    public var start: Int
    /// Unicode-scalar offset one past the last scalar of the span.
    public var end: Int
    /// The original text of the span, exactly as the caller wrote it.
    public var text: String
    /// The value: a number for counts and ordinals, a date for dates, `nil` otherwise.
    public var value: EntityValue?
    /// For counts: `more_than`, `about`… when the text qualifies the number.
    public var qualifier: CountQualifier?
    /// For counts: the counted noun phrase as written, `%`, or a currency.
    public var unit: String?
    /// For titles: an honorific run or an office.
    public var role: TitleRole?
    /// A canonical name shared by every mention of one organisation in a document.
    public var canonical: String?
    /// Problems found while reading the value, such as two dates joined by الموافق that disagree.
    public var warnings: [String]
    /// The name of the rule that produced the entity, for debugging and evaluation.
    public var rule: String

    /// Creates an entity; `text` must be the original slice `start..<end`.
    public init(
        type: EntityType, start: Int, end: Int, text: String, value: EntityValue? = nil,
        qualifier: CountQualifier? = nil, unit: String? = nil, role: TitleRole? = nil,
        canonical: String? = nil, warnings: [String] = [], rule: String
    ) {
        self.type = type
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.qualifier = qualifier
        self.unit = unit
        self.role = role
        self.canonical = canonical
        self.warnings = warnings
        self.rule = rule
    }

    /// The scalar range `start..<end`.
    public var range: Range<Int> { start..<end }
}

/// The entity types of the contract (`Docs/entities.md`).
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A named organisation: وزارة العمل، شركة الشوامخ للخدمات النفطية.
    case organization
    /// A person's name without titles: سالم بن مسلم البوسعيدي.
    case person
    /// An honorific run (سعادة السيد) or an office (وكيل وزارة العمل).
    case title
    /// A calendar date, Hijri date, year, weekday or relative date.
    case date
    /// A cardinal quantity: أكثر من 95، ثلاثة آلاف، ممارستين.
    case count
    /// An ordinal number: الثالثة، الحادي عشر، الـ15.
    case ordinal
    /// A country, city or region: مسقط، سلطنة عمان.
    case place

    /// Types sort by name, for a deterministic order of entities that share a span.
    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// What a `title` entity names.
public enum TitleRole: String, Sendable, Hashable, Codable {
    /// A run of honorifics: سعادة السيد، معالي الدكتور، اللواء.
    case honorific
    /// An office with its complement: وكيل وزارة العمل لتنمية الموارد البشرية.
    case position
}

/// How a count's number is qualified: أكثر من 95 → `moreThan`.
public enum CountQualifier: String, Sendable, Hashable, Codable {
    /// أكثر من، ما يزيد على، أزيد من.
    case moreThan = "more_than"
    /// أقل من.
    case lessThan = "less_than"
    /// نحو، حوالي، قرابة، زهاء، ما يقارب.
    case about
    /// لا يقل عن، على الأقل.
    case atLeast = "at_least"
    /// لا يزيد على، على الأكثر.
    case atMost = "at_most"
}
