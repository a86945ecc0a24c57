/// Finds organisations: a head noun and its name, well-known organisations, their acronyms, and later mentions.
///
/// Four rules, in order:
/// 1. A head noun from `organization-heads` (وزارة، شركة، هيئة…) and the name after it, read by
///    the name grammar (nouns in construct, nisba adjectives, ل-phrases, و inside the name,
///    foreign names); a proclitic stays outside (`بوزارة العمل` → `وزارة العمل`, `للمؤسسة العامة`
///    → `مؤسسة العامة`).
/// 2. A well-known organisation from `organizations` without its head (`أوبك`, `منظمة الصحة العالمية`).
/// 3. An acronym or alias in parentheses or guillemets right after an organisation: `(أوبك)`, `(OPEC)`, `«تمكين»`.
/// 4. Document memory: once `شركة الشوامخ للخدمات النفطية` is found, a later `الشوامخ للخدمات النفطية`
///    (or `ويذرفورد` after `شركة ويذرفورد …`) is the same organisation, with the same `canonical`.
///
/// ```swift
/// // "وقعت وزارة العمل مع شركة الشوامخ للخدمات النفطية (الشوامخ) اتفاقية"
/// // → organization «وزارة العمل», organization «شركة الشوامخ للخدمات النفطية», organization «الشوامخ»
/// ```
///
/// A ل-phrase after an organisation is taken greedily (`وكيل وزارة العمل لتنمية الموارد البشرية`
/// gives `وزارة العمل لتنمية الموارد البشرية` here); the title rules, which know the offices,
/// trim it with `lamPhraseStarts(in:of:)`.
///
/// - Complexity: O(n) in the number of tokens: dictionary lookups per token, each name read once.
public struct OrganizationExtractor: EntityExtractor {
    let lexicons: OrganizationLexicons
    let scanner: OrganizationNameScanner

    /// Builds the tables from `lexicons` (`organization-heads`, `organizations`, `organization-grammar`, `places`).
    ///
    /// ```swift
    /// let organizations = OrganizationExtractor()
    /// ArabicExtractor(extractors: [organizations]).extract("وقّعت وزارة العمل اتفاقية").entities.map(\.text)
    /// // ["وزارة العمل"]
    /// ```
    public init(lexicons: LexiconSet = .builtIn) {
        let tables = OrganizationLexicons(lexicons: lexicons)
        self.lexicons = tables
        self.scanner = OrganizationNameScanner(lexicons: tables)
    }

    /// One organisation found in a document.
    struct Found: Sendable {
        var tokens: Range<Int>
        var prefixBytes: Int
        var canonical: String
        var rule: String
    }

    /// Appends the organisations of `analysis` to `candidates`.
    ///
    /// ```swift
    /// var candidates = EntityCandidates()
    /// OrganizationExtractor().extract(from: TextAnalysis("اجتمع وفد بوزارة العمل"), into: &candidates)
    /// candidates.entities.map(\.text)   // ["وزارة العمل"]: the proclitic ب stays outside
    /// ```
    public func extract(from analysis: TextAnalysis, into candidates: inout EntityCandidates) {
        for item in organizations(in: analysis) {
            candidates.append(analysis.entity(
                .organization, tokens: item.tokens, dropLeadingBytes: item.prefixBytes, rule: item.rule,
                canonical: item.canonical))
        }
    }

