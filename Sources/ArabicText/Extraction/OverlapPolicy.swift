/// How overlapping candidates are settled, so that spans of one type never overlap.
///
/// 1. Within a type, the longest candidate wins, then the earliest, then the one added first
///    (extractors add their surest readings first). Losers are dropped.
/// 2. Across types, nesting is allowed (an organisation inside an office), except:
///    - a `count`, `ordinal` or `place` that overlaps a `date` is dropped: the date consumed its
///      words (the day `14` of `14 سبتمبر 2025م`، the ordinal `الأول` of `الأول من يناير`، the month
///      `آب` that folds like the city `إب`);
///    - a `place` or `person` that overlaps an `organization` is dropped: names inside an
///      organisation's name are not annotated (`جامعة صنعاء`, `بلدية ظفار`), but a
///      place inside an office stays (`سفير سلطنة عمان`);
///    - a `count` or `ordinal` that overlaps an `organization` or `person` is dropped (numbers
///      inside names: the ordinal `الثالثة` of `شركة الخليج الثالثة`), and an `ordinal` inside an honorific run
///      (`الفريق أول ركن`) — an ordinal inside an office stays (`النائب الأول لرئيس الوزراء`).
/// 3. Entities are sorted by start, longer first, then by type; links are re-indexed and a link
///    whose person was dropped goes with it.
public struct OverlapPolicy: Sendable {
    /// Creates the default policy.
    ///
    /// ```swift
    /// let extractor = ArabicExtractor(extractors: ArabicExtractor.defaultExtractors(), overlapPolicy: OverlapPolicy())
    /// extractor.extract("بلدية ظفار").entities.map(\.text)   // ["بلدية ظفار"]: the place ظفار inside is dropped
    /// ```
    public init() {}

    /// Whether an entity of type `loser` that overlaps one of type `winner` is dropped.
    func isDropped(_ loser: EntityType, byOverlapping winner: EntityType) -> Bool {
        switch (loser, winner) {
        case (.count, .date), (.ordinal, .date), (.place, .date): true
        case (.place, .organization), (.person, .organization): true
        case (.count, .organization), (.count, .person), (.ordinal, .organization), (.ordinal, .person): true
        default: false
        }
    }

    /// Resolves `candidates` into the final result.
    func resolve(_ candidates: EntityCandidates, id: String?) -> ExtractionResult {
        let all = candidates.entities
        // 1. Within a type: longest, earliest, first added.
        let order = all.indices.sorted { a, b in
            let ea = all[a], eb = all[b]
            if ea.end - ea.start != eb.end - eb.start { return ea.end - ea.start > eb.end - eb.start }
            if ea.start != eb.start { return ea.start < eb.start }
            return a < b
        }
        var keptByType: [EntityType: DisjointSpans] = [:]
        var kept: [Int] = []
        for index in order {
            let entity = all[index]
            guard entity.start < entity.end else { continue }
            if keptByType[entity.type, default: DisjointSpans()].insertIfFree(entity.range) {
                kept.append(index)
            }
        }
        // 2. Across types.
        var honorifics = DisjointSpans()
        for index in kept where all[index].type == .title && all[index].role == .honorific {
            _ = honorifics.insertIfFree(all[index].range)
        }
        let survivors = kept.filter { index in
            let entity = all[index]
            if entity.type == .ordinal && honorifics.overlaps(entity.range) { return false }
            return !EntityType.allCases.contains { winner in
                winner != entity.type && isDropped(entity.type, byOverlapping: winner)
                    && keptByType[winner]?.overlaps(entity.range) == true
            }
        }
        // 3. Order and links.
        let final = survivors.sorted { a, b in
            let ea = all[a], eb = all[b]
            if ea.start != eb.start { return ea.start < eb.start }
            if ea.end != eb.end { return ea.end > eb.end }
            return ea.type < eb.type
        }
        var newIndex: [Int: Int] = [:]
        for (position, index) in final.enumerated() { newIndex[index] = position }
        var links: [EntityLink] = []
        for link in candidates.links {
            guard let person = newIndex[link.person] else { continue }
            let titles = link.titles.compactMap { newIndex[$0] }.sorted()
            let organization = link.organization.flatMap { newIndex[$0] }
            guard !titles.isEmpty || organization != nil else { continue }
            links.append(EntityLink(person: person, titles: titles, organization: organization))
        }
        links.sort { $0.person < $1.person }
        return ExtractionResult(id: id, entities: final.map { all[$0] }, links: links)
    }
}

/// Sorted, pairwise disjoint spans of one type, with logarithmic overlap queries.
private struct DisjointSpans {
    private var spans: [Range<Int>] = []

    /// Index of the first span that ends after `position`.
    private func firstEnding(after position: Int) -> Int {
        var low = 0, high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].upperBound <= position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Whether some span overlaps `range`.
    func overlaps(_ range: Range<Int>) -> Bool {
        let i = firstEnding(after: range.lowerBound)
        return i < spans.count && spans[i].lowerBound < range.upperBound
    }

    /// Adds `range` unless it overlaps a span; returns whether it was added.
    mutating func insertIfFree(_ range: Range<Int>) -> Bool {
        let i = firstEnding(after: range.lowerBound)
        if i < spans.count && spans[i].lowerBound < range.upperBound { return false }
        spans.insert(range, at: i)
        return true
    }
}
