/// The number vocabulary compiled for token lookups: every form with its proclitics and article.
///
/// Built once from the lexicons. Per token the rules make one table probe with the token's
/// fingerprint (``TextAnalysis`` computes it): `وثماني` → cardinal 8
/// behind a 2-byte proclitic; `والعشرين` → cardinal 20 with the article; `بنحو` → first word of
/// the qualifier phrase `نحو`.
struct NumberLexicon: Sendable {
    /// The grammatical role of a cardinal word.
    enum CardinalKind: String, Sendable {
        case one, unit, ten, teen, tens, hundred, scale, fraction, decimal, percent, negative
        case unitCompound = "unit-compound"
        case scaleDual = "scale-dual"
        case scalePlural = "scale-plural"
        case fractionPlural = "fraction-plural"
    }

    /// A cardinal number word.
    struct Cardinal: Sendable {
        var kind: CardinalKind
        var value: Double
    }

    /// An ordinal word (1st–10th and the compound-only حادي).
    struct Ordinal: Sendable {
        var value: Int
        var compoundOnly: Bool
        var definiteOnly: Bool
    }

    /// What a blocker word does (see `count-blockers.tsv`).
    enum BlockerRole: String, Sendable {
        case before, after
        case notUnit = "not-unit"
        case afterOrdinal = "after-ordinal"
        case beforeOne = "before-one"
    }

    /// What a multi- or one-word phrase is.
    enum PhraseKind: Sendable {
        case qualifier(CountQualifier, after: Bool)
        case currency
        case measure
        case percent
        case blocker(BlockerRole)
    }

    /// A phrase of normalised words.
    struct Phrase: Sendable {
        var words: [String]
        var kind: PhraseKind
        /// The words as keys, compared with the tokens' keys.
        var keys: [WordKey]

        init(words: [String], kind: PhraseKind) {
            self.words = words
            self.kind = kind
            keys = words.map { WordKey($0) }
        }
    }

    /// One way to read a normalised token.
    struct Reading: Sendable {
        enum Item: Sendable {
            case cardinal(Cardinal)
            case ordinal(Ordinal)
            /// The first word of `phrases[index]`.
            case phrase(Int)
            /// A dual noun; the value is the singular as written in the lexicon.
            case dual(singular: String)
            /// A known countable noun (singular, maybe with the accusative alef of tanween).
            case noun
            /// The last word of a qualifier phrase written before numbers (`من` of `أكثر من`).
            case qualifierTail
            /// A feminine dual in construct, without its ن (`مذكرتي تفاهم`، `اتفاقيتا التعاون`);
            /// a count only before a noun.
            case dualConstruct(singular: String)
        }

        var item: Item
        /// UTF-8 bytes of the proclitic (و ف ب ك ل, لل) before the stem.
        var prefixBytes: Int
        /// Whether the stem carries the article ال (after the proclitic).
        var hasArticle: Bool
    }

    /// The readings of every form while the lexicon is built.
    private var building: [String: [Reading]] = [:]
    /// A form (its UTF-8), its readings, and whether it can start a count, an ordinal or a dual
    /// (a number word, an ordinal, a dual).
    private struct Entry: Sendable {
        var bytes: [UInt8]
        var readings: [Reading]
        var startsNumber: Bool
    }

    /// The forms by the ``WordFingerprint`` of their UTF-8: a lookup is one probe with the
    /// fingerprint ``TextAnalysis`` already computed, with no Unicode normalisation. A hit is
    /// confirmed byte for byte: two words can share a fingerprint (`والتوصيل` and the dual
    /// `والشوطين` do), and a word is not to be read as another.
    private var entries = FingerprintTable<Entry>([:])
    /// The fingerprints of the entries that can start one: the per-token filter, small enough to
    /// stay in the cache while the table (tens of thousands of forms) is probed only on a hit.
    private var starters = FingerprintFilter([])
    private(set) var phrases: [Phrase] = []
    /// The last words of the blocker phrases of more than one word (`ص . ب`، `صندوق بريد`).
    private(set) var blockerTails: [WordKey] = []
    /// The normalised article, for `الـ15`.
    let article: String
    /// The normalised conjunction و.
    let conjunction: String
    /// ``conjunction`` as a key, compared with the tokens' keys.
    let conjunctionKey: WordKey

    private let normalizer = ArabicNormalizer.extraction

