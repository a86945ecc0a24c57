import ArabicText
import Foundation
import Testing

@testable import arabic_text

/// What a user sees: `evaluate` (the same table as `Scripts/score.py`), `--format html`, help,
/// completions, and the browser and consumer checks.
struct UserViewTests {
    // MARK: - Running the tool

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedText = "seeds/000_1428f3e7ba48094e.txt"
    static let seedGold = "seeds/000_1428f3e7ba48094e.gold.json"
    static let devSet = "Tests/ArabicTextTests/Fixtures/eval/dev.jsonl"

    static let binary: URL? = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("arabic-text")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()

    /// Runs `executable` (default: the built `arabic-text`) in the repository root.
    static func run(_ arguments: [String], executable: URL? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        guard let executable = executable ?? binary else { throw MissingBinary() }
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // stderr goes to a file, so a full pipe never blocks the child.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("user-view-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let out = Pipe()
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    struct MissingBinary: Error, CustomStringConvertible {
        var description: String { "the arabic-text binary was not found beside the test bundle" }
    }

    static func temporaryFile(_ text: String, suffix: String = ".json") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("user-view-\(UUID().uuidString)\(suffix)")
        try Data(text.utf8).write(to: url)
        return url
    }

    static let python: URL? = {
        for path in ["/usr/bin/python3", "/usr/local/bin/python3"] + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map({ "\($0)/python3" })
        where FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        return nil
    }()

    /// `python3` and the repository's copy of the scorer are both there.
    static var canRunScorer: Bool {
        python != nil && FileManager.default.fileExists(atPath: root.appendingPathComponent("Scripts/score.py").path)
    }

    // MARK: - evaluate equals score.py

    struct ScorerCase: CustomTestStringConvertible, Sendable {
        let id: String
        let gold: String
        /// Arguments after GOLD and PRED.
        let options: [String]
        var testDescription: String { id }
    }

    static let extractedCases: [ScorerCase] = [
        ScorerCase(id: "seed", gold: seedGold, options: []),
        ScorerCase(id: "seed, errors", gold: seedGold, options: ["--show-errors"]),
        ScorerCase(id: "dev set", gold: devSet, options: []),
        ScorerCase(id: "dev set, two types, errors", gold: devSet, options: ["--types", "date,count", "--show-errors"]),
        ScorerCase(id: "dev set, bars", gold: devSet, options: ["--min-f1", "title=0.01", "--min-f1", "organization=0.99"]),
    ]

