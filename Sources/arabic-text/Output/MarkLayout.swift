import ArabicText

/// Where the marks of nested entities open and close in a text: shared by the pretty and HTML views.
///
/// `وكيل وزارة العمل` with an office over the whole and an organisation over `وزارة العمل` →
/// opening `[0: [office], 5: [organisation]]`, boundaries `[0, 5, 16]`.
struct MarkLayout {
    /// Entity indexes by start offset, the longest first (an outer mark opens before an inner one).
    let opening: [Int: [Int]]
    /// Every start and end offset, and the text's ends, in order.
    let boundaries: [Int]

    /// The layout of `entities` (scalar offsets) over a text of `scalarCount` scalars; entities
    /// outside the text or empty are left out.
    init(_ entities: [Entity], scalarCount: Int) {
        let valid = entities.indices.filter {
            entities[$0].start >= 0 && entities[$0].start < entities[$0].end && entities[$0].end <= scalarCount
        }
        opening = Dictionary(grouping: valid, by: { entities[$0].start }).mapValues { group in
            group.sorted { entities[$0].end != entities[$1].end ? entities[$0].end > entities[$1].end : $0 < $1 }
        }
        var points = Set([0, scalarCount])
        for i in valid {
            points.insert(entities[i].start)
            points.insert(entities[i].end)
        }
        boundaries = points.sorted()
    }
}
