/// A document prepared for the extractors: normalised once, tokenised once, with a way back to the original.
///
/// Extractors match on ``text`` (the ``NormalizationOptions/extraction`` form: no tashkeel or
/// tatweel, one alef, ي for ى, ه for ة, ASCII digits) and report spans in the original.
///
/// ```swift
/// let analysis = TextAnalysis("بوزارةِ العمل")
/// analysis.text            // "بوزاره العمل"
/// analysis.word(0)         // "بوزاره"
/// ```
public struct TextAnalysis: Sendable {
    /// The normalised text with its offset map back to the original.
    ///
    /// ```swift
    /// let analysis = TextAnalysis("بوزارةِ العمل")   // text "بوزاره العمل"
    /// analysis.normalized.originalScalarRange(fromNormalizedUTF8: analysis.tokens[0].utf8Range)
    /// // 0..<7: "بوزارةِ" with its kasra
    /// ```
    public let normalized: NormalizedText
    /// Tokens of the normalised text (``Token/utf8Range`` is into ``text``).
    ///
    /// ```swift
    /// TextAnalysis("بوزارةِ العمل").tokens.map(\.utf8Range)   // [0..<12, 13..<23] in "بوزاره العمل"
    /// ```
    public let tokens: [Token]
    /// The day relative dates resolve against, when known.
    ///
    /// ```swift
    /// let reference = CalendarDate(year: 2026, month: 11, day: 28)
    /// TextAnalysis("وصل الوفد أمس", referenceDate: reference).referenceDate   // 2026-11-28
    /// // so the date extractor resolves أمس to 2026-11-27
    /// ```
    public let referenceDate: CalendarDate?
    /// The normalised text of each token as a fast dictionary key.
    let keys: [WordKey]
    /// A ``WordFingerprint`` of each token's normalised bytes.
    let fingerprints: [UInt64]
    /// Proclitic splits of every token, flat; token `i`'s are `procliticSplits[splitStarts[i]..<splitStarts[i + 1]]`.
    let procliticSplits: [ProcliticSplit]
    let splitStarts: [Int32]
    /// Whether a line break separates token `i` from token `i - 1`.
    let lineBreakBefore: [Bool]

    /// Analyses `original` with the extraction normaliser.
    ///
    /// ```swift
    /// TextAnalysis("ذهب إلى المدرسة").text                          // "ذهب الي المدرسه"
    /// TextAnalysis("إلى  المدرسة", normalizer: .display).text      // "إلى  المدرسة"
    /// ```
    /// - Complexity: O(n) in the length of `original`.
    public init(_ original: String, referenceDate: CalendarDate? = nil, normalizer: ArabicNormalizer = .extraction) {
        let normalized = normalizer.normalize(original)
        self.normalized = normalized
        self.referenceDate = referenceDate
        let text = normalized.text
        let tokens = Tokenizer().tokens(in: text)
        self.tokens = tokens
        var keys: [WordKey] = []
        var fingerprints: [UInt64] = []
        var breaks: [Bool] = []
        var splits: [ProcliticSplit] = []
        var splitStarts: [Int32] = []
        keys.reserveCapacity(tokens.count)
        fingerprints.reserveCapacity(tokens.count)
        breaks.reserveCapacity(tokens.count)
        splitStarts.reserveCapacity(tokens.count + 1)
        var copy = text
        copy.withUTF8 { bytes in
            var previousEnd = 0
            for token in tokens {
                var hasBreak = false
                for i in previousEnd..<token.utf8Range.lowerBound where bytes[i] == 0x0A || bytes[i] == 0x0D {
                    hasBreak = true
                    break
                }
                breaks.append(hasBreak)
                let wordBytes = UnsafeBufferPointer(rebasing: bytes[token.utf8Range])
                let key = WordKey(bytes: wordBytes)
                keys.append(key)
                fingerprints.append(key.fingerprint)
                splitStarts.append(Int32(splits.count))
                if token.kind == .arabicWord {
                    ProcliticSplit.append(splitsOf: wordBytes, to: &splits)
                }
                previousEnd = token.utf8Range.upperBound
            }
        }
        splitStarts.append(Int32(splits.count))
        self.keys = keys
        self.fingerprints = fingerprints
        self.procliticSplits = splits
        self.splitStarts = splitStarts
        self.lineBreakBefore = breaks
    }

