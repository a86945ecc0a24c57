/// Splits text into words, numbers, punctuation and symbols, keeping each token's place in the text.
///
/// One pass over the UTF-8 bytes, no allocation per token. A word keeps its tashkeel, tatweel
/// and ZWNJ; a number keeps its separators (`12,345.67`, `٣٫٥`, `١٬٠٠٠`), and a numeric date is
/// one number token (`28/11/2026`, `2026-11-28`); a clitic و before digits is its own word.
///
/// ```swift
/// let tokens = Tokenizer().tokens(in: "نما الاقتصاد ٣٫٥٪ عام ۲۰۲۳، و12,345.67 دولارًا")
/// // نما | الاقتصاد | ٣٫٥ | ٪ | عام | ۲۰۲۳ | ، | و | 12,345.67 | دولارًا
/// ```
///
/// Texts up to 4 GiB of UTF-8 are supported (token offsets are stored in 32 bits).
///
/// Separators (`. , ٫ ٬ / - :`) belong to a number only between two digits; a number token can
/// therefore be a year range (`2020-2024`) or a time (`10:30`) — the extractors read those.
public struct Tokenizer: Sendable {
    /// Creates a tokeniser.
    ///
    /// ```swift
    /// let tokenizer = Tokenizer()
    /// tokenizer.tokens(in: "في عمان").count   // 2
    /// ```
    public init() {}

    /// All tokens of `text`, in order.
    ///
    /// ```swift
    /// let tokens = Tokenizer().tokens(in: "في عُمان")   // في | عُمان
    /// tokens.map(\.utf8Range)                         // [0..<4, 5..<15]
    /// tokens.map(\.scalarRange)                       // [0..<2, 3..<8]
    /// ```
    /// - Complexity: O(n) in the UTF-8 length of `text`; one array allocation.
    public func tokens(in text: String) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(text.utf8.count / 6 + 4)
        // Tokens are gathered in a small stack buffer and appended in blocks: one capacity
        // check per block instead of one per token.
        withUnsafeTemporaryAllocation(of: Token.self, capacity: Self.blockSize) { block in
            let base = block.baseAddress!
            var count = 0
            forEachToken(in: text) { token in
                (base + count).initialize(to: token)
                count &+= 1
                if count == Self.blockSize {
                    result.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
                    count = 0
                }
            }
            result.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        }
        return result
    }

    /// Tokens per block appended to the array by ``tokens(in:)``: 960 bytes, which Swift keeps on
    /// the stack (a larger temporary allocation goes to the heap).
    private static let blockSize = 48

    /// Calls `body` with every token of `text`, in order, without allocating.
    ///
    /// ```swift
    /// let text = "وزارة العمل، 2024"
    /// Tokenizer().forEachToken(in: text) { print($0.kind, $0.text(in: text)) }
    /// // arabic_word وزارة
    /// // arabic_word العمل
    /// // punctuation ،
    /// // number 2024
    /// ```
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func forEachToken(in text: String, _ body: (Token) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            precondition(bytes.count <= Token.maximumUTF8Count, "text too large to tokenise (4 GiB maximum)")
            Self.scan(bytes, body)
        }
    }

    /// The number of tokens of each kind in `text`, like `wc` for tokens.
    ///
    /// `"وزارة العمل، 2024"` → 2 Arabic words, 1 punctuation, 1 number.
    public func counts(in text: String) -> TokenCounts {
        var counts = TokenCounts()
        forEachToken(in: text) { counts.add($0.kind) }
        return counts
    }

    // MARK: - The scanner

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Token) -> Void) {
        CharacterClasses.ascii.withUnsafeBufferPointer { asciiTable in
            CharacterClasses.arabic.withUnsafeBufferPointer { arabicTable in
                var scanner = Scanner(bytes: bytes, ascii: asciiTable, arabic: arabicTable)
                scanner.run(body)
            }
        }
    }
}

/// How many tokens of each kind a text has.
///
/// ```swift
/// let counts = Tokenizer().counts(in: "وزارة العمل، 2024")
/// (counts[.arabicWord], counts[.punctuation], counts[.number])   // (2, 1, 1)
/// ```
public struct TokenCounts: Sendable, Hashable {
    private var byKind = [Int](repeating: 0, count: TokenKind.allCases.count)

    /// Creates empty counts.
    ///
    /// ```swift
    /// var all = TokenCounts()                                      // total 0
    /// for line in ["وزارة العمل،", "2024"] { all.add(Tokenizer().counts(in: line)) }
    /// all.total                                                    // 4
    /// ```
    public init() {}

    /// The number of tokens of `kind`.
    ///
    /// `Tokenizer().counts(in: "وزارة العمل، 2024")[.arabicWord]` is 2.
    public subscript(kind: TokenKind) -> Int { byKind[Int(kind.rawValue)] }

    /// The number of tokens of every kind.
    ///
    /// `Tokenizer().counts(in: "وزارة العمل، 2024").total` is 4.
    public var total: Int { byKind.reduce(0, +) }

    /// Counts one more token of `kind`.
    ///
    /// ```swift
    /// var counts = Tokenizer().counts(in: "وزارة العمل")   // 2 Arabic words
    /// counts.add(.number, count: 2)
    /// (counts[.number], counts.total)                     // (2, 4)
    /// ```
    public mutating func add(_ kind: TokenKind, count: Int = 1) { byKind[Int(kind.rawValue)] += count }

