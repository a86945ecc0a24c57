/// Whether a normalisation records an offset map (a compile-time switch: the engine is
/// specialised for each mode, so `normalizedString` pays nothing for the map).
protocol MapMode {
    static var records: Bool { get }
}

/// Record the offset map (`normalize`).
enum RecordMap: MapMode {
    static var records: Bool { true }
}

/// Record nothing (`normalizedString`, and the inside of NFKC runs).
enum SkipMap: MapMode {
    static var records: Bool { false }
}

/// Builds an ``OffsetMap`` while the engine walks the text.
///
/// The map stores segment starts (see ``OffsetMap``). A kept scalar starts a new segment
/// when the previous scalar did not map byte for byte — it was deleted, or its output
/// length differed from its input length — so within a segment every unit but the last maps
/// byte for byte, and the last one (with the deletions it absorbed) ends where the next
/// segment starts. NFKC runs are stored as atomic segments.
///
/// The hot loop keeps this struct in registers, makes room once per chunk and calls
/// ``scalarUnchecked(norm:orig:keptBit:changedBit:)`` for every scalar. That is branch-free,
/// because letters and deleted marks alternate unpredictably: the entry is always written
/// and the cursor advances by 0 or 1.
struct OffsetMapBuilder {
    private var storage: OffsetMapStorage?
    private var start: UnsafeMutablePointer<UInt64>
    /// Next entry to write.
    private var cursor: UnsafeMutablePointer<UInt64>
    private var limit: UnsafeMutablePointer<UInt64>
    /// Bit 30 is set when the next kept scalar must start a segment (the bit a fast-table
    /// entry keeps its `kept` flag in; see ``scalarUnchecked(norm:orig:fastEntry:)``).
    private var startNext: UInt32 = Self.startBit

    private static let startBit: UInt32 = 1 << Action.keptShift

    init(expectedEntries: Int) {
        // The requested capacity, not `storage.capacity` (which asks malloc for the block's
        // real size on every call).
        let capacity = max(expectedEntries, 16)
        let storage = OffsetMapStorage.make(capacity: capacity)
        self.storage = storage
        start = storage.elements
        cursor = start
        limit = start + capacity
    }

    private init(unusedPointer: UnsafeMutablePointer<UInt64>) {
        storage = nil
        start = unusedPointer
        cursor = unusedPointer
        limit = unusedPointer
    }

    /// A placeholder for code paths specialised not to record (`SkipMap`): it owns no
    /// storage and must never be used.
    static var unused: OffsetMapBuilder {
        // Never dereferenced: every use is behind `M.records`.
        OffsetMapBuilder(unusedPointer: UnsafeMutablePointer(bitPattern: MemoryLayout<UInt64>.alignment)!)
    }

    @inline(never)
    private mutating func grow(toAtLeast minimum: Int) {
        let count = cursor - start
        let newCapacity = max((limit - start) * 2, count + minimum)
        let new = OffsetMapStorage.make(capacity: newCapacity)
        new.elements.initialize(from: start, count: count)
        storage = new
        start = new.elements
        cursor = start + count
        limit = start + newCapacity
    }

    /// Makes room for `n` more entries.
    @inline(__always)
    mutating func reserve(_ n: Int) {
        if limit - cursor < n { grow(toAtLeast: n) }
    }

    /// Reports the scalar at original byte `orig`, whose output (when `keptBit` is 1) starts
    /// at normalised byte `norm`; `changedBit` is 1 when it was deleted or its output length
    /// differs from its input length. Room must have been made (``reserve(_:)``).
    @inline(__always)
    mutating func scalarUnchecked(norm: Int, orig: Int, keptBit: UInt64, changedBit: UInt64) {
        store(norm: norm, orig: orig)
        cursor += Int(truncatingIfNeeded: keptBit & UInt64(truncatingIfNeeded: startNext >> Action.keptShift))
        // A deleted scalar is "changed" too, so `startNext` stays set until a kept one.
        startNext = UInt32(truncatingIfNeeded: changedBit) << Action.keptShift
    }

    /// ``scalarUnchecked(norm:orig:keptBit:changedBit:)`` for a fast-table entry `e`, whose
    /// bit 30 says it is kept and bit 31 that it changed: the segment test is two operations.
    @inline(__always)
    mutating func scalarUnchecked(norm: Int, orig: Int, fastEntry e: UInt32) {
        store(norm: norm, orig: orig)
        // Bit 31 of `startNext` is clear, so the shift leaves (kept & startNext) alone.
        cursor += Int(truncatingIfNeeded: (startNext & e) >> Action.keptShift)
        startNext = e >> 1
    }

    @inline(__always)
    private func store(norm: Int, orig: Int) {
        #if _endian(little)
            // The two halves of `OffsetMap.packUnchecked(norm:orig:atomic: false)`, stored
            // without assembling them in a register.
            let entry = UnsafeMutableRawPointer(cursor)
            entry.storeBytes(of: UInt32(truncatingIfNeeded: orig), as: UInt32.self)
            entry.storeBytes(of: UInt32(truncatingIfNeeded: norm), toByteOffset: 4, as: UInt32.self)
        #else
            cursor.pointee = OffsetMap.packUnchecked(norm: norm, orig: orig, atomic: false)
        #endif
    }

    /// Records an atomic unit (an NFKC run with a non-empty output) at `norm` / `orig`.
    mutating func atomicUnit(norm: Int, orig: Int) {
        reserve(1)
        cursor.pointee = OffsetMap.packUnchecked(norm: norm, orig: orig, atomic: true)
        cursor += 1
        startNext = Self.startBit
    }

    /// The previous unit absorbed a scalar (a combining hamza composed into it).
    @inline(__always)
    mutating func absorbed() {
        startNext = Self.startBit
    }

    /// The map, once the whole text is processed; the map takes over the builder's storage
    /// (use the builder no more).
    func finish(normalizedCount: Int, originalCount: Int) -> OffsetMap {
        let count = normalizedCount == 0 ? 0 : cursor - start
        let entries = storage ?? OffsetMapStorage.make(capacity: 0)
        entries.setCount(count)
        return OffsetMap(
            entries: entries, normalizedUTF8Count: normalizedCount, originalUTF8Count: originalCount)
    }
}
