import ArabicText
import Foundation

/// `extract --input jsonl --jobs N`: documents processed on N threads, printed in input order.
///
/// The calling thread reads lines, groups them into batches and writes results; N worker
/// threads parse, extract and render whole batches. At most a bounded window of batches is in
/// flight (read but not yet written), counted in batches and in bytes, so memory stays flat
/// however long the input is; a line longer than the byte budget is let through alone. Every input line gets exactly one output, in order —
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
    /// Most batches in flight (read but not yet written).
    var maxBatchesInFlight: Int { max(4, jobs * 4) }
    /// Most bytes of input in flight (one longer line may still go alone).
    let maxBytesInFlight = 64 << 20
    /// A batch is handed to a worker once it holds this many lines…
    let batchLines = 256
    /// …or this many bytes: locking once per batch, not once per line, keeps the hand-off cheap.
    let batchBytes = 64 << 10

    /// Reads every line of `reader`, writes one result per line to `output` in input order.
    ///
    /// Lines read before an input error (invalid UTF-8 without `--lossy`) are all written
    /// before the error is rethrown.
    func run(reader: inout LineReader, output: OutputWriter) throws {
        let window = ExtractionWindow(maxBatches: maxBatchesInFlight, maxBytes: maxBytesInFlight)
        let worker = ExtractionWorker(extractor: extractor, documents: documents, format: format)
        for index in 0..<max(1, jobs) {
            let thread = Thread {
                while let batch = window.nextBatch() {
                    window.finish(batch.sequence, output: worker.output(for: batch))
                }
            }
            thread.name = "arabic-text extract \(index)"
            thread.stackSize = 16 << 20
            thread.start()
        }
        defer { window.close() }

        var submitted = 0
        var written = 0
        func submit(_ batch: ExtractionBatch) {
            while true {
                let (ready, admitted) = window.waitForRoom(toSubmit: batch, nextToWrite: written)
                for text in ready { output.write(text) }
                written += ready.count
                if admitted { break }
            }
            submitted += 1
        }
        var batch = ExtractionBatch(sequence: 0)
        var inputError: (any Error)?
        do {
            while let line = try reader.next() {
                batch.append(line, lineNumber: reader.lineNumber - 1)
                if batch.lines.count >= batchLines || batch.bytes >= batchBytes {
                    submit(batch)
                    batch = ExtractionBatch(sequence: submitted)
                }
            }
        } catch {
            inputError = error
        }
        if !batch.lines.isEmpty { submit(batch) }
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

/// Consecutive input lines handed to one worker at once.
struct ExtractionBatch: Sendable {
    /// Position of the batch in the input, from 0.
    var sequence: Int
    /// The lines with their 1-based line numbers.
    var lines: [(number: Int, text: String)] = []
    /// UTF-8 bytes of the lines.
    var bytes = 0

    mutating func append(_ text: String, lineNumber: Int) {
        lines.append((lineNumber, text))
        bytes += text.utf8.count
    }
}

/// What a worker does with one line: parse, extract, render.
struct ExtractionWorker: Sendable {
    let extractor: ArabicExtractor
    let documents: JSONLDocuments
    let format: ExtractCommand.Format

    /// The exact text printed for `batch`: one result per line, line breaks included.
    func output(for batch: ExtractionBatch) -> String {
        var out = ""
        for line in batch.lines {
            out += output(for: line.text, lineNumber: line.number)
        }
        return out
    }

    /// The exact text printed for one input line, line break included.
    func output(for line: String, lineNumber: Int) -> String {
        switch documents.parse(line, lineNumber: lineNumber) {
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
    private let maxBatches: Int
    private let maxBytes: Int
    private var pending: [ExtractionBatch] = []
    private var pendingHead = 0
    private var finished: [Int: String] = [:]
    private var bytesBySequence: [Int: Int] = [:]
    private var batchesInFlight = 0
    private var bytesInFlight = 0
    private var closed = false

    init(maxBatches: Int, maxBytes: Int) {
        self.maxBatches = maxBatches
        self.maxBytes = maxBytes
    }

    /// Admits `batch` when the window has room; otherwise waits until results are ready to write.
    ///
    /// - Returns: The results ready in order from `nextToWrite` (to write now), and whether
    ///   `batch` was admitted.
    func waitForRoom(toSubmit batch: ExtractionBatch, nextToWrite: Int) -> (ready: [String], admitted: Bool) {
        let bytes = batch.bytes
        condition.lock()
        defer { condition.unlock() }
        while true {
            let ready = takeReady(from: nextToWrite)
            if !ready.isEmpty { return (ready, false) }
            if batchesInFlight == 0 || (batchesInFlight < maxBatches && bytesInFlight + bytes <= maxBytes) {
                batchesInFlight += 1
                bytesInFlight += bytes
                bytesBySequence[batch.sequence] = bytes
                pending.append(batch)
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

    /// The next batch for a worker, or `nil` once the window is closed and empty.
    func nextBatch() -> ExtractionBatch? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if pendingHead < pending.count {
                let batch = pending[pendingHead]
                pendingHead += 1
                if pendingHead > 64 && pendingHead * 2 > pending.count {
                    pending.removeFirst(pendingHead)
                    pendingHead = 0
                }
                return batch
            }
            if closed { return nil }
            condition.wait()
        }
    }

    /// Records the output of batch `sequence`.
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
            batchesInFlight -= 1
            bytesInFlight -= bytesBySequence.removeValue(forKey: next) ?? 0
            next += 1
        }
        if !ready.isEmpty { condition.broadcast() }
        return ready
    }
}
