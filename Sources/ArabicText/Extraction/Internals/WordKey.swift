/// A normalised word as a fast dictionary key: its UTF-8 bytes packed into integers.
///
/// `Set<String>` and `[String: V]` hash Arabic strings through Unicode normalisation on every
/// lookup — several times the cost of tokenising the word. A `WordKey` compares bytes: the
/// first 16 inline (8 Arabic letters), the rest through a hash plus the string itself, so
/// equality is exact. Build keys for lexicon words once, at init; ``TextAnalysis`` builds one
/// per token.
///
/// ```swift
/// let months: Set<WordKey> = [WordKey("يناير"), WordKey("فبراير")]  // normalised forms
/// months.contains(analysis.key(i))
/// ```
struct WordKey: Hashable, Sendable, CustomStringConvertible {
    /// The word.
    let text: String
    private var head: UInt64 = 0
    private var middle: UInt64 = 0
    private var tailHash: UInt64 = 0
    private var count: Int = 0

    /// The key of `word` (already normalised with the extraction normaliser).
    init(_ word: some StringProtocol) {
        var text = String(word)
        self = text.withUTF8 { WordKey(bytes: $0) }
    }

    /// The key of UTF-8 `bytes`, which must be whole scalars of valid UTF-8 (a slice of a
    /// `String` at scalar boundaries): they are not validated again.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        let raw = UnsafeRawBufferPointer(bytes)
        let n = raw.count
        if n >= 16 {
            head = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
            middle = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            if n > 16 {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for k in 16..<n { hash = (hash ^ UInt64(raw[k])) &* 0x100_0000_01b3 }
                tailHash = hash
            }
        } else if n >= 8 {
            head = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
            middle = Self.partialWord(raw, from: 8, to: n)
        } else {
            head = Self.partialWord(raw, from: 0, to: n)
        }
        count = n
        text = Self.string(validUTF8: bytes)
    }

    /// Bytes `from..<to` (at most 8) as a little-endian integer.
    @inline(__always)
    private static func partialWord(_ raw: UnsafeRawBufferPointer, from: Int, to: Int) -> UInt64 {
        var word: UInt64 = 0
        for k in from..<to { word |= UInt64(raw[k]) << (8 &* UInt64(k &- from)) }
        return word
    }

    /// A `String` of bytes known to be valid UTF-8, without validating them again.
    private static func string(validUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        if #available(macOS 26.0, *) {
            return String(copying: UTF8Span(unchecked: bytes.span))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func == (lhs: WordKey, rhs: WordKey) -> Bool {
        lhs.head == rhs.head && lhs.middle == rhs.middle && lhs.count == rhs.count
            && lhs.tailHash == rhs.tailHash && (lhs.count <= 16 || lhs.text.utf8.elementsEqual(rhs.text.utf8))
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine((head &* 0x9E37_79B9_7F4A_7C15) ^ middle ^ tailHash ^ UInt64(count))
    }

    var description: String { text }
}
