/// Maps byte offsets of a normalised text back to the original it came from, and forth.
///
/// The map follows units. Every original scalar that is kept or replaced is a unit (its
/// normalised bytes ↔ its original bytes); a deleted scalar (tashkeel, tatweel, a control, a
/// collapsed space) belongs to the unit before it — or, at the very start of the text, to the
/// unit after it —; an NFKC run (say `ﷺ`) is one atomic unit: every byte of its output maps
/// to the whole original run. Units tile both texts in order, so the map is monotonic.
///
/// Storage is sparse: a list of segment starts (normalised offset, original offset), found
/// by binary search. A new segment starts only after a scalar that did not map byte for byte
/// (it was deleted or changed length), so runs of unchanged or same-length units are one
/// linear segment; inside a segment offsets map linearly, and a segment's end maps to the
/// start of the next segment that is not empty in the normalised text — which is how the
/// last unit of a segment takes the deletions it absorbed (a run of deleted scalars leaves
/// empty segments between). NFKC runs, and scalars written longer than they were (an ASCII digit written
/// as an Arabic-Indic one), are atomic segments. Offsets are UTF-8 bytes; ``NormalizedText``
/// converts them to Unicode scalars and `String.Index`. Fully vocalised text needs about one
/// entry per five bytes of the original; a long run of deletions costs one or two.
///
/// ```swift
/// let result = ArabicNormalizer.search.normalize("كَتَبَ")   // text: "كتب"
/// result.offsetMap.originalUTF8Range(fromNormalizedUTF8: 4..<6)   // 8..<12: "بَ"
/// ```
///
/// Ranges are expected on scalar boundaries of the normalised text; a bound inside a
/// multi-byte scalar maps to a byte inside the corresponding original scalar (inside an NFKC
/// unit, to the whole unit). Texts up to 2 GiB (original) and 4 GiB (normalised) are
/// supported.
public struct OffsetMap: Sendable, Hashable {
    /// Segment starts: normalised offset in the high 32 bits, original offset in the low 31
    /// bits, and an atomic flag in bit 31. Sorted by both offsets (a normalised offset repeats
    /// for empty segments). A segment ends where the next one starts (or at the end of both
    /// texts).
    let entries: OffsetMapEntries

    /// UTF-8 length of the normalised text.
    ///
    /// `ArabicNormalizer.search.normalize("كَتَبَ").offsetMap.normalizedUTF8Count` is 6 (`"كتب"`).
    public let normalizedUTF8Count: Int
    /// UTF-8 length of the original text.
    ///
    /// `ArabicNormalizer.search.normalize("كَتَبَ").offsetMap.originalUTF8Count` is 12 (`"كَتَبَ"`).
    public let originalUTF8Count: Int

    init(entries: OffsetMapStorage, normalizedUTF8Count: Int, originalUTF8Count: Int) {
        self.entries = OffsetMapEntries(storage: entries)
        self.normalizedUTF8Count = normalizedUTF8Count
        self.originalUTF8Count = originalUTF8Count
    }

    /// The map of a text left unchanged.
    ///
    /// ```swift
    /// OffsetMap(identityUTF8Count: 6).originalUTF8Range(fromNormalizedUTF8: 2..<4)   // 2..<4
    /// ArabicNormalizer.search.normalize("سلام").offsetMap == OffsetMap(identityUTF8Count: 8)   // true
    /// ```
    public init(identityUTF8Count count: Int) {
        precondition(count >= 0 && count < 1 << 31, "text too large for an OffsetMap")
        entries = OffsetMapEntries(
            storage: OffsetMapStorage.make(count == 0 ? [] : [Self.pack(norm: 0, orig: 0, atomic: false)]))
        normalizedUTF8Count = count
        originalUTF8Count = count
    }

    @inline(__always)
    static func pack(norm: Int, orig: Int, atomic: Bool) -> UInt64 {
        precondition(orig < 1 << 31 && norm < 1 << 32, "text too large for an OffsetMap")
        return packUnchecked(norm: norm, orig: orig, atomic: atomic)
    }

