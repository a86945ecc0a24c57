/// An error the tool reports with a readable message and a non-zero exit.
enum CLIError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case isDirectory(path: String)
    case cannotRead(path: String, reason: String)
    case invalidUTF8(source: String, byteOffset: Int, line: Int)
    case invalidReferenceDate(String)
    case tooLarge(path: String, limit: Int)

    var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open '\(path)': \(reason)"
        case .isDirectory(let path):
            "'\(path)' is a directory; give a text file or - for standard input"
        case .cannotRead(let path, let reason):
            "cannot read '\(path)': \(reason)"
        case .invalidUTF8(let source, let byteOffset, let line):
            "\(source): invalid UTF-8 at byte offset \(byteOffset) (line \(line)); the input must be UTF-8 text (use --lossy to replace bad bytes)"
        case .tooLarge(let path, let limit):
            "\(path): more than \(limit >> 20) MiB in one document; split it into lines and use --input jsonl"
        case .invalidReferenceDate(let text):
            "invalid reference date '\(text)': expected YYYY-MM-DD, a day that exists"
        }
    }
}
