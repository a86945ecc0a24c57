/// A span of UTF-8 bytes the lookahead continues into (the original text after an NFKC run).
struct ByteSpan {
    let base: UnsafePointer<UInt8>
    let start: Int
    let end: Int
}

/// One normalisation call: walks UTF-8 once, writes the output and reports units.
///
/// Scalars are decoded by hand from the lead byte (the input is a Swift `String`, so valid
/// UTF-8). U+0000–U+07FF go through the rules' table on a branch-free path (keep, replace and
/// delete differ only in the bytes and the length written); context-dependent scalars,
/// NFKC runs and 3- or 4-byte scalars take slower paths.
struct NormalizationEngine {
    let rules: ScalarRules
    let table: UnsafePointer<UInt32>
    var out: OutputBuffer
    var map: OffsetMapBuilder?
    /// The entry of the last scalar written (its digit / collapsible-space flags matter).
    var previous: UInt32 = 0
    private var scratch16: [UInt16] = []
    private var scratch8: [UInt8] = []

    init(rules: ScalarRules, table: UnsafePointer<UInt32>, capacity: Int, map: OffsetMapBuilder?) {
        self.rules = rules
        self.table = table
        self.map = map
        out = OutputBuffer(capacity: capacity)
    }

    /// Decodes the scalar at `i` (valid UTF-8 assumed).
    @inline(__always)
    static func decode(_ src: UnsafePointer<UInt8>, _ i: Int) -> (scalar: UInt32, length: Int) {
        let b0 = UInt32(src[i])
        if b0 < 0x80 {
            return (b0, 1)
        } else if b0 < 0xE0 {
            return (((b0 & 0x1F) << 6) | (UInt32(src[i + 1]) & 0x3F), 2)
        } else if b0 < 0xF0 {
            return (((b0 & 0x0F) << 12) | ((UInt32(src[i + 1]) & 0x3F) << 6)
                | (UInt32(src[i + 2]) & 0x3F), 3)
        } else {
            return (((b0 & 0x07) << 18) | ((UInt32(src[i + 1]) & 0x3F) << 12)
                | ((UInt32(src[i + 2]) & 0x3F) << 6) | (UInt32(src[i + 3]) & 0x3F), 4)
        }
    }

    /// Normalises `src[start..<end]`, appending to `out` (and to `map` when `M` records).
    ///
    /// `tail` is where lookahead continues past `end` (set inside NFKC runs, whose output
    /// holds no compatibility characters). The hot state lives in locals (registers) and is
    /// written back before the slow paths.
    /// - Complexity: O(n) in `end - start`.
    mutating func process<M: MapMode>(
        _ src: UnsafePointer<UInt8>, from start: Int, to end: Int, tail: ByteSpan?, mode: M.Type
    ) {
        let table = self.table
        var base = out.base
        var o = out.count
        var capacity = out.capacity
        var prev = previous
        var builder: OffsetMapBuilder
        if M.records, let existing = map {
            builder = existing
            map = nil
        } else {
            builder = OffsetMapBuilder.unused
        }
        let lastIndex = end &- 1
        var i = start
        while i < end {
            if o &+ 4 > capacity {
                out.count = o
                out.reserve(4)
                base = out.base
                capacity = out.capacity
            }
            let b0 = UInt32(src[i])
            if b0 < 0xE0 {
                // 1- and 2-byte scalars: one table lookup, then branch-free. (At the last
                // byte, b1 rereads it; it is ASCII then and b1 is ignored.)
                let b1 = UInt32(src[i &+ 1 <= lastIndex ? i &+ 1 : lastIndex])
                let two = b0 >> 7  // 1 for a 2-byte lead (0xC2...0xDF), 0 for ASCII
                let mask = 0 &- two
                let c = ((((b0 & 0x1F) << 6) | (b1 & 0x3F)) & mask) | (b0 & ~mask)
                let length = 1 &+ Int(two)
                var e = table[Int(c)]
                if e & Action.specialMask != 0 {
                    if e & Action.compat != 0 {
                        out.count = o
                        previous = prev
                        let runEnd = compatibilityRun(src, from: i, to: end)
                        if M.records && out.count > o {
                            builder.atomicUnit(norm: o, orig: i)
                        }
                        base = out.base
                        o = out.count
                        capacity = out.capacity
                        prev = previous
                        i = runEnd
                        continue
                    }
                    e = resolveContextual(
                        c, previous: prev, output: base, count: o, src, after: i &+ length, end: end,
                        tail: tail)
                    if e & Action.compose != 0 {
                        // Rewrite the previous output scalar; this mark joins its unit.
                        var at = o &- 1
                        while base[at] & 0xC0 == 0x80 { at &-= 1 }
                        base[at] = UInt8(truncatingIfNeeded: e >> 8)
                        base[at &+ 1] = UInt8(truncatingIfNeeded: e >> 16)
                        o = at &+ Int(e & Action.lengthMask)
                        prev = e
                        if M.records { builder.absorbed() }
                        i &+= length
                        continue
                    }
                }
                // A space after a space is dropped when both carry the collapsible flag.
                let drop = (e & prev & Action.collapsibleSpaceFlag) >> 6
                let written = e & Action.lengthMask & (drop &- 1)  // 0, 1 or 2
                let keptBit = (written | (written >> 1)) & 1
                if M.records {
                    let difference = UInt64(written ^ UInt32(length))
                    builder.scalar(
                        norm: o, orig: i, keptBit: UInt64(keptBit),
                        changedBit: (difference | (0 &- difference)) >> 63)
                }
                let dst = base + o
                dst[0] = UInt8(truncatingIfNeeded: e >> 8)
                dst[1] = UInt8(truncatingIfNeeded: e >> 16)
                o &+= Int(written)
                let keep = 0 &- keptBit
                prev = (e & keep) | (prev & ~keep)
                i &+= length
            } else {
                // 3- and 4-byte scalars.
                let (c, length) = Self.decode(src, i)
                let e = rules.classifier.classify(c)
                if e & Action.compat != 0 {
                    out.count = o
                    previous = prev
                    let runEnd = compatibilityRun(src, from: i, to: end)
                    if M.records && out.count > o {
                        builder.atomicUnit(norm: o, orig: i)
                    }
                    base = out.base
                    o = out.count
                    capacity = out.capacity
                    prev = previous
                    i = runEnd
                    continue
                }
                let dst = base + o
                var written = 0
                if e & Action.copySource != 0 {
                    for k in 0..<length { dst[k] = src[i &+ k] }
                    written = length
                } else if e & Action.lengthMask != 0 && (e & prev & Action.collapsibleSpaceFlag) == 0 {
                    // A space written as U+0020.
                    dst[0] = UInt8(truncatingIfNeeded: e >> 8)
                    dst[1] = UInt8(truncatingIfNeeded: e >> 16)
                    written = Int(e & Action.lengthMask)
                }
                if M.records {
                    builder.scalar(
                        norm: o, orig: i, keptBit: written != 0 ? 1 : 0,
                        changedBit: written != length ? 1 : 0)
                }
                if written != 0 {
                    o &+= written
                    prev = e
                }
                i &+= length
            }
        }
        out.count = o
        previous = prev
        if M.records {
            map = builder
        }
    }

