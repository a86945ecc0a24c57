/// Splits an Arabic word into proclitics, stem and a pronoun enclitic, as UTF-8 sub-ranges of the word.
///
/// A light, rule-based analysis — no dictionary — that only splits where the split is safe:
///
/// | word | proclitics | stem | enclitic |
/// | --- | --- | --- | --- |
/// | `والمدرسة` | و · ال | مدرسة | |
/// | `بالوزارة` | ب · ال | وزارة | |
/// | `للمؤسسة` | ل · ل (the article, its alef unwritten) | مؤسسة | |
/// | `وكتابهم` | و | كتاب | هم |
/// | `نسختها` | | نسخت | ها |
///
/// Limits: a preposition (ب ك ل) is split off only before the article (`بالوزارة`); a
/// conjunction (و ف) before the article or before a stem of at least three letters that carries
/// an enclitic (`وكتابهم`); a word that merely starts with one of those letters (`وزارة`، `بلد`،
/// `كتب`) is left whole. An enclitic is
/// split only when at least three letters remain (`كتابه` → كتاب + ه, but `فيه` stays whole).
/// Pass `knownStems` (stems in the analyser's own folding, e.g. from your lexicon) to accept any split whose stem is known.
///
/// ```swift
/// let word = "وبالوزارة"
/// let analysis = CliticAnalyzer().analyze(word)
/// analysis.proclitics.map { word.utf8Slice($0) }   // ["و", "ب", "ال"]
/// ```
public struct CliticAnalyzer: Sendable {
    /// Stems that make any split acceptable, written without tashkeel or tatweel and with
    /// أ إ آ ٱ folded to ا; ة and ى stay as they are (this is not the ``ArabicNormalizer/search``
    /// form, which writes ة as ه: a known stem `مدرسه` does not split `بمدرسة`, `مدرسة` does).
    ///
    /// ```swift
    /// let word = "بأسرة"
    /// CliticAnalyzer().analyze(word).proclitics                              // []: no article, not split
    /// let analysis = CliticAnalyzer(knownStems: ["اسرة"]).analyze(word)
    /// analysis.proclitics.map { word.utf8Slice($0) }                         // ["ب"]
    /// word.utf8Slice(analysis.stem)                                          // "أسرة"
    /// ```
    public let knownStems: Set<String>

    /// Creates an analyser; `knownStems` widens the safe splits with a dictionary of your own.
    ///
    /// ```swift
    /// let analyzer = CliticAnalyzer(knownStems: ["مسقط"])
    /// analyzer.analyze("بمسقط").proclitics.map { "بمسقط".utf8Slice($0) }   // ["ب"] (without the stem: [])
    /// ```
    public init(knownStems: Set<String> = []) {
        self.knownStems = knownStems
    }

    /// The clitics of `word` (one word, as the tokeniser yields it; tashkeel and tatweel allowed).
    ///
    /// ```swift
    /// let word = "وكتابهم"
    /// let analysis = CliticAnalyzer().analyze(word)
    /// analysis.proclitics.map { word.utf8Slice($0) }   // ["و"]
    /// word.utf8Slice(analysis.stem)                    // "كتاب"
    /// analysis.enclitic.map { word.utf8Slice($0) }     // "هم"
    ///
    /// let voweled = "وَبِالْوِزَارَةِ"                  // marks stay with their letters
    /// CliticAnalyzer().analyze(voweled).proclitics.map { voweled.utf8Slice($0) }   // ["وَ", "بِ", "الْ"]
    /// ```
    ///
    /// - Complexity: O(n) in the length of `word`.
    public func analyze(_ word: some StringProtocol) -> CliticAnalysis {
        let letters = ArabicLetters(word)
        let count = letters.count
        var analysis = CliticAnalysis(stem: 0..<letters.byteEnd)
        guard count >= 3 else { return analysis }

        // Enclitic first: it tells whether a bare conjunction/preposition split is safe.
        var stemEnd = count
        for suffix in CliticAnalyzer.enclitics where count - suffix.count >= 3 && letters.hasSuffix(suffix) {
            stemEnd = count - suffix.count
            break
        }

        var position = 0
        var proclitics: [Range<Int>] = []
        func take(_ n: Int) {
            proclitics.append(letters.byteRange(position..<(position + n)))
            position += n
        }
        let hasConjunction = letters.letter(0).map(CliticAnalyzer.conjunctions.contains) ?? false
        let afterConjunction = hasConjunction ? 1 : 0
        let preposition = letters.letter(afterConjunction).flatMap { CliticAnalyzer.prepositions.contains($0) ? $0 : nil }
        let afterPreposition = afterConjunction + (preposition == nil ? 0 : 1)

        if letters.matches("ال", at: afterPreposition), stemEnd - (afterPreposition + 2) >= 2 {
            if hasConjunction { take(1) }
            if preposition != nil { take(1) }
            take(2)
        } else if preposition == "ل", letters.matches("ل", at: afterPreposition), stemEnd - (afterPreposition + 1) >= 2 {
            if hasConjunction { take(1) }
            take(1)
            take(1)  // the article's lam
        } else if afterPreposition > 0 {
            // Without the article, strip as little as possible: the conjunction alone first.
            var options: [(conjunction: Bool, preposition: Bool)] = []
            if hasConjunction { options.append((true, false)) }
            if preposition != nil { options.append((hasConjunction, true)) }
            for option in options {
                let stemStart = (option.conjunction ? 1 : 0) + (option.preposition ? 1 : 0)
                let known = knownStems.contains(letters.normalized(stemStart..<stemEnd))
                let safe = !option.preposition && stemEnd < count && stemEnd - stemStart >= 3
                if known || safe {
                    if option.conjunction { take(1) }
                    if option.preposition { take(1) }
                    break
                }
            }
        }
        if stemEnd < count {
            analysis.enclitic = letters.byteRange(stemEnd..<count, extendToEnd: true)
        }
        analysis.proclitics = proclitics
        let stemStart = position == 0 ? 0 : letters.byteRange(position..<position).lowerBound
        let stemUpper = stemEnd < count ? letters.byteRange(stemEnd..<stemEnd).lowerBound : letters.byteEnd
        analysis.stem = stemStart..<stemUpper
        return analysis
    }

