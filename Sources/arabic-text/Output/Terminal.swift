import Foundation

/// What the terminal on standard output supports.
enum Terminal {
    /// Colours only on a terminal, never when `NO_COLOR` is set (https://no-color.org).
    static var wantsColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
    }
}
