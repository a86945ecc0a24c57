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
/// The map stores segment starts (see ``OffsetMap``). After every scalar the engine reports
/// where the next one starts, in both texts; the report becomes a segment start when the
/// scalar did not map byte for byte — it was deleted, or its output length differed from its
/// input length. So within a segment every unit but the last maps byte for byte, and the
/// last one ends where the next segment starts; a run of deleted scalars leaves a
/// zero-length segment after each one but the last, which lookups read as deletions absorbed
/// by the unit before them. NFKC runs are stored as atomic segments.
///
/// The hot loop keeps this struct in registers, makes room once per chunk and calls
/// ``next(norm:orig:fastEntry:)`` after every scalar. That is branch-free and stateless,
/// because letters and deleted marks alternate unpredictably: the entry is always written
/// and the cursor advances by the scalar's `changed` bit.
struct OffsetMapBuilder {
    private var storage: OffsetMapStorage?
    private var start: UnsafeMutablePointer<UInt64>
    /// Next entry to write.
    private var cursor: UnsafeMutablePointer<UInt64>
    private var limit: UnsafeMutablePointer<UInt64>

    init(expectedEntries: Int) {
        // The requested capacity, not `storage.capacity` (which asks malloc for the block's
        // real size on every call).
        let capacity = max(expectedEntries, 16)
        let storage = OffsetMapStorage.make(capacity: capacity)
        self.storage = storage
        start = storage.elements
        // The first segment starts at the start of both texts.
        start.initialize(to: 0)
        cursor = start + 1
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

    /// Reports that the next scalar starts at normalised byte `norm` and original byte `orig`;
    /// `changedBit` is 1 when the scalar just processed was deleted or written with another
    /// length than it had. Room must have been made (``reserve(_:)``).
    ///
    /// A deletion right after a recorded deletion moves that record instead of adding an
    /// empty segment, so a run of collapsed spaces or controls stays one entry (the 2-byte
    /// loop skips this test; runs of marks are short).
    @inline(__always)
    mutating func next(norm: Int, orig: Int, changedBit: UInt64) {
        let merges = Int(truncatingIfNeeded: cursor[-1] >> 32) == norm ? 1 : 0
        cursor -= merges
        store(norm: norm, orig: orig)
        cursor += Int(truncatingIfNeeded: changedBit)
    }

    /// ``next(norm:orig:changedBit:)`` for a scalar with fast-table entry `e`, whose bit 31
    /// says it changed.
    @inline(__always)
    mutating func next(norm: Int, orig: Int, fastEntry e: UInt32) {
        store(norm: norm, orig: orig)
        cursor += Int(truncatingIfNeeded: e >> Action.changedShift)
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

    /// Records an atomic unit (an NFKC run with a non-empty output, or a scalar written longer
    /// than it was): normalised `norm..<normEnd` ← original `orig..<origEnd`.
    mutating func atomicUnit(norm: Int, orig: Int, normEnd: Int, origEnd: Int) {
        reserve(2)
        let unitStart = OffsetMap.packUnchecked(norm: norm, orig: orig, atomic: false)
        if cursor[-1] == unitStart {
            // The scalar before changed: its report already starts a segment here.
            cursor[-1] |= OffsetMap.atomicFlag
        } else {
            cursor.pointee = unitStart | OffsetMap.atomicFlag
            cursor += 1
        }
        cursor.pointee = OffsetMap.packUnchecked(norm: normEnd, orig: origEnd, atomic: false)
        cursor += 1
    }

    /// The map, once the whole text is processed; the map takes over the builder's storage
    /// (use the builder no more).
    consuming func finish(normalizedCount: Int, originalCount: Int) -> OffsetMap {
        var count = normalizedCount == 0 ? 0 : cursor - start
        // Segments starting at the end of the normalised text hold only deletions the last
        // unit absorbed: the end of the texts says as much.
        let end = UInt64(truncatingIfNeeded: normalizedCount) << 32
        while count > 1 && start[count - 1] >= end { count -= 1 }
        guard let storage else {
            return OffsetMap(
                entries: OffsetMapStorage.make(capacity: 0), normalizedUTF8Count: normalizedCount,
                originalUTF8Count: originalCount)
        }
        if count > originalCount / 3 + 16 {
            // Long runs of deleted 2-byte scalars (tatweel, marks) left many empty segments:
            // keep only the last start of each run, as lookups read them. Vocalised text has
            // about one entry per 4 bytes and is not compacted.
            return OffsetMap(
                entries: Self.compacted(start, count: count), normalizedUTF8Count: normalizedCount,
                originalUTF8Count: originalCount)
        }
        storage.setCount(count)
        return OffsetMap(entries: storage, normalizedUTF8Count: normalizedCount, originalUTF8Count: originalCount)
    }

    /// The entries without the empty segments, in a storage of their size.
    private static func compacted(_ entries: UnsafeMutablePointer<UInt64>, count: Int) -> OffsetMapStorage {
        var kept = 0
        for k in 0..<count where k + 1 == count || entries[k + 1] >> 32 != entries[k] >> 32 {
            entries[kept] = entries[k]
            kept += 1
        }
        let storage = OffsetMapStorage.make(capacity: kept)
        storage.elements.initialize(from: entries, count: kept)
        storage.setCount(kept)
        return storage
    }
}