    static let conjunctions: Set<Character> = ["و", "ف"]
    static let prepositions: Set<Character> = ["ب", "ك", "ل"]
    /// Pronoun enclitics, longest first.
    static let enclitics: [String] = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ك"]
}

/// The clitics of one word, as UTF-8 byte ranges into the word.
///
/// `CliticAnalyzer().analyze("بالوزارة")` → `proclitics: [0..<2, 2..<6]` (ب، ال), `stem: 6..<16`
/// (وزارة), `enclitic: nil`.
public struct CliticAnalysis: Sendable, Hashable {
    /// Conjunction, preposition and article, in order (`وبالوزارة` → و، ب، ال).
    public var proclitics: [Range<Int>] = []
    /// The stem: `6..<16` (`وزارة`) in `بالوزارة`; `0..<8` (`نسخت`) in `نسختها`.
    public var stem: Range<Int>
    /// A pronoun enclitic (`ها`، `هم`…), if any.
    public var enclitic: Range<Int>?
}

extension StringProtocol {
    /// The slice of UTF-8 bytes `range`, as a string (for reading ``CliticAnalysis`` ranges).
    ///
    /// ```swift
    /// "بالوزارة".utf8Slice(6..<16)   // "وزارة" (Arabic letters are two bytes each)
    /// ```
    public func utf8Slice(_ range: Range<Int>) -> String {
        let bytes = Array(utf8)
        return String(decoding: bytes[range], as: UTF8.self)
    }
}

/// The letters of a word with their byte offsets, skipping tashkeel and tatweel, folding alef forms.
private struct ArabicLetters {
    private var letters: [Character] = []
    private var starts: [Int] = []
    let byteEnd: Int

    init(_ word: some StringProtocol) {
        var offset = 0
        for scalar in word.unicodeScalars {
            let v = scalar.value
            let isMark = (0x064B...0x065F).contains(v) || v == 0x0670 || v == 0x0640 || (0x0610...0x061A).contains(v)
            if !isMark {
                let folded: Character
                switch v {
                case 0x0623, 0x0625, 0x0622, 0x0671: folded = "ا"
                case 0x0629: folded = "ة"
                default: folded = Character(scalar)
                }
                letters.append(folded)
                starts.append(offset)
            }
            offset += UTF8.width(scalar)
        }
        byteEnd = offset
    }

    var count: Int { letters.count }

    func letter(_ i: Int) -> Character? { i < letters.count ? letters[i] : nil }

    func matches(_ text: String, at i: Int) -> Bool {
        let target = Array(text)
        guard i + target.count <= letters.count else { return false }
        return Array(letters[i..<(i + target.count)]) == target
    }

    func hasSuffix(_ text: String) -> Bool {
        let target = Array(text)
        return letters.count >= target.count && Array(letters.suffix(target.count)) == target
    }

    func normalized(_ range: Range<Int>) -> String { String(letters[range]) }

    /// Byte range of letters `range`; marks after the last letter belong to it.
    func byteRange(_ range: Range<Int>, extendToEnd: Bool = false) -> Range<Int> {
        let lower = range.lowerBound < starts.count ? starts[range.lowerBound] : byteEnd
        let upper = extendToEnd || range.upperBound >= starts.count ? byteEnd : starts[range.upperBound]
        return lower..<max(lower, upper)
    }
}
