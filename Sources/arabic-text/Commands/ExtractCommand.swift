import ArabicText
import ArgumentParser
import Foundation

/// `arabic-text extract`: finds entities and prints them readably or as the contract's JSON.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find organisations, titles, people, places, dates, counts and ordinals.",
        discussion: """
            Offsets count Unicode scalars of the input, end exclusive (docs: Docs/entities.md).
            With --input jsonl every line is a document {"id", "text", "reference_date"?}, and
            every input line gets exactly one output line, in order — an error object for a bad line.

            Examples:
              arabic-text extract seeds/000_1428f3e7ba48094e.txt
              arabic-text extract article.txt --format json --reference-date 2025-09-14
              arabic-text extract --input jsonl --format jsonl < documents.jsonl > entities.jsonl
              arabic-text extract seeds/000_1428f3e7ba48094e.txt --format html > seed.html
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case pretty, json, jsonl, html
    }

    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Argument(help: "A UTF-8 file, or - for standard input.")
    var file: String?

    @Option(help: "pretty (default on a terminal), json (one document), jsonl (one document a line) or html (one self-contained page).")
    var format: Format?

    @Option(help: "text: the whole input is one document; jsonl: one {\"id\", \"text\", \"reference_date\"?} a line.")
    var input: InputFormat = .text

    @Option(help: "The day relative dates resolve against (YYYY-MM-DD); default today.")
    var referenceDate: String?

    @Flag(help: "Replace bytes that are not UTF-8 instead of failing.")
    var lossy = false

    @Option(help: "With --input jsonl: documents processed in parallel (0: one per core); output stays in input order.")
    var jobs: Int = 1

    func validate() throws {
        guard jobs >= 0 else { throw ValidationError("--jobs must be 0 (one per core) or more") }
    }

    func run() throws {
        let reference: CalendarDate
        if let referenceDate {
            guard let date = CalendarDate(iso: referenceDate) else { throw CLIError.invalidReferenceDate(referenceDate) }
            reference = date
        } else {
            reference = CalendarDate.today()
        }
        let format = self.format ?? (isatty(STDOUT_FILENO) == 1 ? .pretty : .json)
        let extractor = ArabicExtractor()
        let output = OutputWriter()
        let source = try InputSource(path: file)
        switch input {
        case .text:
            var decoding = UTF8Decoding(lossy: lossy)
            let bytes = try source.readAll(limit: InputSource.documentLimit)
            let text = try decoding.decode(bytes[...], source: source.name, byteOffset: 0, line: 1)
            let result = extractor.extract(text, referenceDate: reference)
            write(result, text: text, format: format, to: output)
            output.flush()
            reportReplacements(decoding.replacements)
        case .jsonl:
            var reader = LineReader(source: source, lossy: lossy)
            let lines = JSONLDocuments(defaultReferenceDate: reference)
            let progress = ProgressLine(path: file)
            if format == .html {
                try writeHTMLPage(reader: &reader, documents: lines, extractor: extractor, output: output, progress: progress)
                output.flush()
                reportReplacements(reader.replacements)
                return
            }
            let workers = jobs == 0 ? ProcessInfo.processInfo.activeProcessorCount : jobs
            if workers > 1 {
                try ParallelExtraction(jobs: workers, extractor: extractor, documents: lines, format: format)
                    .run(reader: &reader, output: output)
                reportReplacements(reader.replacements)
                return
            }
            while let line = try reader.next() {
                let number = reader.lineNumber - 1
                switch lines.parse(line, lineNumber: number) {
                case .success(let document):
                    let result = extractor.extract(document.text, id: document.id, referenceDate: document.referenceDate)
                    write(result, text: document.text, format: format == .json ? .jsonl : format, to: output)
                case .failure(let failure):
                    output.line(failure.jsonLine)
                }
                progress.update(bytes: reader.byteOffset)
            }
            progress.finish()
            output.flush()
            reportReplacements(reader.replacements)
        }
    }

    private func write(_ result: ExtractionResult, text: String, format: Format, to output: OutputWriter) {
        switch format {
        case .json:
            output.line(ResultJSON.encode(result, pretty: true))
        case .jsonl:
            output.line(ResultJSON.encode(result, pretty: false))
        case .pretty:
            output.write(PrettyPrinter(colors: Terminal.wantsColor).render(result, text: text))
        case .html:
            output.write(HTMLRenderer(title: file.map { $0 == "-" ? "standard input" : $0 } ?? "standard input").page([.init(result: result, text: text)]))
        }
    }
}

/// Encodes results as the contract's JSON.
enum ResultJSON {
    static func encode(_ result: ExtractionResult, pretty: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.withoutEscapingSlashes, .sortedKeys, .prettyPrinted] : [.withoutEscapingSlashes, .sortedKeys]
        guard let data = try? encoder.encode(result) else {
            return #"{"error": "could not encode the result"}"#
        }
        return String(decoding: data, as: UTF8.self)
    }
}
