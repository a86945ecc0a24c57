import Foundation

/// The counts each workload must give on the fallback corpus, committed beside the malloc thresholds.
///
/// A benchmark whose count differs from the committed one fails: the library changed what it
/// finds, so its malloc threshold is stale too. `Scripts/benchmark.sh update` rewrites both.
///
/// ```swift
/// let expected = ExpectedCounts.load()
/// expected["tokenize.tokens"]   // 91_512 tokens on the seed ×186
/// ```
public struct ExpectedCounts: Sendable {
    /// Count per workload name.
    public var counts: [String: Int]

    /// The committed file: `Benchmarks/ExpectedCounts/fallback.json`.
    public static let defaultURL = BenchmarkCorpus.repositoryRoot
        .appendingPathComponent("Benchmarks/ExpectedCounts/fallback.json")

    /// Creates counts from a dictionary.
    public init(counts: [String: Int] = [:]) {
        self.counts = counts
    }

    /// The count expected for `name`, if one is committed.
    public subscript(name: String) -> Int? {
        get { counts[name] }
        set { counts[name] = newValue }
    }

    /// Reads the committed counts; empty when the file is missing.
    public static func load(from url: URL = defaultURL) -> ExpectedCounts {
        guard let data = FileManager.default.contents(atPath: url.path),
            let counts = try? JSONDecoder().decode([String: Int].self, from: data)
        else { return ExpectedCounts() }
        return ExpectedCounts(counts: counts)
    }

    /// Writes the counts as sorted, pretty-printed JSON.
    public func write(to url: URL = defaultURL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(counts)
        data.append(0x0A)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// A message when `count` is not the committed count for `name`, else `nil`.
    public func mismatch(name: String, count: Int, corpus: BenchmarkCorpus) -> String? {
        guard corpus.isFallback, let expected = counts[name], expected != count else { return nil }
        return "count mismatch: \(name) counted \(count) on \(corpus.name), expected \(expected) "
            + "(Benchmarks/ExpectedCounts/fallback.json); if the library changed on purpose, run "
            + "Scripts/benchmark.sh update"
    }
}
