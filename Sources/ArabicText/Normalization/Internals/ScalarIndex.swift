import Synchronization

/// A sparse UTF-8 offset → Unicode-scalar offset index of a text: the scalar count before
/// every 256-byte block, so a conversion is one lookup plus a scan of < 256 bytes, done a
/// word (8 bytes) at a time. Texts of at most ``unindexedLimit`` bytes keep no index (no
/// allocation) and are scanned from their start. Longer texts count their blocks on the
/// first conversion, so a normalisation whose caller never asks for scalar offsets does not
/// pay for them.
struct ScalarIndex: Sendable {
    static let blockShift = 8
    static let blockSize = 1 << blockShift
    /// Texts up to this many bytes are not indexed.
    static let unindexedLimit = 1024

    /// The block counts of a text longer than ``unindexedLimit`` (`nil` for shorter ones).
    private let blocks: BlockCounts?

    /// The index of a text of `utf8Count` bytes.
    init(utf8Count: Int) {
        blocks = utf8Count > Self.unindexedLimit ? BlockCounts() : nil
    }

    /// `counts[k]` = number of scalars starting before byte `k * blockSize`, computed once,
    /// by the first caller, and shared by every copy of the index (and every thread: the
    /// counts are published with one atomic compare-and-exchange and never change after).
    final class BlockCounts: Sendable {
        /// The counts' address, 0 until computed.
        private let address = Atomic<UInt>(0)

        deinit {
            if let counts = UnsafeMutablePointer<UInt32>(bitPattern: address.load(ordering: .acquiring)) {
                counts.deallocate()
            }
        }

        /// The counts of `bytes` (the text this index belongs to).
        /// - Complexity: O(n) the first time, O(1) after.
        func counts(of bytes: UnsafeBufferPointer<UInt8>) -> UnsafePointer<UInt32> {
            if let counts = UnsafePointer<UInt32>(bitPattern: address.load(ordering: .acquiring)) {
                return counts
            }
            let fresh = Self.count(bytes)
            let (exchanged, existing) = address.compareExchange(
                expected: 0, desired: UInt(bitPattern: fresh), ordering: .acquiringAndReleasing)
            if exchanged { return UnsafePointer(fresh) }
            // Another thread published first: use its counts.
            fresh.deallocate()
            return UnsafePointer(bitPattern: existing)!
        }

        private static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeMutablePointer<UInt32> {
            let blocks = bytes.count >> ScalarIndex.blockShift
            let counts = UnsafeMutablePointer<UInt32>.allocate(capacity: blocks + 1)
            counts[0] = 0
            var total: UInt32 = 0
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            for block in 0..<blocks {
                let start = block << ScalarIndex.blockShift
                let continuation = ScalarIndex.continuationBytes(raw, from: start, count: ScalarIndex.blockSize)
                total &+= UInt32(ScalarIndex.blockSize &- continuation)
                counts[block + 1] = total
            }
            return counts
        }
    }

    /// Number of UTF-8 continuation bytes (10xxxxxx) in `raw[from..<from + count]`.
    ///
    /// Eight bytes at a time: each byte lane of an accumulator counts the continuation bytes
    /// seen in that lane (at most 255 words per batch, so no lane overflows), and the lanes
    /// are summed once per batch.
    @inline(__always)
    static func continuationBytes(_ raw: UnsafeRawPointer, from start: Int, count: Int) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        let evenBytes: UInt64 = 0x00FF_00FF_00FF_00FF
        var continuation = 0
        var k = start
        let wordsEnd = start + (count & ~7)
        while k < wordsEnd {
            let batchEnd = min(wordsEnd, k &+ 255 &* 8)
            var lanes: UInt64 = 0
            while k < batchEnd {
                let x = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                // Bit 7 set and bit 6 clear, moved to bit 0 of its lane.
                lanes &+= (x & ~(x << 1) & high) >> 7
                k &+= 8
            }
            // Eight 8-bit lanes → four 16-bit lanes → their sum in the top 16 bits.
            let pairs = (lanes & evenBytes) &+ ((lanes >> 8) & evenBytes)
            continuation &+= Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while k < start + count {
            if raw.load(fromByteOffset: k, as: UInt8.self) & 0xC0 == 0x80 { continuation &+= 1 }
            k &+= 1
        }
        return continuation
    }

    /// The number of scalars whose first byte is before UTF-8 offset `offset` (a mid-scalar
    /// offset counts the scalar it is inside of, i.e. rounds up).
    /// - Complexity: O(1): a lookup and a scan of at most 255 bytes (1024 unindexed).
    func scalarOffset(utf8Offset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard offset > 0, let base = bytes.baseAddress else { return 0 }
        let block = blocks == nil ? 0 : offset >> Self.blockShift
        let start = block << Self.blockShift
        let before = block == 0 ? 0 : Int(blocks!.counts(of: bytes)[block])
        let length = offset - start
        return before + length - Self.continuationBytes(UnsafeRawPointer(base), from: start, count: length)
    }
}