    /// Adds the counts of `other`.
    ///
    /// ```swift
    /// var counts = Tokenizer().counts(in: "وزارة العمل،")   // 2 words, 1 punctuation
    /// counts.add(Tokenizer().counts(in: "2024"))
    /// counts == Tokenizer().counts(in: "وزارة العمل، 2024")   // true
    /// ```
    public mutating func add(_ other: TokenCounts) {
        for kind in TokenKind.allCases { add(kind, count: other[kind]) }
    }
}

/// The tokeniser's state machine over one UTF-8 buffer.
private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let ascii: UnsafeBufferPointer<CharacterClass>
    let arabic: UnsafeBufferPointer<CharacterClass>
    /// Byte offset of the next scalar.
    var offset = 0
    /// Scalar offset of the next scalar.
    var scalarOffset = 0

    init(bytes: UnsafeBufferPointer<UInt8>, ascii: UnsafeBufferPointer<CharacterClass>, arabic: UnsafeBufferPointer<CharacterClass>) {
        self.bytes = bytes
        self.ascii = ascii
        self.arabic = arabic
    }

    /// The scalar at byte `i` and its length in bytes. `bytes` is valid UTF-8 (it comes from a `String`).
    @inline(__always)
    func decode(at i: Int) -> (scalar: UInt32, length: Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0 {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if b0 < 0xF0 {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        let s = (UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
            | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F)
        return (s, 4)
    }

    @inline(__always)
    func classify(_ scalar: UInt32) -> CharacterClass {
        if scalar < 0x80 { return ascii[Int(scalar)] }
        let arabicIndex = scalar &- 0x0600
        if arabicIndex < 0x100 { return arabic[Int(arabicIndex)] }
        return CharacterClasses.classify(nonASCII: scalar)
    }

    /// Class and length of the scalar at byte `i`, or `nil` at the end.
    @inline(__always)
    func peek(at i: Int) -> (cls: CharacterClass, scalar: UInt32, length: Int)? {
        guard i < bytes.count else { return nil }
        let (scalar, length) = decode(at: i)
        return (classify(scalar), scalar, length)
    }

    mutating func run(_ body: (Token) -> Void) {
        while let (cls, scalar, length) = peek(at: offset) {
            let start = offset
            let scalarStart = scalarOffset
            offset += length
            scalarOffset += 1
            let kind: TokenKind
            switch cls {
            case .space, .format:
                continue
            case .digit:
                continueNumber()
                kind = .number
            case .arabicLetter:
                continueArabicWord()
                kind = .arabicWord
            case .latinLetter:
                continueWord { $0 == .latinLetter || $0 == .digit }
                kind = .latinWord
            case .otherLetter:
                continueWord { $0 == .otherLetter }
                kind = .other
            case .mark:
                // A mark with no letter before it: part of a word of its own script.
                let isArabic = (0x0600...0x08FF).contains(scalar) || (0xFB50...0xFEFC).contains(scalar)
                continueWord { isArabic ? $0 == .arabicLetter : $0 == .latinLetter }
                kind = isArabic ? .arabicWord : .other
            case .punctuation, .numberSeparator:
                kind = .punctuation
            case .symbol:
                kind = .symbol
            }
            body(Token(kind: kind, utf8Start: start, utf8End: offset, scalarStart: scalarStart, scalarEnd: scalarOffset))
        }
    }

    /// Consumes the rest of an Arabic word: letters and marks of the Arabic block (U+0600–U+06FF,
    /// two UTF-8 bytes with lead byte D8–DB) by a byte loop, anything else through ``continueWord(_:)``.
    @inline(__always)
    mutating func continueArabicWord() {
        let end = bytes.count &- 1
        while offset < end {
            let lead = bytes[offset]
            guard lead & 0xFC == 0xD8 else { break }
            let cls = arabic[Int(lead & 0x03) &<< 6 | Int(bytes[offset &+ 1] & 0x3F)]
            guard cls == .arabicLetter || cls == .mark else { break }
            offset &+= 2
            scalarOffset &+= 1
        }
        continueWord { $0 == .arabicLetter }
    }

    /// Consumes letters accepted by `isLetter`, marks, and format controls followed by either.
    @inline(__always)
    mutating func continueWord(_ isLetter: (CharacterClass) -> Bool) {
        while let (cls, _, length) = peek(at: offset) {
            if isLetter(cls) || cls == .mark {
                offset += length
                scalarOffset += 1
            } else if cls == .format {
                // ZWNJ, tatweel-like joiners and bidi marks stay inside a word only when it goes on.
                var probe = offset + length
                var skipped = 1
                while let next = peek(at: probe), next.cls == .format {
                    probe += next.length
                    skipped += 1
                }
                guard let next = peek(at: probe), isLetter(next.cls) || next.cls == .mark else { return }
                offset = probe
                scalarOffset += skipped
            } else {
                return
            }
        }
    }

    /// Consumes digits, and separators that stand between two digits.
    @inline(__always)
    mutating func continueNumber() {
        while let (cls, _, length) = peek(at: offset) {
            if cls == .digit {
                offset += length
                scalarOffset += 1
            } else if cls == .numberSeparator, let next = peek(at: offset + length), next.cls == .digit {
                offset += length + next.length
                scalarOffset += 2
            } else {
                return
            }
        }
    }
}
