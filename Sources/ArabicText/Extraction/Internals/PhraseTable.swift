/// Finds the longest lexicon phrase at a token: `صاحب السمو الملكي` before `صاحب السمو`.
///
/// Phrases are normalised with the extraction normaliser and split with the tokeniser, so a
/// phrase written `د.` matches the two tokens `د` and `.`, and `إبريل` matches `ابريل`.
struct PhraseTable<Value: Sendable>: Sendable {
    /// A phrase found in a text.
    struct Match: Sendable {
        /// Token indexes of the phrase in the analysis.
        var tokens: Range<Int>
        /// The phrase's value.
        var value: Value
        /// Bytes of a proclitic (و ف ب ك ل لل) on the first token that are not part of the phrase.
        var prefixBytes: Int
    }

    /// Phrases by the fingerprint of their first word, longest first; the other words as fingerprints.
    private var byFirstWord = FingerprintTable<[(rest: [UInt64], value: Value)]>()
    private let normalizer: ArabicNormalizer

    init(normalizer: ArabicNormalizer = .extraction) {
        self.normalizer = normalizer
    }

    /// Whether the table has no phrases.
    var isEmpty: Bool { byFirstWord.count == 0 }

    /// The normalised words of `phrase`, as the tokeniser splits them.
    func words(of phrase: String) -> [String] {
        let text = normalizer.normalizedString(phrase)
        return Tokenizer().tokens(in: text).map { String($0.text(in: text)) }
    }

    /// Adds `phrase` with `value`; a later insertion of the same phrase replaces the value.
    mutating func insert(_ phrase: String, value: Value) {
        let words = words(of: phrase).map(WordFingerprint.of)
        guard let first = words.first else { return }
        let rest = Array(words.dropFirst())
        var list = byFirstWord[first] ?? []
        if let existing = list.firstIndex(where: { $0.rest == rest }) {
            list[existing].value = value
        } else {
            list.append((rest, value))
            list.sort { $0.rest.count > $1.rest.count }
        }
        byFirstWord.updateValue(list, forKey: first)
    }

    /// The longest phrase starting at token `index`; with `proclitics`, the first word may carry one.
    ///
    /// Phrases do not cross line breaks.
    func match(in analysis: TextAnalysis, at index: Int, proclitics: Bool = false) -> Match? {
        guard index < analysis.tokens.count else { return nil }
        if let found = longest(in: analysis, at: index, first: analysis.fingerprints[index], prefixBytes: 0) {
            return found
        }
        guard proclitics else { return nil }
        for split in analysis.splits(index) {
            if let found = longest(in: analysis, at: index, first: split.stem.fingerprint, prefixBytes: split.prefixBytes) {
                return found
            }
        }
        return nil
    }

    /// The value of a one-word phrase equal to `word` (already normalised).
    func value(ofWord word: String) -> Value? {
        value(ofFingerprint: WordFingerprint.of(word))
    }

    /// The value of a one-word phrase whose key is `word`.
    func value(ofWord word: WordKey) -> Value? {
        value(ofFingerprint: word.fingerprint)
    }

    /// The value of a one-word phrase whose word has fingerprint `fingerprint`.
    func value(ofFingerprint fingerprint: UInt64) -> Value? {
        byFirstWord[fingerprint]?.first(where: { $0.rest.isEmpty })?.value
    }

    /// Whether some phrase starts with normalised `word`.
    func hasPhrase(startingWith word: String) -> Bool { byFirstWord[WordFingerprint.of(word)] != nil }

    /// Whether some phrase starts with the word whose key is `word`.
    func hasPhrase(startingWith word: WordKey) -> Bool { byFirstWord[word.fingerprint] != nil }

    private func longest(in analysis: TextAnalysis, at index: Int, first: UInt64, prefixBytes: Int) -> Match? {
        guard let candidates = byFirstWord[first] else { return nil }
        outer: for candidate in candidates {
            let end = index + 1 + candidate.rest.count
            guard end <= analysis.tokens.count else { continue }
            for (offset, word) in candidate.rest.enumerated() {
                let i = index + 1 + offset
                if analysis.lineBreakBefore[i] || analysis.fingerprints[i] != word { continue outer }
            }
            return Match(tokens: index..<end, value: candidate.value, prefixBytes: prefixBytes)
        }
        return nil
    }
}
