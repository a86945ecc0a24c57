/// Receives the units of a normalisation as they are produced.
///
/// A unit is a kept or replaced original scalar (or an NFKC run) and the bytes it produced;
/// deleted scalars are absorbed into the preceding unit (the first unit also absorbs leading
/// deletions), so units tile both texts.
protocol UnitRecorder {
    /// A unit starts at normalised byte `norm` and original byte `orig`; the previous unit
    /// ends there. `atomic` units map every output byte to the whole unit.
    mutating func unit(norm: Int, orig: Int, atomic: Bool)
}

/// Records nothing: `normalizedString` and the inside of NFKC runs.
struct NoUnitRecorder: UnitRecorder {
    @inline(__always)
    mutating func unit(norm: Int, orig: Int, atomic: Bool) {}
}

/// Builds an ``OffsetMap``: identity-length units coalesce into linear segments, the others
/// become one atomic segment each.
struct OffsetMapBuilder: UnitRecorder {
    private(set) var entries: [UInt64] = []
    private var pendingNorm = 0
    private var pendingOrig = 0
    private var pendingAtomic = false
    private var hasPending = false
    private var linearOpen = false

    init(expectedUnits: Int) {
        entries.reserveCapacity(expectedUnits)
    }

    @inline(__always)
    mutating func unit(norm: Int, orig: Int, atomic: Bool) {
        if hasPending {
            flush(endNorm: norm, endOrig: orig)
            pendingOrig = orig
        } else {
            hasPending = true
            pendingOrig = 0
        }
        pendingNorm = norm
        pendingAtomic = atomic
    }

    @inline(__always)
    private mutating func flush(endNorm: Int, endOrig: Int) {
        if !pendingAtomic && endNorm &- pendingNorm == endOrig &- pendingOrig {
            if !linearOpen {
                entries.append(OffsetMap.pack(norm: pendingNorm, orig: pendingOrig, atomic: false))
                linearOpen = true
            }
        } else {
            entries.append(OffsetMap.pack(norm: pendingNorm, orig: pendingOrig, atomic: true))
            linearOpen = false
        }
    }

    /// The map, once the whole text is processed.
    mutating func finish(normalizedCount: Int, originalCount: Int) -> OffsetMap {
        if hasPending {
            flush(endNorm: normalizedCount, endOrig: originalCount)
            hasPending = false
        }
        return OffsetMap(
            entries: entries, normalizedUTF8Count: normalizedCount, originalUTF8Count: originalCount)
    }
}
