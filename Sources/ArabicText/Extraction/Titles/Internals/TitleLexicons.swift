extension LexiconName {
    /// Honorifics and ranks: سعادة، معالي، الدكتور، د.، اللواء (`honorifics.tsv`).
    static let honorifics: LexiconName = "honorifics"
    /// Offices: وزير، وكيل، مدير عام، الرئيس التنفيذي (`offices.tsv`).
    static let offices: LexiconName = "offices"
    /// Common Arabic given names, simple and compound (`given-names.tsv`).
    static let givenNames: LexiconName = "given-names"
    /// Name particles: بن، بنت، أبو، آل (`name-particles.tsv`).
    static let nameParticles: LexiconName = "name-particles"
    /// Verbs, particles and time words that end an office's complement or a name (`title-stops.tsv`).
    static let titleStops: LexiconName = "title-stops"
}

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
}

/// The tables of the title and person rules, built once from a ``LexiconSet``.
struct TitleLexicons: Sendable {
    let honorifics: PhraseTable<HonorificEntry>
    let offices: PhraseTable<OfficeEntry>
    let givenNames: PhraseTable<GivenNameEntry>
    let particles: [String: NameParticle]
    let stops: [String: StopWord]
    /// Normalised one-word offices with their entries (for the heads of complements: الأمين).
    let normalizer: ArabicNormalizer

    init(lexicons: LexiconSet, normalizer: ArabicNormalizer = .extraction) {
        self.normalizer = normalizer
        var honorifics = PhraseTable<HonorificEntry>(normalizer: normalizer)
        for row in lexicons.rows(of: .honorifics) {
            honorifics.insert(row.form, value: HonorificEntry(follower: TitleFollower(column: row[3], default: .any)))
        }
        var offices = PhraseTable<OfficeEntry>(normalizer: normalizer)
        for row in lexicons.rows(of: .offices) {
            let head = row[3].map { normalizer.normalizedString($0) }
            offices.insert(row.form, value: OfficeEntry(
                takesLamComplement: row[2] == "yes", organizationHead: head,
                follower: TitleFollower(column: row[4], default: .any)))
        }
        var givenNames = PhraseTable<GivenNameEntry>(normalizer: normalizer)
        for row in lexicons.rows(of: .givenNames) {
            givenNames.insert(row.form, value: GivenNameEntry(isCommonWord: row[2] == "yes"))
        }
        var particles: [String: NameParticle] = [:]
        for row in lexicons.rows(of: .nameParticles) {
            let kind: NameParticle = switch row[1] {
            case "kunya": .kunya
            case "family": .family
            default: .nasab
            }
            particles[normalizer.normalizedString(row.form)] = kind
        }
        var stops: [String: StopWord] = [:]
        for row in lexicons.rows(of: .titleStops) {
            let kind: StopWord = switch row[1] {
            case "verb": .verb
            case "time": .time
            case "lead": .lead
            case "inner": .inner
            default: .particle
            }
            stops[normalizer.normalizedString(row.form)] = kind
        }
        self.honorifics = honorifics
        self.offices = offices
        self.givenNames = givenNames
        self.particles = particles
        self.stops = stops
    }
}
