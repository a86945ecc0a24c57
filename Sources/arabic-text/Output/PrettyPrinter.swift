import ArabicText

/// The readable view: the text with entities marked by type, a legend, then a table of entities.
struct PrettyPrinter {
    /// Use ANSI colours (a terminal without `NO_COLOR`); otherwise entities are bracketed.
    var colors: Bool

    /// ANSI colour and short tag of each type.
    static let styles: [EntityType: (color: String, tag: String)] = [
        .organization: ("\u{1B}[1;34m", "ORG"),
        .person: ("\u{1B}[1;35m", "PER"),
        .title: ("\u{1B}[1;36m", "TTL"),
        .date: ("\u{1B}[1;32m", "DATE"),
        .count: ("\u{1B}[1;33m", "CNT"),
        .ordinal: ("\u{1B}[33m", "ORD"),
        .place: ("\u{1B}[1;31m", "LOC"),
    ]
    static let reset = "\u{1B}[0m"
    static let dim = "\u{1B}[2m"

    func render(_ result: ExtractionResult, text: String) -> String {
        var out = ""
        out += markedText(result, text: text)
        out += "\n"
        out += legend(result)
        out += "\n"
        out += table(result)
        if !result.links.isEmpty {
            out += "\n"
            out += links(result)
        }
        return out
    }

    /// The text with every entity marked, nested ones too: `⟦وكيل ⟦وزارة العمل⟧ORG⟧TTL`.
    ///
    /// With colours each entity is drawn in its type's colour (an inner one in its own, the outer
    /// colour resuming after it) and followed by a dim tag; without, it is bracketed.
    private func markedText(_ result: ExtractionResult, text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let entities = result.entities
        let layout = MarkLayout(entities, scalarCount: scalars.count)
        let opening = layout.opening
        let sorted = layout.boundaries
        var out = ""
        var stack: [Int] = []
        func style(_ i: Int) -> (color: String, tag: String) { Self.styles[entities[i].type] ?? ("", entities[i].type.rawValue) }
        for (step, position) in sorted.enumerated() {
            // Close what ends here (innermost first); anything opened inside it and still running goes on.
            if let lowest = stack.firstIndex(where: { entities[$0].end <= position }) {
                let reopen = stack[lowest...].filter { entities[$0].end > position }
                for i in stack[lowest...].reversed() where entities[i].end <= position {
                    out += colors ? "\(Self.reset)\(Self.dim)[\(style(i).tag)]\(Self.reset)" : "⟧\(style(i).tag)"
                }
                stack.removeSubrange(lowest...)
                stack += reopen
                if colors, let top = stack.last { out += style(top).color }
            }
            for i in opening[position] ?? [] {
                out += colors ? style(i).color : "⟦"
                stack.append(i)
            }
            if step + 1 < sorted.count {
                let piece = String(String.UnicodeScalarView(scalars[position..<sorted[step + 1]]))
                if colors, let top = stack.last, piece.contains("\n") {
                    // Keep each terminal line self-contained: reset before a line break, resume after.
                    out += piece.replacingOccurrences(of: "\n", with: "\(Self.reset)\n\(style(top).color)")
                } else {
                    out += piece
                }
            }
        }
        if colors, !stack.isEmpty { out += Self.reset }
        if !out.hasSuffix("\n") { out += "\n" }
        return out
    }

    private func legend(_ result: ExtractionResult) -> String {
        var counts: [EntityType: Int] = [:]
        for entity in result.entities { counts[entity.type, default: 0] += 1 }
        let parts = EntityType.allCases.map { type -> String in
            let style = Self.styles[type] ?? ("", type.rawValue)
            let count = counts[type].map { colors ? " \(Self.dim)\($0)\(Self.reset)" : " \($0)" } ?? ""
            return colors ? "\(style.color)\(style.tag)\(Self.reset) \(type.rawValue)\(count)" : "\(style.tag) \(type.rawValue)\(count)"
        }
        return "Legend: " + parts.joined(separator: " · ") + "\n"
    }

    private func table(_ result: ExtractionResult) -> String {
        guard !result.entities.isEmpty else { return "No entities found.\n" }
        var out = "\(result.entities.count) entit\(result.entities.count == 1 ? "y" : "ies"):\n"
        let width = String(result.entities.count - 1).count
        for (index, entity) in result.entities.enumerated() {
            let style = Self.styles[entity.type] ?? ("", entity.type.rawValue)
            let number = String(index).leftPadded(to: width)
            let type = entity.type.rawValue.rightPadded(to: 12)
            let span = "\(entity.start)–\(entity.end)".rightPadded(to: 11)
            var line = "\(number)  " + (colors ? "\(style.color)\(type)\(Self.reset)" : type) + " \(span) \u{2068}\(entity.text)\u{2069}"
            let details = Self.details(of: entity)
            if !details.isEmpty { line += "  → " + details }
            if !entity.rule.isEmpty { line += colors ? "  \(Self.dim)(\(entity.rule))\(Self.reset)" : "  (\(entity.rule))" }
            out += line + "\n"
        }
        return out
    }

    private func links(_ result: ExtractionResult) -> String {
        var out = "Links:\n"
        for link in result.links {
            var parts = ["\u{2068}\(result.entities[link.person].text)\u{2069}"]
            parts += link.titles.map { "\u{2068}\(result.entities[$0].text)\u{2069}" }
            if let org = link.organization { parts.append("\u{2068}\(result.entities[org].text)\u{2069}") }
            out += "  " + parts.joined(separator: " → ") + "\n"
        }
        return out
    }

    /// Value, qualifier, unit and role in a few words.
    static func details(of entity: Entity) -> String {
        var parts: [String] = []
        switch entity.value {
        case .number(let n):
            parts.append(n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n))
        case .date(let d):
            parts.append(describe(d))
        case nil:
            break
        }
        if let qualifier = entity.qualifier { parts.append(qualifier.rawValue) }
        if let unit = entity.unit { parts.append("unit: \u{2068}\(unit)\u{2069}") }
        if let role = entity.role { parts.append(role.rawValue) }
        parts += entity.warnings.map { "⚠ \($0)" }
        return parts.joined(separator: ", ")
    }

    static func describe(_ d: DateValue) -> String {
        var parts: [String] = []
        let ymd = [d.year.map { String($0) }, d.month.map { two($0) }, d.day.map { two($0) }].compactMap { $0 }
        if !ymd.isEmpty { parts.append(ymd.joined(separator: "-")) }
        if let w = d.weekday { parts.append("weekday \(w)") }
        if let h = d.hijri {
            let hijri = [h.year.map { String($0) }, h.month.map { two($0) }, h.day.map { two($0) }].compactMap { $0 }
            parts.append("hijri \(hijri.joined(separator: "-"))")
        }
        if let n = d.relativeDays { parts.append("\(n) days") }
        if let n = d.relativeWeeks { parts.append("\(n) weeks") }
        if let n = d.relativeMonths { parts.append("\(n) months") }
        if let n = d.relativeYears { parts.append("\(n) years") }
        if d.approximate == true { parts.append("approximate") }
        return parts.joined(separator: ", ")
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension String {
    func rightPadded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
