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
    ///
    /// - Complexity: O(c log c) for c candidates; the comparisons read a compact copy of each
    ///   candidate's span and type, not the entities.
    func resolve(_ candidates: EntityCandidates, id: String?) -> ExtractionResult {
        let all = candidates.entities
        if all.isEmpty { return ExtractionResult(id: id, entities: [], links: []) }
        let keys = all.map(Key.init)
        // 1. Within a type: longest, earliest, first added.
        let order = keys.indices.sorted { a, b in
            let ka = keys[a], kb = keys[b]
            if ka.length != kb.length { return ka.length > kb.length }
            if ka.start != kb.start { return ka.start < kb.start }
            return a < b
        }
        var keptByType = [DisjointSpans](repeating: DisjointSpans(), count: Key.typeCount)
        var kept: [Int] = []
        kept.reserveCapacity(all.count)
        for index in order {
            let key = keys[index]
            guard key.start < key.end else { continue }
            if keptByType[key.type].insertIfFree(key.start..<key.end) { kept.append(index) }
        }
        // 2. Across types.
        var honorifics = DisjointSpans()
        for index in kept where all[index].type == .title && all[index].role == .honorific {
            _ = honorifics.insertIfFree(keys[index].start..<keys[index].end)
        }
        let survivors = kept.filter { index in
            let key = keys[index]
            let range = key.start..<key.end
            if all[index].type == .ordinal && honorifics.overlaps(range) { return false }
            for winner in Key.dropping[key.type] where keptByType[winner].overlaps(range) { return false }
            return true
        }
        // 3. Order and links.
        let final = survivors.sorted { a, b in
            let ka = keys[a], kb = keys[b]
            if ka.start != kb.start { return ka.start < kb.start }
            if ka.end != kb.end { return ka.end > kb.end }
            return ka.nameRank < kb.nameRank
        }
        var links: [EntityLink] = []
        if !candidates.links.isEmpty {
            var newIndex: [Int: Int] = [:]
            for (position, index) in final.enumerated() { newIndex[index] = position }
            for link in candidates.links {
                guard let person = newIndex[link.person] else { continue }
                let titles = link.titles.compactMap { newIndex[$0] }.sorted()
                let organization = link.organization.flatMap { newIndex[$0] }
                guard !titles.isEmpty || organization != nil else { continue }
                links.append(EntityLink(person: person, titles: titles, organization: organization))
            }
            links.sort { $0.person < $1.person }
        }
        return ExtractionResult(id: id, entities: final.map { all[$0] }, links: links)
    }

    /// What the ordering and overlap rules read of a candidate.
    private struct Key {
        var start: Int
        var end: Int
        var length: Int { end - start }
        /// The type's index (``typeIndex(_:)``).
        var type: Int
        /// Rank of the type's name in alphabetical order (`EntityType`'s `<`).
        var nameRank: Int

        init(_ entity: Entity) {
            start = entity.start
            end = entity.end
            type = Key.typeIndex(entity.type)
            nameRank = Key.nameRanks[type]
        }

        static let typeCount = EntityType.allCases.count

        static func typeIndex(_ type: EntityType) -> Int {
            switch type {
            case .organization: 0
            case .person: 1
            case .title: 2
            case .date: 3
            case .count: 4
            case .ordinal: 5
            case .place: 6
            }
        }

        /// By type index: the rank of the type's name.
        static let nameRanks: [Int] = {
            var ranks = [Int](repeating: 0, count: typeCount)
            for (rank, type) in EntityType.allCases.sorted().enumerated() { ranks[typeIndex(type)] = rank }
            return ranks
        }()

        /// By type index: the indexes of the types whose overlap drops it (``isDropped(_:byOverlapping:)``).
        static let dropping: [[Int]] = {
            var dropping = [[Int]](repeating: [], count: typeCount)
            for loser in EntityType.allCases {
                dropping[typeIndex(loser)] = EntityType.allCases
                    .filter { winner in winner != loser && OverlapPolicy().isDropped(loser, byOverlapping: winner) }
                    .map(typeIndex)
            }
            return dropping
        }()
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
