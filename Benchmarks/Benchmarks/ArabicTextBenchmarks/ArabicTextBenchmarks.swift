import ArabicText
import Benchmark
import BenchmarkCorpus

// The package-benchmark suite: one benchmark per `Workload` (normaliser presets, tokeniser,
// whole extraction, each built-in extractor alone) over the corpus of `BenchmarkCorpus.load()`.
//
// Wall clock and throughput are for reading; the CI gate checks `mallocCountTotal` only (exact to
// `mallocTolerance`) against `Thresholds/` (wall clock on this 2-core VM drifts by a third).
// Every iteration checks its count against the committed one on the fallback corpus, so a speed
// run is also a correctness check.

/// Allocations per run over the whole corpus that the gate lets pass. Swift arrays grow by
/// what `malloc_usable_size` gives them, so the count moves by one per document (±186 on the
/// fallback) with the allocator's state — which benchmarks ran before in the process. 400
/// (about two per document) absorbs that; one more allocation per token is +91,512.
let mallocTolerance = 400

let benchmarks: @Sendable () -> Void = {
    let corpus = BenchmarkCorpus.load()
    let expected = ExpectedCounts.load()
    let megabytes = Double(corpus.utf8Count) / 1_000_000
    print(
        "corpus: \(corpus.name), \(corpus.documents.count) documents, \(corpus.utf8Count) bytes of UTF-8;"
            + " MB/s = throughput (iterations/s) × \(megabytes)")

    let timeOnly = BenchmarkThresholds(relative: BenchmarkThresholds.Relative.none, absolute: BenchmarkThresholds.Absolute.none)
    // Malloc counts: exact up to `mallocTolerance` per run of the fallback.
    let mallocs = BenchmarkThresholds(absolute: [.p90: mallocTolerance])
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        timeUnits: .microseconds,
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(corpus.isFallback ? 2 : 10),
        maxIterations: corpus.isFallback ? 5 : 15,
        thresholds: [.wallClock: timeOnly, .throughput: timeOnly, .mallocCountTotal: mallocs]
    )

    for workload in Workload.all() {
        let documents = corpus.documents
        Benchmark(workload.name) { benchmark in
            for _ in benchmark.scaledIterations {
                let count = workload.run(over: documents)
                blackHole(count)
                if !corpus.isFallback && benchmark.currentIteration == 0 {
                    // Counts on the corpus depend on the file: printed, not asserted.
                    print("\(workload.name): \(count) \(workload.unit) on \(corpus.name)")
                }
                if let message = expected.mismatch(name: workload.name, count: count, corpus: corpus) {
                    benchmark.error(message)
                }
            }
        }
    }
}