    /// `pack` for offsets already known to fit (the normaliser checks the sizes once).
    @inline(__always)
    static func packUnchecked(norm: Int, orig: Int, atomic: Bool) -> UInt64 {
        UInt64(truncatingIfNeeded: norm) << 32 | UInt64(truncatingIfNeeded: orig)
            | (atomic ? atomicFlag : 0)
    }

    /// Marks an atomic segment (an entry's bit 31, above the original offset).
    static let atomicFlag: UInt64 = 1 << 31

    /// Largest original text a map can describe, in UTF-8 bytes.
    static let maximumOriginalUTF8Count = (1 << 31) - 1
    /// Largest normalised text a map can describe, in UTF-8 bytes.
    static let maximumNormalizedUTF8Count = (1 << 32) - 1

    @inline(__always) private func norm(_ k: Int) -> Int { Int(truncatingIfNeeded: entries[k] >> 32) }
    @inline(__always) private func orig(_ k: Int) -> Int {
        Int(truncatingIfNeeded: entries[k] & 0x7FFF_FFFF)
    }
    @inline(__always) private func isAtomic(_ k: Int) -> Bool { entries[k] & Self.atomicFlag != 0 }
    private func normEnd(_ k: Int) -> Int { k + 1 < entries.count ? norm(k + 1) : normalizedUTF8Count }
    /// Where segment `k` ends in the original: at the start of the next segment that is not
    /// empty in the normalised text (the empty ones between hold deletions that the last unit
    /// of `k` absorbed).
    private func origEnd(_ k: Int) -> Int {
        var j = k + 1
        guard j < entries.count else { return originalUTF8Count }
        let next = norm(j)
        while j + 1 < entries.count && norm(j + 1) == next { j += 1 }
        return orig(j)
    }

    /// Two maps are equal when they map every position the same way.
    ///
    /// ```swift
    /// let search = ArabicNormalizer.search
    /// search.normalize("كَتَبَ").offsetMap == search.normalize("دَرَسَ").offsetMap   // true
    /// search.normalize("كَتَبَ").offsetMap == search.normalize("كتب").offsetMap     // false
    /// ```
    public static func == (lhs: OffsetMap, rhs: OffsetMap) -> Bool {
        lhs.normalizedUTF8Count == rhs.normalizedUTF8Count
            && lhs.originalUTF8Count == rhs.originalUTF8Count
            && lhs.entries.elementsEqual(rhs.entries)
    }

    /// Hashes the map's segments.
    ///
    /// ```swift
    /// let search = ArabicNormalizer.search
    /// Set(["كَتَبَ", "دَرَسَ", "كتب"].map { search.normalize($0).offsetMap }).count   // 2
    /// ```
    public func hash(into hasher: inout Hasher) {
        hasher.combine(normalizedUTF8Count)
        hasher.combine(originalUTF8Count)
        entries.hash(into: &hasher)
    }

    /// Number of stored segments (linear runs, atomic units and the empty segments inside runs
    /// of deletions): the map's size.
    ///
    /// ```swift
    /// ArabicNormalizer.search.normalize("كتب").offsetMap.segmentCount     // 1
    /// ArabicNormalizer.search.normalize("كَتَبَ").offsetMap.segmentCount   // 3
    /// ```
    public var segmentCount: Int { entries.count }

    /// Whether the map is the identity: every byte maps to the same offset (the text kept
    /// its length everywhere, though same-length replacements such as `ى` → `ي` may have
    /// happened).
    public var isIdentity: Bool {
        normalizedUTF8Count == originalUTF8Count
            && (entries.isEmpty || (entries.count == 1 && entries[0] == 0))
    }

    /// Index of the segment holding normalised byte `p` (0 ≤ p < normalizedUTF8Count).
    private func segment(normalized p: Int) -> Int {
        let key = UInt64(truncatingIfNeeded: p) << 32 | 0xFFFF_FFFF
        var low = 0
        var high = entries.count  // first entry > key
        while low < high {
            let mid = (low + high) >> 1
            if entries[mid] <= key { low = mid + 1 } else { high = mid }
        }
        return low - 1
    }

