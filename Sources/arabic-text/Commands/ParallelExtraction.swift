import ArabicText
import Foundation

/// `extract --input jsonl --jobs N`: documents processed on N threads, printed in input order.
///
/// The calling thread reads lines and writes results; N worker threads parse, extract and
/// render. At most a bounded window of lines is in flight (read but not yet written), counted
/// in lines and in bytes, so memory stays flat however long the input is; a line longer than
/// the byte budget is let through alone. Every input line gets exactly one output, in order —
/// the same output as `--jobs 1`.
///
/// ```
/// $ arabic-text extract --input jsonl --format jsonl --jobs 2 < documents.jsonl > entities.jsonl
/// ```
struct ParallelExtraction {
    /// Worker threads.
    let jobs: Int
    /// The shared extractor (an immutable `Sendable` value).
    let extractor: ArabicExtractor
    /// Turns a line into a document or a per-line error.
    let documents: JSONLDocuments
    /// How each result is printed (`.json` prints one compact line, like `.jsonl`).
    let format: ExtractCommand.Format
    /// Most lines in flight.
    var maxLinesInFlight: Int { max(4, jobs * 32) }
    /// Most bytes of input in flight (one longer line may still go alone).
    let maxBytesInFlight = 64 << 20

    /// Reads every line of `reader`, writes one result per line to `output` in input order.
    ///
    /// Lines read before an input error (invalid UTF-8 without `--lossy`) are all written
    /// before the error is rethrown.
    func run(reader: inout LineReader, output: OutputWriter) throws {
        let window = ExtractionWindow(maxLines: maxLinesInFlight, maxBytes: maxBytesInFlight)
        let worker = ExtractionWorker(extractor: extractor, documents: documents, format: format)
        for index in 0..<max(1, jobs) {
            let thread = Thread {
                while let job = window.nextJob() {
                    window.finish(job.sequence, output: worker.output(for: job))
                }
            }
            thread.name = "arabic-text extract \(index)"
            thread.stackSize = 16 << 20
            thread.start()
        }
        defer { window.close() }

        var submitted = 0
        var written = 0
        var inputError: (any Error)?
        do {
            while let line = try reader.next() {
                let job = ExtractionJob(sequence: submitted, lineNumber: reader.lineNumber - 1, line: line)
                while true {
                    let (ready, admitted) = window.waitForRoom(toSubmit: job, nextToWrite: written)
                    for text in ready { output.write(text) }
                    written += ready.count
                    if admitted { break }
                }
                submitted += 1
            }
        } catch {
            inputError = error
        }
        window.close()
        while written < submitted {
            let ready = window.waitForResults(nextToWrite: written)
            for text in ready { output.write(text) }
            written += ready.count
        }
        output.flush()
        if let inputError { throw inputError }
    }
}

/// One input line to process.
struct ExtractionJob: Sendable {
    var sequence: Int
    var lineNumber: Int
    var line: String
}

/// What a worker does with one line: parse, extract, render.
struct ExtractionWorker: Sendable {
    let extractor: ArabicExtractor
    let documents: JSONLDocuments
    let format: ExtractCommand.Format

    /// The exact text printed for `job`, line break included.
    func output(for job: ExtractionJob) -> String {
        switch documents.parse(job.line, lineNumber: job.lineNumber) {
        case .success(let document):
            let result = extractor.extract(document.text, id: document.id, referenceDate: document.referenceDate)
            if format == .pretty {
                return PrettyPrinter(colors: Terminal.wantsColor).render(result, text: document.text)
            }
            return ResultJSON.encode(result, pretty: false) + "\n"
        case .failure(let failure):
            return failure.jsonLine + "\n"
        }
    }
}

/// The bounded, ordered hand-off between the reading thread and the workers.
///
/// All state is guarded by `condition`; the class is shared across threads on that basis.
final class ExtractionWindow: @unchecked Sendable {
    private let condition = NSCondition()
    private let maxLines: Int
    private let maxBytes: Int
    private var pending: [ExtractionJob] = []
    private var pendingHead = 0
    private var finished: [Int: String] = [:]
    private var bytesBySequence: [Int: Int] = [:]
    private var linesInFlight = 0
    private var bytesInFlight = 0
    private var closed = false

    init(maxLines: Int, maxBytes: Int) {
        self.maxLines = maxLines
        self.maxBytes = maxBytes
    }

    /// Admits `job` when the window has room; otherwise waits until results are ready to write.
    ///
    /// - Returns: The results ready in order from `nextToWrite` (to write now), and whether
    ///   `job` was admitted.
    func waitForRoom(toSubmit job: ExtractionJob, nextToWrite: Int) -> (ready: [String], admitted: Bool) {
        let bytes = job.line.utf8.count
        condition.lock()
        defer { condition.unlock() }
        while true {
            let ready = takeReady(from: nextToWrite)
            if !ready.isEmpty { return (ready, false) }
            if linesInFlight == 0 || (linesInFlight < maxLines && bytesInFlight + bytes <= maxBytes) {
                linesInFlight += 1
                bytesInFlight += bytes
                bytesBySequence[job.sequence] = bytes
                pending.append(job)
                condition.broadcast()
                return ([], true)
            }
            condition.wait()
        }
    }

    /// Waits for at least one result in order from `nextToWrite`; returns all that are ready.
    func waitForResults(nextToWrite: Int) -> [String] {
        condition.lock()
        defer { condition.unlock() }
        while true {
            let ready = takeReady(from: nextToWrite)
            if !ready.isEmpty { return ready }
            condition.wait()
        }
    }

    /// The next job for a worker, or `nil` once the window is closed and empty.
    func nextJob() -> ExtractionJob? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if pendingHead < pending.count {
                let job = pending[pendingHead]
                pendingHead += 1
                if pendingHead > 1024 && pendingHead * 2 > pending.count {
                    pending.removeFirst(pendingHead)
                    pendingHead = 0
                }
                return job
            }
            if closed { return nil }
            condition.wait()
        }
    }

    /// Records the output of job `sequence`.
    func finish(_ sequence: Int, output: String) {
        condition.lock()
        finished[sequence] = output
        condition.broadcast()
        condition.unlock()
    }

    /// No more jobs: idle workers return.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Removes and returns the consecutive finished outputs from `sequence` (lock held).
    private func takeReady(from sequence: Int) -> [String] {
        var ready: [String] = []
        var next = sequence
        while let text = finished.removeValue(forKey: next) {
            ready.append(text)
            linesInFlight -= 1
            bytesInFlight -= bytesBySequence.removeValue(forKey: next) ?? 0
            next += 1
        }
        if !ready.isEmpty { condition.broadcast() }
        return ready
    }
}
