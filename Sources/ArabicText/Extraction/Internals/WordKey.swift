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

    /// The key of UTF-8 `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            if i < 8 {
                head |= UInt64(byte) << (8 &* UInt64(i))
            } else if i < 16 {
                middle |= UInt64(byte) << (8 &* UInt64(i - 8))
            } else {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            i += 1
        }
        count = i
        if i > 16 { tailHash = hash }
        text = String(decoding: bytes, as: UTF8.self)
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