    /// Proclitics that may stand before any stem.
    private static let proclitics = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"]
    /// Proclitics that may stand before the article (لل is handled on its own).
    private static let articleProclitics = ["و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"]

    init(lexicons: LexiconSet) {
        article = normalizer.normalizedString("ال")
        conjunction = normalizer.normalizedString("و")
        conjunctionKey = WordKey(conjunction)
        for row in lexicons.rows(of: .numberWords) {
            guard let value = row[1].flatMap(Self.parseValue), let kindName = row[2],
                let kind = CardinalKind(rawValue: kindName)
            else { continue }
            if kind == .percent {
                addPhrase(row.form, kind: .percent, article: false)
            } else {
                add(row.form, .cardinal(Cardinal(kind: kind, value: value)), article: true)
            }
        }
        for row in lexicons.rows(of: .ordinalWords) {
            guard let value = row[1].flatMap(Int.init) else { continue }
            let ordinal = Ordinal(
                value: value, compoundOnly: row[2] == "compound-only", definiteOnly: row[3] == "definite-only")
            add(row.form, .ordinal(ordinal), article: true)
        }
        for row in lexicons.rows(of: .countQualifiers) {
            guard let name = row[1], let qualifier = CountQualifier(rawValue: name) else { continue }
            let after = row[2] == "after"
            addPhrase(row.form, kind: .qualifier(qualifier, after: after), article: false)
            if !after, let last = phrases.last?.words.last, phrases.last?.words.count ?? 0 > 1 {
                insertOnce(last, .qualifierTail)
            }
        }
        for row in lexicons.rows(of: .currencies) {
            addPhrase(row.form, kind: .currency, article: false, tanween: true)
        }
        for row in lexicons.rows(of: .measureUnits) {
            addPhrase(row.form, kind: .measure, article: false, tanween: true)
        }
        for row in lexicons.rows(of: .countBlockers) {
            guard let name = row[1], let role = BlockerRole(rawValue: name) else { continue }
            addPhrase(row.form, kind: .blocker(role), article: false)
        }
        for phrase in phrases where phrase.words.count > 1 {
            if case .blocker = phrase.kind, let last = phrase.keys.last, !blockerTails.contains(last) {
                blockerTails.append(last)
            }
        }
        for row in lexicons.rows(of: .dualNouns) {
            let singular = row.form
            add(singular, .noun, article: false)
            if let accusative = Self.tanweenForm(of: singular) { add(accusative, .noun, article: false) }
            for column in 1..<max(row.columns.count, 1) {
                guard let dual = row[column] else { continue }
                add(dual, .dual(singular: singular), article: true)
            }
            // Construct forms of feminine nouns: مذكرة → مذكرتا، مذكرتي (a masculine Xي would be a
            // nisba adjective: رسمي، شهري).
            if singular.hasSuffix("ة") {
                let stem = String(singular.dropLast()) + "ت"
                add(stem + "ا", .dualConstruct(singular: singular), article: false)
                add(stem + "ي", .dualConstruct(singular: singular), article: false)
            }
        }
        var byFingerprint: [UInt64: Entry] = [:]
        for (key, list) in building {
            let fingerprint = WordFingerprint.of(key)
            assert(byFingerprint[fingerprint] == nil, "two number forms share a fingerprint")
            let startsNumber = list.contains {
                switch $0.item {
                case .cardinal, .ordinal, .dual, .dualConstruct: true
                case .phrase, .noun, .qualifierTail: false
                }
            }
            byFingerprint[fingerprint] = Entry(bytes: Array(key.utf8), readings: list, startsNumber: startsNumber)
        }
        entries = FingerprintTable(byFingerprint)
        starters = FingerprintFilter(byFingerprint.compactMap { $0.value.startsNumber ? $0.key : nil })
        building = [:]
    }

    /// The readings of token `index`'s normalised text, found with its precomputed fingerprint.
    func readings(ofToken index: Int, in analysis: TextAnalysis) -> [Reading] {
        guard let entry = entries[analysis.fingerprints[index]], Self.isForm(entry, token: index, in: analysis)
        else { return [] }
        return entry.readings
    }

