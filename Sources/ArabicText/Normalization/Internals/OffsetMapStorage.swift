/// The immutable entry buffer of an ``OffsetMap``.
///
/// It takes over the builder's allocation as is — no copy at the end of a normalisation;
/// the unused tail of the reservation is never touched, so it costs address space only.
/// Immutable after `init`, hence safe to share across threads.
final class OffsetMapStorage: @unchecked Sendable {
    private let base: UnsafeMutablePointer<UInt64>?
    let count: Int

    /// Adopts `base` (allocated with `UnsafeMutablePointer.allocate`), of which the first
    /// `count` entries are initialised; deallocated with the storage.
    init(adopting base: UnsafeMutablePointer<UInt64>?, count: Int) {
        self.base = base
        self.count = count
    }

    /// Copies `entries`.
    convenience init(_ entries: [UInt64]) {
        guard !entries.isEmpty else {
            self.init(adopting: nil, count: 0)
            return
        }
        let pointer = UnsafeMutablePointer<UInt64>.allocate(capacity: entries.count)
        pointer.initialize(from: entries, count: entries.count)
        self.init(adopting: pointer, count: entries.count)
    }

    deinit {
        base?.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    subscript(index: Int) -> UInt64 {
        precondition(index >= 0 && index < count, "offset map entry out of range")
        return base.unsafelyUnwrapped[index]
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
