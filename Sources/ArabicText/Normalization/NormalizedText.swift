/// A normalised text with the map back to the original it came from.
///
/// Anything found in ``text`` is reported in ``original`` through the map: as UTF-8 byte
/// ranges, as Unicode-scalar ranges (the unit of the JSON contract) or as `String.Index`
/// ranges.
///
/// ```swift
/// let result = ArabicNormalizer.search.normalize("ذَهَبَ إِلَى المَدْرَسَةِ")
/// result.text                                              // "ذهب الي المدرسه"
/// let range = result.text.range(of: "المدرسه")!
/// result.original[result.originalRange(range)]             // "المَدْرَسَةِ"
/// ```
public struct NormalizedText: Sendable {
    /// The text as given.
    ///
    /// `ArabicNormalizer.search.normalize("كَتَبَ").original` is `"كَتَبَ"`.
    public let original: String
    /// The normalised text.
    ///
    /// `ArabicNormalizer.search.normalize("كَتَبَ").text` is `"كتب"`.
    public let text: String
    /// Normalised UTF-8 offsets → original UTF-8 offsets.
    ///
    /// ```swift
    /// let map = ArabicNormalizer.search.normalize("كَتَبَ").offsetMap   // "كتب"
    /// (map.normalizedUTF8Count, map.originalUTF8Count)                // (6, 12)
    /// ```
    public let offsetMap: OffsetMap
    /// Original UTF-8 offset → Unicode-scalar offset.
    let scalarIndex: ScalarIndex

    init(original: String, text: String, offsetMap: OffsetMap) {
        self.scalarIndex = ScalarIndex(utf8Count: original.utf8.count)
        self.original = original
        self.text = text
        self.offsetMap = offsetMap
    }

    /// Normalised UTF-8 byte range → original UTF-8 byte range.
    ///
    /// ```swift
    /// let r = ArabicNormalizer.search.normalize("كَتَبَ")   // "كتب"
    /// r.originalUTF8Range(fromNormalizedUTF8: 4..<6)        // 8..<12, "بَ" with its fatha
    /// ```
    /// - Complexity: O(log m), m = `offsetMap.segmentCount`.
    public func originalUTF8Range(fromNormalizedUTF8 range: Range<Int>) -> Range<Int> {
        offsetMap.originalUTF8Range(fromNormalizedUTF8: range)
    }

    /// Normalised UTF-8 range → original Unicode-scalar range (the JSON/contract unit).
    ///
    /// ```swift
    /// let r = ArabicNormalizer.search.normalize("كَتَبَ")   // "كتب"
    /// r.originalScalarRange(fromNormalizedUTF8: 4..<6)      // 4..<6: "ب" + fatha
    /// ```
    /// - Complexity: O(log m) plus a scan of at most 255 bytes per bound.
    public func originalScalarRange(fromNormalizedUTF8 range: Range<Int>) -> Range<Int> {
        let utf8 = offsetMap.originalUTF8Range(fromNormalizedUTF8: range)
        return originalScalarRange(fromOriginalUTF8: utf8)
    }

    /// Original UTF-8 range → original Unicode-scalar range; a bound inside a scalar widens
    /// the range to include that scalar.
    ///
    /// ```swift
    /// let r = ArabicNormalizer.search.normalize("بَيت")
    /// r.originalScalarRange(fromOriginalUTF8: 4..<8)         // 2..<4
    /// ```
    /// - Complexity: O(1): a lookup and a scan of at most 255 bytes per bound.
    public func originalScalarRange(fromOriginalUTF8 range: Range<Int>) -> Range<Int> {
        var original = original
        return original.withUTF8 { bytes in
            var lower = range.lowerBound
            while lower > 0 && lower < bytes.count && bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
            let start = scalarIndex.scalarOffset(utf8Offset: lower, in: bytes)
            let end = scalarIndex.scalarOffset(utf8Offset: range.upperBound, in: bytes)
            return start..<max(start, end)
        }
    }

    /// Original UTF-8 offset → original Unicode-scalar offset (scalars starting before it).
    ///
    /// ```swift
    /// let r = ArabicNormalizer.search.normalize("بَيت")   // ب U+064E ي ت, 2 bytes each
    /// r.originalScalarOffset(fromOriginalUTF8: 4)        // 2: "ي" is the third scalar
    /// r.originalScalarOffset(fromOriginalUTF8: 5)        // 3: inside "ي", which counts
    /// ```
    /// - Complexity: O(1): a lookup and a scan of at most 255 bytes.
    public func originalScalarOffset(fromOriginalUTF8 offset: Int) -> Int {
        var original = original
        return original.withUTF8 { scalarIndex.scalarOffset(utf8Offset: offset, in: $0) }
    }

    /// Maps a range of ``text`` to the range of ``original`` it came from (for Swift callers).
    ///
    /// ```swift
    /// let r = ArabicNormalizer.search.normalize("في المَدْرَسَةِ")
    /// let found = r.text.range(of: "مدرسه")!
    /// r.original[r.originalRange(found)]   // "مَدْرَسَةِ"
    /// ```
    /// - Complexity: O(log m) for native strings.
    public func originalRange(_ range: Range<String.Index>) -> Range<String.Index> {
        let utf8 = text.utf8
        let lower = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
        let upper = utf8.distance(from: utf8.startIndex, to: range.upperBound)
        let mapped = offsetMap.originalUTF8Range(fromNormalizedUTF8: lower..<upper)
        let originalUTF8 = original.utf8
        let start = originalUTF8.index(originalUTF8.startIndex, offsetBy: mapped.lowerBound)
        let end = originalUTF8.index(originalUTF8.startIndex, offsetBy: mapped.upperBound)
        return start..<end
    }
}
