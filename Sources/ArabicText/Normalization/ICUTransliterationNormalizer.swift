/// Normalises text with your own ICU transliteration rules (ICU's `utrans`), for
/// conventions the built-in options do not cover.
///
/// ```swift
/// let normalizer = try ICUTransliterationNormalizer(rules: #"""
///     [\u064B-\u0652] > ;   # delete tashkeel
///     ة > ه ;
///     ى > ي ;
///     """#)
/// try normalizer.normalizedString("مَدْرَسَةٌ عَلَى")   // "مدرسه علي"
/// ```
///
/// This is an opt-in tool, never used by ``ArabicNormalizer``: ICU's transliterator runs at
/// tens of MB/s at best and is quadratic on one large buffer (every deletion shifts the rest
/// of it), so the text is cut into chunks at line breaks — or at spaces inside a long line —
/// and each chunk is transliterated on its own. Rules whose context would reach across a line
/// break or a space at a chunk boundary do not see that context. No offset map is kept.
///
/// The value only holds the rule source and is `Sendable`; each call compiles a
/// transliterator (`utrans_openU`) and closes it, since ICU transliterators are stateful and
/// must not be shared between threads. Use ``normalizedStrings(_:)`` to compile once for many
/// texts.
public struct ICUTransliterationNormalizer: Sendable {
    /// The ICU rule source.
    ///
    /// `try ICUTransliterationNormalizer(rules: "ة > ه ;").rules` is `"ة > ه ;"`.
    public let rules: String
    /// Chunks are at most this many UTF-16 code units long (unless a line has no space to
    /// cut at, in which case it is cut anyway, never inside a surrogate pair).
    ///
    /// ```swift
    /// let n = try ICUTransliterationNormalizer(rules: "ة > ه ;", chunkLength: 16)
    /// try n.normalizedString("مدرسة جميلة في المدينة المنورة")   // "مدرسه جميله في المدينه المنوره"
    /// ```
    public let chunkLength: Int

    /// Compiles `rules` once to check them.
    ///
    /// ```swift
    /// let n = try ICUTransliterationNormalizer(rules: "ک > ك ; ی > ي ;")
    /// ```
    /// - Throws: ``ICUTransliterationRuleError`` with ICU's status and the position of the
    ///   error in the rules.
    public init(rules: String, chunkLength: Int = 4096) throws(ICUTransliterationRuleError) {
        precondition(chunkLength >= 16, "chunks must be at least 16 UTF-16 units long")
        _ = try ICUTransliterator(id: "ArabicText-user", rules: rules)
        self.rules = rules
        self.chunkLength = chunkLength
    }

    /// Transliterates `text` chunk by chunk.
    ///
    /// ```swift
    /// try ICUTransliterationNormalizer(rules: "ة > ه ;").normalizedString("مدرسة")   // "مدرسه"
    /// ```
    /// - Complexity: O(n) chunks of bounded length (each costs what ICU costs on it).
    /// - Throws: ``ICUError`` if ICU fails while transliterating.
    public func normalizedString(_ text: String) throws(ICUError) -> String {
        try normalizedStrings([text])[0]
    }

    /// Transliterates several texts with one compiled transliterator.
    ///
    /// ```swift
    /// try ICUTransliterationNormalizer(rules: "ى > ي ;").normalizedStrings(["على", "إلى"])
    /// // ["علي", "إلي"]
    /// ```
    /// - Throws: ``ICUError`` if ICU fails while transliterating.
    public func normalizedStrings(_ texts: [String]) throws(ICUError) -> [String] {
        let transliterator: ICUTransliterator
        do {
            transliterator = try ICUTransliterator(id: "ArabicText-user", rules: rules)
        } catch {
            throw error.icu
        }
        var results: [String] = []
        results.reserveCapacity(texts.count)
        for text in texts {
            let units = Array(text.utf16)
            var output: [UInt16] = []
            output.reserveCapacity(units.count)
            var start = 0
            while start < units.count {
                let end = Self.chunkEnd(units, from: start, maximumLength: chunkLength)
                output += try transliterator.transliterate(Array(units[start..<end]))
                start = end
            }
            results.append(String(decoding: output, as: UTF16.self))
        }
        return results
    }

    /// Where the chunk starting at `start` ends: after the last line break in range, else
    /// after the last space, else at the limit (not inside a surrogate pair).
    static func chunkEnd(_ units: [UInt16], from start: Int, maximumLength: Int) -> Int {
        let limit = start + maximumLength
        guard limit < units.count else { return units.count }
        let newline: UInt16 = 0x0A
        let space: UInt16 = 0x20
        var k = limit
        while k > start + 1 && units[k - 1] != newline { k -= 1 }
        if k > start + 1 { return k }
        k = limit
        while k > start + 1 && units[k - 1] != space { k -= 1 }
        if k > start + 1 { return k }
        // A high surrogate must stay with its low surrogate.
        return (0xD800...0xDBFF).contains(units[limit - 1]) ? limit - 1 : limit
    }
}
