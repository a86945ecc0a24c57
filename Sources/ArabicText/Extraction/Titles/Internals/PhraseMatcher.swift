// This file held the titles extractor's WordKey; it now holds PhraseMatcher and the byte helpers.
// `WordKey` is shared by every extractor: Sources/ArabicText/Extraction/Internals/WordKey.swift
// (same API: `WordKey(text)`, `.text`, byte equality, fast hashing).

extension String {
    // bytesEqual(_:) is shared: Extraction/Internals/String+Bytes.swift.

    /// Whether the UTF-8 bytes start with those of `prefix`.
    func hasBytePrefix(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    /// Whether the UTF-8 bytes end with those of `suffix`.
    func hasByteSuffix(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        return utf8.count >= count && utf8.dropFirst(utf8.count - count).elementsEqual(suffix.utf8)
    }
}

/// Finds the longest lexicon phrase at a token, keyed by bytes: `صاحب السمو الملكي` before `صاحب السمو`.
///
/// Like ``PhraseTable`` (phrases normalised and tokenised like the text, an optional proclitic
/// on the first word, no phrase across a line break), with byte-keyed lookups.
struct PhraseMatcher<Value: Sendable>: Sendable {
    /// A phrase found in a text.
    struct Match: Sendable {
        var tokens: Range<Int>
        var value: Value
        /// Bytes of a proclitic on the first token that are not part of the phrase.
        var prefixBytes: Int
    }

    private var byFirstWord: [WordKey: [(rest: [WordKey], value: Value)]] = [:]
    private let normalizer: ArabicNormalizer

    init(normalizer: ArabicNormalizer = .extraction) {
        self.normalizer = normalizer
    }

    /// The normalised words of `phrase`, as the tokeniser splits them.
    func words(of phrase: String) -> [String] {
        let text = normalizer.normalizedString(phrase)
        return Tokenizer().tokens(in: text).map { String($0.text(in: text)) }
    }

    /// Adds `phrase` with `value`; a later insertion of the same phrase replaces the value.
    mutating func insert(_ phrase: String, value: Value) {
        let words = words(of: phrase).map(WordKey.init)
        guard let first = words.first else { return }
        let rest = Array(words.dropFirst())
        var list = byFirstWord[first, default: []]
        if let existing = list.firstIndex(where: { $0.rest == rest }) {
            list[existing].value = value
        } else {
            list.append((rest, value))
            list.sort { $0.rest.count > $1.rest.count }
        }
        byFirstWord[first] = list
    }

    /// The longest phrase starting at token `index`; with `proclitics`, the first word may carry one.
    func match(in analysis: TextAnalysis, at index: Int, proclitics: Bool = false) -> Match? {
        guard index < analysis.tokens.count else { return nil }
        let word = analysis.word(index)
        if let found = longest(in: analysis, at: index, first: WordKey(word), prefixBytes: 0) { return found }
        guard proclitics, analysis.tokens[index].kind == .arabicWord else { return nil }
        for split in Proclitics.splits(of: word).dropFirst() {
            if let found = longest(in: analysis, at: index, first: WordKey(split.stem), prefixBytes: split.prefixBytes) {
                return found
            }
        }
        return nil
    }

    /// The value of a one-word phrase equal to normalised `word`.
    func value(ofWord word: String) -> Value? {
        byFirstWord[WordKey(word)]?.first(where: { $0.rest.isEmpty })?.value
    }

    private func longest(in analysis: TextAnalysis, at index: Int, first: WordKey, prefixBytes: Int) -> Match? {
        guard let candidates = byFirstWord[first] else { return nil }
        outer: for candidate in candidates {
            let end = index + 1 + candidate.rest.count
            guard end <= analysis.tokens.count else { continue }
            for (offset, word) in candidate.rest.enumerated() {
                let i = index + 1 + offset
                if analysis.hasLineBreak(before: i) || !analysis.word(i).bytesEqual(word.text) { continue outer }
            }
            return Match(tokens: index..<end, value: candidate.value, prefixBytes: prefixBytes)
        }
        return nil
    }
}