    /// Whether token `index` can start a count, an ordinal or a dual: `ثلاثة`، `والثالث`، `ممارستين`.
    ///
    /// - Complexity: one filter probe for most words (those that are no number form).
    @inline(__always)
    func mayStartNumber(token index: Int, in analysis: TextAnalysis) -> Bool {
        let fingerprint = analysis.fingerprints[index]
        guard starters.mayContain(fingerprint), let entry = entries[fingerprint] else { return false }
        return entry.startsNumber && Self.isForm(entry, token: index, in: analysis)
    }

    /// Whether token `index` is written with exactly the bytes of `entry`'s form.
    private static func isForm(_ entry: Entry, token index: Int, in analysis: TextAnalysis) -> Bool {
        let utf8 = analysis.keys[index].text.utf8
        guard utf8.count == entry.bytes.count else { return false }
        return entry.bytes.withUnsafeBufferPointer { form in
            utf8.withContiguousStorageIfAvailable { $0.hasBytes(form, at: 0) } ?? utf8.elementsEqual(form)
        }
    }

    // MARK: - Building

    /// Adds `form` with its proclitic variants (and article variants when `article`).
    private mutating func add(_ form: String, _ item: Reading.Item, article: Bool) {
        let stem = normalizer.normalizedString(form)
        guard !stem.isEmpty, !stem.contains(" ") else { return }
        insert(stem, Reading(item: item, prefixBytes: 0, hasArticle: false))
        for prefix in Self.proclitics {
            insert(prefix + stem, Reading(item: item, prefixBytes: prefix.utf8.count, hasArticle: false))
        }
        guard article else { return }
        let definite = self.article + stem
        insert(definite, Reading(item: item, prefixBytes: 0, hasArticle: true))
        for prefix in Self.articleProclitics {
            insert(prefix + definite, Reading(item: item, prefixBytes: prefix.utf8.count, hasArticle: true))
        }
        // لل = ل + the article whose alef is not written; the span starts after لل.
        let lam = "ل"
        let withoutAlef = lam + String(definite.unicodeScalars.dropFirst(2))
        let ll = lam + withoutAlef
        insert(ll, Reading(item: item, prefixBytes: ll.utf8.count - stem.utf8.count, hasArticle: true))
        for prefix in ["و", "ف"] {
            insert(prefix + ll, Reading(item: item, prefixBytes: prefix.utf8.count + ll.utf8.count - stem.utf8.count, hasArticle: true))
        }
    }

    /// Adds a phrase; its first word gets a `.phrase` reading.
    private mutating func addPhrase(_ form: String, kind: PhraseKind, article: Bool, tanween: Bool = false) {
        let words = Self.words(of: normalizer.normalizedString(form))
        guard let first = words.first else { return }
        phrases.append(Phrase(words: words, kind: kind))
        let index = phrases.count - 1
        add(first, .phrase(index), article: article)
        if tanween, words.count == 1, let accusative = Self.tanweenForm(of: form) {
            add(accusative, .phrase(index), article: false)
        }
    }

    /// Adds a reading to a normalised word once.
    private mutating func insertOnce(_ key: String, _ item: Reading.Item) {
        if building[key]?.contains(where: { if case .qualifierTail = $0.item { return true } else { return false } }) == true {
            return
        }
        insert(key, Reading(item: item, prefixBytes: 0, hasArticle: false))
    }

    private mutating func insert(_ key: String, _ reading: Reading) {
        building[key, default: []].append(reading)
    }

    /// The words of a normalised phrase as the tokeniser splits them.
    static func words(of text: String) -> [String] {
        Tokenizer().tokens(in: text).map { String($0.text(in: text)) }
    }

    /// The accusative indefinite form with the alef of tanween (`دولار` → `دولارا`), or nil
    /// when the word takes no alef (it ends in ة، ى، ا or ء) or is a phrase.
    static func tanweenForm(of form: String) -> String? {
        guard let last = form.unicodeScalars.last, !form.contains(" ") else { return nil }
        switch last {
        case "ة", "ى", "ا", "ء", "ه": return nil
        default: return form + "ا"
        }
    }

    /// `"1000"` → 1000, `"1/3"` → 0.333…, `"-1"` → -1.
    static func parseValue(_ text: String) -> Double? {
        if let slash = text.firstIndex(of: "/") {
            guard let a = Double(text[..<slash]), let b = Double(text[text.index(after: slash)...]), b != 0
            else { return nil }
            return a / b
        }
        return Double(text)
    }
}