    /// The organisations of `analysis`, in text order.
    func organizations(in analysis: TextAnalysis) -> [Found] {
        let count = analysis.tokens.count
        var found: [Found] = []
        var canonicalByKey: [UInt64: String] = [:]
        var memory: [(tokens: Range<Int>, canonical: String)] = []
        var ambiguous: [Found] = []
        var index = 0
        let fingerprints = analysis.fingerprints
        while index < count {
            let roles = lexicons.filter.roles(of: fingerprints[index])
            guard roles != 0, analysis.kind(index) == .arabicWord || analysis.kind(index) == .latinWord else {
                index += 1
                continue
            }
            var best: Found?
            var headName: (head: OrganizationHead, name: OrganizationNameScanner.Name)?
            if roles & OrganizationLexicons.headRole != 0, let (head, prefixBytes) = lexicons.head(in: analysis, at: index),
                prefixBytes > 0 || !isCounted(analysis, index), !isPlaceName(analysis, index),
                !ArabicWordShape.hasTanween(analysis, index),
                let name = scanner.name(in: analysis, afterHead: index, of: head)
            {
                best = Found(
                    tokens: index..<name.tokens.upperBound, prefixBytes: prefixBytes, canonical: "",
                    rule: "organization.head")
                headName = (head, name)
            }
            if roles & OrganizationLexicons.knownRole != 0, let match = lexicons.knownOrganization(in: analysis, at: index) {
                let end = match.value.isAmbiguous ? match.tokens.upperBound : extendKnown(match, in: analysis)
                if best == nil || end > best!.tokens.upperBound {
                    let item = Found(
                        tokens: index..<end, prefixBytes: match.prefixBytes, canonical: match.value.canonical,
                        rule: "organization.gazetteer")
                    if match.value.isAmbiguous {
                        if best == nil {
                            ambiguous.append(item)
                            index = end
                            continue
                        }
                    } else {
                        best = item
                        headName = nil
                    }
                }
            }
            guard var item = best else {
                index += 1
                continue
            }
            let key = normalizedKey(analysis, item)
            if item.canonical.isEmpty {
                item.canonical = canonicalByKey[key] ?? canonicalText(analysis, item)
            }
            canonicalByKey[key] = canonicalByKey[key] ?? item.canonical
            found.append(item)
            if let (head, name) = headName, head.remembersName {
                for words in remembered(name, in: analysis) {
                    memory.append((words, item.canonical))
                }
            }
            index = item.tokens.upperBound
            // An acronym or alias right after: (أوبك)، (OPEC)، «تمكين».
            if let alias = alias(in: analysis, after: index) {
                found.append(Found(tokens: alias, prefixBytes: 0, canonical: item.canonical, rule: "organization.alias"))
                memory.append((alias, item.canonical))
                index = alias.upperBound + 1
            }
        }
        // Ambiguous gazetteer names count when the document names the same organisation unambiguously.
        if !ambiguous.isEmpty {
            let canonicals = Set(found.map { WordFingerprint.of($0.canonical) })
            for item in ambiguous where canonicals.contains(WordFingerprint.of(item.canonical)) {
                found.append(Found(
                    tokens: item.tokens, prefixBytes: item.prefixBytes, canonical: item.canonical,
                    rule: "organization.gazetteer"))
            }
            found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        guard !memory.isEmpty else { return found }
        return addRemembered(memory, to: found, in: analysis, fingerprints: fingerprints)
    }

    /// Adds later (and earlier) mentions of remembered names, outside the organisations already found.
    private func addRemembered(
        _ memory: [(tokens: Range<Int>, canonical: String)], to found: [Found], in analysis: TextAnalysis,
        fingerprints: [UInt64]
    ) -> [Found] {
        // The remembered first words: a token matches one as written or as the stem of one of its
        // proclitic splits. The sets keep the test per token O(1) however much is remembered.
        let firstKeys = memory.map { analysis.key($0.tokens.lowerBound) }
        let firstFingerprints = memory.map { fingerprints[$0.tokens.lowerBound] }
        let anyFirstFingerprint = Set(firstFingerprints)
        let anyFirstKey = Set(firstKeys)
        let count = analysis.tokens.count
        var extra: [Found] = []
        var next = 0
        var index = 0
        while index < count {
            while next < found.count, found[next].tokens.upperBound <= index { next += 1 }
            if next < found.count, found[next].tokens.contains(index) {
                index = found[next].tokens.upperBound
                continue
            }
            let splits = analysis.splits(index)
            guard anyFirstFingerprint.contains(fingerprints[index])
                || splits.contains(where: { anyFirstKey.contains($0.stem) })
            else {
                index += 1
                continue
            }
            var best: (end: Int, prefixBytes: Int, canonical: String)?
            for (position, entry) in memory.enumerated() {
                let words = entry.tokens
                // The first word as written, else its stem after a proclitic.
                let prefixBytes: Int
                if fingerprints[index] == firstFingerprints[position] {
                    prefixBytes = 0
                } else if let split = splits.first(where: { $0.stem == firstKeys[position] }) {
                    prefixBytes = split.prefixBytes
                } else {
                    continue
                }
                let end = index + words.count
                guard end <= count, best.map({ end > $0.end }) ?? true else { continue }
                var matches = true
                for offset in 1..<words.count {
                    let i = index + offset
                    if fingerprints[i] != fingerprints[words.lowerBound + offset] || !analysis.isAdjacent(i - 1, i) {
                        matches = false
                        break
                    }
                }
                if matches { best = (end, prefixBytes, entry.canonical) }
            }
            if let best, next >= found.count || best.end <= found[next].tokens.lowerBound {
                extra.append(Found(
                    tokens: index..<best.end, prefixBytes: best.prefixBytes, canonical: best.canonical,
                    rule: "organization.memory"))
                index = best.end
                continue
            }
            index += 1
        }
        if extra.isEmpty { return found }
        return (found + extra).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Token indexes where each ل-phrase of an organisation candidate starts, for trimming a
    /// phrase that qualifies a person's office: `وزارة العمل لتنمية الموارد البشرية` → the index of `لتنمية`.
    ///
    /// - Parameters:
    ///   - analysis: The analysed document.
    ///   - entity: An organisation candidate of this document.
    static func lamPhraseStarts(in analysis: TextAnalysis, of entity: Entity) -> [Int] {
        guard let tokens = tokenRange(of: entity, in: analysis), tokens.count > 1 else { return [] }
        return tokens.dropFirst().filter { index in
            analysis.kind(index) == .arabicWord && ArabicWordShape.starts(analysis.word(index), "ل")
                && ArabicWordShape.length(analysis.word(index)) >= 4
        }
    }

    /// The tokens an entity covers, or `nil` when it covers none.
    ///
    /// - Complexity: O(log n) in the number of tokens.
    static func tokenRange(of entity: Entity, in analysis: TextAnalysis) -> Range<Int>? {
        let tokens = analysis.tokens
        func originalRange(_ index: Int) -> Range<Int> {
            analysis.normalized.originalScalarRange(fromNormalizedUTF8: tokens[index].utf8Range)
        }
        // First token ending after the entity's start, first token starting at or after its end.
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if originalRange(mid).upperBound > entity.start { high = mid } else { low = mid + 1 }
        }
        let first = low
        high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if originalRange(mid).lowerBound >= entity.end { high = mid } else { low = mid + 1 }
        }
        return first < low ? first..<low : nil
    }