    /// The original text, as the caller gave it.
    ///
    /// `TextAnalysis("بوزارةِ العمل").original` is `"بوزارةِ العمل"`.
    public var original: String { normalized.original }

    /// The normalised text the extractors match on.
    ///
    /// `TextAnalysis("بوزارةِ العمل").text` is `"بوزاره العمل"`.
    public var text: String { normalized.text }

    /// The normalised text of token `index`.
    ///
    /// `TextAnalysis("بوزارةِ العمل").word(0)` is `"بوزاره"`, `word(1)` is `"العمل"`.
    public func word(_ index: Int) -> String { keys[index].text }

    /// The normalised text of token `index` as a fast dictionary key.
    func key(_ index: Int) -> WordKey { keys[index] }

    /// The ways token `index` splits into a proclitic (و ف ب ك ل لل, and و/ف + ب ك ل) and a stem,
    /// the whole word excluded. `بوزاره` → (2, وزاره); `للدوله` → (4, الدوله).
    func splits(_ index: Int) -> ArraySlice<ProcliticSplit> {
        procliticSplits[Int(splitStarts[index])..<Int(splitStarts[index + 1])]
    }

    /// The kind of token `index`, or `nil` past either end.
    func kind(_ index: Int) -> TokenKind? {
        index >= 0 && index < tokens.count ? tokens[index].kind : nil
    }

    /// Whether a line break lies between tokens `index - 1` and `index`.
    func hasLineBreak(before index: Int) -> Bool {
        index > 0 && index < tokens.count && lineBreakBefore[index]
    }

    /// Whether tokens `a` and `b` (a < b) are adjacent, with only spaces between them.
    func isAdjacent(_ a: Int, _ b: Int) -> Bool {
        b == a + 1 && !lineBreakBefore[b]
    }

    /// The UTF-8 range in ``text`` of tokens `range`, less `dropLeadingBytes` of the first token (a proclitic).
    func normalizedRange(tokens range: Range<Int>, dropLeadingBytes: Int = 0) -> Range<Int> {
        let lower = tokens[range.lowerBound].utf8Range.lowerBound + dropLeadingBytes
        return lower..<tokens[range.upperBound - 1].utf8Range.upperBound
    }

    /// An entity for normalised UTF-8 range `range`, with its original offsets and text.
    func entity(
        _ type: EntityType, normalizedRange range: Range<Int>, rule: String, value: EntityValue? = nil,
        qualifier: CountQualifier? = nil, unit: String? = nil, role: TitleRole? = nil, canonical: String? = nil
    ) -> Entity {
        let utf8 = normalized.originalUTF8Range(fromNormalizedUTF8: range)
        let scalars = normalized.originalScalarRange(fromOriginalUTF8: utf8)
        return Entity(
            type: type, start: scalars.lowerBound, end: scalars.upperBound, text: originalText(utf8: utf8),
            value: value, qualifier: qualifier, unit: unit, role: role, canonical: canonical, rule: rule)
    }

    /// An entity spanning tokens `range`, less a proclitic of `dropLeadingBytes` on the first token.
    func entity(
        _ type: EntityType, tokens range: Range<Int>, dropLeadingBytes: Int = 0, rule: String,
        value: EntityValue? = nil, qualifier: CountQualifier? = nil, unit: String? = nil,
        role: TitleRole? = nil, canonical: String? = nil
    ) -> Entity {
        entity(
            type, normalizedRange: normalizedRange(tokens: range, dropLeadingBytes: dropLeadingBytes), rule: rule,
            value: value, qualifier: qualifier, unit: unit, role: role, canonical: canonical)
    }

    /// The original text of tokens `range` (for `unit` and similar values "as written").
    func originalText(tokens range: Range<Int>, dropLeadingBytes: Int = 0) -> String {
        originalText(utf8: normalized.originalUTF8Range(
            fromNormalizedUTF8: normalizedRange(tokens: range, dropLeadingBytes: dropLeadingBytes)))
    }

    /// The original text of original UTF-8 range `range`.
    func originalText(utf8 range: Range<Int>) -> String {
        let utf8 = original.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        return String(original[lower..<upper])
    }
}
