/// The contract's JSON: `{"type", "start", "end", "text", "value"?, "qualifier"?, "unit"?, "role"?, "rule"}`.
extension Entity: Codable {
    enum CodingKeys: String, CodingKey {
        case type, start, end, text, value, qualifier, unit, role, canonical, warnings, rule
    }

    /// Decodes an entity as the command-line tool prints it.
    ///
    /// `text` and `rule` may be missing (they become `""`), as in gold annotations:
    ///
    /// ```swift
    /// let json = #"{"type": "place", "start": 25, "end": 29, "text": "مسقط"}"#
    /// let entity = try JSONDecoder().decode(Entity.self, from: Data(json.utf8))
    /// entity.text   // "مسقط"
    /// entity.rule   // ""
    /// ```
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            type: try c.decode(EntityType.self, forKey: .type),
            start: try c.decode(Int.self, forKey: .start),
            end: try c.decode(Int.self, forKey: .end),
            text: try c.decodeIfPresent(String.self, forKey: .text) ?? "",
            value: try c.decodeIfPresent(EntityValue.self, forKey: .value),
            qualifier: try c.decodeIfPresent(CountQualifier.self, forKey: .qualifier),
            unit: try c.decodeIfPresent(String.self, forKey: .unit),
            role: try c.decodeIfPresent(TitleRole.self, forKey: .role),
            canonical: try c.decodeIfPresent(String.self, forKey: .canonical),
            warnings: try c.decodeIfPresent([String].self, forKey: .warnings) ?? [],
            rule: try c.decodeIfPresent(String.self, forKey: .rule) ?? "")
    }

    /// Encodes the entity as the contract's JSON; absent parts are left out.
    ///
    /// ```swift
    /// let count = ArabicExtractor().extract("تدريب أكثر من 95 كفاءة وطنية").entities[0]
    /// let encoder = JSONEncoder()
    /// encoder.outputFormatting = .sortedKeys
    /// String(decoding: try encoder.encode(count), as: UTF8.self)
    /// // {"end":16,"qualifier":"more_than","rule":"count.qualified","start":6,"text":"أكثر من 95","type":"count","unit":"كفاءة وطنية","value":95}
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(value, forKey: .value)
        try c.encodeIfPresent(qualifier, forKey: .qualifier)
        try c.encodeIfPresent(unit, forKey: .unit)
        try c.encodeIfPresent(role, forKey: .role)
        try c.encodeIfPresent(canonical, forKey: .canonical)
        if !warnings.isEmpty { try c.encode(warnings, forKey: .warnings) }
        try c.encode(rule, forKey: .rule)
    }
}

/// A number encodes as a JSON number (whole numbers without a fraction: `95`, `2500000000`),
/// a date as an object with only the keys the text gives.
extension EntityValue: Codable {
    /// Decodes a number or a date object.
    ///
    /// ```swift
    /// try JSONDecoder().decode(EntityValue.self, from: Data("95".utf8))   // .number(95): أكثر من 95
    /// try JSONDecoder().decode(EntityValue.self, from: Data(#"{"year": 2025, "month": 9, "day": 14}"#.utf8))
    /// // .date(DateValue(year: 2025, month: 9, day: 14)): 14 سبتمبر 2025م
    /// ```
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let number = try? c.decode(Double.self) {
            self = .number(number)
        } else {
            self = .date(try c.decode(DateValue.self))
        }
    }

    /// Encodes the value.
    ///
    /// `أكثر من 2.5 مليار` → `2500000000`; `أمس` (reference 2025-09-14) →
    /// `{"day":13,"month":9,"relative_days":-1,"year":2025}` (with `.sortedKeys`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let n):
            if n == n.rounded(), abs(n) < 9.0e15 {
                try c.encode(Int64(n))
            } else {
                try c.encode(n)
            }
        case .date(let d):
            try c.encode(d)
        }
    }
}

extension ExtractionResult: Codable {
    enum CodingKeys: String, CodingKey {
        case id, entities, links
    }

    /// Decodes a document result (`id` optional).
    ///
    /// ```swift
    /// let json = #"{"id": "doc-1", "entities": [{"type": "place", "start": 25, "end": 29, "text": "مسقط"}]}"#
    /// let gold = try JSONDecoder().decode(ExtractionResult.self, from: Data(json.utf8))
    /// gold.entities.map(\.text)   // ["مسقط"]
    /// gold.links                  // []
    /// ```
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decodeIfPresent(String.self, forKey: .id),
            entities: try c.decodeIfPresent([Entity].self, forKey: .entities) ?? [],
            links: try c.decodeIfPresent([EntityLink].self, forKey: .links) ?? [])
    }

    /// Encodes `{"id"?, "entities", "links"}`.
    ///
    /// ```swift
    /// let result = ArabicExtractor().extract("زار مسقط", id: "doc-1")
    /// let encoder = JSONEncoder()
    /// encoder.outputFormatting = .sortedKeys
    /// String(decoding: try encoder.encode(result), as: UTF8.self)
    /// // {"entities":[{"canonical":"مسقط","end":8,"rule":"place.gazetteer","start":4,"text":"مسقط","type":"place"}],"id":"doc-1","links":[]}
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encode(entities, forKey: .entities)
        try c.encode(links, forKey: .links)
    }
}
