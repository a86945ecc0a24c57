/// The immutable entry buffer of an ``OffsetMap``: a header (the entry count) and the
/// entries in one allocation.
///
/// The map builder writes into it directly and the map adopts it as is — no copy at the end
/// of a normalisation; the unused tail of the reservation is never touched, so it costs
/// address space only. Immutable once adopted, hence safe to share across threads: see
/// ``OffsetMapEntries``.
final class OffsetMapStorage: ManagedBuffer<Int, UInt64> {
    /// A storage with room for `capacity` entries and a count of 0.
    static func make(capacity: Int) -> OffsetMapStorage {
        unsafeDowncast(
            OffsetMapStorage.create(minimumCapacity: capacity) { _ in 0 }, to: OffsetMapStorage.self)
    }

    /// A storage holding `entries`.
    static func make(_ entries: [UInt64]) -> OffsetMapStorage {
        let storage = make(capacity: entries.count)
        storage.withUnsafeMutablePointers { count, elements in
            elements.initialize(from: entries, count: entries.count)
            count.pointee = entries.count
        }
        return storage
    }

    /// The entries' memory. It stays valid as long as the storage lives (the elements are
    /// allocated with the object); the builder holds the storage while it writes.
    var elements: UnsafeMutablePointer<UInt64> {
        withUnsafeMutablePointerToElements { $0 }
    }

    var count: Int { header }

    /// Sets the entry count (through the header's pointer: no exclusivity check).
    func setCount(_ count: Int) {
        withUnsafeMutablePointerToHeader { $0.pointee = count }
    }

    var isEmpty: Bool { header == 0 }

    @inline(__always)
    subscript(index: Int) -> UInt64 {
        precondition(index >= 0 && index < header, "offset map entry out of range")
        return withUnsafeMutablePointerToElements { $0[index] }
    }

    func elementsEqual(_ other: OffsetMapStorage) -> Bool {
        if self === other { return true }
        guard count == other.count else { return false }
        for k in 0..<count where self[k] != other[k] { return false }
        return true
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for k in 0..<count { hasher.combine(self[k]) }
    }
}

/// The entries of an ``OffsetMap``. `ManagedBuffer` is not `Sendable` because it is
/// mutable in general; this storage is never written after the map adopts it, so sharing it
/// across threads is safe.
struct OffsetMapEntries: @unchecked Sendable {
    let storage: OffsetMapStorage

    var count: Int { storage.count }
    var isEmpty: Bool { storage.isEmpty }

    @inline(__always)
    subscript(index: Int) -> UInt64 { storage[index] }

    func elementsEqual(_ other: OffsetMapEntries) -> Bool { storage.elementsEqual(other.storage) }
    func hash(into hasher: inout Hasher) { storage.hash(into: &hasher) }
}
