/// A prefilter over tokens: which lexicon roles a token's word (with or without its proclitics) can play.
///
/// Built once from lexicon words, each inserted with every proclitic form the splitter
/// recognises (`وزاره`, `بوزاره`, `ووزاره`, `لوزاره`…; `الدوله` also as `للدوله`, `وللدوله`),
/// so one probe per token, on its ``WordFingerprint`` (``TextAnalysis/fingerprints``), tells whether any lookup can succeed.
/// Most tokens play no role and cost a hash of their bytes and one probe.
///
/// ```swift
/// // filter.roles(of: analysis.fingerprints[i]) & WordFilter.organizationHead != 0 → try the head rule at i
/// ```
struct WordFilter: Sendable {
    private let keys: [UInt64]
    private let values: [UInt8]
    private let mask: Int
    /// One bit per fingerprint class (8 KB, stays in the L1 cache): most tokens stop here.
    private let bits: [UInt64]
    private static let bitCount = 1 << 16

    /// Builds a filter from `(normalised word, roles)` pairs; roles of a repeated word are merged.
    init(_ entries: [(word: String, roles: UInt8)]) {
        var merged: [UInt64: UInt8] = [:]
        for entry in entries {
            for form in WordFilter.procliticForms(of: entry.word) {
                merged[WordFingerprint.of(form), default: 0] |= entry.roles
            }
        }
        var capacity = 16
        while capacity < merged.count * 2 + 1 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt8](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (key, value) in merged {
            var slot = WordFilter.slot(of: key, mask: mask)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
        var bits = [UInt64](repeating: 0, count: WordFilter.bitCount / 64)
        for key in merged.keys {
            let bit = WordFilter.bit(of: key)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.keys = keys
        self.values = values
        self.mask = mask
        self.bits = bits
    }

    @inline(__always)
    private static func bit(of key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 48) & (bitCount - 1) }

    /// The roles of the word with fingerprint `key`; 0 when it plays none.
    @inline(__always)
    func roles(of key: UInt64) -> UInt8 {
        let bit = WordFilter.bit(of: key)
        guard bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return 0 }
        var slot = WordFilter.slot(of: key, mask: mask)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
    }

    /// `word` and the forms it takes behind proclitics: و ف, then ب ك ل, or لل for the article.
    static func procliticForms(of word: String) -> [String] {
        var forms = [word]
        let conjunctions = ["و", "ف"]
        var withPreposition = ["ب" + word, "ك" + word, "ل" + word]
        if word.utf8.starts(with: "ال".utf8), word.unicodeScalars.count >= 4 {
            withPreposition.append("ل" + String(word.unicodeScalars.dropFirst()))
        }
        forms += withPreposition
        for conjunction in conjunctions {
            forms.append(conjunction + word)
            forms += withPreposition.map { conjunction + $0 }
        }
        return forms
    }
}
