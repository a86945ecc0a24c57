/// A span of UTF-8 bytes the lookahead continues into (the original text after an NFKC run).
struct ByteSpan {
    let base: UnsafePointer<UInt8>
    let start: Int
    let end: Int
}

/// Whether spaces collapse (a compile-time switch, like `MapMode`).
protocol CollapseMode {
    static var collapses: Bool { get }
}

enum CollapseSpaces: CollapseMode {
    static var collapses: Bool { true }
}

enum KeepSpaces: CollapseMode {
    static var collapses: Bool { false }
}

/// One normalisation call: walks UTF-8 once, writes the output and reports units.
///
/// The input is a Swift `String`, so valid UTF-8. The walk goes by chunks of at most
/// ``chunkSize`` bytes: before a chunk, room is made in the output and the map for the whole
/// chunk, so the inner loop checks nothing. The inner loop looks up every 1- and 2-byte
/// scalar by its first two bytes in the rules' fast table and applies keep / replace /
/// delete without branching (letters and deleted marks alternate unpredictably); anything
/// else — context-dependent scalars, NFKC runs, 3- and 4-byte scalars — leaves it for
/// ``slowStep(_:at:end:tail:builder:mode:collapse:)``. The text's last byte, which a two-byte
/// read would overrun, can only be an ASCII scalar and takes the same ASCII step. After every
/// scalar the map builder hears where the next one starts (see ``OffsetMapBuilder``).
///
/// There is no "previous scalar" state: rules that look back (collapsing spaces, number
/// punctuation, hamza composition) read the output written so far. The output buffer keeps
/// one NUL byte before its start so that reading "the byte before" is always valid.
struct NormalizationEngine {
    /// Not retained: an engine lives inside one call of the normaliser that holds the rules.
    unowned(unsafe) let rules: ScalarRules
    let fastTable: UnsafePointer<UInt32>
    var out: OutputBuffer
    var map: OffsetMapBuilder?

    /// Input bytes per chunk of the inner loop.
    static let chunkSize = 256

    init(rules: ScalarRules, output: OutputBuffer, map: OffsetMapBuilder?) {
        self.rules = rules
        self.fastTable = rules.fastTable
        self.map = map
        out = output
    }

    /// The output and its map (when recorded), once the whole text is processed; frees the
    /// output buffer and hands the map over (use the engine no more).
    mutating func finish(originalCount: Int) -> (text: String, map: OffsetMap?) {
        let string = out.makeString()
        let normalizedCount = out.count
        out.deallocate()
        guard let builder = map.take() else { return (string, nil) }
        precondition(normalizedCount <= OffsetMap.maximumNormalizedUTF8Count, "normalised text too large")
        return (string, builder.finish(normalizedCount: normalizedCount, originalCount: originalCount))
    }

