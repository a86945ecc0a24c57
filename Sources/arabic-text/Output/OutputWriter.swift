#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to standard output; a closed pipe (`| head -1`) ends the program quietly.
final class OutputWriter {
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16

    init() {
        signal(SIGPIPE, SIG_IGN)
        buffer.reserveCapacity(capacity)
    }

    deinit { flush() }

    /// Writes `text`.
    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { flush() }
    }

    /// Writes `text` and a line break.
    func line(_ text: String) {
        write(text)
        buffer.append(0x0A)
        if buffer.count >= capacity { flush() }
    }

    /// Writes whatever is buffered; exits with status 0 when the reader has gone away.
    func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                systemWrite(STDOUT_FILENO, raw.baseAddress.map { $0 + offset }, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                // EPIPE: nobody reads any more. Anything else: nothing sensible to do but stop.
                exit(errno == EPIPE ? 0 : 1)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes a message to standard error.
func printError(_ message: String) {
    let text = message.hasSuffix("\n") ? message : message + "\n"
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { systemWrite(STDERR_FILENO, $0.baseAddress, $0.count) }
}

/// `write(2)` under the platform's module name.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}
