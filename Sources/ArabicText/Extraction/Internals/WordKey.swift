/// A normalised word as a fast dictionary key: its text and its ``WordFingerprint``.
///
/// `Set<String>` and `[String: V]` hash Arabic strings through Unicode normalisation on every
/// lookup — several times the cost of tokenising the word. A `WordKey` hashes and compares its
/// 64-bit fingerprint only (two words taken for each other is about one chance in 10⁷ for a
/// vocabulary of a million words). Build keys for lexicon words once, at init; ``TextAnalysis``
/// builds one per token, and its `fingerprints` are these keys' fingerprints.
///
/// ```swift
/// let months: Set<WordKey> = [WordKey("يناير"), WordKey("فبراير")]  // normalised forms
/// months.contains(analysis.key(i))
/// ```
struct WordKey: Hashable, Sendable, CustomStringConvertible {
    /// The word.
    let text: String
    /// ``WordFingerprint`` of the word's UTF-8 bytes.
    let fingerprint: UInt64

    /// The key of `word` (already normalised with the extraction normaliser).
    init(_ word: some StringProtocol) {
        var text = String(word)
        self = text.withUTF8 { WordKey(bytes: $0) }
    }

    /// The key of UTF-8 `bytes`, which must be whole scalars of valid UTF-8 (a slice of a
    /// `String` at scalar boundaries): they are not validated again.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        fingerprint = WordFingerprint.of(bytes: bytes)
        text = Self.string(validUTF8: bytes)
    }

    /// A `String` of bytes known to be valid UTF-8, without validating them again.
    private static func string(validUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        if #available(macOS 26.0, *) {
            return String(copying: UTF8Span(unchecked: bytes.span))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func == (lhs: WordKey, rhs: WordKey) -> Bool { lhs.fingerprint == rhs.fingerprint }

    func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    var description: String { text }
}