    /// The two bytes at `i`, the first one in the low byte.
    @inline(__always)
    static func pair(_ src: UnsafePointer<UInt8>, _ i: Int) -> Int {
        Int(UInt16(littleEndian: UnsafeRawPointer(src + i).loadUnaligned(as: UInt16.self)))
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
    /// holds no compatibility characters).
    /// - Complexity: O(n) in `end - start`.
    mutating func process<M: MapMode, C: CollapseMode>(
        _ src: UnsafePointer<UInt8>, from start: Int, to end: Int, tail: ByteSpan?,
        mode: M.Type, collapse: C.Type
    ) {
        let table = fastTable
        var builder: OffsetMapBuilder
        if M.records, let existing = map {
            builder = existing
            map = nil
        } else {
            builder = OffsetMapBuilder.unused
        }
        // The inner loop reads two bytes per scalar: it stops one byte before the end.
        let fastEnd = end &- 1
        var i = start
        while i < end {
            let chunk = min(Self.chunkSize, end &- i)
            out.reserve(2 &* chunk &+ 8)
            if M.records { builder.reserve(chunk &+ 2) }
            let base = out.base
            var o = out.count
            // 1 when the output ends with a space (collapsing only); kept in a register.
            var afterSpace: UInt32 = C.collapses && base[o &- 1] == 0x20 ? 1 : 0
            let chunkEnd = min(i &+ chunk, fastEnd)
            scan: while i < chunkEnd {
                // The scalar's first two bytes, lead byte low (see `ScalarRules.fastIndex`).
                var pair = Self.pair(src, i)
                if pair & 0x80 != 0 {
                    // A run of 2-byte scalars (Arabic letters and marks): the stride is
                    // fixed and none of them is a collapsible space (those are `slow` in
                    // the fast table when spaces collapse).
                    if pair & 0xE0 != 0xC0 { break scan }
                    // The hints keep the loop's body in one straight block (the layout LLVM
                    // otherwise picks varies from build to build, by up to 5 %).
                    while true {
                        let e = table[pair & ScalarRules.fastIndexMask]
                        if _slowPath(e & Action.specialMask != 0) { break }
                        UnsafeMutableRawPointer(base + o).storeBytes(
                            of: UInt16(truncatingIfNeeded: e >> 8), as: UInt16.self)
                        o &+= Int(e & Action.lengthMask)  // 0, 1 or 2
                        i &+= 2
                        if M.records {
                            builder.next(norm: o, orig: i, fastEntry: e)
                        }
                        if _slowPath(i >= chunkEnd) { break }
                        pair = Self.pair(src, i)
                        if _slowPath(pair & 0xE0 != 0xC0) { break }
                    }
                    // Kept scalars of the run leave no space at the end of the output; if
                    // none was kept, the output did not change.
                    if C.collapses { afterSpace = base[o &- 1] == 0x20 ? 1 : 0 }
                    if i < chunkEnd && pair & 0xE0 == 0xC0 { break scan }
                } else {
                    // ASCII: the entry of the byte alone.
                    let e = table[pair & 0x7F]
                    if e & Action.specialMask != 0 { break scan }
                    Self.asciiStep(
                        e, at: &i, output: base, count: &o, afterSpace: &afterSpace, builder: &builder,
                        mode: M.self, collapse: C.self)
                }
            }
            if i == fastEnd, src[i] < 0x80 {
                // The text's last byte (an ASCII scalar: a longer one cannot start there).
                let e = table[Int(src[i])]
                if e & Action.specialMask == 0 {
                    Self.asciiStep(
                        e, at: &i, output: base, count: &o, afterSpace: &afterSpace, builder: &builder,
                        mode: M.self, collapse: C.self)
                }
            }
            out.count = o
            if i < end && (i < chunkEnd || i == fastEnd) {
                i = slowStep(src, at: i, end: end, tail: tail, builder: &builder, mode: M.self, collapse: C.self)
            }
        }
        if M.records {
            map = builder
        }
    }

    /// Keeps, replaces or deletes the ASCII scalar at `i` whose fast-table entry `e` is not
    /// special (a collapsible space right after a space is deleted).
    @inline(__always)
    private static func asciiStep<M: MapMode, C: CollapseMode>(
        _ e: UInt32, at i: inout Int, output base: UnsafeMutablePointer<UInt8>, count o: inout Int,
        afterSpace: inout UInt32, builder: inout OffsetMapBuilder, mode: M.Type, collapse: C.Type
    ) {
        var written = e & Action.lengthMask  // 0 or 1 (2 is special: atomic in the map)
        if C.collapses {
            // A collapsible space right after a space is dropped. The output ends with a space
            // after a space (kept or dropped), and stays so across deleted scalars.
            let space = e >> 6
            written &= ((space & afterSpace) & 1) &- 1
            afterSpace = (space | (afterSpace & (e >> 5))) & 1
        }
        UnsafeMutableRawPointer(base + o).storeBytes(of: UInt16(truncatingIfNeeded: e >> 8), as: UInt16.self)
        o &+= Int(written)
        i &+= 1
        if M.records {
            builder.next(norm: o, orig: i, changedBit: UInt64(written ^ 1))
        }
    }

    /// One scalar (or one NFKC run) the inner loop does not handle. Returns where the next
    /// scalar starts.
    private mutating func slowStep<M: MapMode, C: CollapseMode>(
        _ src: UnsafePointer<UInt8>, at i: Int, end: Int, tail: ByteSpan?,
        builder: inout OffsetMapBuilder, mode: M.Type, collapse: C.Type
    ) -> Int {
        let (c, length) = Self.decode(src, i)
        var e = rules.entry(c) & ~Action.deletesFlag
        if e & Action.compat != 0 {
            if tail != nil {
                // NFKC output holds no compatibility characters; copy defensively.
                e = Action.copySource
            } else {
                let runStart = out.count
                let runEnd = compatibilityRun(src, from: i, to: end)
                if M.records {
                    if out.count > runStart {
                        builder.atomicUnit(norm: runStart, orig: i, normEnd: out.count, origEnd: runEnd)
                    } else {
                        // The run normalised to nothing (ﹿ → tatweel + sukun, both deleted by
                        // the search preset): the previous unit absorbs it.
                        builder.reserve(1)
                        builder.next(norm: out.count, orig: runEnd, changedBit: 1)
                    }
                }
                return runEnd
            }
        }
        if e & Action.contextual != 0 {
            e = resolveContextual(c, src, after: i + length, end: end, tail: tail)
            if e & Action.compose != 0 {
                // Rewrite the previous output scalar; this mark joins its unit.
                var at = out.count - 1
                while out.base[at] & 0xC0 == 0x80 { at -= 1 }
                out.count = at
                out.reserve(4)
                out.base[at] = UInt8(truncatingIfNeeded: e >> 8)
                out.base[at + 1] = UInt8(truncatingIfNeeded: e >> 16)
                out.count = at + Int(e & Action.lengthMask)
                if M.records {
                    builder.reserve(1)
                    builder.next(norm: out.count, orig: i + length, changedBit: 1)
                }
                return i + length
            }
        }
        out.reserve(4)
        let o = out.count
        var written = 0
        if e & Action.copySource != 0 {
            for k in 0..<length { out.base[o + k] = src[i + k] }
            written = length
        } else if !(C.collapses && e & Action.collapsibleSpaceFlag != 0 && out.base[o - 1] == 0x20) {
            out.base[o] = UInt8(truncatingIfNeeded: e >> 8)
            out.base[o + 1] = UInt8(truncatingIfNeeded: e >> 16)
            written = Int(e & Action.lengthMask)
        }
        if M.records {
            if written > length {
                // Output longer than input: an atomic unit, so that no offset falls inside.
                builder.atomicUnit(norm: o, orig: i, normEnd: o + written, origEnd: i + length)
            } else {
                builder.reserve(1)
                builder.next(norm: o + written, orig: i + length, changedBit: written != length ? 1 : 0)
            }
        }
        out.count = o + written
        return i + length
    }

    /// Whether the output so far ends with a digit (ASCII, Arabic-Indic or extended).
    private func outputEndsWithDigit() -> Bool {
        let o = out.count
        guard o > 0 else { return false }
        let last = out.base[o - 1]
        if last < 0x80 { return (0x30...0x39).contains(last) }
        guard o >= 2, last & 0xC0 == 0x80, out.base[o - 2] & 0xE0 == 0xC0 else { return false }
        let scalar = (UInt32(out.base[o - 2] & 0x1F) << 6) | UInt32(last & 0x3F)
        return ArabicScalars.digitValue(scalar) != nil
    }

    /// Resolves a contextual entry into a plain entry (possibly with `compose`).
    ///
    /// The output so far is the left context: a combining maddah/hamza composes with its last
    /// scalar, number punctuation needs a digit before it.
    private func resolveContextual(
        _ c: UInt32, _ src: UnsafePointer<UInt8>, after next: Int, end: Int, tail: ByteSpan?
    ) -> UInt32 {
        let classifier = rules.classifier
        let output = out.base
        let count = out.count
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
            if outputEndsWithDigit(), nextIsDigit(src, from: next, to: end, tail: tail) {
                return Action.writing(c == ArabicScalars.arabicDecimalSeparator ? 0x2E : 0x2C)
            }
            return Action.writing(c)
        case 0x2E, 0x2C:
            if outputEndsWithDigit(), nextIsDigit(src, from: next, to: end, tail: tail) {
                return Action.writing(
                    c == 0x2E ? ArabicScalars.arabicDecimalSeparator : ArabicScalars.arabicThousandsSeparator)
            }
            return Action.writing(c)
        case 0x25:
            if outputEndsWithDigit() {
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
        var units: [UInt16] = []
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
            var bytes: [UInt8] = []
            bytes.reserveCapacity(normalized.count * 2)
            for scalar in Unicode.Scalar.decode(utf16: normalized) {
                Self.appendUTF8(scalar, to: &bytes)
            }
            bytes.withUnsafeBufferPointer { buffer in
                if let base = buffer.baseAddress {
                    let tail = ByteSpan(base: src, start: j, end: end)
                    if rules.collapseSpaces {
                        process(
                            base, from: 0, to: buffer.count, tail: tail, mode: SkipMap.self,
                            collapse: CollapseSpaces.self)
                    } else {
                        process(
                            base, from: 0, to: buffer.count, tail: tail, mode: SkipMap.self,
                            collapse: KeepSpaces.self)
                    }
                }
            }
        } else {
            // ICU failed: keep the run as it is.
            out.append(src + start, count: j - start)
        }
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
