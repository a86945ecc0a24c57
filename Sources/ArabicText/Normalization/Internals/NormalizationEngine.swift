/// A span of UTF-8 bytes the lookahead continues into (the original text after an NFKC run).
struct ByteSpan {
    let base: UnsafePointer<UInt8>
    let start: Int
    let end: Int
}

/// One normalisation call: walks UTF-8 once, writes the output and reports units.
///
/// Scalars are decoded by hand from the lead byte (the input is a Swift `String`, so valid
/// UTF-8). U+0000–U+07FF go through the rules' table; the rest through the classifier.
struct NormalizationEngine {
    let rules: ScalarRules
    let table: UnsafePointer<UInt32>
    var out: OutputBuffer
    /// The action entry of the last scalar written (its digit / space flags matter).
    var previous: UInt32 = 0
    /// The original scalar of the last kept unit, for NFC composition with hamza (0: none).
    var lastKept: UInt32 = 0
    /// Where the last kept scalar's output starts.
    var lastKeptOut = 0
    private var scratch16: [UInt16] = []
    private var scratch8: [UInt8] = []

    init(rules: ScalarRules, table: UnsafePointer<UInt32>, capacity: Int) {
        self.rules = rules
        self.table = table
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

    /// Normalises `src[start..<end]`, appending to `out`.
    ///
    /// `tail` is where lookahead continues past `end` (set inside NFKC runs); `inner` marks the
    /// output of an NFKC run, which holds no compatibility characters and records no units.
    /// - Complexity: O(n) in `end - start`.
    mutating func process<R: UnitRecorder>(
        _ src: UnsafePointer<UInt8>, from start: Int, to end: Int,
        tail: ByteSpan?, inner: Bool, recorder: inout R
    ) {
        var i = start
        while i < end {
            let b0 = src[i]
            var c: UInt32
            var length: Int
            var e: UInt32
            if b0 < 0x80 {
                c = UInt32(b0)
                length = 1
                e = table[Int(b0)]
            } else if b0 < 0xE0 {
                c = (UInt32(b0 & 0x1F) << 6) | UInt32(src[i + 1] & 0x3F)
                length = 2
                e = table[Int(c)]
            } else {
                (c, length) = Self.decode(src, i)
                e = rules.classifier.classify(c)
            }
            var kind = e & Action.kindMask
            if kind == Action.contextual {
                e = resolveContextual(c, src, after: i + length, end: end, tail: tail)
                kind = e & Action.kindMask
            }
            out.reserve(4)
            let o = out.count
            let dst = out.base + o
            switch kind {
            case Action.copy:
                recorder.unit(norm: o, orig: i, atomic: false)
                lastKeptOut = o
                dst[0] = b0
                if length > 1 {
                    dst[1] = src[i + 1]
                    if length > 2 {
                        dst[2] = src[i + 2]
                        if length > 3 { dst[3] = src[i + 3] }
                    }
                }
                out.count = o + length
                previous = e
                lastKept = c
            case Action.replace:
                recorder.unit(norm: o, orig: i, atomic: false)
                lastKeptOut = o
                dst[0] = UInt8(truncatingIfNeeded: e >> 8)
                dst[1] = UInt8(truncatingIfNeeded: e >> 16)
                out.count = o + Int((e >> 3) & 3)
                previous = e
                lastKept = c
            case Action.delete:
                break
            case Action.space:
                if previous & Action.spaceFlag == 0 {
                    recorder.unit(norm: o, orig: i, atomic: false)
                    lastKeptOut = o
                    dst[0] = 0x20
                    out.count = o + 1
                    previous = e
                    lastKept = 0x20
                }
            case Action.compose:
                // Rewrite the previous kept scalar's output; this mark joins its unit.
                let at = out.base + lastKeptOut
                at[0] = UInt8(truncatingIfNeeded: e >> 8)
                at[1] = UInt8(truncatingIfNeeded: e >> 16)
                out.count = lastKeptOut + Int((e >> 3) & 3)
                previous = e
                lastKept = 0
            default:  // Action.compat
                if inner {
                    // NFKC output holds no compatibility characters; copy defensively.
                    recorder.unit(norm: o, orig: i, atomic: false)
                    lastKeptOut = o
                    out.count = o
                    out.append(src + i, count: length)
                    previous = Action.copy
                    lastKept = 0
                } else {
                    i = compatibilityRun(src, from: i, to: end, recorder: &recorder)
                    continue
                }
            }
            i += length
        }
    }

    /// Resolves a contextual action into copy / replace / delete / compose.
    private mutating func resolveContextual(
        _ c: UInt32, _ src: UnsafePointer<UInt8>, after next: Int, end: Int, tail: ByteSpan?
    ) -> UInt32 {
        let classifier = rules.classifier
        switch c {
        case ArabicScalars.maddahAbove...ArabicScalars.hamzaBelow:
            // stripTashkeel: compose with the letter it belongs to, else delete.
            if lastKept != 0, let composed = ArabicScalars.composed(lastKept, c) {
                let mapped = rules.entry(composed)
                let target = mapped & Action.kindMask == Action.replace
                    ? Self.scalarOfEntry(mapped) : composed
                return Action.writing(target, kind: Action.compose)
            }
            return Action.delete
        case ArabicScalars.farsiYeh:
            let following = nextSignificant(src, from: next, to: end, tail: tail)
            let isFinal = following.map { !ArabicScalars.continuesWord($0) } ?? true
            let letter = classifier.mapLetter(isFinal ? ArabicScalars.alefMaksura : ArabicScalars.yeh)
            return Action.writing(letter)
        case ArabicScalars.arabicDecimalSeparator, ArabicScalars.arabicThousandsSeparator:
            if previous & Action.digitFlag != 0, nextIsDigit(src, from: next, to: end, tail: tail) {
                return Action.writing(c == ArabicScalars.arabicDecimalSeparator ? 0x2E : 0x2C)
            }
            return Action.copy
        case 0x2E, 0x2C:
            if previous & Action.digitFlag != 0, nextIsDigit(src, from: next, to: end, tail: tail) {
                return Action.writing(
                    c == 0x2E ? ArabicScalars.arabicDecimalSeparator : ArabicScalars.arabicThousandsSeparator)
            }
            return Action.copy
        case 0x25:
            if previous & Action.digitFlag != 0 {
                return Action.writing(ArabicScalars.arabicPercent)
            }
            return Action.copy
        default:
            return Action.copy
        }
    }

    /// The scalar a `replace` entry writes.
    static func scalarOfEntry(_ e: UInt32) -> UInt32 {
        let b0 = (e >> 8) & 0xFF
        if (e >> 3) & 3 == 1 { return b0 }
        return ((b0 & 0x1F) << 6) | ((e >> 16) & 0x3F)
    }

    private func nextIsDigit(
        _ src: UnsafePointer<UInt8>, from: Int, to end: Int, tail: ByteSpan?
    ) -> Bool {
        guard let next = nextSignificant(src, from: from, to: end, tail: tail) else { return false }
        return ArabicScalars.digitValue(next) != nil
    }

    /// The next scalar the options keep (deleted scalars skipped, compatibility characters
    /// seen through NFKC), or `nil` at the end of the text.
    private func nextSignificant(
        _ src: UnsafePointer<UInt8>, from: Int, to end: Int, tail: ByteSpan?
    ) -> UInt32? {
        if let found = firstKept(src, from: from, to: end) {
            return found
        }
        if let tail, let found = firstKept(tail.base, from: tail.start, to: tail.end) {
            return found
        }
        return nil
    }

    private func firstKept(_ src: UnsafePointer<UInt8>, from: Int, to end: Int) -> UInt32? {
        var j = from
        while j < end {
            let (c, length) = Self.decode(src, j)
            j += length
            let e = rules.entry(c)
            switch e & Action.kindMask {
            case Action.delete:
                continue
            case Action.contextual where (ArabicScalars.maddahAbove...ArabicScalars.hamzaBelow).contains(c):
                continue
            case Action.compat:
                guard let expanded = try? ICU.nfkc(Self.utf16(of: c)) else { return c }
                var scalars = [UInt32]()
                for s in Unicode.Scalar.decode(utf16: expanded) { scalars.append(s) }
                for s in scalars {
                    let se = rules.entry(s)
                    let kind = se & Action.kindMask
                    if kind == Action.delete
                        || (kind == Action.contextual
                            && (ArabicScalars.maddahAbove...ArabicScalars.hamzaBelow).contains(s))
                    {
                        continue
                    }
                    return s
                }
                continue
            default:
                return c
            }
        }
        return nil
    }

    static func utf16(of c: UInt32) -> [UInt16] {
        if c < 0x10000 { return [UInt16(c)] }
        let v = c - 0x10000
        return [UInt16(0xD800 | (v >> 10)), UInt16(0xDC00 | (v & 0x3FF))]
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
    /// combine with them), then the other options on ICU's output; one atomic unit.
    /// Returns where the run ends.
    private mutating func compatibilityRun<R: UnitRecorder>(
        _ src: UnsafePointer<UInt8>, from start: Int, to end: Int, recorder: inout R
    ) -> Int {
        var units = scratch16
        scratch16 = []
        units.removeAll(keepingCapacity: true)
        var j = start
        while j < end {
            let (c, length) = Self.decode(src, j)
            if j == start || rules.entry(c) & Action.kindMask == Action.compat
                || rules.hasNoBoundaryBefore(c)
            {
                Self.appendUTF16(c, to: &units)
                j += length
            } else {
                break
            }
        }
        let outStart = out.count
        lastKept = 0
        if let normalized = try? ICU.nfkc(units) {
            var bytes = scratch8
            scratch8 = []
            bytes.removeAll(keepingCapacity: true)
            for scalar in Unicode.Scalar.decode(utf16: normalized) {
                Self.appendUTF8(scalar, to: &bytes)
            }
            var none = NoUnitRecorder()
            bytes.withUnsafeBufferPointer { buffer in
                if let base = buffer.baseAddress {
                    process(
                        base, from: 0, to: buffer.count,
                        tail: ByteSpan(base: src, start: j, end: end), inner: true, recorder: &none)
                }
            }
            scratch8 = bytes
        } else {
            // ICU failed: keep the run as it is.
            out.append(src + start, count: j - start)
            previous = Action.copy
        }
        lastKept = 0
        scratch16 = units
        if out.count > outStart {
            recorder.unit(norm: outStart, orig: start, atomic: true)
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
