import ArabicText
import Foundation

/// The documents every benchmark runs over: the Tashkeela corpus when present, else the seed article repeated.
///
/// The corpus is `ARABIC_TEXT_CORPUS` when set to a file, `../shared/corpus/diacritized.txt`
/// (beside the repository) otherwise, one document per line. When that file is absent — a fresh
/// clone, CI's malloc gate — or `ARABIC_TEXT_CORPUS=fallback`, the documents are the seed article
/// `seeds/000_1428f3e7ba48094e.txt` repeated to about 1 MB, one document per copy. The corpus is
/// GPL text and never committed; the fallback is the project's own.
///
/// ```swift
/// let corpus = BenchmarkCorpus.load()
/// corpus.name        // "diacritized.txt" or "seed ×196 (fallback)"
/// corpus.utf8Count   // 12_345_287 bytes of UTF-8 for diacritized.txt
/// ```
public struct BenchmarkCorpus: Sendable {
    /// A short description of where the documents came from.
    public let name: String
    /// The documents, in order.
    public let documents: [String]
    /// Whether the documents are the seed fallback (whose counts are asserted).
    public let isFallback: Bool
    /// Bytes of UTF-8 in all documents (line breaks between corpus lines not counted).
    public let utf8Count: Int

    /// Creates a corpus of `documents`.
    public init(name: String, documents: [String], isFallback: Bool) {
        self.name = name
        self.documents = documents
        self.isFallback = isFallback
        self.utf8Count = documents.reduce(0) { $0 + $1.utf8.count }
    }

    /// The repository root (`Benchmarks/..`), found from this source file's path.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // BenchmarkCorpus
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()  // Benchmarks
        .deletingLastPathComponent()  // repository root

    /// The seed article the fallback repeats.
    public static let seedURL = repositoryRoot.appendingPathComponent("seeds/000_1428f3e7ba48094e.txt")

    /// The default corpus file, beside the repository.
    public static let defaultCorpusURL = repositoryRoot
        .appendingPathComponent("../shared/corpus/diacritized.txt").standardizedFileURL

    /// The size the fallback grows to, in bytes of UTF-8.
    public static let fallbackTargetBytes = 1_000_000

    /// Loads the corpus named by `ARABIC_TEXT_CORPUS` (a path, or `fallback`), the default file, or the fallback.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> BenchmarkCorpus {
        let setting = environment["ARABIC_TEXT_CORPUS"] ?? ""
        if setting == "fallback" || setting == "seed" {
            return fallback()
        }
        let url = setting.isEmpty ? defaultCorpusURL : URL(fileURLWithPath: setting)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if !setting.isEmpty {
                fatalError("ARABIC_TEXT_CORPUS=\(setting): no such file (use a path, or 'fallback')")
            }
            return fallback()
        }
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        return BenchmarkCorpus(name: url.lastPathComponent, documents: lines, isFallback: false)
    }

    /// The seed article repeated to about ``fallbackTargetBytes``, one document per copy.
    public static func fallback() -> BenchmarkCorpus {
        guard let data = FileManager.default.contents(atPath: seedURL.path) else {
            fatalError("missing \(seedURL.path): the benchmarks need the repository's seeds/")
        }
        let seed = String(decoding: data, as: UTF8.self)
        let copies = max(1, fallbackTargetBytes / max(seed.utf8.count, 1))
        return BenchmarkCorpus(
            name: "seed ×\(copies) (fallback)",
            documents: Array(repeating: seed, count: copies),
            isFallback: true)
    }
}
