extension String {
    /// Whether the UTF-8 bytes equal those of `other`, with no Unicode normalisation: the
    /// extractors' words are already normalised, and `==` on non-ASCII strings checks canonical
    /// equivalence at every call.
    @inline(__always)
    func bytesEqual(_ other: String) -> Bool {
        utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8)
    }
}
