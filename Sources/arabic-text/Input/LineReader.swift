/// Reads an input line by line, in memory bounded by the longest line, validating UTF-8.
struct LineReader {
    private let source: InputSource
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// Bytes from `start` already searched for a line break (a long line is scanned once).
    private var scanned = 0
    private var decoding: UTF8Decoding
    /// Byte offset of the next line in the whole input.
    private(set) var byteOffset = 0
    /// 1-based number of the next line.
    private(set) var lineNumber = 1
    /// Scalars of the line break after the line last returned: 0 (end of input), 1 (LF) or 2 (CRLF).
    private(set) var lastTerminatorLength = 0

    init(source: InputSource, lossy: Bool) {
        self.source = source
        self.decoding = UTF8Decoding(lossy: lossy)
    }

    /// Invalid sequences replaced so far (lossy mode).
    var replacements: Int { decoding.replacements }

    /// The next line without its line break (a trailing CR is dropped), or `nil` at the end.
    mutating func next() throws -> String? {
        while true {
            if let newline = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
                var lineEnd = newline
                if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                lastTerminatorLength = newline - lineEnd + 1
                let text = try decoding.decode(buffer[start..<lineEnd], source: source.name, byteOffset: byteOffset, line: lineNumber)
                byteOffset += newline + 1 - start
                lineNumber += 1
                start = newline + 1
                return text
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                var lineEnd = buffer.count
                if buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                lastTerminatorLength = buffer.count - lineEnd
                let text = try decoding.decode(buffer[start..<lineEnd], source: source.name, byteOffset: byteOffset, line: lineNumber)
                byteOffset += buffer.count - start
                start = buffer.count
                return text
            }
            scanned = buffer.count
            if start > 0 {
                buffer.removeFirst(start)
                scanned -= start
                start = 0
            }
            if try source.read(into: &buffer) == 0 { atEnd = true }
        }
    }
}
