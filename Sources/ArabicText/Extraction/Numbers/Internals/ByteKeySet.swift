/// A filter answering "can this token be one of the keys?" from the token's bytes, without a `String`.
///
/// The number extractor asks it for every word of a document, so it stays cheap and small: one
/// hash of the length, first and last bytes and one 64-bit word of a 128 KB blocked Bloom filter (three bits per
/// key in the same word: one memory access). A key is always found; a word that is not a key
/// passes about once in a hundred and is then rejected by the exact lookup.
///
/// - Complexity: O(k) per lookup in the length of the word.
struct ByteKeySet: Sendable {
    private var words: [UInt64]
    private static let wordCount = 1 << 14

    /// A filter of `keys`.
    init(_ keys: some Collection<String>) {
        words = [UInt64](repeating: 0, count: Self.wordCount)
        for key in keys {
            var key = key
            let h = key.withUTF8 { Self.hash($0, 0..<$0.count) }
            words[Self.index(h)] |= Self.bits(h)
        }
    }

    /// Calls `body` with a lookup function that reads the filter without retaining it per call.
    func withLookup<R>(_ body: ((UnsafeBufferPointer<UInt8>, Range<Int>) -> Bool) -> R) -> R {
        words.withUnsafeBufferPointer { words in
            body { bytes, range in
                let h = Self.hash(bytes, range)
                let bits = Self.bits(h)
                return words[Self.index(h)] & bits == bits
            }
        }
    }

    @inline(__always)
    private static func index(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 40) & (wordCount - 1) }

    @inline(__always)
    private static func bits(_ h: UInt64) -> UInt64 { (1 << (h & 63)) | (1 << ((h >> 6) & 63)) | (1 << ((h >> 12) & 63)) }

    /// A hash of the length and the first and last eight bytes (the whole word up to eight Arabic
    /// letters): two loads and three multiplications. Longer words that differ only in their
    /// middle share it; the exact lookup tells them apart.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        let count = range.count
        var head: UInt64 = 0
        var tail: UInt64 = 0
        if count >= 8, let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            head = raw.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: range.upperBound - 8, as: UInt64.self)
        } else {
            for i in range { tail = tail << 8 | UInt64(bytes[i]) }
        }
        var h = (tail ^ (UInt64(truncatingIfNeeded: count) &* 0x9e37_79b9_7f4a_7c15)) &* 0xbf58_476d_1ce4_e5b9
        h = (h ^ (h >> 31) ^ head) &* 0x94d0_49bb_1331_11eb
        return h ^ (h >> 29)
    }
}
