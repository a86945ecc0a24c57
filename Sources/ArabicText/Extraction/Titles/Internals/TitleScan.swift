/// The title and person rules run over one document: honorific runs, offices with their
/// complements, names, links, and the trimming of organisations a ل-phrase of an office overran.
///
/// `وقال سعادة الشيخ سالم بن علي الكثيري، رئيس بلدية ظفار، إن…` → honorific `سعادة الشيخ`,
/// person `سالم بن علي الكثيري`, position `رئيس بلدية ظفار`, and a link tying them to the
/// organisation `بلدية ظفار` found by the organisation extractor.
struct TitleScan {
    /// A span of tokens, less a proclitic of `drop` UTF-8 bytes on the first token.
    struct Span: Hashable {
        var tokens: Range<Int>
        var drop: Int = 0
    }

    /// A title found in the document.
    struct Title {
        var span: Span
        var role: TitleRole
        var follower: TitleFollower
        /// Offices only.
        var office: OfficeEntry?
        /// Offices only: first token after the office phrase.
        var complementStart: Int = 0
        var rule: String
        var isValid = true
        var hasPerson = false
    }

    /// A person found in the document.
    struct Person {
        var span: Span
        var rule: String
    }

    /// How much evidence a name needs.
    enum NameMode {
        /// After an honorific that takes any follower: any name-like words.
        case loose
        /// After a rank or an honorific that needs a name: a known given name, a particle or a nisba.
        case strict
        /// Right after an office, without a comma: must start with a given name.
        case afterOffice
        /// From the given-name lexicon alone.
        case lexicon
    }

    /// The result of parsing a name.
    struct ParsedName {
        var span: Span
        var startsWithGivenName = false
        var startsWithCommonName = false
        var hasParticle = false
        var endsWithNisba = false
        var knownNames = 0
        var words = 0
        /// The name ends in a regnal ordinal: `الحسن الثاني`، `لويس الرابع عشر`.
        var hasRegnalOrdinal = false
        /// End of the last word that is evidence of a name: a known name, a particle and its name, a nisba.
        var evidenceEnd = 0
    }

    /// What covers a token: a candidate of an earlier extractor, or a title or person of this scan.
    struct Cover: OptionSet {
        let rawValue: UInt8
        static let date = Cover(rawValue: 1 << 0)
        static let place = Cover(rawValue: 1 << 1)
        static let organization = Cover(rawValue: 1 << 2)
        /// A count or an ordinal: never part of a name (ما يزيد على، محمد الخامس).
        static let number = Cover(rawValue: 1 << 3)
        /// Taken by a title or a person of this scan.
        static let claimed = Cover(rawValue: 1 << 4)
    }

    /// What the scan knows of one token: the rules its word may start and what covers it.
    struct TokenState {
        var trigger: TitleTrigger = []
        var cover: Cover = []
    }

    let analysis: TextAnalysis
    let lexicons: TitleLexicons
    let count: Int
    /// The UTF-8 bytes of ``TextAnalysis/text``; valid for the life of the scan (see ``TitleExtractor``).
    private let text: UnsafeBufferPointer<UInt8>
    /// ``WordFingerprint`` of each token's normalised word.
    private let fingerprints: [UInt64]
    /// One entry per token, in one array: a probe of the trigger table, and the covers.
    private var state: [TokenState]
    /// For an organisation starting at a token: the end token of the longest one.
    private var orgEndAt: [Int: Int]
    /// Organisation candidates with their token ranges.
    private var organizations: [(index: Int, tokens: Range<Int>)]
    /// Positions in ``organizations`` by first token.
    private var organizationsStartingAt: [Int: [Int]]
    /// Positions in ``organizations`` ordered by first token (for the organisation named before an office).
    private var organizationsInOrder: [Int]
    /// Title and person indexes by their first and end tokens (spans never overlap).
    private var titleStartingAt: [Int: Int]
    private var titleEndingAt: [Int: Int]
    private var personStartingAt: [Int: Int]
    private var personEndingAt: [Int: Int]
    private(set) var titles: [Title]
    private(set) var persons: [Person]

    /// Prepares the scan of `analysis`, whose normalised text has the UTF-8 bytes `text`.
    ///
    /// Everything is computed into locals and every stored property is assigned once, at the
    /// end: with default values on the properties the optimiser built the scan in a temporary
    /// and copied it (about 25 retains and releases per document).
    init(analysis: TextAnalysis, text: UnsafeBufferPointer<UInt8>, lexicons: TitleLexicons, candidates: EntityCandidates) {
        let tokens = analysis.tokens
        let fingerprints = analysis.fingerprints
        var state = [TokenState](repeating: TokenState(), count: tokens.count)
        state.withUnsafeMutableBufferPointer { state in
            for i in state.indices {
                var trigger = lexicons.triggers[fingerprints[i]] ?? []
                let range = tokens[i].utf8Range
                if range.count >= 14, TitleScan.starts(UnsafeBufferPointer(rebasing: text[range]), "عبدال") {
                    trigger.insert(.joinedCompound)
                }
                state[i].trigger = trigger
            }
        }
        var organizations: [(index: Int, tokens: Range<Int>)] = []
        var organizationsStartingAt: [Int: [Int]] = [:]
        var orgEndAt: [Int: Int] = [:]
        for (index, entity) in candidates.entities.enumerated() {
            let cover: Cover
            switch entity.type {
            case .date: cover = .date
            case .place: cover = .place
            case .count, .ordinal: cover = .number
            case .organization: cover = .organization
            default: continue
            }
            guard let range = OrganizationExtractor.tokenRange(of: entity, in: analysis) else { continue }
            for i in range { state[i].cover.insert(cover) }
            if entity.type == .organization {
                organizationsStartingAt[range.lowerBound, default: []].append(organizations.count)
                organizations.append((index, range))
                orgEndAt[range.lowerBound] = max(orgEndAt[range.lowerBound] ?? 0, range.upperBound)
            }
        }
        self.count = tokens.count
        self.fingerprints = fingerprints
        self.state = state
        self.organizations = organizations
        self.organizationsStartingAt = organizationsStartingAt
        self.orgEndAt = orgEndAt
        organizationsInOrder = organizations.count < 2 ? Array(organizations.indices)
            : organizations.indices.sorted { organizations[$0].tokens.lowerBound < organizations[$1].tokens.lowerBound }
        self.lexicons = lexicons
        self.text = text
        self.analysis = analysis
        titleStartingAt = [:]
        titleEndingAt = [:]
        personStartingAt = [:]
        personEndingAt = [:]
        titles = []
        persons = []
    }