    /// `evaluate GOLD` (extractors run) prints byte for byte what score.py prints for the same predictions.
    @Test(.enabled(if: canRunScorer, "needs python3 and Scripts/score.py"), arguments: extractedCases)
    func evaluateMatchesScorePy(_ c: ScorerCase) throws {
        let predictions = FileManager.default.temporaryDirectory.appendingPathComponent("user-view-pred-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: predictions) }
        let ours = try Self.run(["evaluate", c.gold, "--reference-date", "2025-11-29", "--write-predictions", predictions.path] + c.options)
        let theirs = try Self.run(["Scripts/score.py", c.gold, predictions.path] + c.options, executable: Self.python)
        #expect(ours.stdout.hasPrefix("type            gold  pred  strict P/R/F1"))
        #expect(ours.stdout.contains("\nALL "))
        #expect(ours.stdout == theirs.stdout)
        #expect(ours.status == theirs.status)
    }

    /// `extract --format json` piped into `evaluate GOLD PRED` scores the same as `evaluate GOLD`.
    @Test func predictionsFromExtractScoreAsTheExtractors() throws {
        let extracted = try Self.run(["extract", Self.seedText, "--format", "json", "--reference-date", "2025-11-29"])
        let file = try Self.temporaryFile(extracted.stdout)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromFile = try Self.run(["evaluate", Self.seedGold, file.path])
        let direct = try Self.run(["evaluate", Self.seedGold, "--reference-date", "2025-11-29"])
        #expect(fromFile.status == 0)
        #expect(fromFile.stdout == direct.stdout)
        #expect(fromFile.stdout.split(separator: "\n").count == 9) // header, 7 types, ALL
    }

    static let syntheticGold = """
        {"id": "a", "text": "وزارة العمل في مسقط يوم 14 سبتمبر 2025م", "entities": [{"type": "organization", "start": 0, "end": 11, "text": "وزارة العمل"}, {"type": "place", "start": 15, "end": 19, "text": "مسقط"}, {"type": "date", "start": 24, "end": 39, "text": "14 سبتمبر 2025م", "value": {"year": 2025, "month": 9, "day": 14}}]}
        {"id": "b", "text": "أكثر من 95 كفاءة", "entities": [{"type": "count", "start": 0, "end": 10, "text": "أكثر من 95", "value": 95, "qualifier": "more_than"}]}
        """

    struct SyntheticCase: CustomTestStringConvertible, Sendable {
        let id: String
        let predictions: String
        let options: [String]
        /// The table score.py prints, checked even without Python.
        let expected: String
        let status: Int32
        var testDescription: String { id }
    }

    static let syntheticCases: [SyntheticCase] = [
        SyntheticCase(
            id: "perfect, by id in another order",
            predictions: """
                {"id": "b", "entities": [{"type": "count", "start": 0, "end": 10, "value": 95.0}]}
                {"id": "a", "entities": [{"type": "organization", "start": 0, "end": 11}, {"type": "place", "start": 15, "end": 19}, {"type": "date", "start": 24, "end": 39, "value": {"year": 2025, "month": 9, "day": 14, "weekday": 1}}]}
                """,
            options: [],
            expected: """
                type            gold  pred  strict P/R/F1       lenient P/R/F1      value
                count              1     1  1.00/1.00/1.00      1.00/1.00/1.00      1/1
                date               1     1  1.00/1.00/1.00      1.00/1.00/1.00      1/1
                organization       1     1  1.00/1.00/1.00      1.00/1.00/1.00      -
                place              1     1  1.00/1.00/1.00      1.00/1.00/1.00      -
                ALL                4     4  1.00/1.00/1.00      1.00/1.00/1.00      2/2

                """,
            status: 0),
        SyntheticCase(
            id: "shifted spans, wrong value, spurious, missed",
            predictions: """
                {"entities": [{"type": "organization", "start": 0, "end": 5}, {"type": "date", "start": 24, "end": 39, "value": {"year": 2025, "month": 10}}, {"type": "person", "start": 15, "end": 19}]}
                {"entities": [{"type": "count", "start": 8, "end": 10, "value": 95}, {"type": "count", "start": 11, "end": 16, "value": 1}]}
                """,
            options: ["--show-errors"],
            expected: """
                type            gold  pred  strict P/R/F1       lenient P/R/F1      value
                count              1     2  0.00/0.00/0.00      0.50/1.00/0.67      -
                date               1     1  1.00/1.00/1.00      1.00/1.00/1.00      0/1
                organization       1     1  0.00/0.00/0.00      1.00/1.00/1.00      -
                place              1     0  0.00/0.00/0.00      0.00/0.00/0.00      -
                ALL                4     4  0.25/0.25/0.25      0.75/0.75/0.75      0/1
                doc 0 date value: «14 سبتمبر 2025م» gold={'year': 2025, 'month': 9, 'day': 14} pred={'year': 2025, 'month': 10}
                doc 0 place missed: «مسقط» at 15
                doc 1 count spurious: «كفاءة» at 11

                """,
            status: 0),
        SyntheticCase(
            id: "types in the asked order, a bar not met",
            predictions: """
                {"entities": [{"type": "place", "start": 15, "end": 19}]}
                {"entities": []}
                """,
            options: ["--types", "place,count,person", "--min-f1", "place=1", "--min-f1", "count=0.5"],
            expected: """
                type            gold  pred  strict P/R/F1       lenient P/R/F1      value
                place              1     1  1.00/1.00/1.00      1.00/1.00/1.00      -
                count              1     0  0.00/0.00/0.00      0.00/0.00/0.00      -
                person             0     0  1.00/1.00/1.00      1.00/1.00/1.00      -
                ALL                2     1  1.00/0.50/0.67      1.00/0.50/0.67      -
                below bar: count lenient F1 0.00 < 0.5

                """,
            status: 1),
    ]

    /// Hand-made predictions: the exact table (and, when Python is there, the same as score.py).
    @Test(arguments: syntheticCases)
    func evaluatePredictionsFile(_ c: SyntheticCase) throws {
        let gold = try Self.temporaryFile(Self.syntheticGold, suffix: ".jsonl")
        let predictions = try Self.temporaryFile(c.predictions, suffix: ".jsonl")
        defer {
            try? FileManager.default.removeItem(at: gold)
            try? FileManager.default.removeItem(at: predictions)
        }
        let ours = try Self.run(["evaluate", gold.path, predictions.path] + c.options)
        #expect(ours.stdout == c.expected)
        #expect(ours.status == c.status)
        if Self.canRunScorer {
            let theirs = try Self.run(["Scripts/score.py", gold.path, predictions.path] + c.options, executable: Self.python)
            #expect(ours.stdout == theirs.stdout)
            #expect(ours.status == theirs.status)
        }
    }

    struct BadEvaluation: CustomTestStringConvertible, Sendable {
        let id: String
        let arguments: [String]
        let message: String
        var testDescription: String { id }
    }

    static let badEvaluations: [BadEvaluation] = [
        BadEvaluation(id: "missing gold", arguments: ["evaluate", "/nonexistent/gold.jsonl"], message: "cannot open"),
        BadEvaluation(id: "not JSON", arguments: ["evaluate", seedText], message: "not JSON or JSONL"),
        BadEvaluation(id: "fewer predictions", arguments: ["evaluate", devSet, "$NO_ID_PREDICTION"], message: "40 gold documents but 1 predictions"),
        BadEvaluation(id: "bad bar", arguments: ["evaluate", seedGold, seedGold, "--min-f1", "organization"], message: "invalid --min-f1"),
        BadEvaluation(id: "write with PRED", arguments: ["evaluate", seedGold, seedGold, "--write-predictions", "/tmp/x.jsonl"], message: "--write-predictions"),
    ]

    @Test(arguments: badEvaluations)
    func evaluateFailsClearly(_ c: BadEvaluation) throws {
        let prediction = try Self.temporaryFile(#"{"entities": []}"#)
        defer { try? FileManager.default.removeItem(at: prediction) }
        let run = try Self.run(c.arguments.map { $0 == "$NO_ID_PREDICTION" ? prediction.path : $0 })
        #expect(run.status != 0)
        #expect(run.stderr.contains(c.message), "stderr: \(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
    }

    /// The gold scored against itself is perfect on every row.
    @Test func goldAgainstItselfIsPerfect() throws {
        let run = try Self.run(["evaluate", Self.devSet, Self.devSet, "--min-f1", "organization=1"])
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 8)
        #expect(rows.allSatisfy { $0.contains("1.00/1.00/1.00      1.00/1.00/1.00") })
        #expect(rows.last?.hasPrefix("ALL" + String(repeating: " ", count: 14) + "748   748  ") == true)
    }

    // MARK: - Python's printing, reproduced

    struct ReprCase: CustomTestStringConvertible, Sendable {
        let json: String
        let repr: String
        var testDescription: String { json }
    }

    static let reprCases: [ReprCase] = [
        ReprCase(json: #"{"year": 2025, "month": 9}"#, repr: "{'year': 2025, 'month': 9}"),
        ReprCase(json: "2.5e9", repr: "2500000000.0"),
        ReprCase(json: "95.0", repr: "95.0"),
        ReprCase(json: "1e16", repr: "1e+16"),
        ReprCase(json: "0.0001", repr: "0.0001"),
        ReprCase(json: "0.00001", repr: "1e-05"),
        ReprCase(json: "-0.5", repr: "-0.5"),
        ReprCase(json: #"[true, null, "كفاءة"]"#, repr: "[True, None, 'كفاءة']"),
        ReprCase(json: #""it's""#, repr: #""it's""#),
        ReprCase(json: #"{"a": 1, "a": 2}"#, repr: "{'a': 2}"),
    ]

    @Test(arguments: reprCases)
    func pythonRepr(_ c: ReprCase) throws {
        #expect(try JSONParser.parse(c.json).pythonRepr == c.repr)
    }

    // MARK: - HTML

    /// The office contains its organisation; a count crosses the office's end (split into fragments).
    @Test func htmlNestsAndSplitsMarks() throws {
        let text = "وكيل وزارة العمل 95 موظفا"
        let entities = [
            Entity(type: .title, start: 0, end: 16, text: "وكيل وزارة العمل", role: .position, rule: "office"),
            Entity(type: .organization, start: 5, end: 16, text: "وزارة العمل", rule: "org"),
            Entity(type: .count, start: 11, end: 19, text: "العمل 95", value: .number(95), rule: "crossing"),
        ]
        let page = HTMLRenderer(title: "t").page([.init(result: ExtractionResult(id: "d", entities: entities, links: [EntityLink(person: 0, titles: [0], organization: 1)]), text: text)])
        #expect(page.contains(#"<html lang="ar" dir="rtl">"#))
        #expect(page.contains(#"data-expected="3""#))
        let title = #"<mark class="ent t-title" data-d="0" data-e="0" tabindex="0" title="title · position · rule: office">وكيل "#
        let organization = #"<mark class="ent t-organization" data-d="0" data-e="1" tabindex="0" title="organization · rule: org">وزارة "#
        #expect(page.contains(title + organization))
        // The count opens inside the organisation, is closed with it, and goes on as a fragment.
        #expect(page.contains(#"<mark class="ent t-count frag" data-d="0" data-e="2""#))
        #expect(page.components(separatedBy: "<mark ").count - 1 == 4)
        #expect(page.components(separatedBy: "</mark>").count - 1 == 4)
        #expect(page.contains(#"<li class="link" data-d="0" data-members="0 0 1">"#))
        #expect(!page.contains("http://") && !page.contains("https://"))
    }

    struct EscapeCase: CustomTestStringConvertible, Sendable {
        let input: String
        let output: String
        var testDescription: String { input }
    }

    @Test(arguments: [
        EscapeCase(input: "<script>«وزارة»</script>", output: "&lt;script&gt;«وزارة»&lt;/script&gt;"),
        EscapeCase(input: #"a & "b" 'c'"#, output: "a &amp; &quot;b&quot; &#39;c&#39;"),
        EscapeCase(input: "مسقط", output: "مسقط"),
    ])
    func htmlEscapes(_ c: EscapeCase) {
        #expect(HTMLRenderer.escape(c.input) == c.output)
    }

    /// The seed's page marks as many entities as the JSON output has, and loads nothing from the network.
    @Test func htmlOfTheSeed() throws {
        let html = try Self.run(["extract", Self.seedText, "--format", "html", "--reference-date", "2025-11-29"])
        let json = try Self.run(["extract", Self.seedText, "--format", "json", "--reference-date", "2025-11-29"])
        #expect(html.status == 0)
        let result = try JSONDecoder().decode(ExtractionResult.self, from: Data(json.stdout.utf8))
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(html.stdout.contains(#"data-expected="\#(result.entities.count)""#))
        let marked = Set(html.stdout.components(separatedBy: "<mark class=\"ent ").dropFirst().compactMap { fragment -> String? in
            guard let range = fragment.range(of: #"data-e="\d+""#, options: .regularExpression) else { return nil }
            return String(fragment[range])
        })
        #expect(marked.count == result.entities.count)
        #expect(!html.stdout.contains("src=\"http") && !html.stdout.contains("href=\"http"))
    }

    /// JSONL input gives one page with every document.
    @Test func htmlOfJSONLInput() throws {
        let run = try Self.run(["extract", "--input", "jsonl", "--format", "html", Self.devSet])
        #expect(run.status == 0)
        #expect(run.stdout.contains(#"data-documents="40""#))
        #expect(run.stdout.components(separatedBy: "<section class=\"doc\"").count - 1 == 40)
        #expect(run.stderr.isEmpty) // never a progress line in a pipe
    }

    static var hasChromium: Bool {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// In a real headless browser the page's script runs without errors and marks every entity.
    @Test(.enabled(if: hasChromium, "needs Debian's chromium (apt-get install chromium)"))
    func htmlInHeadlessChromium() throws {
        let binary = try #require(Self.binary)
        let run = try Self.run(["Scripts/html-browser-check.sh"], executable: URL(fileURLWithPath: "/bin/bash"), environment: ["ARABIC_TEXT_BIN": binary.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("html-browser-check: ok"))
    }

    // MARK: - Help, completions, colours

    @Test(arguments: ["extract", "normalize", "tokenize", "evaluate"])
    func helpHasExamples(_ subcommand: String) throws {
        let run = try Self.run([subcommand, "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Examples:"))
        #expect(run.stdout.contains("arabic-text \(subcommand)"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScripts(_ shell: String) throws {
        let run = try Self.run(["--generate-completion-script", shell])
        #expect(run.status == 0)
        for subcommand in ["extract", "normalize", "tokenize", "evaluate"] {
            #expect(run.stdout.contains(subcommand))
        }
    }

    /// Output to a pipe never carries colours, whatever the environment says.
    @Test(arguments: [[:], ["NO_COLOR": "1"], ["TERM": "xterm-256color"]])
    func prettyInAPipeHasNoColours(_ environment: [String: String]) throws {
        let run = try Self.run(["extract", Self.seedText, "--format", "pretty", "--reference-date", "2025-11-29"], environment: environment)
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\u{1B}["))
        #expect(run.stdout.contains("Legend"))
    }

    // MARK: - Progress

    @Test func progressLineText() {
        #expect(ProgressLine.describe(bytes: 12_400_000, total: 48_000_000, seconds: 2) == "12.4 MB of 48.0 MB (25%) · 6.2 MB/s")
        #expect(ProgressLine.describe(bytes: 1_000_000, total: nil, seconds: 0.5) == "1.0 MB · 2.0 MB/s")
    }

    // MARK: - Documentation

    /// The DocC article's table has a row for every normalisation option, so it cannot fall behind the API.
    @Test func normalizationArticleCoversEveryOption() throws {
        let url = Self.root.appendingPathComponent("Sources/ArabicText/ArabicText.docc/Articles/NormalizationOptionsAndPresets.md")
        let article = try String(contentsOf: url, encoding: .utf8)
        let options = Mirror(reflecting: NormalizationOptions()).children.compactMap(\.label)
        #expect(options.count >= 13)
        for option in options {
            #expect(article.contains("| ``NormalizationOptions/\(option)``"), "no row for \(option)")
        }
    }

    // MARK: - Consumer package

    /// A fresh package that depends on this one by path builds and runs (slow: set CONSUMER_CHECK=1).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CONSUMER_CHECK"] == "1", "slow; CI runs Scripts/consumer-check.sh"))
    func consumerPackage() throws {
        let run = try Self.run(["Scripts/consumer-check.sh"], executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("normalized: احمد في المدرسه"))
    }
}
