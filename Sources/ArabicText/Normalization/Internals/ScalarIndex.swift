/// A sparse UTF-8 offset → Unicode-scalar offset index of a text: the scalar count before
/// every 256-byte block, so a conversion is one lookup plus a scan of < 256 bytes.
struct ScalarIndex: Sendable {
    static let blockShift = 8
    static let blockSize = 1 << blockShift

    /// `counts[k]` = number of scalars starting before byte `k * blockSize` (empty for texts
    /// shorter than one block).
    let counts: [UInt32]

    /// - Complexity: O(n) in the UTF-8 length of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let blocks = bytes.count >> Self.blockShift
        guard blocks > 0 else {
            // A short text: scans start at 0 (no allocation).
            counts = []
            return
        }
        var counts = [UInt32]()
        counts.reserveCapacity(blocks + 1)
        var total: UInt32 = 0
        counts.append(0)
        if let base = bytes.baseAddress, blocks > 0 {
            let raw = UnsafeRawPointer(base)
            let high: UInt64 = 0x8080_8080_8080_8080
            for block in 0..<blocks {
                var continuation = 0
                let blockStart = block << Self.blockShift
                for word in 0..<(Self.blockSize / 8) {
                    let x = raw.loadUnaligned(fromByteOffset: blockStart + word * 8, as: UInt64.self)
                    // Continuation bytes are 10xxxxxx: bit 7 set, bit 6 clear.
                    continuation &+= (x & ~(x << 1) & high).nonzeroBitCount
                }
                total &+= UInt32(Self.blockSize &- continuation)
                counts.append(total)
            }
        }
        self.counts = counts
    }

    /// The number of scalars whose first byte is before UTF-8 offset `offset` (a mid-scalar
    /// offset counts the scalar it is inside of, i.e. rounds up).
    /// - Complexity: O(1) (a scan of at most 255 bytes).
    func scalarOffset(utf8Offset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let block = offset >> Self.blockShift
        var count = block == 0 ? 0 : Int(counts[block])
        var k = block << Self.blockShift
        while k < offset {
            if Int8(bitPattern: bytes[k]) >= -64 { count += 1 }
            k += 1
        }
        return count
    }
}
