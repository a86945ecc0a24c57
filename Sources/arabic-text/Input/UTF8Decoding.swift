/// Turns input bytes into text, naming the first byte that is not UTF-8.
struct UTF8Decoding {
    /// Replace invalid bytes with U+FFFD instead of failing.
    var lossy: Bool
    /// Invalid sequences replaced so far (lossy mode).
    private(set) var replacements = 0

    init(lossy: Bool) {
        self.lossy = lossy
    }

    /// The text of `bytes`; a BOM at `byteOffset` 0 is dropped.
    ///
    /// - Parameters:
    ///   - byteOffset: Where `bytes` start in the whole input, for messages.
    ///   - line: The input line `bytes` start on, for messages.
    /// - Throws: ``CLIError/invalidUTF8(source:byteOffset:line:)`` unless lossy.
    mutating func decode(_ bytes: ArraySlice<UInt8>, source: String, byteOffset: Int, line: Int) throws -> String {
        var slice = bytes
        if byteOffset == 0, slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        if let bad = UTF8Decoding.firstInvalidByte(in: slice) {
            guard lossy else {
                let badLine = line + slice[slice.startIndex..<bad].lazy.filter { $0 == 0x0A }.count
                throw CLIError.invalidUTF8(source: source, byteOffset: byteOffset + (bad - bytes.startIndex), line: badLine)
            }
            replacements += UTF8Decoding.invalidSequenceCount(in: slice)
        }
        return String(decoding: slice, as: UTF8.self)
    }

    /// Index of the first byte that starts an invalid UTF-8 sequence, or `nil`.
    static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return i
            }
            guard i + length <= end else { return i }
            let b1 = bytes[i + 1]
            guard b1 >= lowest && b1 <= highest else { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    /// How many replacement characters decoding `bytes` produces.
    static func invalidSequenceCount(in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var rest = bytes
        while let bad = firstInvalidByte(in: rest) {
            count += 1
            rest = rest[(bad + 1)...]
            // Continuation bytes after the bad lead are replaced one by one by String(decoding:).
            while let first = rest.first, first & 0xC0 == 0x80 {
                count += 1
                rest = rest.dropFirst()
            }
        }
        return count
    }
}
