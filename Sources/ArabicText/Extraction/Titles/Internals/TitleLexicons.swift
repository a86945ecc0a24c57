/// What must follow an honorific run or an office for it to count.
enum TitleFollower: Sendable, Hashable {
    /// A name, an office or another honorific (honorifics); always an office (offices).
    case any
    /// An office or honorific must follow (دولة رئيس الوزراء, not دولة قطر).
    case office
    /// A person's name must follow (اللواء محمد, not اللواء المدرع).
    case name
    /// Offices only: a definite complement, an organisation or place, or a named person beside it.
    case context
    /// Offices only: a named person beside it.
    case person

    init(column: String?, default value: TitleFollower) {
        switch column {
        case "any": self = .any
        case "office": self = .office
        case "name": self = .name
        case "context": self = .context
        case "person": self = .person
        default: self = value
        }
    }
}

/// One honorific of `honorifics.tsv`.
struct HonorificEntry: Sendable, Hashable {
    var follower: TitleFollower
    /// A royal or religious honorific (الملك، السلطان، الإمام): the name after it may end in a
    /// regnal ordinal (`الملك عبدالله الثاني`).
    var isRoyal = false
    /// The gender the honorific gives (`الملكة` → f); `nil` for either (`صاحب السمو` is m, `جلالة` either).
    var isFeminine: Bool?
}

/// One office of `offices.tsv`.
struct OfficeEntry: Sendable, Hashable {
    /// A ل-phrase after the office's organisation qualifies the office (وكيل وزارة العمل لتنمية…).
    var takesLamComplement: Bool
    /// The normalised head noun of the organisation the office implies (وزير → وزاره), if any.
    var organizationHead: String?
    var follower: TitleFollower
}

/// One given name of `given-names.tsv`.
struct GivenNameEntry: Sendable, Hashable {
    /// The name is also an everyday word (أمل، سعيد، كريم) and needs more context.
    var isCommonWord: Bool
    /// A woman's name: its regnal ordinal is feminine (`إليزابيث الثانية`), a man's masculine.
    var isFeminine = false
}

/// The role of a name particle.
enum NameParticle: Sendable, Hashable {
    /// بن، بنت، ابن: links a name to the father's name.
    case nasab
    /// أبو، أم: starts a compound given name.
    case kunya
    /// آل، بو: starts a family name.
    case family
}

/// The role of a word that ends a title or a name.
enum StopWord: Sendable, Hashable {
    case verb, particle, time, lead
    /// Allowed inside an office's complement (في، لدى، باسم) but never at its end.
    case inner
    /// A common nisba or ordinal adjective, never a family name (الدولي، الثاني).
    case adjective
}

/// Which rules a word may start, so the scan does one dictionary lookup per token.
struct TitleTrigger: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    /// The word starts an honorific (سعادة).
    static let honorific = TitleTrigger(rawValue: 1 << 0)
    /// The word may be an honorific's first word behind a proclitic (وسعادة).
    static let honorificWithClitic = TitleTrigger(rawValue: 1 << 1)
    /// The word starts an office (وزير).
    static let office = TitleTrigger(rawValue: 1 << 2)
    /// The word may be an office's first word behind a proclitic (لوزير، للمدير).
    static let officeWithClitic = TitleTrigger(rawValue: 1 << 3)
    /// The word starts a given name (محمد، عبد الله) or a kunya (أبو).
    static let givenName = TitleTrigger(rawValue: 1 << 4)
    /// The word may be a given name behind و (ومحمد).
    static let givenNameWithConjunction = TitleTrigger(rawValue: 1 << 5)
    /// The word is a joined compound name by rule: عبدال… (عبدالرحيم).
    static let joinedCompound = TitleTrigger(rawValue: 1 << 6)
}

/// The tables of the title and person rules, built once from a ``LexiconSet``.
///
/// A class, so that a document's scan holds one reference to the tables rather than copying
/// (and retaining, then releasing) each of them.
final class TitleLexicons: Sendable {
    let honorifics: PhraseTable<HonorificEntry>
    let offices: PhraseTable<OfficeEntry>
    let givenNames: PhraseTable<GivenNameEntry>
    let particles: FingerprintTable<NameParticle>
    let stops: FingerprintTable<StopWord>
    /// Definite ordinals and عشر/عشرة, from `ordinal-words.tsv`: the regnal number of a name.
    let regnalOrdinals: FingerprintTable<CompoundOrdinalWord>
    /// Words (bare or behind a proclitic) that may start a title or a name.
    let triggers: FingerprintTable<TitleTrigger>
    /// Organisation heads, bare and definite (وزارة، الهيئة), from the organisation extractor's
    /// lexicon: after في or ب an office's complement goes on only into an organisation or a place.
    let definiteOrganizationHeads: FingerprintTable<Bool>
    let normalizer: ArabicNormalizer
    /// Fingerprints of words the rules name: عبد (عبد الرحيم), الدين (نور الدين), في.
    let abd = WordFingerprint.of("عبد")
    let din = WordFingerprint.of("الدين")
    let fi = WordFingerprint.of("في")