    // MARK: - Token helpers

    /// The original scalar range of token `i`.
    private func scalars(ofToken i: Int) -> Range<Int> {
        analysis.normalized.originalScalarRange(fromNormalizedUTF8: analysis.tokens[i].utf8Range)
    }

    /// What token `i` may start, from one table probe at init.
    private func trigger(_ i: Int) -> TitleTrigger { state[i].trigger }

    /// Whether any of `cover` lies over token `i`.
    private func isCovered(_ i: Int, by cover: Cover) -> Bool { !state[i].cover.isDisjoint(with: cover) }

    /// Whether a title or a person of this scan took token `i`.
    private func isClaimed(_ i: Int) -> Bool { isCovered(i, by: .claimed) }

    private func word(_ i: Int) -> String { analysis.word(i) }

    private func isArabic(_ i: Int) -> Bool { analysis.kind(i) == .arabicWord }

    private func isComma(_ i: Int) -> Bool {
        guard analysis.kind(i) == .punctuation else { return false }
        return equals(i, "،") || equals(i, ",")
    }

    // MARK: - Word shapes, on the normalised UTF-8 bytes

    /// The normalised UTF-8 bytes of token `i`.
    private func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[analysis.tokens[i].utf8Range])
    }

    /// Whether `word` starts with the bytes of `prefix`.
    @inline(__always)
    private static func starts(_ word: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { word.hasBytes($0, at: 0) }
    }

    /// Whether token `i`'s word starts with `prefix`: `starts(i, "ال")`.
    private func starts(_ i: Int, _ prefix: StaticString) -> Bool { TitleScan.starts(bytes(i), prefix) }

    /// Whether token `i`'s word ends with `suffix`.
    private func ends(_ i: Int, _ suffix: StaticString) -> Bool {
        let word = bytes(i)
        return suffix.withUTF8Buffer { word.hasBytes($0, at: word.count - $0.count) }
    }

    /// Whether token `i`'s word is `other`, byte for byte.
    private func equals(_ i: Int, _ other: StaticString) -> Bool {
        let word = bytes(i)
        return other.withUTF8Buffer { word.count == $0.count && word.hasBytes($0, at: 0) }
    }

    /// The number of Unicode scalars of token `i`'s word.
    private func scalarCount(_ i: Int) -> Int {
        var count = 0
        for byte in bytes(i) where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The ``WordFingerprint`` of token `i`'s word less its first `count` bytes (a proclitic).
    private func stemFingerprint(_ i: Int, dropping count: Int) -> UInt64 {
        WordFingerprint.of(bytes: UnsafeBufferPointer(rebasing: bytes(i).dropFirst(count)))
    }

    /// The entry of token `i`'s word as a one-word given name (محمد). The trigger, read already,
    /// rules out most words without a lookup: a one-word name is the first word of a name.
    private func oneWordGivenName(_ i: Int) -> GivenNameEntry? {
        trigger(i).contains(.givenName) ? lexicons.givenNames.value(ofWord: analysis.key(i)) : nil
    }

    /// The entry of a one-word given name behind و at token `i` (ومحمد → محمد), with the same trigger test.
    private func givenNameAfterConjunction(_ i: Int) -> GivenNameEntry? {
        guard trigger(i).contains(.givenNameWithConjunction) else { return nil }
        return lexicons.givenNames.value(ofWord: WordKey(bytes: UnsafeBufferPointer(rebasing: bytes(i).dropFirst(2))))
    }

    /// Whether token `i` continues the line of token `i - 1`.
    private func sameLine(_ i: Int) -> Bool { !analysis.hasLineBreak(before: i) }

    /// The stop word at token `i`, also behind a conjunction or ب (وقال، فإن، بأن).
    private func stop(_ i: Int) -> StopWord? {
        guard isArabic(i) else { return nil }
        if let kind = lexicons.stops[fingerprints[i]] { return kind == .adjective ? nil : kind }
        let word = bytes(i)
        var dropped = 0
        for _ in 0..<2 {
            // و (D9 88), ف (D9 81), ب (D8 A8), with at least two letters after it.
            guard word.count - dropped >= 6 else { break }
            let lead = word[dropped]
            let trail = word[dropped + 1]
            guard lead == 0xD9 && (trail == 0x88 || trail == 0x81) || lead == 0xD8 && trail == 0xA8 else { break }
            dropped += 2
            if let kind = lexicons.stops[WordFingerprint.of(bytes: UnsafeBufferPointer(rebasing: word[dropped...]))],
                kind != .inner, kind != .adjective
            {
                return kind
            }
        }
        return nil
    }

    /// `البوسعيدي`، `الكلباني`: an article, at least three letters, a final ي — written ي in
    /// the original, not the ى of `الملتقى` that normalisation folds into ي.
    private func isNisba(_ i: Int) -> Bool {
        guard starts(i, "ال"), ends(i, "ي"), scalarCount(i) >= 5, !isAdjective(i) else { return false }
        return lastLetterWritten(i) == "\u{064A}"
    }

    /// `الحارثية`، `البلوشية`: a woman's family name, the feminine of a nisba — an article, a
    /// final ية in the original (normalised يه), and not an everyday adjective (الدولية).
    private func isFeminineNisba(_ i: Int) -> Bool {
        guard starts(i, "ال"), ends(i, "يه"), scalarCount(i) >= 6, !isAdjective(i) else { return false }
        return lastLetterWritten(i) == "\u{0629}"
    }

    /// The last letter of token `i` as the original writes it (marks skipped): normalisation
    /// folds ى into ي and ة into ه, which the nisba tests must tell apart.
    private func lastLetterWritten(_ i: Int) -> Unicode.Scalar? {
        analysis.originalText(tokens: i..<(i + 1)).unicodeScalars.last { $0.properties.generalCategory != .nonspacingMark }
    }

    /// Whether token `i` is written with the article ال in the original (marks skipped): `الطفل`,
    /// not `ألفونسو`, which normalisation folds to الفونسو.
    private func writtenWithArticle(_ i: Int) -> Bool {
        guard starts(i, "ال") else { return false }
        let letters = analysis.originalText(tokens: i..<(i + 1)).unicodeScalars.lazy
            .filter { $0.properties.generalCategory != .nonspacingMark }.prefix(2)
        return Array(letters) == ["\u{0627}", "\u{0644}"]
    }

    /// Whether token `i` is a common adjective that is never a family name (الدولي، الثاني).
    private func isAdjective(_ i: Int) -> Bool { lexicons.stops[fingerprints[i]] == .adjective }

    /// Whether token `i` carries a proclitic before the article (والـ، بالـ، فالـ، كالـ، للـ).
    private func hasProcliticArticle(_ i: Int) -> Bool {
        starts(i, "وال") || starts(i, "بال") || starts(i, "فال") || starts(i, "كال") || starts(i, "لل")
    }

    /// A given name starting at token `i`: its end token and whether it is also an everyday word.
    ///
    /// Lexicon names (one or more words), عبد + a definite word (عبد الرحيم), عبدال… written
    /// joined, X الدين, and a kunya (أبو + name).
    func givenName(at i: Int) -> (end: Int, common: Bool, feminine: Bool?)? {
        guard isArabic(i), !isCovered(i, by: [.date, .organization, .number]) else { return nil }
        if trigger(i).contains(.givenName), let match = lexicons.givenNames.match(in: analysis, at: i) {
            return (match.tokens.upperBound, match.value.isCommonWord, match.value.isFeminine)
        }
        let next: Int? = i + 1 < count && isArabic(i + 1) && sameLine(i + 1) ? i + 1 : nil
        if equals(i, "عبد"), let next, starts(next, "ال"), scalarCount(next) >= 4 { return (i + 2, false, false) }
        if starts(i, "عبدال"), scalarCount(i) >= 7 { return (i + 1, false, false) }
        if let next, equals(next, "الدين"), !starts(i, "ال"), lexicons.stops[fingerprints[i]] == nil {
            return (i + 2, false, false)
        }
        if lexicons.particles[fingerprints[i]] == .kunya, next != nil, lexicons.stops[fingerprints[i + 1]] == nil,
            !isCovered(i, by: .place)
        {
            return (i + 2, false, nil)
        }
        return nil
    }

    /// Whether token `i` may be part of a person's name.
    private func isNameWord(_ i: Int, afterParticle: Bool = false) -> Bool {
        guard i < count, isArabic(i), !isCovered(i, by: [.date, .organization, .number]), !isClaimed(i) else { return false }
        if isCovered(i, by: .place) && !afterParticle { return false }
        if oneWordGivenName(i) != nil { return true }
        if stop(i) != nil || lexicons.particles[fingerprints[i]] != nil { return false }
        let found = trigger(i)
        if found.contains(.honorific), lexicons.honorifics.match(in: analysis, at: i) != nil {
            // An honorific with nothing name-like after it ends a name as its family name:
            // الدكتور أحمد السيد أن…
            let next = i + 1
            return next >= count || !sameLine(next) || !isArabic(next) || stop(next) != nil
        }
        if found.contains(.office), lexicons.offices.match(in: analysis, at: i) != nil { return false }
        if starts(i, "ي") || hasProcliticArticle(i) || scalarCount(i) < 2 || isAdjective(i) { return false }
        // An unknown word behind ل is a prepositional phrase, not a name (عبد الله | لخدمة).
        if starts(i, "ل") { return false }
        return true
    }

    // MARK: - Names

    /// Parses a name at token `start`: ism, nasab chain, further names, family name or nisba.
    ///
    /// `سالم بن مسلم البوسعيدي`، `عبدالعزيز بن تركي بن سعود`، `خالد عبيد الطنيجي`، `آل سعود`.
    /// A regnal ordinal ends the name after a known given name, or after any name word when
    /// `royal` (the name follows الملك، السلطان…): `الحسن الثاني`، `الملك عبدالله الثاني`.
    /// The ordinal agrees with the name in gender (`بطرس الأولى` is a book of the Bible).
    func parseName(at start: Int, royal: Bool = false, royalIsFeminine: Bool? = nil) -> ParsedName? {
        guard start < count, isArabic(start), !isClaimed(start) else { return nil }
        var parsed = ParsedName(span: Span(tokens: start..<start))
        var i = start
        // The gender a regnal ordinal must have after the last name word; `nil` for either.
        var ordinalIsFeminine = royalIsFeminine
        if let name = givenName(at: start) {
            parsed.startsWithGivenName = true
            parsed.startsWithCommonName = name.common
            if !name.common { parsed.knownNames += 1 }
            ordinalIsFeminine = name.feminine
            i = name.end
        } else if starts(start, "و"), scalarCount(start) >= 4,
            starts(start, "وو") || givenNameAfterConjunction(start) != nil
        {
            // A conjunction glued to the name: ووانغ، ومحمد.
            parsed.span.drop = 2
            if let entry = givenNameAfterConjunction(start) {
                parsed.startsWithGivenName = true
                parsed.startsWithCommonName = entry.isCommonWord
                if !entry.isCommonWord { parsed.knownNames += 1 }
                ordinalIsFeminine = entry.isFeminine
            }
            guard !isCovered(start, by: [.date, .organization, .place]) else { return nil }
            i = start + 1
        } else if isNameWord(start) {
            i = start + 1
        } else {
            return nil
        }
        // Whether the last word read is a known given name, or (royal) any name word: a regnal ordinal may follow.
        var mayTakeOrdinal = royal || parsed.startsWithGivenName && !parsed.startsWithCommonName
        parsed.words = 1
        var plain = 0
        var lastWasNisba = isNisba(i - 1)
        var afterNasab = false
        parsed.evidenceEnd = parsed.startsWithGivenName || lastWasNisba ? i : start
        while i < count, sameLine(i), parsed.words < 7 {
            if mayTakeOrdinal, !parsed.hasParticle, !lastWasNisba,
                let end = regnalOrdinalEnd(at: i, isFeminine: ordinalIsFeminine)
            {
                i = end
                parsed.words += 1
                parsed.evidenceEnd = i
                parsed.hasRegnalOrdinal = true
                break
            }
            if let particle = lexicons.particles[fingerprints[i]] {
                let unit = i + 1
                guard unit < count, sameLine(unit), isArabic(unit), !isCovered(unit, by: [.date, .organization]) else { break }
                var end = unit + 1
                if let name = givenName(at: unit) {
                    end = name.end
                } else if stop(unit) != nil || !isNameWord(unit, afterParticle: true) {
                    break
                }
                parsed.hasParticle = true
                parsed.words += 1
                i = end
                parsed.evidenceEnd = i
                if particle == .family { lastWasNisba = true; continue }
                afterNasab = particle == .nasab
                lastWasNisba = isNisba(i - 1)
                continue
            }
            if lastWasNisba { break }
            if afterNasab {
                // After a nasab chain only the family name follows: a nisba (البوسعيدي, a woman's
                // الحارثية), not an epithet (المعظم).
                guard isNameWord(i), isNisba(i) || isFeminineNisba(i) else { break }
                i += 1
                parsed.words += 1
                parsed.evidenceEnd = i
                break
            }
            var isGivenName = false
            if let name = givenName(at: i), !isClaimed(i) {
                if !name.common { parsed.knownNames += 1 }
                i = name.end
                parsed.evidenceEnd = i
                isGivenName = true
                mayTakeOrdinal = royal || !name.common
                ordinalIsFeminine = name.feminine
            } else if isNameWord(i), plain < 3 {
                plain += 1
                i += 1
                mayTakeOrdinal = royal
                ordinalIsFeminine = royalIsFeminine
            } else {
                break
            }
            parsed.words += 1
            // A given name shaped like a nisba (الهادي، الزكي) may be followed by the family name.
            lastWasNisba = !isGivenName && isNisba(i - 1)
            // A nisba right after a known part is evidence (سالم الكعبي), not one after an unknown word (نظيره الأردني).
            if lastWasNisba && parsed.evidenceEnd == i - 1 { parsed.evidenceEnd = i }
        }
        parsed.span.tokens = start..<i
        parsed.endsWithNisba = isNisba(i - 1)
        return parsed
    }

    /// The end of a regnal ordinal at token `i`: a definite ordinal (الثاني), or one with عشر /
    /// عشرة (الرابع عشر، الحادي عشر), of the gender `isFeminine` (`nil`: either); `nil` when `i`
    /// starts none or a date took it (ربيع الثاني).
    private func regnalOrdinalEnd(at i: Int, isFeminine: Bool?) -> Int? {
        guard i < count, isArabic(i), let kind = lexicons.regnalOrdinals[fingerprints[i]],
            !isCovered(i, by: [.date, .organization, .claimed])
        else { return nil }
        let standsAlone: Bool
        switch kind {
        case .unit(let feminine):
            guard isFeminine == nil || isFeminine == feminine else { return nil }
            standsAlone = true
        case .compoundOnly(let feminine):
            guard isFeminine == nil || isFeminine == feminine else { return nil }
            standsAlone = false
        case .teen:
            return nil
        }
        let next = i + 1
        if next < count, sameLine(next), isArabic(next), lexicons.regnalOrdinals[fingerprints[next]] == .teen,
            !isCovered(next, by: [.date, .organization, .claimed])
        {
            return next + 1
        }
        return standsAlone ? next : nil
    }

    /// Whether a name beginning with an everyday word has more to it: a particle, a known name, a nisba.
    private func hasNameEvidence(_ parsed: ParsedName) -> Bool {
        parsed.hasParticle || parsed.knownNames >= 1 || parsed.words >= 2 && parsed.endsWithNisba
    }

    /// Without an honorific or a comma to bound it, a name ends at its last known part:
    /// كريم جاسم (وصل)، سامح شكري (نظيره الأردني).
    ///
    /// A single definite word after the last known part stays when the name ends there — at
    /// punctuation, a line end, a date, or a verb, particle or time word of `title-stops`: it
    /// is the family name (`عبدالله يوسف الرشيد أمس`، `سامر فايز العدوان،`، `أحمد يوسف الصالح
    /// إن`). `سامح شكري نظيره الأردني` (two words after the known parts) is cut.
    private func cutAtEvidence(_ parsed: ParsedName, start: Int) -> ParsedName {
        var parsed = parsed
        let end = parsed.span.tokens.upperBound
        if parsed.evidenceEnd == end - 1, parsed.evidenceEnd > start, starts(end - 1, "ال"), !isAdjective(end - 1),
            endsClause(at: end)
        {
            return parsed
        }
        if parsed.evidenceEnd > start, parsed.evidenceEnd < parsed.span.tokens.upperBound {
            parsed.span.tokens = start..<parsed.evidenceEnd
            parsed.endsWithNisba = isNisba(parsed.evidenceEnd - 1)
        }
        return parsed
    }

    /// Whether a name ending before token `end` ends there: at punctuation, a line end, a date,
    /// or a verb, particle or time word of `title-stops`.
    private func endsClause(at end: Int) -> Bool {
        end >= count || !sameLine(end) || analysis.kind(end) == .punctuation || isCovered(end, by: .date)
            || [.verb, .particle, .time].contains(stop(end))
    }

    /// A name at `start` with the evidence `mode` asks for; `royal` when it follows a royal or
    /// religious honorific (its regnal ordinal, see ``parseName(at:royal:royalIsFeminine:)``).
    func name(at start: Int, mode: NameMode, royal: Bool = false, royalIsFeminine: Bool? = nil) -> ParsedName? {
        guard let parsed = parseName(at: start, royal: royal, royalIsFeminine: royalIsFeminine) else { return nil }
        switch mode {
        case .loose:
            return parsed
        case .strict:
            // A regnal ordinal is evidence too (الملكة إليزابيث الثانية), after a first word without
            // the article as written (ألفونسو folds to الفونسو; not الملك الطفل خوان الثاني).
            let known = parsed.startsWithGivenName || parsed.hasParticle || (parsed.words >= 2 && parsed.endsWithNisba)
                || parsed.hasRegnalOrdinal && !writtenWithArticle(start)
            return known ? parsed : nil
        case .afterOffice:
            guard parsed.startsWithGivenName else { return nil }
            // After an office a given name and an unknown family name stay (مصطفى مدبولي); with
            // two known parts, unknown words after them are not the name (سامح شكري | نظيره).
            let cut = parsed.evidenceEnd - start >= 2 ? cutAtEvidence(parsed, start: start) : parsed
            // A lone everyday given name stands when the clause ends with it (النائب الأول سالم،),
            // not before more words (المدير العام سعيد بالنتائج).
            return !cut.startsWithCommonName || hasNameEvidence(cut) || endsClause(at: cut.span.tokens.upperBound)
                ? cut : nil
        case .lexicon:
            guard parsed.startsWithGivenName else { return nil }
            let parsed = cutAtEvidence(parsed, start: start)
            if parsed.startsWithCommonName {
                // حياة محمد is "the life of Muhammad": an everyday first word needs a nasab, or a
                // known name and a family name after it (كريم جاسم المالكي).
                return parsed.hasParticle || parsed.knownNames >= 1 && parsed.endsWithNisba ? parsed : nil
            }
            // A second known name, a nasab, a short name ending in a nisba, or a known name with
            // its regnal ordinal: محمد صالح، محمد بن راشد، الحسن الثاني.
            if parsed.hasParticle || parsed.knownNames >= 2 || parsed.endsWithNisba && parsed.words <= 4
                || parsed.hasRegnalOrdinal && parsed.knownNames >= 1
            {
                return parsed
            }
            // One known name right after a verb of saying: قال محمد.
            return start > 0 && stop(start - 1) == .verb ? parsed : nil
        }
    }

    // MARK: - Titles

    /// The run of honorifics at `i`: `سعادة السيد`، `صاحب السمو الملكي الأمير`، `أ.د.`.
    private func honorificRun(at i: Int) -> (span: Span, follower: TitleFollower, royal: Bool, isFeminine: Bool?)? {
        guard let first = lexicons.honorifics.match(in: analysis, at: i, proclitics: trigger(i).contains(.honorificWithClitic))
        else { return nil }
        var end = first.tokens.upperBound
        var anyFollows = first.value.follower == .any
        var officeFollows = first.value.follower == .office
        var royal = first.value.isRoyal
        var isFeminine = first.value.isFeminine
        while end < count, sameLine(end), trigger(end).contains(.honorific),
            let next = lexicons.honorifics.match(in: analysis, at: end)
        {
            end = next.tokens.upperBound
            anyFollows = anyFollows || next.value.follower == .any
            officeFollows = officeFollows || next.value.follower == .office
            royal = royal || next.value.isRoyal
            isFeminine = next.value.isFeminine ?? isFeminine
        }
        // The most permissive follower of the run.
        let follower: TitleFollower = anyFollows ? .any : officeFollows ? .office : .name
        return (Span(tokens: i..<end, drop: first.prefixBytes), follower, royal, isFeminine)
    }

    /// Where an office's complement ends: at a comma or other punctuation, a verb or clause
    /// word, a date, an honorific, a given name (the holder), or the end of the line.
    ///
    /// Organisations found earlier are taken whole. `في، لدى، باسم` may sit inside but not last.
    /// After an office that ends in a definite word (`النائب الأول`، `الرئيس`) a bare word is no
    /// complement either: `النائب الأول | سالم`.
    private func complementEnd(from start: Int, afterDefinite: Bool) -> (end: Int, stoppedAtName: Bool) {
        var i = start
        var last = start
        var lastWasDefinite = afterDefinite
        while i < count, i - start < 14, sameLine(i) {
            if isCovered(i, by: [.date, .claimed]) { break }
            if let orgEnd = orgEndAt[i] {
                i = orgEnd
                last = i
                lastWasDefinite = starts(orgEnd - 1, "ال") || hasProcliticArticle(orgEnd - 1)
                continue
            }
            switch analysis.kind(i) {
            case .latinWord?:
                i += 1
                last = i
                lastWasDefinite = true
                continue
            case .arabicWord?:
                break
            default:
                return (last, false)
            }
            if trigger(i).contains(.honorific), lexicons.honorifics.match(in: analysis, at: i) != nil { break }
            if let kind = stop(i) {
                guard kind == .inner else { break }
                // في goes on only into an organisation or a place (مديرة تطوير الوجهات في الهيئة),
                // not into an event (وزير الداخلية | في الاجتماع).
                if fingerprints[i] == lexicons.fi, !isOrganizationOrPlace(i + 1) { break }
                i += 1
                continue
            }
            let definite = starts(i, "ال")
            if !definite, let given = givenName(at: i),
                !given.common || parseName(at: i).map(hasNameEvidence) == true
            {
                return (last, true)
            }
            if starts(i, "ي") { break }
            let bare = !definite && !startsWithProclitic(i)
            // A bare word after a definite one starts a new phrase; a given name there is the holder.
            if bare && lastWasDefinite && (i > start || afterDefinite) { return (last, givenName(at: i) != nil) }
            // A ب-phrase belongs to an office only when it names an organisation or a place
            // (مدير البحث بوزارة التجهيز، رئيس القطاع بالوزارة), not a verb's object (رئيس الجمهورية | بالشكر).
            if isBPhrase(i), !isOrganizationOrPlace(i), !lexicons.isOrganizationHead(stemFingerprint(i, dropping: 2)) {
                break
            }
            let found = trigger(i)
            if found.contains(.officeWithClitic), !starts(i, "ل"), !starts(i, "و") { break }
            if i > start {
                // After the first word, an indefinite ب-phrase goes on only into an organisation or a place.
                if isIndefiniteBPhrase(i), !isOrganizationOrPlace(i),
                    !lexicons.isOrganizationHead(stemFingerprint(i, dropping: 2))
                {
                    break
                }
                // A bare noun cannot follow a definite word inside one noun phrase (الرئيس الأمريكي |
                // دونالد، وزير الصحة | أهمية); an office after the complement starts a new title
                // (نائب رئيس مجلس الوزراء | وزير الداخلية، … | السفير أحمد), or is another phrase's
                // object (ولي العهد | بالرئيس) — but لـ ties it to this one (النائب الأول لرئيس المجلس).
                if found.contains(.office), lexicons.offices.value(ofWord: analysis.key(i))?.follower == .any { break }
            }
            lastWasDefinite = definite || hasProcliticArticle(i)
            i += 1
            last = i
        }
        return (last, false)
    }

    /// Whether token `i` is ب + the article (بالوزارة، بالشكر).
    private func isBPhrase(_ i: Int) -> Bool { starts(i, "بال") && bytes(i).count >= 10 }

    /// Whether token `i` is ب + an indefinite noun (بقوله، بوزارة): a ب-phrase unless ب is a root letter.
    private func isIndefiniteBPhrase(_ i: Int) -> Bool {
        starts(i, "ب") && !starts(i, "بال") && bytes(i).count >= 8 && givenName(at: i) == nil
    }

    /// Whether token `i` starts with a letter that is often a proclitic inside a noun phrase (و ب ل);
    /// ف and ك seldom are, and foreign names start with them (فاكلاف).
    private func startsWithProclitic(_ i: Int) -> Bool {
        let word = bytes(i)
        guard word.count >= 4 else { return false }
        let lead = word[0], trail = word[1]
        // و D9 88, ل D9 84, ب D8 A8
        return lead == 0xD9 && (trail == 0x88 || trail == 0x84) || lead == 0xD8 && trail == 0xA8
    }

    /// Whether the complement starting at `i` names something definite: an organisation, a
    /// place, a Latin name or a definite word (الهيئة، بالوزارة، للاتحاد).
    private func hasDefiniteComplement(_ title: Title) -> Bool {
        let i = title.complementStart
        guard i < title.span.tokens.upperBound else { return false }
        if isCovered(i, by: [.organization, .place]) || analysis.kind(i) == .latinWord { return true }
        // A feminine nisba adjective right after the office word is not its complement (المحافظ الاستثمارية).
        if starts(i, "ال") && ends(i, "يه") { return false }
        return starts(i, "ال") || starts(i, "لل")
    }

    // MARK: - The scan

    /// Finds the honorifics, offices and names of the document.
    mutating func run() {
        var i = 0
        while i < count {
            let found = trigger(i)
            if found.isEmpty || isCovered(i, by: [.claimed, .date]) || !isArabic(i) {
                i += 1
                continue
            }
            var failedRunEnd = i + 1
            if !found.isDisjoint(with: [.honorific, .honorificWithClitic]), let run = honorificRun(at: i) {
                let j = run.span.tokens.upperBound
                failedRunEnd = j
                if j < count, sameLine(j), trigger(j).contains(.office), lexicons.offices.match(in: analysis, at: j) != nil {
                    addTitle(Title(span: run.span, role: .honorific, follower: run.follower, rule: "title.honorific"))
                    i = j
                    continue
                }
                if run.follower != .office, j < count, sameLine(j),
                    let parsed = name(
                        at: j, mode: run.follower == .name ? .strict : .loose, royal: run.royal, royalIsFeminine: run.isFeminine)
                {
                    addTitle(Title(span: run.span, role: .honorific, follower: run.follower, rule: "title.honorific"))
                    addPerson(Person(span: parsed.span, rule: "person.after_honorific"))
                    i = parsed.span.tokens.upperBound
                    continue
                }
            }
            if !found.isDisjoint(with: [.office, .officeWithClitic]),
                let office = lexicons.offices.match(in: analysis, at: i, proclitics: found.contains(.officeWithClitic))
            {
                let start = office.tokens.upperBound
                let (end, stoppedAtName) = complementEnd(from: start, afterDefinite: endsDefinite(office))
                addTitle(Title(
                    span: Span(tokens: i..<end, drop: office.prefixBytes), role: .position,
                    follower: office.value.follower, office: office.value, complementStart: start,
                    rule: "title.position"))
                i = end
                if stoppedAtName, let parsed = name(at: end, mode: .afterOffice) {
                    titles[titles.count - 1].hasPerson = true
                    addPerson(Person(span: parsed.span, rule: "person.after_office"))
                    i = parsed.span.tokens.upperBound
                }
                continue
            }
            // A run of honorifics that named no one is skipped whole, so the scan stays linear.
            i = max(i + 1, failedRunEnd)
        }
        findAppositions()
        findLexiconNames()
        findRepeatedNames()
        validateTitles()
    }

    /// Whether an office phrase ends in a definite word: `النائب الأول`، `والرئيس`، `للمدير` — not
    /// `والي` (وإلى once normalised), whose و is no proclitic.
    private func endsDefinite(_ office: PhraseTable<OfficeEntry>.Match) -> Bool {
        let last = office.tokens.upperBound - 1
        let drop = last == office.tokens.lowerBound ? office.prefixBytes : 0
        let word = bytes(last)
        return TitleScan.starts(UnsafeBufferPointer(rebasing: word[min(drop, word.count)...]), "ال")
            || drop > 0 && starts(last, "لل")
    }

    private mutating func addTitle(_ title: Title) {
        for t in title.span.tokens { state[t].cover.insert(.claimed) }
        titleStartingAt[title.span.tokens.lowerBound] = titles.count
        titleEndingAt[title.span.tokens.upperBound] = titles.count
        titles.append(title)
    }

    private mutating func addPerson(_ person: Person) {
        for t in person.span.tokens { state[t].cover.insert(.claimed) }
        personStartingAt[person.span.tokens.lowerBound] = persons.count
        personEndingAt[person.span.tokens.upperBound] = persons.count
        persons.append(person)
    }

    /// `قال محمد بن مبارك الكلباني، مدير عام …`: a name between a verb (or clause start) and
    /// the comma before an office.
    private mutating func findAppositions() {
        for title in titles where title.role == .position && standsAlone(title) {
            let comma = title.span.tokens.lowerBound - 1
            guard comma >= 1, isComma(comma), sameLine(title.span.tokens.lowerBound) else { continue }
            var start = comma
            while start - 1 >= 0, comma - (start - 1) <= 8, sameLine(start) {
                let j = start - 1
                if isNameWord(j) || lexicons.particles[fingerprints[j]] != nil && !isClaimed(j) || isConjoinedName(j) {
                    start = j
                } else {
                    break
                }
            }
            guard start < comma, isBoundary(before: start) else { continue }
            guard let parsed = name(at: start, mode: .loose), parsed.span.tokens.upperBound == comma,
                !parsed.span.tokens.contains(where: isClaimed)
            else { continue }
            addPerson(Person(span: parsed.span, rule: "person.apposition"))
        }
    }

    /// `ووانغ`: a conjunction glued to a word that starts with و.
    private func isConjoinedName(_ i: Int) -> Bool {
        isArabic(i) && !isClaimed(i) && starts(i, "وو")
    }

    /// Whether a name may start at `i`: after a verb, clause word, punctuation, a title, or at a line start.
    private func isBoundary(before i: Int) -> Bool {
        if i == 0 || !sameLine(i) { return true }
        let j = i - 1
        if isClaimed(j) { return titleEndingAt[i] != nil }
        switch analysis.kind(j) {
        case .punctuation?, .symbol?, .number?: return true
        default: break
        }
        return stop(j) != nil
    }

    /// Whether a given name may start at `i`: a lexicon name (also behind و), عبد + a definite word, X الدين.
    private func mayStartName(_ i: Int) -> Bool {
        if !trigger(i).isDisjoint(with: [.givenName, .givenNameWithConjunction]) { return true }
        if trigger(i).contains(.joinedCompound) || fingerprints[i] == lexicons.abd { return true }
        return i + 1 < count && fingerprints[i + 1] == lexicons.din
    }

    /// Whether token `i` starts an organisation or a place: a candidate, a Latin name, a definite head (الهيئة).
    private func isOrganizationOrPlace(_ i: Int) -> Bool {
        guard i < count, sameLine(i) else { return false }
        return isCovered(i, by: [.organization, .place]) || analysis.kind(i) == .latinWord
            || lexicons.isOrganizationHead(fingerprints[i])
    }

    /// Whether `i` looks like a nisba before any lookup: ال… ending in ي.
    private func looksLikeNisba(_ i: Int) -> Bool {
        guard i < count, isArabic(i) else { return false }
        return bytes(i).count >= 10 && starts(i, "ال") && ends(i, "ي")
    }

    /// A cheap test before parsing a lexicon name: something name-like follows the given name
    /// (a particle, another given name, a nisba), or a verb of saying precedes it.
    private func mayContinueName(_ i: Int) -> Bool {
        if i > 0, stop(i - 1) == .verb { return true }
        let j = givenName(at: i)?.end ?? i + 1
        guard j < count, sameLine(j) else { return false }
        if lexicons.particles[fingerprints[j]] != nil || trigger(j).contains(.givenName) { return true }
        if lexicons.regnalOrdinals[fingerprints[j]] != nil { return true }
        return looksLikeNisba(j) || looksLikeNisba(j + 1)
    }

    /// Names known from the given-name lexicon with enough evidence: `محمد بن راشد`.
    private mutating func findLexiconNames() {
        var i = 0
        while i < count {
            guard mayStartName(i), !isClaimed(i), isArabic(i), mayContinueName(i) else {
                i += 1
                continue
            }
            if let parsed = name(at: i, mode: .lexicon) {
                addPerson(Person(span: parsed.span, rule: "person.given_name"))
                i = parsed.span.tokens.upperBound
            } else {
                i += 1
            }
        }
    }

    /// A family name seen in a full name earlier in the document, used alone: `وقال الحضرمي`.
    private mutating func findRepeatedNames() {
        var family: Set<UInt64> = []
        for person in persons where person.span.tokens.count >= 2 {
            guard person.rule != "person.given_name" else { continue }
            let lastIndex = person.span.tokens.upperBound - 1
            // A family name: ال… and not an everyday adjective (الحضرمي، الدويش).
            if starts(lastIndex, "ال"), scalarCount(lastIndex) >= 4, !isAdjective(lastIndex),
                oneWordGivenName(lastIndex) == nil
            {
                family.insert(fingerprints[lastIndex])
            }
        }
        guard !family.isEmpty else { return }
        for i in 0..<count where !isCovered(i, by: [.claimed, .organization, .date, .number]) && isArabic(i) {
            // Only where a name can start (وقال الحضرمي إن), not as an adjective after a noun.
            if family.contains(fingerprints[i]), isBoundary(before: i) {
                addPerson(Person(span: Span(tokens: i..<(i + 1)), rule: "person.repeated"))
            }
        }
    }

    /// Drops titles whose lexicon entry asks for a context the text does not give.
    private mutating func validateTitles() {
        for (index, title) in titles.enumerated() {
            let person = personBeside(title) != nil
            if person { titles[index].hasPerson = true }
            switch title.follower {
            case .context, .any:
                titles[index].isValid = person || standsAlone(title)
            case .person:
                titles[index].isValid = standsAlone(title)
            default:
                break
            }
        }
    }

    /// Whether `title` is an office on its own evidence, without a person beside it: what a
    /// name in apposition before it needs (`مسؤول عنها، أمين على حقوق الناس` has no office,
    /// so `مسؤول عنها` is no name).
    private func standsAlone(_ title: Title) -> Bool {
        switch title.follower {
        case .context:
            return hasDefiniteComplement(title)
        case .any where title.role == .position && title.complementStart == title.span.tokens.upperBound:
            // A lone indefinite office (رئيس، وكيل) is a common noun.
            let first = word(title.span.tokens.lowerBound)
            let definite = ArabicWordShape.starts(first, "ال") || title.span.drop > 0 && ArabicWordShape.starts(first, "لل")
                || Proclitics.splits(of: first).contains {
                    $0.prefixBytes == title.span.drop && ArabicWordShape.starts($0.stem, "ال")
                }
            return definite || title.span.tokens.count > 1
        case .person:
            // والي، محافظة: only with the name right after the office (وإلى is والي once normalised).
            return personStartingAt[title.span.tokens.upperBound] != nil
        default:
            return true
        }
    }

    /// The person written right after `title`, or right before it across a comma.
    private func personBeside(_ title: Title) -> Int? {
        let range = title.span.tokens
        if let index = personStartingAt[range.upperBound] { return index }
        if title.role == .position, range.lowerBound >= 1, isComma(range.lowerBound - 1),
            let index = personEndingAt[range.lowerBound - 1]
        {
            return index
        }
        if title.role == .honorific, let index = personEndingAt[range.lowerBound] { return index }
        return nil
    }

    // MARK: - Output

    /// Appends the titles and persons to `candidates`, trims organisations that overran into an
    /// office's ل-phrase, and links each person to the titles beside them.
    mutating func emit(into candidates: inout EntityCandidates) {
        trimOrganizations(in: &candidates)
        var titleIndexes: [Int?] = []
        for title in titles {
            guard title.isValid, !title.span.tokens.isEmpty else {
                titleIndexes.append(nil)
                continue
            }
            let entity = analysis.entity(
                .title, tokens: title.span.tokens, dropLeadingBytes: title.span.drop, rule: title.rule, role: title.role)
            titleIndexes.append(candidates.append(entity))
        }
        for person in persons {
            let entity = analysis.entity(
                .person, tokens: person.span.tokens, dropLeadingBytes: person.span.drop, rule: person.rule)
            let personIndex = candidates.append(entity)
            let linked = titlesBeside(person)
            let indexes = linked.compactMap { titleIndexes[$0] }
            guard !indexes.isEmpty else { continue }
            var organization: Int?
            if let position = linked.first(where: { titles[$0].role == .position }) {
                organization = organizationOf(titles[position], candidates: candidates)
            }
            candidates.link(person: personIndex, titles: indexes, organization: organization)
        }
    }

    /// Title indexes written beside `person`: the chain of titles right before the name, and an
    /// office right after it (across a comma) when none precedes.
    private func titlesBeside(_ person: Person) -> [Int] {
        var result: [Int] = []
        var start = person.span.tokens.lowerBound
        while let index = titleEndingAt[start], titles[index].isValid, sameLine(start) {
            result.append(index)
            start = titles[index].span.tokens.lowerBound
        }
        if !result.contains(where: { titles[$0].role == .position }) {
            let end = person.span.tokens.upperBound
            let next = end < count && isComma(end) ? end + 1 : end
            if let index = titleStartingAt[next], titles[index].isValid, titles[index].role == .position,
                next < count, sameLine(next)
            {
                result.append(index)
            }
        }
        return result.sorted()
    }

    /// The organisation of an office: the last organisation inside it, else an earlier one the
    /// office refers to (`مدير عام الهيئة` → the هيئة named before; `وزير التعليم` → `وزارة التعليم`).
    private func organizationOf(_ title: Title, candidates: EntityCandidates) -> Int? {
        let range = title.span.tokens
        var best: (index: Int, tokens: Range<Int>)?
        let inside = range.flatMap { organizationsStartingAt[$0] ?? [] }.map { organizations[$0] }
        for org in inside where org.tokens.upperBound <= range.upperBound {
            if let current = best {
                if org.tokens.lowerBound > current.tokens.lowerBound
                    || org.tokens.lowerBound == current.tokens.lowerBound && org.tokens.count > current.tokens.count
                {
                    best = org
                }
            } else {
                best = org
            }
        }
        if let best { return best.index }
        // The most recent organisations named before the office, by their normalised words.
        var earlier: [(index: Int, tokens: Range<Int>)] = []
        var low = 0, high = organizationsInOrder.count
        while low < high {
            let mid = (low + high) / 2
            if organizations[organizationsInOrder[mid]].tokens.lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var position = low - 1
        while position >= 0, earlier.count < 64 {
            let org = organizations[organizationsInOrder[position]]
            if org.tokens.upperBound <= range.lowerBound { earlier.append(org) }
            position -= 1
        }
        earlier.reverse()
        guard !earlier.isEmpty else { return nil }
        let words: [(index: Int, words: [String])] = earlier.map { org in
            (org.index, lexicons.offices.words(of: candidates.entities[org.index].text))
        }
        let complement = Array(title.complementStart..<range.upperBound).map(word)
        if let head = title.office?.organizationHead, !complement.isEmpty {
            for org in words.reversed() where org.words.first == head && org.words.count >= 2 {
                let rest = Array(org.words.dropFirst())
                if complement.starts(with: rest) { return org.index }
            }
        }
        for w in complement {
            for split in Proclitics.splits(of: w) where ArabicWordShape.starts(split.stem, "ال") && split.stem.unicodeScalars.count >= 4 {
                var heads = [String(split.stem.unicodeScalars.dropFirst(2))]
                if let implied = lexicons.offices.value(ofWord: split.stem)?.organizationHead { heads.append(implied) }
                for org in words.reversed() {
                    guard let first = org.words.first else { continue }
                    let head = ArabicWordShape.starts(first, "ال") ? String(first.unicodeScalars.dropFirst(2)) : first
                    if heads.contains(head) { return org.index }
                }
            }
        }
        return nil
    }

    /// Cuts an organisation inside an office that takes a ل-complement before that ل-phrase:
    /// in `وكيل وزارة العمل لتنمية الموارد البشرية` the organisation is `وزارة العمل`.
    private mutating func trimOrganizations(in candidates: inout EntityCandidates) {
        for title in titles where title.isValid && title.office?.takesLamComplement == true {
            let range = title.span.tokens
            // Only an organisation in construct with the office (وكيل وزارة العمل لـ…); one behind a
            // preposition keeps its ل-phrase (الأمين العام المساعد بالاتحاد العام التونسي للشغل).
            for position in organizationsStartingAt[title.complementStart] ?? []
            where organizations[position].tokens.upperBound <= range.upperBound {
                let org = organizations[position]
                let old = candidates.entities[org.index]
                guard old.start == scalars(ofToken: org.tokens.lowerBound).lowerBound else { continue }
                var cut: Int?
                var k = org.tokens.lowerBound + 2
                while k < org.tokens.upperBound {
                    if isArabic(k), starts(k, "ل"), scalarCount(k) >= 4 { cut = k; break }
                    if isArabic(k), starts(k, "ال"), trigger(k).contains(.office),
                        lexicons.offices.value(ofWord: analysis.key(k)) != nil
                    {
                        cut = k
                        break
                    }
                    k += 1
                }
                guard let cut else { continue }
                let firstToken = org.tokens.lowerBound
                var trimmed = analysis.entity(.organization, tokens: firstToken..<cut, rule: old.rule)
                guard trimmed.start == old.start, trimmed.end < old.end else { continue }
                trimmed.canonical = old.canonical == nil || old.canonical == old.text ? nil : old.canonical
                trimmed.value = old.value
                candidates.replace(at: org.index, with: trimmed)
                organizations[position].tokens = firstToken..<cut
            }
        }
    }
}
