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
    /// A common object of a press verb: after a name's first word it starts the object (أصدرت وزارة العمل القرار).
    case clauseNoun
}

/// The word classes of `organization-grammar.tsv`, keyed by normalised word.
struct NameWordClasses: Sendable {
    private let classes: [WordKey: NameWordClass]
    /// Generic adjectives with the article, keyed by the word after it (جديده for الجديده).
    private let genericAdjectivesAfterArticle: Set<WordKey>

    init(lexicons: LexiconSet, normalizer: ArabicNormalizer = .extraction) {
        var classes: [WordKey: NameWordClass] = [:]
        for row in lexicons.rows(of: .organizationGrammar) {
            let wordClass: NameWordClass = switch row[1] {
            case "verb": .verb
            case "generic-adjective": .genericAdjective
            case "office-modifier": .officeModifier
            case "generic-complement": .genericComplement
            case "name-title": .nameTitle
            case "name-adjective": .nameAdjective
            case "clause-noun": .clauseNoun
            default: .stop
            }
            let word = WordKey(normalizer.normalizedString(row.form))
            // A word listed twice keeps its strongest class: a stop beats an adjective.
            if let existing = classes[word], existing == .stop || existing == .verb { continue }
            classes[word] = wordClass
        }
        self.classes = classes
        let article = Array("ال".utf8)
        var afterArticle = Set<WordKey>()
        for (word, wordClass) in classes where wordClass == .genericAdjective && word.text.utf8.starts(with: article) {
            afterArticle.insert(WordKey(String(decoding: word.text.utf8.dropFirst(article.count), as: UTF8.self)))
        }
        genericAdjectivesAfterArticle = afterArticle
    }

    /// The class of normalised `word`, if listed.
    func wordClass(of word: String) -> NameWordClass? { classes[WordKey(word)] }

    /// The class of the word with key `key`, if listed.
    func wordClass(of key: WordKey) -> NameWordClass? { classes[key] }

    /// Whether ال + the word with key `key` is a generic adjective (`مالية` → `المالية`), without building ال + word.
    func isGenericAdjective(withArticle key: WordKey) -> Bool { genericAdjectivesAfterArticle.contains(key) }

    /// Whether normalised `word` ends a name: a stop word, a verb or an office modifier.
    func endsName(_ word: String) -> Bool { endsName(WordKey(word)) }

    /// Whether the word with key `key` ends a name.
    func endsName(_ key: WordKey) -> Bool {
        switch classes[key] {
        case .stop, .verb, .officeModifier: true
        default: false
        }
    }
}

/// Shape tests on normalised Arabic words (ة is ه, ى is ي after normalisation), on UTF-8 bytes.
enum ArabicWordShape {
    /// Whether the UTF-8 bytes of `word` start with those of `prefix` (a literal: no String is made for it).
    @inline(__always)
    static func starts(_ word: String, _ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { prefix in
            var word = word
            return word.withUTF8 { $0.hasBytes(prefix, at: 0) }
        }
    }

    /// Whether the UTF-8 bytes of `word` end with those of `suffix` (a literal).
    @inline(__always)
    static func ends(_ word: String, _ suffix: StaticString) -> Bool {
        suffix.withUTF8Buffer { suffix in
            var word = word
            return word.withUTF8 { $0.hasBytes(suffix, at: $0.count - suffix.count) }
        }
    }

    /// Starts with the article ال and has at least two letters after it: `العمل`, not `الي`.
    static func isDefinite(_ word: String) -> Bool {
        word.utf8.count >= 8 && starts(word, "ال")
    }

    /// Ends like a nisba adjective (-ي, -يه) with a stem of three letters or more: `العمانيه`, `الوطني`.
    static func isNisba(_ word: String) -> Bool {
        let letters = length(word) - (isDefinite(word) ? 2 : 0)
        if ends(word, "يه") { return letters >= 5 }
        if ends(word, "ي") { return letters >= 4 }
        return false
    }

    /// Ends with ه (a normalised ta marbuta): `تنميه`, `مجموعه`.
    static func endsWithTaMarbuta(_ word: String) -> Bool { ends(word, "ه") }

    /// Whether token `index` carries tanween as written (فرعًا، إفريقيًا): an indefinite word in a
    /// sentence, not part of a name. Scans the token's original bytes for ً ٌ ٍ (UTF-8 D9 8B … D9 8D).
    static func hasTanween(_ analysis: TextAnalysis, _ index: Int) -> Bool {
        let range = analysis.normalized.originalUTF8Range(fromNormalizedUTF8: analysis.tokens[index].utf8Range)
        return analysis.original.utf8.withContiguousStorageIfAvailable { bytes in
            var i = range.lowerBound
            while i + 1 < range.upperBound {
                if bytes[i] == 0xD9, bytes[i + 1] >= 0x8B, bytes[i + 1] <= 0x8D { return true }
                i += 1
            }
            return false
        } ?? analysis.originalText(tokens: index..<(index + 1)).unicodeScalars.contains {
            $0.value >= 0x064B && $0.value <= 0x064D
        }
    }

    /// The number of letters of an Arabic word (two UTF-8 bytes each).
    static func length(_ word: String) -> Int { word.utf8.count / 2 }
}
