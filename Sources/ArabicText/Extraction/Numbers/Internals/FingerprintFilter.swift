/// A filter answering "can this token be one of the keys?" from the token's precomputed ``WordFingerprint``.
///
/// The number extractor asks it for every word of a document, so it stays small enough to live
/// in the cache: a 128 KB blocked Bloom filter, three bits per key in one 64-bit word (one memory
/// access, no hashing: the fingerprint is the hash). A key is always found; a word that is not a
/// key passes about once in a hundred and is then rejected by the exact lookup.
///
/// ```swift
/// let filter = FingerprintFilter([WordFingerprint.of("ثلاثه")])
/// filter.mayContain(WordFingerprint.of("ثلاثه"))   // true
/// filter.mayContain(WordFingerprint.of("وزاره"))   // false (almost always)
/// ```
struct FingerprintFilter: Sendable {
    private var words: [UInt64]
    private static let wordCount = 1 << 14

    /// A filter of `fingerprints`.
    init(_ fingerprints: some Sequence<UInt64>) {
        words = [UInt64](repeating: 0, count: Self.wordCount)
        for fingerprint in fingerprints {
            words[Self.index(fingerprint)] |= Self.bits(fingerprint)
        }
    }

    /// Whether `fingerprint` may be one of the keys (always true for a key).
    @inline(__always)
    func mayContain(_ fingerprint: UInt64) -> Bool {
        let bits = Self.bits(fingerprint)
        return words[Self.index(fingerprint)] & bits == bits
    }

    @inline(__always)
    private static func index(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 40) & (wordCount - 1) }

    @inline(__always)
    private static func bits(_ h: UInt64) -> UInt64 { (1 << (h & 63)) | (1 << ((h >> 6) & 63)) | (1 << ((h >> 12) & 63)) }
}
