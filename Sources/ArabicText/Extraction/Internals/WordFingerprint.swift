/// A 64-bit fingerprint of a normalised word's UTF-8 bytes, the key of the extractors' word tables.
///
/// `String` hashing and `==` follow canonical equivalence, which costs a normalisation check per
/// non-ASCII string; the extractors' words are already normalised, so their bytes are the key.
/// ``TextAnalysis`` fingerprints each token once per document (``TextAnalysis/fingerprints``), and
/// every lookup after that is a probe in a ``FingerprintTable`` or a filter:
/// `WordFingerprint.of("وزاره")` → a nonzero `UInt64`. Two words with one fingerprint would be
/// taken for each other; for a vocabulary of a million words that is about one chance in 10⁷
/// (no collision among the 2.2 million words, proclitic forms and digit strings of up to four
/// digits checked on the Tashkeela corpus).
enum WordFingerprint {
    /// The fingerprint of `word`'s UTF-8 bytes (never 0, the empty slot of a table).
    static func of(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { of(bytes: $0) }
    }

    /// The fingerprint of UTF-8 bytes (never 0): eight bytes at a time, each step through
    /// MurmurHash3's 64-bit finaliser, so that a difference in any byte spreads over all 64 bits
    /// before the next eight bytes come in. (A single multiply only spreads a difference
    /// upwards: with it, words that differ in two letters, `والتوصيل` and `والشوطين`, collided.)
    ///
    /// The last step reads the text's last eight bytes even when they overlap the previous
    /// step, and a word under eight bytes is read by two overlapping loads, so no loop runs
    /// over single bytes: every byte still enters the hash, with the length.
    static func of(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        let count = raw.count
        // The length enters by a multiply, which spreads it over all 64 bits: XORed into the
        // low bits it would cancel against the data of a word one byte longer (06 and 166).
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(count &+ 1)
        let last: UInt64
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                hash = mix(hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                offset += 8
            }
            last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        } else if count >= 4 {
            let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let high = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
            last = low | high << 32
        } else if count > 0 {
            last = UInt64(raw[0]) | UInt64(raw[count / 2]) << 8 | UInt64(raw[count - 1]) << 16
        } else {
            last = 0
        }
        hash = mix(hash ^ last ^ 0x5BD1_E995_0000_0000)
        return hash == 0 ? 1 : hash
    }

    /// MurmurHash3's `fmix64`: a bijection of 64-bit values with full avalanche.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }
}

/// An open-addressing table from word fingerprints to values: a lookup is one probe sequence
/// over an array, with no hashing beyond the fingerprint itself.
///
/// `FingerprintTable(["وزير": 1].map { (WordFingerprint.of($0.key), $0.value) })[WordFingerprint.of("وزير")]` → 1.
///
/// - Complexity: lookups and insertions are O(1) expected (the table stays at most half full).
struct FingerprintTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    /// Number of keys.
    private(set) var count = 0

    /// An empty table.
    init() {
        keys = [UInt64](repeating: 0, count: 8)
        values = [Value?](repeating: nil, count: 8)
        mask = 7
    }

    /// A table of `entries`.
    init(_ entries: [UInt64: Value]) {
        self.init()
        for (key, value) in entries { updateValue(value, forKey: key) }
    }

    /// The value of fingerprint `key`, if any.
    subscript(key: UInt64) -> Value? {
        var slot = Self.slot(of: key, mask: mask)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The value of normalised `word`, if any.
    subscript(word word: String) -> Value? { self[WordFingerprint.of(word)] }

    /// Sets the value of fingerprint `key` (nonzero: fingerprints never are).
    mutating func updateValue(_ value: Value, forKey key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.slot(of: key, mask: mask)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 {
            keys[slot] = key
            count += 1
        }
        values[slot] = value
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != 0 }
        let capacity = keys.count * 2
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        count = 0
        for (key, value) in old {
            if let value { updateValue(value, forKey: key) }
        }
    }

    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
    }
}