    /// Index of the segment holding original byte `p` (0 ≤ p < originalUTF8Count).
    private func segment(original p: Int) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let mid = (low + high) >> 1
            if orig(mid) <= p { low = mid + 1 } else { high = mid }
        }
        return low - 1
    }

    /// The original UTF-8 range a normalised UTF-8 range came from.
    ///
    /// The start is the start of the unit holding `range.lowerBound`, the end is the end of
    /// the unit holding `range.upperBound - 1` (so deletions absorbed by that unit, such as
    /// trailing tashkeel, are included; at offset 0 the leading deletions are included too).
    /// An empty range maps to an empty range at the start of the unit at that position (or
    /// at the end of the original).
    ///
    /// ```swift
    /// // "أَحْمَد" → search → "احمد": bytes 0..<2 ("ا") ← 0..<4 ("أَ")
    /// ```
    /// - Complexity: O(log m), m = ``segmentCount``.
    public func originalUTF8Range(fromNormalizedUTF8 range: Range<Int>) -> Range<Int> {
        precondition(
            range.lowerBound >= 0 && range.upperBound <= normalizedUTF8Count,
            "range out of the normalised text")
        let start = originalUTF8Offset(fromNormalizedUTF8: range.lowerBound)
        if range.isEmpty {
            return start..<start
        }
        let upper = range.upperBound
        let k = segment(normalized: upper - 1)
        let end: Int
        if isAtomic(k) || upper == normEnd(k) {
            end = origEnd(k)
        } else {
            end = orig(k) + (upper - norm(k))
        }
        return start..<max(start, end)
    }

    /// The original UTF-8 offset where the unit at normalised offset `offset` starts
    /// (0 at 0, `originalUTF8Count` at the end of the normalised text).
    ///
    /// ```swift
    /// let map = ArabicNormalizer.search.normalize("كَتَبَ").offsetMap   // "كتب"
    /// map.originalUTF8Offset(fromNormalizedUTF8: 2)                   // 4: "ت" in "كَتَبَ"
    /// map.originalUTF8Offset(fromNormalizedUTF8: 6)                   // 12
    /// ```
    /// - Complexity: O(log m).
    public func originalUTF8Offset(fromNormalizedUTF8 offset: Int) -> Int {
        precondition(offset >= 0 && offset <= normalizedUTF8Count, "offset out of the normalised text")
        if offset == normalizedUTF8Count { return originalUTF8Count }
        if offset == 0 { return 0 }
        let k = segment(normalized: offset)
        return isAtomic(k) ? orig(k) : orig(k) + (offset - norm(k))
    }

    /// The normalised UTF-8 range an original UTF-8 range became: from the start of the unit
    /// holding `range.lowerBound` to the end of the unit holding `range.upperBound - 1`.
    /// Deleted text belongs to the unit before it, so a range starting inside deleted text
    /// starts at the next unit, and a range made only of deleted text maps to an empty range
    /// (or to the unit that absorbed it, when it ends inside a unit's deletions).
    ///
    /// ```swift
    /// // "كَتَبَ" → search → "كتب": original 8..<12 ("بَ") → 4..<6 ("ب")
    /// ```
    /// - Complexity: O(log m).
    public func normalizedUTF8Range(fromOriginalUTF8 range: Range<Int>) -> Range<Int> {
        precondition(
            range.lowerBound >= 0 && range.upperBound <= originalUTF8Count,
            "range out of the original text")
        guard !entries.isEmpty else { return 0..<0 }
        let start: Int
        let p = range.lowerBound
        if p >= originalUTF8Count {
            start = normalizedUTF8Count
        } else {
            let k = segment(original: p)
            if k < 0 {
                start = 0
            } else if isAtomic(k) {
                start = p == orig(k) ? norm(k) : normEnd(k)
            } else {
                start = min(norm(k) + (p - orig(k)), normEnd(k))
            }
        }
        if range.isEmpty {
            return start..<start
        }
        let last = range.upperBound - 1
        let k = segment(original: last)
        let end: Int
        if k < 0 {
            end = 0
        } else if isAtomic(k) {
            end = normEnd(k)
        } else {
            end = min(norm(k) + (last - orig(k)) + 1, normEnd(k))
        }
        return start..<max(start, end)
    }
}