    /// Resolves a contextual entry into a plain entry (possibly with `compose`).
    ///
    /// `output[0..<count]` is the normalised text so far: a combining maddah/hamza composes
    /// with its last scalar.
    private func resolveContextual(
        _ c: UInt32, previous: UInt32, output: UnsafeMutablePointer<UInt8>, count: Int,
        _ src: UnsafePointer<UInt8>, after next: Int, end: Int, tail: ByteSpan?
    ) -> UInt32 {
        let classifier = rules.classifier
        switch c {
        case ArabicScalars.maddahAbove...ArabicScalars.hamzaBelow:
            // stripTashkeel: compose with the letter it belongs to, else delete.
            if count >= 2, output[count - 1] & 0xC0 == 0x80, output[count - 2] & 0xE0 == 0xC0,
                let composed = ArabicScalars.composed(
                    (UInt32(output[count - 2] & 0x1F) << 6) | UInt32(output[count - 1] & 0x3F), c)
            {
                let mapped = Action.scalar(of: rules.entry(composed))
                return Action.writing(mapped, flags: Action.compose)
            }
            return Action.delete
        case ArabicScalars.farsiYeh:
            let following = nextSignificant(src, from: next, to: end, tail: tail, skippingMarks: true)
            let isFinal = following.map { !ArabicScalars.continuesWord($0) } ?? true
            return Action.writing(
                classifier.mapLetter(isFinal ? ArabicScalars.alefMaksura : ArabicScalars.yeh))
        case ArabicScalars.arabicDecimalSeparator, ArabicScalars.arabicThousandsSeparator:
            if previous & Action.digitFlag != 0, nextIsDigit(src, from: next, to: end, tail: tail) {
                return Action.writing(c == ArabicScalars.arabicDecimalSeparator ? 0x2E : 0x2C)
            }
            return Action.writing(c)
        case 0x2E, 0x2C:
            if previous & Action.digitFlag != 0, nextIsDigit(src, from: next, to: end, tail: tail) {
                return Action.writing(
                    c == 0x2E ? ArabicScalars.arabicDecimalSeparator : ArabicScalars.arabicThousandsSeparator)
            }
            return Action.writing(c)
        case 0x25:
            if previous & Action.digitFlag != 0 {
                return Action.writing(ArabicScalars.arabicPercent)
            }
            return Action.writing(c)
        default:
            return Action.writing(c)
        }
    }

