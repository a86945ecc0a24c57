import ArabicText
import BenchmarkCorpus
import Foundation

// arabic-text-speed: times every `Workload` over the corpus and prints one JSON object (median
// seconds, MB/s, count per workload; each extractor's added cost against the tokeniser).
// `Benchmarks/peers/run.py` runs it side by side with the peers.
//
// Two clocks: wall (monotonic) and the thread's CPU time (CLOCK_THREAD_CPUTIME_ID). On a shared,
// loaded VM the CPU time leaves out the time spent waiting for a core; MB/s and ratios use it.
//
//   arabic-text-speed [--runs N] [--filter SUBSTRING|=NAME] [--write-expected] [--check-expected]
//
// The runs are interleaved (run 1 of every workload, then run 2 …) so that the noise of this
// shared 2-core VM falls on all workloads alike; the median of the runs is reported.

struct Options {
    var runs = 5
    var filter: [String] = []
    var writeExpected = false
    var checkExpected = false

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--runs": runs = max(1, Int(iterator.next() ?? "") ?? runs)
            case "--filter": filter.append(iterator.next() ?? "")
            case "--write-expected": writeExpected = true
            case "--check-expected": checkExpected = true
            default:
                FileHandle.standardError.write(Data("arabic-text-speed: unknown argument \(argument)\n".utf8))
                exit(2)
            }
        }
    }
}

func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Wall-clock seconds, CPU seconds of this thread, and the count `body` returns.
func measure(_ body: () -> Int) -> (wall: Double, cpu: Double, count: Int) {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = threadCPUSeconds()
    let count = body()
    let cpuEnd = threadCPUSeconds()
    let end = DispatchTime.now().uptimeNanoseconds
    return (Double(end - start) / 1e9, cpuEnd - cpuStart, count)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

let options = Options(CommandLine.arguments)
let corpus = BenchmarkCorpus.load()
let megabytes = Double(corpus.utf8Count) / 1e6
var workloads = Workload.all()
if !options.filter.isEmpty {
    workloads = workloads.filter { workload in
        options.filter.contains { $0.hasPrefix("=") ? workload.name == $0.dropFirst() : workload.name.contains($0) }
    }
}
log("corpus: \(corpus.name), \(corpus.documents.count) documents, \(String(format: "%.2f", megabytes)) MB")

// Warm-up: every workload once over a slice (lazy tables, page faults of first allocations).
let warmup = Array(corpus.documents.prefix(max(1, corpus.documents.count / 20)))
for workload in workloads { _ = workload.run(over: warmup) }

var times: [String: [Double]] = [:]
var cpuTimes: [String: [Double]] = [:]
var counts: [String: Int] = [:]
var failures: [String] = []
for run in 1...options.runs {
    for workload in workloads {
        let (time, cpu, count) = measure { workload.run(over: corpus.documents) }
        times[workload.name, default: []].append(time)
        cpuTimes[workload.name, default: []].append(cpu)
        if let previous = counts[workload.name], previous != count {
            failures.append("\(workload.name): count \(count) in run \(run), \(previous) before (nondeterministic)")
        }
        counts[workload.name] = count
    }
    log("run \(run)/\(options.runs) done")
}

let expected = ExpectedCounts.load()
if options.checkExpected {
    for workload in workloads {
        if let message = expected.mismatch(name: workload.name, count: counts[workload.name] ?? -1, corpus: corpus) {
            failures.append(message)
        }
    }
}
if options.writeExpected {
    guard corpus.isFallback else {
        log("--write-expected needs the fallback corpus (ARABIC_TEXT_CORPUS=fallback)")
        exit(2)
    }
    var updated = ExpectedCounts()
    for workload in Workload.all() { updated[workload.name] = counts[workload.name] ?? workload.run(over: corpus.documents) }
    try updated.write()
    log("wrote \(ExpectedCounts.defaultURL.path)")
}

var results: [[String: Any]] = []
let medians = cpuTimes.mapValues(median)
let tokenizerTime = medians[Workload.tokenizerName]
let analysisTime = medians[Workload.analysisOnlyName]
for workload in workloads {
    guard let time = medians[workload.name], let wall = times[workload.name] else { continue }
    var row: [String: Any] = [
        "name": workload.name, "cpu_median_s": time, "median_s": median(wall), "min_s": wall.min()!,
        "max_s": wall.max()!, "mb_s": megabytes / time, "wall_mb_s": megabytes / median(wall),
        "count": counts[workload.name]!, "unit": workload.unit,
    ]
    if let tokenizerTime {
        row["x_tokenizer"] = time / tokenizerTime
        if let analysisTime, workload.name.hasPrefix(Workload.singleExtractorPrefix) || workload.name == "extract.all" {
            row["added_s"] = time - analysisTime
            row["added_x_tokenizer"] = (time - analysisTime) / tokenizerTime
        }
    }
    results.append(row)
}
let report: [String: Any] = [
    "corpus": corpus.name, "bytes": corpus.utf8Count, "documents": corpus.documents.count,
    "runs": options.runs, "fallback": corpus.isFallback, "workloads": results, "failures": failures,
]
let json = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
FileHandle.standardOutput.write(json)
FileHandle.standardOutput.write(Data("\n".utf8))
for failure in failures { log("FAIL " + failure) }
exit(failures.isEmpty ? 0 : 1)