    init(lexicons: LexiconSet, normalizer: ArabicNormalizer = .extraction) {
        self.normalizer = normalizer
        var honorifics = PhraseTable<HonorificEntry>(normalizer: normalizer)
        for row in lexicons.rows(of: .honorifics) {
            honorifics.insert(row.form, value: HonorificEntry(
                follower: TitleFollower(column: row[3], default: .any), isRoyal: row[2] == "royal" || row[2] == "religious",
                isFeminine: row[1] == "f" ? true : row[1] == "m" ? false : nil))
        }
        var offices = PhraseTable<OfficeEntry>(normalizer: normalizer)
        for row in lexicons.rows(of: .offices) {
            offices.insert(row.form, value: OfficeEntry(
                takesLamComplement: row[2] == "yes", organizationHead: row[3].map { normalizer.normalizedString($0) },
                follower: TitleFollower(column: row[4], default: .any)))
        }
        var givenNames = PhraseTable<GivenNameEntry>(normalizer: normalizer)
        for row in lexicons.rows(of: .givenNames) {
            givenNames.insert(row.form, value: GivenNameEntry(isCommonWord: row[2] == "yes", isFeminine: row[1] == "f"))
        }
        self.honorifics = honorifics
        self.offices = offices
        self.givenNames = givenNames
        var particles: [UInt64: NameParticle] = [:]
        var kunyas: [String] = []
        for row in lexicons.rows(of: .nameParticles) {
            let kind: NameParticle = switch row[1] {
            case "kunya": .kunya
            case "family": .family
            default: .nasab
            }
            let word = normalizer.normalizedString(row.form)
            particles[WordFingerprint.of(word)] = kind
            if kind == .kunya { kunyas.append(word) }
        }
        var stops: [UInt64: StopWord] = [:]
        for row in lexicons.rows(of: .titleStops) {
            let kind: StopWord = switch row[1] {
            case "verb": .verb
            case "time": .time
            case "lead": .lead
            case "inner": .inner
            case "adjective": .adjective
            default: .particle
            }
            stops[WordFingerprint.of(normalizer.normalizedString(row.form))] = kind
        }
        // Role participles after a name (المسؤول عن، المكلف بـ) are adjectives, never a family name.
        for row in lexicons.rows(of: .roleAdjectives) {
            let key = WordFingerprint.of(normalizer.normalizedString(row.form))
            if stops[key] == nil { stops[key] = .adjective }
        }
        var triggers: [UInt64: TitleTrigger] = [:]
        /// Adds the first word of `phrase` and its spellings behind the proclitics `Proclitics.splits` removes.
        func add(_ phrase: String, _ bare: TitleTrigger, _ clitic: TitleTrigger, prefixes: [String]) {
            guard let first = offices.words(of: phrase).first else { return }
            triggers[WordFingerprint.of(first), default: []].insert(bare)
            for prefix in prefixes {
                triggers[WordFingerprint.of(prefix + first), default: []].insert(clitic)
            }
            if ArabicWordShape.starts(first, "ال"), prefixes.count > 1 {
                let rest = String(first.unicodeScalars.dropFirst(2))
                for prefix in ["لل", "ولل", "فلل"] {
                    triggers[WordFingerprint.of(prefix + rest), default: []].insert(clitic)
                }
            }
        }
        let all = ["و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل"]
        for row in lexicons.rows(of: .honorifics) { add(row.form, .honorific, .honorificWithClitic, prefixes: all) }
        for row in lexicons.rows(of: .offices) { add(row.form, .office, .officeWithClitic, prefixes: all) }
        for row in lexicons.rows(of: .givenNames) { add(row.form, .givenName, .givenNameWithConjunction, prefixes: ["و"]) }
        for word in kunyas { add(word, .givenName, .givenNameWithConjunction, prefixes: ["و"]) }
        var heads: [UInt64: Bool] = [:]
        for row in lexicons.rows(of: .organizationHeads) {
            heads[WordFingerprint.of(normalizer.normalizedString("ال" + row.form))] = true
            heads[WordFingerprint.of(normalizer.normalizedString(row.form))] = true
        }
        definiteOrganizationHeads = FingerprintTable(heads)
        self.particles = FingerprintTable(particles)
        self.stops = FingerprintTable(stops)
        self.regnalOrdinals = CompoundOrdinalWord.table(lexicons: lexicons, normalizer: normalizer)
        self.triggers = FingerprintTable(triggers)
    }

    /// Whether the word with fingerprint `fingerprint` is an organisation head, bare or definite.
    func isOrganizationHead(_ fingerprint: UInt64) -> Bool { definiteOrganizationHeads[fingerprint] != nil }
}
