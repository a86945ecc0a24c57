import Foundation
import Testing

/// The tool on hostile input: odd bytes, huge lines, broken JSONL, parallel runs.
///
/// ```
/// $ printf '\xEF\xBB\xBFمسقط\r\n' | arabic-text extract - --format json   # exit 0
/// $ arabic-text extract --input jsonl --jobs 2 < docs.jsonl                # same bytes as --jobs 1
/// ```
struct ReliabilityCLITests {
    /// A text file given to `extract`, and whether entities may be found in it.
    struct TextCase: CustomTestStringConvertible, Sendable {
        let id: String
        let bytes: [UInt8]
        let mayFindEntities: Bool
        var testDescription: String { id }
    }

    static let textCases: [TextCase] = [
        TextCase(id: "empty file", bytes: [], mayFindEntities: false),
        TextCase(id: "only spaces", bytes: Array(repeating: 0x20, count: 4096), mayFindEntities: false),
        TextCase(id: "only diacritics", bytes: Array(String(repeating: "\u{064E}\u{0651}\u{0652}", count: 1000).utf8), mayFindEntities: false),
        TextCase(id: "NUL bytes", bytes: Array("وزارة".utf8) + [0, 0] + Array(" العمل في مسقط\u{0000}".utf8), mayFindEntities: true),
        TextCase(id: "only NULs", bytes: Array(repeating: 0, count: 1000), mayFindEntities: false),
        TextCase(id: "BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("عقدت وزارة العمل اجتماعا في مسقط".utf8), mayFindEntities: true),
        TextCase(id: "CRLF", bytes: Array("عقدت وزارة العمل\r\nاجتماعا في مسقط\r\n".utf8), mayFindEntities: true),
        TextCase(id: "lone CRs", bytes: Array("مسقط\r\rعمان\r".utf8), mayFindEntities: true),
    ]

    @Test(arguments: textCases)
    func oddTextFilesSucceed(_ c: TextCase) throws {
        let file = try CLITests.temporaryFile(c.bytes)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try CLITests.run(["extract", file.path, "--format", "json", "--reference-date", "2025-11-29"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        if !c.mayFindEntities { #expect(entities.isEmpty) }
        let text = String(decoding: c.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(c.bytes.dropFirst(3)) : c.bytes, as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        for entity in entities {
            let start = try #require(entity["start"] as? Int), end = try #require(entity["end"] as? Int)
            #expect(start >= 0 && start < end && end <= scalars.count)
            if start >= 0 && start < end && end <= scalars.count {
                #expect(entity["text"] as? String == String(String.UnicodeScalarView(scalars[start..<end])))
            }
        }
    }

    @Test func binaryFileFailsClearlyOrIsReplaced() throws {
        // Deterministic pseudo-random bytes (a linear congruential generator).
        var state: UInt32 = 12345
        let bytes = (0..<65_536).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        let file = try CLITests.temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(at: file) }
        let strict = try CLITests.run(["extract", file.path, "--format", "json"])
        #expect(strict.status != 0)
        #expect(strict.stderr.contains("invalid UTF-8 at byte offset"), "stderr: \(strict.stderr)")
        #expect(!strict.stderr.contains("Fatal error"))
        let lossy = try CLITests.run(["extract", file.path, "--format", "json", "--lossy"])
        #expect(lossy.status == 0, "stderr: \(lossy.stderr)")
        #expect(lossy.stderr.contains("replaced"))
        #expect((try? JSONSerialization.jsonObject(with: Data(lossy.stdout.utf8))) != nil)
    }

    /// The seed article repeated on one line to about `bytes` bytes.
    static func longLine(bytes: Int) throws -> [UInt8] {
        let seed = try String(contentsOf: CLITests.root.appendingPathComponent("seeds/000_1428f3e7ba48094e.txt"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: " ")
        let unit = Array((seed + " ").utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes + unit.count)
        while out.count < bytes { out += unit }
        return out
    }

    @Test func tenMegabyteLine() throws {
        // Scripts/scaling.sh runs the 100 MB line; 10 MB keeps the suite quick.
        let bytes = try Self.longLine(bytes: 10 << 20)
        let file = try CLITests.temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try CLITests.run(["extract", file.path, "--format", "jsonl", "--reference-date", "2025-11-29"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.hasSuffix("\n") && run.stdout.filter { $0 == "\n" }.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["entities"] is [Any])
    }

    // MARK: - JSONL

    static let jsonlLines: [String] = [
        #"{"id": "a", "text": "عقدت وزارة العمل اجتماعا في مسقط"}"#,
        "not json at all",
        #"{"id": "no-text"}"#,
        #"{"id": "number-text", "text": 42}"#,
        "",
        #"[1, 2, 3]"#,
        #"{"id": "bad-date", "text": "اليوم", "reference_date": "2025-02-30"}"#,
        #"{"id": "nul", "text": "وزارة\u0000العمل"}"#,
        "{\"id\": \"raw-nul\", \"text\": \"a\u{0000}b\"}",
        #"{"id": 7, "text": "يوم الأحد"}"#,
        #"{"text": "بلا معرّف"}"#,
        #"{"id": "truncated", "text": "وزارة"#,
    ]

    /// Whether each line above is a document (`true`) or gets an error object (`false`).
    static let jsonlIsDocument: [Bool] = [true, false, false, false, false, false, false, true, false, true, true, false]

    @Test(arguments: [1, 2, 3])
    func everyJSONLLineGetsOneOutputLineInOrder(_ jobs: Int) throws {
        let input = Self.jsonlLines.joined(separator: "\n") + "\n"
        let run = try CLITests.run(["extract", "--input", "jsonl", "--format", "jsonl", "--jobs", String(jobs), "--reference-date", "2025-11-29"], stdin: Data(input.utf8))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        try #require(lines.count == Self.jsonlLines.count, "got \(lines.count) lines: \(run.stdout)")
        for (index, line) in lines.enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            if Self.jsonlIsDocument[index] {
                #expect(object["error"] == nil, "line \(index + 1): \(line)")
                #expect(object["entities"] is [Any])
            } else {
                #expect(object["error"] is String, "line \(index + 1): \(line)")
                #expect(object["line"] as? Int == index + 1)
            }
        }
        let ids = lines.compactMap { (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String }
        // Lines that are not JSON have no known id: their error objects carry only the line number.
        #expect(ids == ["a", "no-text", "number-text", "bad-date", "nul", "7"])
    }

    @Test func jsonlWithBOMAndCRLF() throws {
        let input = "\u{FEFF}" + #"{"id": "x", "text": "وزارة العمل"}"# + "\r\n" + #"{"id": "y", "text": "مسقط"}"# + "\r\n"
        for jobs in ["1", "2"] {
            let run = try CLITests.run(["extract", "--input", "jsonl", "--format", "jsonl", "--jobs", jobs], stdin: Data(input.utf8))
            #expect(run.status == 0, "stderr: \(run.stderr)")
            let lines = run.stdout.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines.allSatisfy { !$0.contains("\"error\"") }, "\(run.stdout)")
        }
    }

    @Test func parallelOutputEqualsSerialOutput() throws {
        let dev = try Data(contentsOf: CLITests.root.appendingPathComponent("Tests/ArabicTextTests/Fixtures/eval/dev.jsonl"))
        // The dev set three times, with a broken line between the copies.
        var input = Data()
        for _ in 0..<3 {
            input.append(dev)
            input.append(Data("{broken\n".utf8))
        }
        let serial = try CLITests.run(["extract", "--input", "jsonl", "--format", "jsonl", "--jobs", "1"], stdin: input)
        #expect(serial.status == 0)
        #expect(serial.stdout.split(separator: "\n").count == 123)
        for jobs in ["2", "4", "0"] {
            let parallel = try CLITests.run(["extract", "--input", "jsonl", "--format", "jsonl", "--jobs", jobs], stdin: input)
            #expect(parallel.status == 0)
            #expect(parallel.stdout == serial.stdout, "--jobs \(jobs) differs from --jobs 1")
        }
    }

    @Test func invalidUTF8InJSONLStopsAfterTheLinesBefore() throws {
        let input = Array((#"{"id": "a", "text": "مسقط"}"# + "\n").utf8) + [0xFF, 0x0A] + Array((#"{"id": "b", "text": "x"}"# + "\n").utf8)
        for jobs in ["1", "2"] {
            let run = try CLITests.run(["extract", "--input", "jsonl", "--format", "jsonl", "--jobs", jobs], stdin: Data(input))
            #expect(run.status != 0)
            #expect(run.stderr.contains("invalid UTF-8 at byte offset 32 (line 2)"), "stderr: \(run.stderr)")
            #expect(run.stdout.split(separator: "\n").count == 1)
        }
    }

    @Test func negativeJobsIsRejected() throws {
        let run = try CLITests.run(["extract", "--input", "jsonl", "--jobs", "-1"], stdin: Data())
        #expect(run.status != 0)
        #expect(run.stderr.contains("--jobs"))
    }

    @Test func closedStdoutIsQuietInParallel() throws {
        let binary = try #require(CLITests.binary)
        let line = #"{"id": "x", "text": "عقدت وزارة العمل اجتماعا في مسقط يوم الأحد"}"#
        let run = try CLITests.shell("yes '\(line)' | head -n 20000 | '\(binary.path)' extract --input jsonl --format jsonl --jobs 2 | head -1")
        #expect(run.stdout.split(separator: "\n").count == 1)
        let stderr = run.stderr
        #expect(!stderr.contains("Fatal") && !stderr.contains("Crash") && !stderr.contains("Backtrace"), "stderr: \(stderr)")
    }

    @Test func shardedRunsConcatenateToOneRun() throws {
        // Scripts/shard-test.sh: split the dev set into 5 shards, run them separately (GNU parallel
        // or xargs -P), compare the concatenation with one run.
        let binary = try #require(CLITests.binary)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [CLITests.root.appendingPathComponent("Scripts/shard-test.sh").path,
                             "Tests/ArabicTextTests/Fixtures/eval/dev.jsonl", "5", binary.path]
        process.currentDirectoryURL = CLITests.root
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("shard-test: ok"), "\(output)")
    }
}
