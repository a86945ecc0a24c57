extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes of `pattern` stand at byte `offset` of this buffer (an offset outside
    /// it, or a pattern running past its end, is no match): the one byte comparison behind the
    /// extractors' prefix and suffix tests. `"والعشرين"` has `"و"` at 0.
    @inline(__always)
    func hasBytes(_ pattern: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + pattern.count <= count else { return false }
        for k in 0..<pattern.count where self[offset + k] != pattern[k] { return false }
        return true
    }
}

extension String {
    /// Whether the UTF-8 bytes equal those of `other`, with no Unicode normalisation: the
    /// extractors' words are already normalised, and `==` on non-ASCII strings checks canonical
    /// equivalence at every call.
    @inline(__always)
    func bytesEqual(_ other: String) -> Bool {
        utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8)
    }

    /// Whether the UTF-8 bytes start with those of `prefix`: `"والعشرين".bytesHavePrefix("و")` → true.
    @inline(__always)
    func bytesHavePrefix(_ prefix: String) -> Bool {
        withBytes(of: prefix) { word, prefix in word.hasBytes(prefix, at: 0) }
    }

    /// Whether the UTF-8 bytes end with those of `suffix`: `"حكوميه".bytesHaveSuffix("يه")` → true.
    @inline(__always)
    func bytesHaveSuffix(_ suffix: String) -> Bool {
        withBytes(of: suffix) { word, suffix in word.hasBytes(suffix, at: word.count - suffix.count) }
    }

    /// Calls `body` with the UTF-8 bytes of this string and of `other`, in place when both are
    /// contiguous (native strings are), else through copies.
    @inline(__always)
    private func withBytes(
        of other: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            other.utf8.withContiguousStorageIfAvailable { otherBytes in body(bytes, otherBytes) }
        }
        if let found, let found { return found }
        return Array(utf8).withUnsafeBufferPointer { bytes in
            Array(other.utf8).withUnsafeBufferPointer { otherBytes in body(bytes, otherBytes) }
        }
    }
}