    private func nextIsDigit(
        _ src: UnsafePointer<UInt8>, from: Int, to end: Int, tail: ByteSpan?
    ) -> Bool {
        guard let next = nextSignificant(src, from: from, to: end, tail: tail) else { return false }
        return ArabicScalars.digitValue(next) != nil
    }

    /// Whether the options delete `c` outright, or it is a combining hamza/maddah that
    /// composes or is deleted.
    private func vanishes(_ c: UInt32, entry e: UInt32) -> Bool {
        Action.deletes(e)
            || (e & Action.contextual != 0
                && (ArabicScalars.maddahAbove...ArabicScalars.hamzaBelow).contains(c))
    }

    /// The next scalar the options keep (deleted scalars skipped, compatibility characters
    /// seen through NFKC; with `skippingMarks`, Arabic combining marks skipped too), or `nil`
    /// at the end of the text.
    private func nextSignificant(
        _ src: UnsafePointer<UInt8>, from: Int, to end: Int, tail: ByteSpan?,
        skippingMarks: Bool = false
    ) -> UInt32? {
        if let found = firstKept(src, from: from, to: end, skippingMarks: skippingMarks) {
            return found
        }
        if let tail,
            let found = firstKept(tail.base, from: tail.start, to: tail.end, skippingMarks: skippingMarks)
        {
            return found
        }
        return nil
    }

    private func firstKept(
        _ src: UnsafePointer<UInt8>, from: Int, to end: Int, skippingMarks: Bool
    ) -> UInt32? {
        var j = from
        while j < end {
            let (c, length) = Self.decode(src, j)
            j += length
            let e = rules.entry(c)
            if vanishes(c, entry: e) || (skippingMarks && ArabicScalars.isArabicMark(c)) {
                continue
            }
            if e & Action.compat != 0 {
                guard let expanded = try? ICU.nfkc(Self.utf16(of: c)) else { return c }
                for s in Unicode.Scalar.decode(utf16: expanded)
                where !vanishes(s, entry: rules.entry(s)) && !(skippingMarks && ArabicScalars.isArabicMark(s)) {
                    return s
                }
                continue
            }
            return c
        }
        return nil
    }

    static func utf16(of c: UInt32) -> [UInt16] {
        var units = [UInt16]()
        appendUTF16(c, to: &units)
        return units
    }

    static func appendUTF16(_ c: UInt32, to units: inout [UInt16]) {
        if c < 0x10000 {
            units.append(UInt16(c))
        } else {
            let v = c - 0x10000
            units.append(UInt16(0xD800 | (v >> 10)))
            units.append(UInt16(0xDC00 | (v & 0x3FF)))
        }
    }

    static func appendUTF8(_ c: UInt32, to bytes: inout [UInt8]) {
        switch c {
        case 0..<0x80:
            bytes.append(UInt8(c))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (c >> 6)))
            bytes.append(UInt8(0x80 | (c & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (c >> 12)))
            bytes.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (c & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (c >> 18)))
            bytes.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((c >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (c & 0x3F)))
        }
    }

    /// NFKC of the run starting at `start` (compatibility characters and the marks that may
    /// combine with them), then the other options on ICU's output (the caller records it as
    /// one atomic unit). Returns where the run ends.
    private mutating func compatibilityRun(
        _ src: UnsafePointer<UInt8>, from start: Int, to end: Int
    ) -> Int {
        var units = scratch16
        scratch16 = []
        units.removeAll(keepingCapacity: true)
        var j = start
        while j < end {
            let (c, length) = Self.decode(src, j)
            if j == start || rules.entry(c) & Action.compat != 0 || rules.hasNoBoundaryBefore(c) {
                Self.appendUTF16(c, to: &units)
                j += length
            } else {
                break
            }
        }
        if let normalized = try? ICU.nfkc(units) {
            var bytes = scratch8
            scratch8 = []
            bytes.removeAll(keepingCapacity: true)
            for scalar in Unicode.Scalar.decode(utf16: normalized) {
                Self.appendUTF8(scalar, to: &bytes)
            }
            bytes.withUnsafeBufferPointer { buffer in
                if let base = buffer.baseAddress {
                    process(
                        base, from: 0, to: buffer.count,
                        tail: ByteSpan(base: src, start: j, end: end), mode: SkipMap.self)
                }
            }
            scratch8 = bytes
        } else {
            // ICU failed: keep the run as it is.
            out.append(src + start, count: j - start)
            previous = 0
        }
        scratch16 = units
        return j
    }
}

extension Unicode.Scalar {
    /// Decodes UTF-16 code units into scalar values (ill-formed units become U+FFFD).
    static func decode(utf16 units: [UInt16]) -> [UInt32] {
        var result = [UInt32]()
        result.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): result.append(s.value)
            case .emptyInput: break loop
            case .error: result.append(0xFFFD)
            }
        }
        return result
    }
}
