/// A growable byte buffer the normaliser writes UTF-8 into; owned by one normalisation call.
struct OutputBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    var count: Int
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
        count = 0
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity {
            grow(to: count + extra)
        }
    }

    private mutating func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Appends bytes (capacity is made).
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

    func deallocate() {
        base.deallocate()
    }
}
