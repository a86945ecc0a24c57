extension String {
    // bytesEqual(_:) is shared: Extraction/Internals/String+Bytes.swift.

    /// Whether the UTF-8 bytes start with those of `prefix`.
    @inline(__always)
    func bytesHavePrefix(_ prefix: String) -> Bool {
        utf8.count >= prefix.utf8.count && utf8.starts(with: prefix.utf8)
    }

    /// Whether the UTF-8 bytes end with those of `suffix`.
    @inline(__always)
    func bytesHaveSuffix(_ suffix: String) -> Bool {
        let count = utf8.count
        let suffixCount = suffix.utf8.count
        guard count >= suffixCount else { return false }
        return utf8.dropFirst(count - suffixCount).elementsEqual(suffix.utf8)
    }
}
