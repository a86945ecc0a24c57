@testable import ArabicText

/// What every extraction result must satisfy, whatever the input.
///
/// Offsets in bounds and ordered, each entity's text equal to the original slice, spans of
/// one type disjoint, links pointing at entities of the right types.
///
/// ```swift
/// let text = "عقدت وزارة العمل اجتماعا"
/// ResultInvariants.problems(in: ArabicExtractor().extract(text), of: text)   // []
/// ```
enum ResultInvariants {
    /// A readable list of what is wrong with `result` as the extraction of `text` (empty when sane).
    static func problems(in result: ExtractionResult, of text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var problems: [String] = []
        var lastEndByType: [EntityType: Int] = [:]
        var previousStart = 0
        for (index, entity) in result.entities.enumerated() {
            guard entity.start >= 0, entity.start < entity.end, entity.end <= scalars.count else {
                problems.append("entity \(index) \(entity.type) has span \(entity.start)..<\(entity.end) outside 0..<\(scalars.count)")
                continue
            }
            let slice = String(String.UnicodeScalarView(scalars[entity.start..<entity.end]))
            if slice != entity.text {
                problems.append("entity \(index) text «\(entity.text)» is not the original slice «\(slice)»")
            }
            if entity.start < previousStart {
                problems.append("entity \(index) starts at \(entity.start), before the previous one (\(previousStart))")
            }
            previousStart = entity.start
            if let lastEnd = lastEndByType[entity.type], entity.start < lastEnd {
                problems.append("entity \(index) \(entity.type) at \(entity.start) overlaps an earlier \(entity.type) ending at \(lastEnd)")
            }
            lastEndByType[entity.type] = max(lastEndByType[entity.type] ?? 0, entity.end)
        }
        let entities = result.entities
        func isEntity(_ index: Int, of type: EntityType) -> Bool {
            index >= 0 && index < entities.count && entities[index].type == type
        }
        for (index, link) in result.links.enumerated() {
            if !isEntity(link.person, of: .person) {
                problems.append("link \(index) person index \(link.person) is not a person entity")
            }
            for title in link.titles where !isEntity(title, of: .title) {
                problems.append("link \(index) title index \(title) is not a title entity")
            }
            if let organization = link.organization, !isEntity(organization, of: .organization) {
                problems.append("link \(index) organisation index \(organization) is not an organisation entity")
            }
        }
        return problems
    }
}
