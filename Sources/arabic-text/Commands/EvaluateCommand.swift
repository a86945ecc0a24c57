import ArabicText
import ArgumentParser
import Foundation

/// `arabic-text evaluate`: precision, recall, F1 and value accuracy per type against gold annotations.
///
/// Prints exactly the table of `Scripts/score.py` (the project's shared scorer) on the same input,
/// so a user can measure a lexicon change without Python:
///
/// ```
/// $ arabic-text evaluate Tests/ArabicTextTests/Fixtures/eval/dev.jsonl --types date,count
/// type            gold  pred  strict P/R/F1       lenient P/R/F1      value
/// count            237   …
/// ```
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score extraction against gold annotations: precision, recall, F1 and value accuracy per type.",
        discussion: """
            GOLD is JSON or JSONL (one document a line) with "text", "entities" and,
            optionally, "id" and "reference_date". Without PRED the extractors run on
            every gold text (relative dates resolve against its reference_date); with
            PRED those predictions are scored (matched by "id" when every document
            has one, else in order).

            strict: same type, start and end. lenient: overlapping spans of the same
            type, each prediction matched once. value: strict matches whose value
            equals the gold one (a gold object needs only its own keys). The table
            is exactly the one Scripts/score.py prints.

            Examples:
              arabic-text evaluate seeds/000_1428f3e7ba48094e.gold.json
              arabic-text evaluate dev.jsonl --types date,count --show-errors
              arabic-text evaluate dev.jsonl predictions.jsonl --min-f1 organization=0.9
              arabic-text evaluate dev.jsonl --write-predictions predictions.jsonl
              arabic-text extract --input jsonl < x.jsonl | arabic-text evaluate x.jsonl -
            """
    )

    @Argument(help: "Gold annotations: JSON or JSONL documents with \"text\" and \"entities\".")
    var gold: String

    @Argument(help: "Predictions to score (JSON or JSONL with \"entities\"; - for standard input); default: run the extractors.")
    var predictions: String?

    @Option(help: "Comma-separated types to score, in this order (default: every type in the gold, sorted).")
    var types: String?

    @Flag(help: "After the table, list every missed, spurious and wrongly valued entity.")
    var showErrors = false

    @Option(name: .customLong("min-f1"), help: ArgumentHelp("Exit 1 when TYPE's lenient F1 is below F (repeatable).", valueName: "TYPE=F"))
    var minF1: [String] = []

    @Option(help: "Reference date for gold documents without \"reference_date\" (YYYY-MM-DD); default today.")
    var referenceDate: String?

    @Option(help: ArgumentHelp("Also write the predictions the extractors made, one JSON document a line.", valueName: "path"))
    var writePredictions: String?

    func validate() throws {
        if predictions != nil, writePredictions != nil {
            throw ValidationError("--write-predictions needs the extractors to run: leave out PRED")
        }
    }

    func run() throws {
        let goldDocuments = try Self.load(gold)
        let predicted: [JSONValue]
        if let predictions {
            predicted = try Self.load(predictions)
        } else {
            let lines = try extractAll(goldDocuments)
            // Scored in order: gold ids need not be unique or strings.
            predicted = try lines.map { line in
                guard case .object(let members) = try JSONParser.parse(line) else { return .null }
                return .object(members.filter { $0.key != "id" })
            }
            if let writePredictions {
                let text = lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
                do {
                    try text.write(toFile: writePredictions, atomically: true, encoding: .utf8)
                } catch {
                    throw EvaluationError("cannot write '\(writePredictions)': \(error.localizedDescription)")
                }
            }
        }
        var scorer = Scorer()
        scorer.types = types.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        scorer.showErrors = showErrors
        let report: Scorer.Report
        let failed: [String]
        do {
            report = try scorer.score(gold: goldDocuments, predictions: predicted)
            failed = try report.failedBars(minF1)
        } catch let failure as Scorer.Failure {
            throw EvaluationError(failure.description)
        }
        let output = OutputWriter()
        for line in report.lines { output.line(line) }
        if !failed.isEmpty {
            output.line("below bar: " + failed.joined(separator: "; "))
        }
        output.flush()
        if !failed.isEmpty { throw ExitCode(1) }
    }

    /// Runs the extractors on every gold document; one contract JSON line each.
    private func extractAll(_ documents: [JSONValue]) throws -> [String] {
        let fallback: CalendarDate
        if let referenceDate {
            guard let date = CalendarDate(iso: referenceDate) else { throw CLIError.invalidReferenceDate(referenceDate) }
            fallback = date
        } else {
            fallback = CalendarDate.today()
        }
        let extractor = ArabicExtractor()
        return try documents.enumerated().map { index, document in
            guard let text = document["text"]?.string else {
                throw EvaluationError("\(gold): document \(index) has no \"text\" string")
            }
            var reference = fallback
            if let iso = document["reference_date"]?.string {
                guard let date = CalendarDate(iso: iso) else {
                    throw EvaluationError("\(gold): document \(index) has an invalid \"reference_date\" '\(iso)': expected YYYY-MM-DD")
                }
                reference = date
            }
            let result = extractor.extract(text, id: document["id"]?.string, referenceDate: reference)
            return ResultJSON.encode(result, pretty: false)
        }
    }

    private static func load(_ path: String) throws -> [JSONValue] {
        let source = try InputSource(path: path)
        var decoding = UTF8Decoding(lossy: false)
        let bytes = try source.readAll()
        let text = try decoding.decode(bytes[...], source: source.name, byteOffset: 0, line: 1)
        do {
            return try Scorer.documents(fromFileText: text)
        } catch {
            throw EvaluationError("\(source.name): not JSON or JSONL: \(error)")
        }
    }
}
