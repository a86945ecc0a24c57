import Foundation

/// A one-line progress report on standard error — bytes done and MB/s — for long inputs on a terminal.
///
/// Shown only when standard error is a terminal (never in pipes or files, never with `TERM=dumb`),
/// and only once the input has taken more than a second, so short runs print nothing:
///
/// ```
/// 12.4 MB of 48.0 MB (26%) · 8.3 MB/s
/// ```
final class ProgressLine {
    private let enabled: Bool
    private let total: Int?
    private let started = Date()
    private var lastDrawn: TimeInterval = 0
    private var drawn = false

    /// Prepares a report for `path` (its size, when it is a regular file, gives a percentage).
    init(path: String?) {
        let environment = ProcessInfo.processInfo.environment
        enabled = isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb"
        var size: Int?
        if let path, path != "-", let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           attributes[.type] as? FileAttributeType == .typeRegular {
            size = (attributes[.size] as? NSNumber)?.intValue
        }
        total = size
    }

    /// Notes that `bytes` of the input are done; redraws at most ten times a second.
    func update(bytes: Int) {
        guard enabled else { return }
        let elapsed = Date().timeIntervalSince(started)
        guard elapsed > 1, elapsed - lastDrawn >= 0.1 else { return }
        lastDrawn = elapsed
        drawn = true
        printErrorRaw("\r\u{1B}[K" + Self.describe(bytes: bytes, total: total, seconds: elapsed))
    }

    /// Clears the line, if one was drawn.
    func finish() {
        guard drawn else { return }
        printErrorRaw("\r\u{1B}[K")
        drawn = false
    }

    /// The text of the line: `12.4 MB of 48.0 MB (26%) · 8.3 MB/s`.
    static func describe(bytes: Int, total: Int?, seconds: Double) -> String {
        let megabytes = Double(bytes) / 1_000_000
        var text = String(format: "%.1f MB", megabytes)
        if let total, total > 0 {
            text += String(format: " of %.1f MB (%d%%)", Double(total) / 1_000_000, min(100, bytes * 100 / total))
        }
        if seconds > 0 { text += String(format: " · %.1f MB/s", megabytes / seconds) }
        return text
    }

    private func printErrorRaw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
