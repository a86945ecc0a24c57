/// A growable byte buffer the normaliser writes UTF-8 into; owned by one normalisation call.
///
/// One NUL byte precedes `base[0]`, so `base[-1]` ("the byte before the output") is always
/// readable and is never a space or a digit.
struct OutputBuffer {
    private var allocation: UnsafeMutablePointer<UInt8>
    /// Whether `allocation` is ours to free (not a caller's temporary buffer).
    private var ownsAllocation: Bool
    private(set) var base: UnsafeMutablePointer<UInt8>
    var count: Int
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        allocation = .allocate(capacity: self.capacity + 1)
        ownsAllocation = true
        allocation.initialize(to: 0)
        base = allocation + 1
        count = 0
    }

    /// Starts in `scratch` (say a stack buffer of the caller, at least 2 bytes), moving to
    /// the heap if it grows out of it.
    init(scratch: UnsafeMutableBufferPointer<UInt8>) {
        allocation = scratch.baseAddress!
        ownsAllocation = false
        allocation.initialize(to: 0)
        base = allocation + 1
        capacity = scratch.count - 1
        count = 0
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity {
            grow(to: count + extra)
        }
    }

    @inline(never)
    private mutating func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newAllocation = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity + 1)
        newAllocation.initialize(from: allocation, count: count + 1)
        if ownsAllocation { allocation.deallocate() }
        allocation = newAllocation
        ownsAllocation = true
        base = newAllocation + 1
        capacity = newCapacity
    }

    /// Appends bytes.
    mutating func append(_ bytes: UnsafePointer<UInt8>, count n: Int) {
        reserve(n)
        (base + count).initialize(from: bytes, count: n)
        count += n
    }

    /// The bytes as a `String`. They are valid UTF-8 by construction (whole scalars copied
    /// from a `String` or encoded from scalar values), so they are not validated again.
    func makeString() -> String {
        let bytes = UnsafeBufferPointer(start: UnsafePointer(base), count: count)
        if #available(macOS 26.0, *) {
            return String(copying: UTF8Span(unchecked: bytes.span))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Frees the heap allocation, if any.
    func deallocate() {
        if ownsAllocation { allocation.deallocate() }
    }
}
