import Foundation
import Testing

/// Runs the built `arabic-text` binary on good and bad input.
struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary: URL? = {
        // The test bundle sits in the same products directory as the executable.
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("arabic-text")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for path in [".build/debug/arabic-text", ".build/release/arabic-text"] {
            let candidate = root.appendingPathComponent(path)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Run {
        let binary = try #require(Self.binary, "arabic-text binary not found")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let writer = Thread {
            if let stdin { input.fileHandleForWriting.write(stdin) }
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a `/bin/sh` pipeline (for closed-pipe cases the tool must survive quietly).
    static func shell(_ script: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFile(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("arabic-text-test-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        return url
    }

    // MARK: - Bad input

    struct BadInput: CustomTestStringConvertible, Sendable {
        let id: String
        let arguments: [String]
        let message: String
        var testDescription: String { id }
    }

    static let badInputs: [BadInput] = [
        BadInput(id: "missing file", arguments: ["extract", "/nonexistent/file.txt"], message: "cannot open '/nonexistent/file.txt'"),
        BadInput(id: "directory", arguments: ["tokenize", "/tmp"], message: "is a directory"),
        BadInput(id: "bad reference date", arguments: ["extract", "seeds/000_1428f3e7ba48094e.txt", "--reference-date", "2025-02-30"], message: "invalid reference date"),
        BadInput(id: "unknown preset", arguments: ["normalize", "--preset", "nope", "-"], message: "nope"),
    ]

    @Test(arguments: badInputs)
    func badInputFailsClearly(_ c: BadInput) throws {
        let run = try Self.run(c.arguments, stdin: Data())
        #expect(run.status != 0)
        #expect(run.stderr.contains(c.message), "stderr: \(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test(arguments: ["extract", "tokenize", "normalize"])
    func invalidUTF8NamesTheByteOffset(_ command: String) throws {
        let file = try Self.temporaryFile(Array("سطر أول\nمسقط ".utf8) + [0xFF, 0x41])
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Self.run([command, file.path])
        #expect(run.status != 0)
        // "سطر أول\n" is 14 bytes, "مسقط " 9: the bad byte is at offset 23, on line 2.
        #expect(run.stderr.contains("invalid UTF-8 at byte offset 23 (line 2)"), "stderr: \(run.stderr)")
    }

    @Test func lossyReplacesAndReports() throws {
        let file = try Self.temporaryFile(Array("مسقط ".utf8) + [0xC3, 0x28] + Array(" عمان".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Self.run(["normalize", file.path, "--lossy", "--preset", "none"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\u{FFFD}"))
        #expect(run.stderr.contains("replaced 1 invalid UTF-8 sequence"))
    }

    @Test func emptyInputGivesAnEmptyDocument() throws {
        let run = try Self.run(["extract", "-", "--format", "jsonl"], stdin: Data())
        #expect(run.status == 0)
        #expect(run.stdout == "{\"entities\":[],\"links\":[]}\n")
    }

    @Test func closedStdoutIsQuiet() throws {
        let binary = try #require(Self.binary)
        let run = try Self.shell("yes 'وزارة العمل في مسقط' | head -n 20000 | '\(binary.path)' tokenize - | head -1")
        #expect(run.stdout == "0\t5\tarabic_word\tوزارة\n")
        #expect(run.stderr.isEmpty, "stderr: \(run.stderr)")
    }

    // MARK: - Good input

    @Test func tokenizeJSONOffsetsAreScalars() throws {
        let run = try Self.run(["tokenize", "--format", "json"], stdin: Data("أَحمد\r\nفي ٢٠٢٤".utf8))
        #expect(run.status == 0)
        let tokens = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
        let summary = (tokens ?? []).map { "\($0["kind"]!) \($0["start"]!) \($0["end"]!) \($0["text"]!)" }
        #expect(summary == ["arabic_word 0 5 أَحمد", "arabic_word 7 9 في", "number 10 14 ٢٠٢٤"])
    }

    @Test func tokenizeCount() throws {
        let run = try Self.run(["tokenize", "--count"], stdin: Data("وزارة العمل، 2024".utf8))
        #expect(run.status == 0)
        #expect(run.stdout.contains("arabic_word\t2\n"))
        #expect(run.stdout.contains("number\t1\n"))
        #expect(run.stdout.contains("punctuation\t1\n"))
        #expect(run.stdout.contains("total\t4\n"))
    }

    @Test func normalizeSearchPreset() throws {
        let run = try Self.run(["normalize"], stdin: Data("أَحْمَدُ فِي ٱلْمَدْرَسَةِ ٢٠٢٤\n".utf8))
        #expect(run.status == 0)
        #expect(run.stdout == "احمد في المدرسه 2024\n")
    }

    @Test func jsonlKeepsOneLinePerInputLine() throws {
        let input = """
            {"id": "a", "text": "وزارة العمل"}
            not json
            {"id": 7}
            {"id": "b", "text": "اليوم", "reference_date": "2025-09-14"}

            """
        let run = try Self.run(["extract", "--input", "jsonl", "--format", "jsonl"], stdin: Data(input.utf8))
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let objects = lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == 4)
        #expect(objects.first?["id"] as? String == "a")
        #expect(objects[1]["line"] as? Int == 2 && objects[1]["error"] != nil)
        #expect(objects[2]["id"] as? String == "7" && objects[2]["error"] != nil)
        #expect(objects[3]["id"] as? String == "b")
    }

    @Test func extractSeedAsJSON() throws {
        let run = try Self.run(["extract", "seeds/000_1428f3e7ba48094e.txt", "--format", "json", "--reference-date", "2025-11-29"])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let entities = object?["entities"] as? [[String: Any]] ?? []
        #expect(entities.count >= 30)
        #expect((object?["links"] as? [Any])?.count == 2)
    }

    @Test func prettyWithoutColorUnderNoColor() throws {
        let run = try Self.run(["extract", "--format", "pretty"], stdin: Data("نظمت وزارة العمل ملتقى".utf8), environment: ["NO_COLOR": "1"])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\u{1B}["))
        #expect(run.stdout.contains("Legend:"))
    }
}
