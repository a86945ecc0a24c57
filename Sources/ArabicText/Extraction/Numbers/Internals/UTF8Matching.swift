extension String {
    // bytesEqual(_:) is shared: Extraction/Internals/String+Bytes.swift.

    /// Whether the UTF-8 bytes start with those of `prefix`: `"والعشرين".bytesHavePrefix("و")` → true.
    @inline(__always)
    func bytesHavePrefix(_ prefix: String) -> Bool {
        let count = utf8.count
        let prefixCount = prefix.utf8.count
        guard count >= prefixCount else { return false }
        return Self.sameBytes(self, from: 0, as: prefix, count: prefixCount)
    }

    /// Whether the UTF-8 bytes end with those of `suffix`: `"حكوميه".bytesHaveSuffix("يه")` → true.
    @inline(__always)
    func bytesHaveSuffix(_ suffix: String) -> Bool {
        let count = utf8.count
        let suffixCount = suffix.utf8.count
        guard count >= suffixCount else { return false }
        return Self.sameBytes(self, from: count - suffixCount, as: suffix, count: suffixCount)
    }

    /// Whether `count` bytes of `text` from byte `offset` are the first `count` bytes of `other`,
    /// read in place (native strings are contiguous; the others are compared through their views).
    private static func sameBytes(_ text: String, from offset: Int, as other: String, count: Int) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            other.utf8.withContiguousStorageIfAvailable { otherBytes in
                for i in 0..<count where bytes[offset + i] != otherBytes[i] { return false }
                return true
            }
        }
        if let found, let found { return found }
        return text.utf8.dropFirst(offset).prefix(count).elementsEqual(other.utf8.prefix(count))
    }
}
