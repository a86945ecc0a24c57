/// A head noun of `organization-heads.tsv`: `وزارة` in `وزارة العمل`.
struct OrganizationHead: Sendable, Hashable {
    /// `government`, `company`, `education`…
    var kind: String
    /// The name after it is remembered without the head for the rest of the document (شركة، مجموعة).
    var remembersName: Bool
    /// A ب-phrase naming a place may end the name (جامعة محمد الخامس بالرباط).
    var allowsCampus: Bool
    /// A small number may end the name (جامعة وهران 2).
    var allowsNumber: Bool
    /// The head word carries the article (الجامعه).
    var isDefinite: Bool = false
    /// The head is feminine (ends in ة): its adjectives end in ية, a masculine head's in ي.
    var isFeminine: Bool = false
}

/// An organisation of `organizations.tsv`.
struct KnownOrganization: Sendable, Hashable {
    /// The canonical name shared by all aliases.
    var canonical: String
    /// `international`, `company`, `government`…
    var kind: String
    /// Also a common word (زين، الجزيرة): found only when the document names it unambiguously too.
    var isAmbiguous: Bool
}

/// The tables of the organisation rules, built once from a ``LexiconSet``.
struct OrganizationLexicons: Sendable {
    /// Head nouns by normalised word, indefinite and definite.
    let heads: [WordKey: OrganizationHead]
    /// Normalised plural heads, indefinite and definite (الشركات): never a name's own start.
    let pluralHeads: Set<WordKey>
    /// The gazetteer, longest first.
    let known: PhraseTable<KnownOrganization>
    /// Function words, verbs and generic adjectives.
    let words: NameWordClasses
    /// Place names, for names like بنك قطر الوطني and جامعة محمد الخامس بالرباط.
    let places: PlaceGazetteer
    /// Which tokens may start a head or a gazetteer name.
    let filter: WordFilter
    /// Definite ordinals and the عشر / عشرة that complete them (`مدرسة الخامس عشر` is one name).
    let compoundOrdinals: FingerprintTable<CompoundOrdinalWord>

    init(lexicons: LexiconSet, normalizer: ArabicNormalizer = .extraction) {
        var heads: [WordKey: OrganizationHead] = [:]
        var plurals = Set<WordKey>()
        for row in lexicons.rows(of: .organizationHeads) {
            let flags = Set((row[3] ?? "").split(separator: ",").map { String($0).trimmingSpaces() })
            var head = OrganizationHead(
                kind: row[2] ?? "organization", remembersName: flags.contains("memory"),
                allowsCampus: flags.contains("campus"), allowsNumber: flags.contains("numbered"))
            let word = normalizer.normalizedString(row.form)
            head.isFeminine = ArabicWordShape.endsWithTaMarbuta(word)
            if ArabicWordShape.isDefinite(word) {
                var definite = head
                definite.isDefinite = true
                heads[WordKey(word)] = definite
            } else {
                heads[WordKey(word)] = head
                var definite = head
                definite.isDefinite = true
                heads[WordKey("ال" + word)] = definite
            }
            if let plural = row[1] {
                let form = normalizer.normalizedString(plural)
                plurals.insert(WordKey(form))
                if !ArabicWordShape.starts(form, "ال") { plurals.insert(WordKey("ال" + form)) }
            }
        }
        var known = PhraseTable<KnownOrganization>(normalizer: normalizer)
        for row in lexicons.rows(of: .organizations) {
            known.insert(row.form, value: KnownOrganization(
                canonical: row[1] ?? row.form, kind: row[2] ?? "organization", isAmbiguous: row[3] == "ambiguous"))
        }
        var entries: [(word: String, roles: UInt8)] = heads.keys.map { ($0.text, Self.headRole) }
        for row in lexicons.rows(of: .organizations) {
            if let first = known.words(of: row.form).first { entries.append((first, Self.knownRole)) }
        }
        self.filter = WordFilter(entries)
        compoundOrdinals = CompoundOrdinalWord.table(lexicons: lexicons, normalizer: normalizer)
        self.heads = heads
        self.pluralHeads = plurals
        self.known = known
        self.words = NameWordClasses(lexicons: lexicons, normalizer: normalizer)
        self.places = PlaceGazetteer(lexicons: lexicons, normalizer: normalizer)
    }

    /// The longest gazetteer name at token `index`, its first word possibly carrying a proclitic.
    func knownOrganization(in analysis: TextAnalysis, at index: Int) -> PhraseTable<KnownOrganization>.Match? {
        known.match(in: analysis, at: index, proclitics: true)
    }

    /// The head noun at token `index` and the bytes of its proclitic (بوزارة → وزارة after 2 bytes).
    func head(in analysis: TextAnalysis, at index: Int) -> (head: OrganizationHead, prefixBytes: Int)? {
        guard analysis.kind(index) == .arabicWord else { return nil }
        if let head = heads[analysis.key(index)] { return (head, 0) }
        for split in analysis.splits(index) {
            if let head = heads[split.stem] { return (head, split.prefixBytes) }
        }
        return nil
    }

    /// Whether the word with key `key` is a head noun, singular, indefinite or definite.
    func isHead(_ key: WordKey) -> Bool { heads[key] != nil }

    /// Whether the word with key `key` is a plural head (الشركات).
    func isPluralHead(_ key: WordKey) -> Bool { pluralHeads.contains(key) }

    /// The prefilter roles: a head noun, or the first word of a gazetteer name.
    static let headRole: UInt8 = 1
    static let knownRole: UInt8 = 2
}
