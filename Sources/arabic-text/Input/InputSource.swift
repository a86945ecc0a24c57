#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or standard input, read in blocks with `read(2)`.
final class InputSource {
    /// The name used in messages: the path, or `<stdin>`.
    let name: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    /// Opens `path`, or standard input for `nil` and `-`.
    ///
    /// - Throws: ``CLIError`` for a missing file, a directory or an unreadable file.
    init(path: String?) throws {
        guard let path, path != "-" else {
            name = "<stdin>"
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            return
        }
        name = path
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw CLIError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw CLIError.isDirectory(path: path)
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw CLIError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        descriptor = fd
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Reads up to `count` bytes, appending them to `buffer`; returns the number read (0 at the end).
    func read(into buffer: inout [UInt8], count: Int = 1 << 20) throws -> Int {
        let oldCount = buffer.count
        if buffer.capacity < oldCount + count {
            // Grow geometrically: reserving exactly oldCount + count on every call copies the
            // whole buffer each time, quadratic on a long line.
            buffer.reserveCapacity(max(oldCount + count, buffer.capacity * 2))
        }
        var readCount = 0
        buffer.append(contentsOf: repeatElement(0, count: count))
        while true {
            readCount = buffer.withUnsafeMutableBytes { raw in
                systemRead(descriptor, raw.baseAddress.map { $0 + oldCount }, count)
            }
            if readCount < 0 && errno == EINTR { continue }
            break
        }
        buffer.removeLast(count - max(readCount, 0))
        if readCount < 0 {
            throw CLIError.cannotRead(path: name, reason: String(cString: strerror(errno)))
        }
        return readCount
    }

    /// The largest single document (1 GiB): the offset map addresses 2 GiB, and one document
    /// that large is better split into JSONL lines.
    static let documentLimit = 1 << 30

    /// Reads everything that is left.
    ///
    /// - Throws: ``CLIError/tooLarge(path:limit:)`` past `limit` bytes.
    func readAll(limit: Int = .max) throws -> [UInt8] {
        var buffer: [UInt8] = []
        while try read(into: &buffer) > 0 {
            if buffer.count > limit { throw CLIError.tooLarge(path: name, limit: limit) }
        }
        return buffer
    }
}

/// `read(2)` under the platform's module name.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #else
    Darwin.read(fd, buffer, count)
    #endif
}
