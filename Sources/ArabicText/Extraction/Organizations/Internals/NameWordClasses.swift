extension LexiconName {
    /// Function words, verbs and adjectives that end or qualify an organisation name (`organization-grammar.tsv`).
    static let organizationGrammar: LexiconName = "organization-grammar"
}

/// What a word does to an organisation or place name: end it, or fail to make one.
///
/// `وزارة العمل تختتم` → `تختتم` is a verb and ends the name; in `الهيئة الإدارية` the adjective
/// `الإدارية` alone does not make a definite head a name.
enum NameWordClass: Sendable, Hashable {
    /// A preposition, particle, pronoun or time word: ends a name.
    case stop
    /// A verb: ends a name.
    case verb
    /// An adjective that alone does not make a definite head a name (الجديدة، الحكومية).
    case genericAdjective
    /// Qualifies a person's office, not the organisation (المساعد، بالإنابة): ends a name.
    case officeModifier
    /// After a head, names an internal body (مجلس الإدارة): no organisation.
    case genericComplement
    /// A title before a person's name inside an organisation name (جامعة السلطان قابوس).
    case nameTitle
    /// An adjective that is not a nisba but makes a definite head a name (المحكمة العليا).
    case nameAdjective
}

/// The word classes of `organization-grammar.tsv`, keyed by normalised word.
struct NameWordClasses: Sendable {
    private let classes: [String: NameWordClass]

    init(lexicons: LexiconSet, normalizer: ArabicNormalizer = .extraction) {
        var classes: [String: NameWordClass] = [:]
        for row in lexicons.rows(of: .organizationGrammar) {
            let wordClass: NameWordClass = switch row[1] {
            case "verb": .verb
            case "generic-adjective": .genericAdjective
            case "office-modifier": .officeModifier
            case "generic-complement": .genericComplement
            case "name-title": .nameTitle
            case "name-adjective": .nameAdjective
            default: .stop
            }
            let word = normalizer.normalizedString(row.form)
            // A word listed twice keeps its strongest class: a stop beats an adjective.
            if let existing = classes[word], existing == .stop || existing == .verb { continue }
            classes[word] = wordClass
        }
        self.classes = classes
    }

    /// The class of normalised `word`, if listed.
    func wordClass(of word: String) -> NameWordClass? { classes[word] }

    /// Whether normalised `word` ends a name: a stop word, a verb or an office modifier.
    func endsName(_ word: String) -> Bool {
        switch classes[word] {
        case .stop, .verb, .officeModifier: true
        default: false
        }
    }
}

/// Shape tests on normalised Arabic words (ة is ه, ى is ي after normalisation).
enum ArabicWordShape {
    /// Starts with the article ال and has at least two letters after it: `العمل`, not `الي`.
    static func isDefinite(_ word: String) -> Bool {
        word.hasPrefix("ال") && word.unicodeScalars.count >= 4
    }

    /// Ends like a nisba adjective (-ي, -يه) with a stem of three letters or more: `العمانيه`, `الوطني`.
    static func isNisba(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        let stemStart = isDefinite(word) ? 2 : 0
        if word.hasSuffix("يه") { return scalars.count - stemStart >= 5 }
        if word.hasSuffix("ي") { return scalars.count - stemStart >= 4 }
        return false
    }

    /// Ends with ه (a normalised ta marbuta): `تنميه`, `مجموعه`.
    static func endsWithTaMarbuta(_ word: String) -> Bool { word.hasSuffix("ه") }

    /// The number of letters (scalars) of `word`.
    static func length(_ word: String) -> Int { word.unicodeScalars.count }
}
