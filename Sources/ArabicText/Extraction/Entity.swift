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
    ///
    /// `أكثر من 95` → `.count`; `وزارة العمل` → `.organization`.
    public var type: EntityType
    /// Unicode-scalar offsets into the original text, end exclusive.
    ///
    /// In `تدريب أكثر من 95 كفاءة وطنية`, `أكثر من 95` starts at 6 (after `تدريب` and a space).
    public var start: Int
    /// Unicode-scalar offset one past the last scalar of the span.
    ///
    /// In `تدريب أكثر من 95 كفاءة وطنية`, `أكثر من 95` ends at 16.
    public var end: Int
    /// The original text of the span, exactly as the caller wrote it.
    ///
    /// Tashkeel stays as written (`زار وزارةَ العمل` → `"وزارةَ العمل"`); a proclitic is outside
    /// the span (`نظّمت وزارة العمل اليوم بمسقط` → the place's text is `"مسقط"`).
    public var text: String
    /// The value: a number for counts and ordinals, a date for dates, `nil` otherwise.
    ///
    /// `أكثر من 2.5 مليار` → `.number(2.5e9)`; `14 سبتمبر 2025م` → `.date(DateValue(year: 2025, month: 9, day: 14))`;
    /// `وزارة العمل` → `nil`.
    public var value: EntityValue?
    /// For counts: `more_than`, `about`… when the text qualifies the number.
    ///
    /// `أكثر من 95` → `.moreThan`; `95 كفاءة` → `nil`.
    public var qualifier: CountQualifier?
    /// For counts: the counted noun phrase as written, `%`, or a currency.
    ///
    /// In `تدريب أكثر من 95 كفاءة وطنية` the count `أكثر من 95` has the unit `"كفاءة وطنية"`.
    public var unit: String?
    /// For titles: an honorific run or an office.
    ///
    /// `سعادة السيد` → `.honorific`; `وكيل وزارة العمل` → `.position`.
    public var role: TitleRole?
    /// A canonical name shared by every mention of one organisation in a document.
    ///
    /// In `منظمة الدول المصدرة للنفط (أوبك)` both `منظمة الدول المصدرة للنفط` and `أوبك` have the
    /// canonical name `"منظمة الدول المصدرة للنفط"`. Places carry one too (`مسقط` → `"مسقط"`).
    public var canonical: String?
    /// Problems found while reading the value, such as two dates joined by الموافق that disagree.
    ///
    /// `22 ربيع الأول 1447هـ الموافق 15 سبتمبر 2025م` → both dates carry
    /// `"الموافق: 22/3/1447 AH is 2025-09-14, not 2025-09-15"`.
    public var warnings: [String]
    /// The name of the rule that produced the entity, for debugging and evaluation.
    ///
    /// `أكثر من 95` → `"count.qualified"`; `وزارة العمل` → `"organization.head"`.
    public var rule: String

    /// Creates an entity; `text` must be the original slice `start..<end`.
    ///
    /// ```swift
    /// // "نظّمت وزارة العمل اليوم بمسقط": مسقط is scalars 25..<29
    /// let place = Entity(type: .place, start: 25, end: 29, text: "مسقط", rule: "my-gazetteer")
    /// ```
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
    ///
    /// `أكثر من 95` in `تدريب أكثر من 95 كفاءة وطنية` → `6..<16`.
    public var range: Range<Int> { start..<end }
}

/// The entity types of the contract (`Docs/entities.md`).
///
/// In `نظّمت وزارة العمل اليوم بمسقط`: `وزارة العمل` → `.organization`, `اليوم` → `.date`,
/// `مسقط` → `.place`.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A named organisation: وزارة العمل، شركة الشوامخ للخدمات النفطية.
    case organization
    /// A person's name without titles: سالم بن مسلم البوسعيدي.
    case person
    /// An honorific run (سعادة السيد) or an office (وكيل وزارة العمل).
    case title
    /// A calendar date, Hijri date, year, weekday or relative date: 14 سبتمبر 2025م، 22 ربيع الأول 1447هـ، الأحد، أمس.
    case date
    /// A cardinal quantity: أكثر من 95، ثلاثة آلاف، ممارستين.
    case count
    /// An ordinal number: الثالثة، الحادي عشر، الـ15.
    case ordinal
    /// A country, city or region: مسقط، سلطنة عمان.
    case place

    /// Types sort by name, for a deterministic order of entities that share a span.
    ///
    /// `.organization` (`وزارة العمل`) sorts before `.title` (`وكيل وزارة العمل`):
    ///
    /// ```swift
    /// EntityType.organization < .title   // true
    /// ```
    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// What a `title` entity names.
///
/// In `سعادة السيد سالم بن مسلم البوسعيدي، وكيل وزارة العمل`: `سعادة السيد` → `.honorific`,
/// `وكيل وزارة العمل` → `.position`.
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