    /// Whether a place name starts at the head at `index` and runs past it (الدار البيضاء).
    private func isPlaceName(_ analysis: TextAnalysis, _ index: Int) -> Bool {
        guard let place = lexicons.places.place(in: analysis, at: index, proclitics: true) else { return false }
        return place.tokens.count > 1 && !place.value.isAmbiguous
    }

    /// Whether the head at `index` is a counted noun (`11 شركة`), not a name.
    private func isCounted(_ analysis: TextAnalysis, _ index: Int) -> Bool {
        index > 0 && analysis.kind(index - 1) == .number && analysis.isAdjacent(index - 1, index)
    }

    /// The end of a gazetteer match with what may follow it: nisba adjectives (الصليب الأحمر اللبناني),
    /// and for companies a country (هواوي عمان) or one definite ل-phrase (سيمنس للطاقة).
    private func extendKnown(_ match: PhraseTable<KnownOrganization>.Match, in analysis: TextAnalysis) -> Int {
        let count = analysis.tokens.count
        var end = match.tokens.upperBound
        let isCompany = match.value.kind == "company"
        if isCompany, end < count, analysis.isAdjacent(end - 1, end),
            let place = lexicons.places.place(in: analysis, at: end, proclitics: false),
            !place.value.isAmbiguous, place.value.kind == "country"
        {
            return place.tokens.upperBound
        }
        var usedLam = false
        var adjectives = 0
        while end < count, analysis.isAdjacent(end - 1, end), analysis.kind(end) == .arabicWord, adjectives < 3 {
            let word = analysis.word(end)
            if ArabicWordShape.isDefinite(word), ArabicWordShape.isNisba(word), lexicons.words.wordClass(of: word) == nil {
                adjectives += 1
                end += 1
                continue
            }
            if isCompany, !usedLam, ArabicWordShape.starts(word, "لل"), ArabicWordShape.length(word) >= 5,
                !lexicons.words.endsName("ال" + String(word.unicodeScalars.dropFirst(2)))
            {
                usedLam = true
                end += 1
                continue
            }
            break
        }
        return end
    }

