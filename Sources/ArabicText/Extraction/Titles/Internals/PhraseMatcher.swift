/// Finds the longest lexicon phrase at a token by word fingerprints: `صاحب السمو الملكي` before `صاحب السمو`.
///
/// Like ``PhraseTable`` (phrases normalised and tokenised like the text, an optional proclitic
/// on the first word, no phrase across a line break), with lookups on the per-token
/// ``WordFingerprint``s the caller computed once per document.
struct PhraseMatcher<Value: Sendable>: Sendable {
    /// A phrase found in a text.
    struct Match: Sendable {
        /// Token indexes of the phrase.
        var tokens: Range<Int>
        /// The phrase's value.
        var value: Value
        /// Bytes of a proclitic on the first token that are not part of the phrase.
        var prefixBytes: Int
    }

    /// Phrases by the fingerprint of their first word, longest first.
    private let byFirstWord: FingerprintTable<[(rest: [UInt64], value: Value)]>

    /// Builds the table; a later phrase equal to an earlier one replaces its value.
    init(_ phrases: [(phrase: String, value: Value)], normalizer: ArabicNormalizer = .extraction) {
        var building: [UInt64: [(rest: [UInt64], value: Value)]] = [:]
        for (phrase, value) in phrases {
            let words = PhraseMatcher.words(of: phrase, normalizer: normalizer).map(WordFingerprint.of)
            guard let first = words.first else { continue }
            let rest = Array(words.dropFirst())
            var list = building[first, default: []]
            if let existing = list.firstIndex(where: { $0.rest == rest }) {
                list[existing].value = value
            } else {
                list.append((rest, value))
                list.sort { $0.rest.count > $1.rest.count }
            }
            building[first] = list
        }
        byFirstWord = FingerprintTable(building)
    }

    /// The normalised words of `phrase`, as the tokeniser splits them.
    static func words(of phrase: String, normalizer: ArabicNormalizer = .extraction) -> [String] {
        let text = normalizer.normalizedString(phrase)
        return Tokenizer().tokens(in: text).map { String($0.text(in: text)) }
    }

    /// The longest phrase at token `index`; with `proclitics`, the first word may carry one.
    ///
    /// - Parameter fingerprints: ``WordFingerprint`` of every token of `analysis`.
    func match(in analysis: TextAnalysis, fingerprints: [UInt64], at index: Int, proclitics: Bool = false) -> Match? {
        guard index < fingerprints.count else { return nil }
        if let found = longest(in: analysis, fingerprints: fingerprints, at: index, first: fingerprints[index], prefixBytes: 0) {
            return found
        }
        guard proclitics else { return nil }
        for split in analysis.splits(index) {
            let first = WordFingerprint.of(split.stem.text)
            if let found = longest(
                in: analysis, fingerprints: fingerprints, at: index, first: first, prefixBytes: split.prefixBytes)
            {
                return found
            }
        }
        return nil
    }

    /// The value of a one-word phrase with fingerprint `fingerprint`.
    func value(of fingerprint: UInt64) -> Value? {
        byFirstWord[fingerprint]?.first(where: { $0.rest.isEmpty })?.value
    }

    /// The value of a one-word phrase equal to normalised `word`.
    func value(ofWord word: String) -> Value? { value(of: WordFingerprint.of(word)) }

    private func longest(
        in analysis: TextAnalysis, fingerprints: [UInt64], at index: Int, first: UInt64, prefixBytes: Int
    ) -> Match? {
        guard let candidates = byFirstWord[first] else { return nil }
        outer: for candidate in candidates {
            let end = index + 1 + candidate.rest.count
            guard end <= fingerprints.count else { continue }
            for (offset, word) in candidate.rest.enumerated() {
                let i = index + 1 + offset
                if analysis.hasLineBreak(before: i) || fingerprints[i] != word { continue outer }
            }
            return Match(tokens: index..<end, value: candidate.value, prefixBytes: prefixBytes)
        }
        return nil
    }
}

extension String {
    /// Whether the UTF-8 bytes start with those of `prefix`.
    func hasBytePrefix(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    /// Whether the UTF-8 bytes end with those of `suffix`.
    func hasByteSuffix(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        return utf8.count >= count && utf8.dropFirst(utf8.count - count).elementsEqual(suffix.utf8)
    }
}