    /// The parts of a company-like organisation's name remembered without its head: the whole
    /// name (الشوامخ للخدمات النفطية) and its leading foreign words (ويذرفورد).
    private func remembered(_ name: OrganizationNameScanner.Name, in analysis: TextAnalysis) -> [Range<Int>] {
        let tokens = name.tokens
        let first = analysis.word(tokens.lowerBound)
        guard analysis.kind(tokens.lowerBound) == .latinWord || analysis.kind(tokens.lowerBound) == .arabicWord,
            !lexicons.places.isPlaceWord(first)
        else { return [] }
        var result: [Range<Int>] = []
        if tokens.count >= 2 { result.append(tokens) }
        // The leading run of foreign (indefinite, non-construct) words.
        var end = tokens.lowerBound
        while end < tokens.upperBound, analysis.kind(end) == .latinWord
            || (analysis.kind(end) == .arabicWord && !ArabicWordShape.isDefinite(analysis.word(end))
                && !ArabicWordShape.starts(analysis.word(end), "ل")
                && !ArabicWordShape.endsWithTaMarbuta(analysis.word(end)))
        {
            end += 1
        }
        guard end > tokens.lowerBound else { return result }
        // A foreign name is followed by the end, a ل-phrase or an adjective — not by a genitive (تطوير المشاريع).
        if end < tokens.upperBound, !name.lamPhraseStarts.contains(end),
            !ArabicWordShape.isNisba(analysis.word(end))
        {
            return result
        }
        if end - tokens.lowerBound < tokens.count || tokens.count == 1 {
            result.append(tokens.lowerBound..<end)
        }
        return result
    }

    /// Tokens of an alias in parentheses or guillemets starting at token `index`: `(أوبك)` → the tokens inside.
    private func alias(in analysis: TextAnalysis, after index: Int) -> Range<Int>? {
        let count = analysis.tokens.count
        guard index < count, analysis.kind(index) == .punctuation, analysis.isAdjacent(index - 1, index) else {
            return nil
        }
        let open = analysis.word(index)
        let close: String
        switch open {
        case "(": close = ")"
        case "«": close = "»"
        default: return nil
        }
        var end = index + 1
        while end < count, end - index <= 4, analysis.isAdjacent(end - 1, end),
            analysis.kind(end) == .arabicWord || analysis.kind(end) == .latinWord
        {
            if analysis.kind(end) == .arabicWord, lexicons.words.endsName(analysis.word(end)) { return nil }
            end += 1
        }
        guard end > index + 1, end < count, analysis.word(end) == close, end - index - 1 <= 3 else { return nil }
        return (index + 1)..<end
    }

    /// A fingerprint of the normalised words of an organisation, with ال restored after لل: two
    /// mentions with the same words share it. Read from the tokens' fingerprints and the stem of
    /// the proclitic split, without joining the words into a string.
    private func normalizedKey(_ analysis: TextAnalysis, _ item: Found) -> UInt64 {
        let first = item.tokens.lowerBound
        var key: UInt64
        if item.prefixBytes == 0 {
            key = analysis.fingerprints[first]
        } else if let split = analysis.splits(first).first(where: { $0.prefixBytes == item.prefixBytes }) {
            // The split's stem restores ال after لل (للمؤسسة → المؤسسة), as restoresArticle says.
            key = split.stem.fingerprint
        } else {
            let stem = String(analysis.word(first).unicodeScalars.dropFirst(item.prefixBytes / 2))
            key = WordFingerprint.of(restoresArticle(analysis, item) ? "ال" + stem : stem)
        }
        for index in item.tokens.dropFirst() {
            key = (key ^ analysis.fingerprints[index]) &* 0x9E37_79B9_7F4A_7C15
            key ^= key >> 29
        }
        return key
    }

    /// Whether the proclitic of `item` ends in لل, whose lam is the article's (للمؤسسة → المؤسسة).
    private func restoresArticle(_ analysis: TextAnalysis, _ item: Found) -> Bool {
        let letters = item.prefixBytes / 2
        guard letters >= 2 else { return false }
        let scalars = Array(analysis.word(item.tokens.lowerBound).unicodeScalars.prefix(letters))
        return scalars[letters - 1] == "ل" && scalars[letters - 2] == "ل"
    }

    /// The canonical name of a new organisation: its text as written, with ال restored after لل.
    private func canonicalText(_ analysis: TextAnalysis, _ item: Found) -> String {
        let text = analysis.originalText(tokens: item.tokens, dropLeadingBytes: item.prefixBytes)
        if restoresArticle(analysis, item) { return "ال" + text }
        return text
    }
}
