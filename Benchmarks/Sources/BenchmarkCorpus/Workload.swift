import ArabicText

/// One measured operation of the library, run over every document of a ``BenchmarkCorpus``.
///
/// Each run returns a count (bytes of normalised text, tokens, entities) so that a speed run is
/// also a correctness check: the same corpus must always give the same count.
///
/// ```swift
/// let corpus = BenchmarkCorpus.load()
/// for workload in Workload.all() {
///     print(workload.name, workload.run(over: corpus.documents))
///     // normalize.search+map 7_905_114 …
/// }
/// ```
public struct Workload: Sendable {
    /// What is measured, as `area.variant`: also the benchmark's name and its thresholds file name.
    public let name: String
    /// What the count means (`bytes`, `tokens`, `entities`).
    public let unit: String
    /// The operation on one document, returning its count.
    let body: @Sendable (String) -> Int

    /// Creates a workload running `body` on each document.
    public init(name: String, unit: String, body: @escaping @Sendable (String) -> Int) {
        self.name = name
        self.unit = unit
        self.body = body
    }

    /// Runs the operation on every document and returns the summed count.
    @inline(never)
    public func run(over documents: [String]) -> Int {
        var total = 0
        for document in documents {
            total &+= body(document)
        }
        return total
    }

    /// The name of the workload that runs the pipeline without extractors (normalise + tokenise + words).
    public static let analysisOnlyName = "extract.none"
    /// The name of the tokeniser workload the extractors' added cost is compared with.
    public static let tokenizerName = "tokenize.tokens"
    /// The prefix of the per-extractor workloads.
    public static let singleExtractorPrefix = "extract.only-"

    /// Every workload: normaliser presets, tokeniser, the whole extraction pipeline and each built-in extractor alone.
    public static func all() -> [Workload] {
        normalizer() + tokenizer() + extraction()
    }

    /// The normaliser: `search` with and without its offset map, `display`, `extraction` with its
    /// map, and `search` with every token of its output mapped back to the original (the cost of
    /// a full alignment: a map lookup and a scalar conversion per token).
    public static func normalizer() -> [Workload] {
        let search = ArabicNormalizer.search
        let display = ArabicNormalizer.display
        let extraction = ArabicNormalizer.extraction
        let tokenizer = Tokenizer()
        return [
            Workload(name: "normalize.search+map", unit: "bytes") { search.normalize($0).text.utf8.count },
            Workload(name: "normalize.search+map+lookups", unit: "tokens") { text in
                let result = search.normalize(text)
                var mapped = 0
                tokenizer.forEachToken(in: result.text) { token in
                    if !result.originalScalarRange(fromNormalizedUTF8: token.utf8Range).isEmpty { mapped &+= 1 }
                }
                return mapped
            },
            Workload(name: "normalize.search", unit: "bytes") { search.normalizedString($0).utf8.count },
            Workload(name: "normalize.display", unit: "bytes") { display.normalizedString($0).utf8.count },
            Workload(name: "normalize.extraction+map", unit: "bytes") { extraction.normalize($0).text.utf8.count },
        ]
    }

    /// The tokeniser: the array of tokens with offsets, and the allocation-free visitor.
    public static func tokenizer() -> [Workload] {
        let tokenizer = Tokenizer()
        return [
            Workload(name: tokenizerName, unit: "tokens") { tokenizer.tokens(in: $0).count },
            Workload(name: "tokenize.forEachToken", unit: "tokens") { text in
                var count = 0
                tokenizer.forEachToken(in: text) { _ in count += 1 }
                return count
            },
        ]
    }

    /// The extraction pipeline: no extractor (analysis only), all built-in extractors, and each one alone.
    public static func extraction() -> [Workload] {
        let none = ArabicExtractor(extractors: [])
        let all = ArabicExtractor()
        var workloads = [
            Workload(name: analysisOnlyName, unit: "entities") { none.extract($0).entities.count },
            Workload(name: "extract.all", unit: "entities") { all.extract($0).entities.count },
        ]
        var seen: [String: Int] = [:]
        for extractor in ArabicExtractor.defaultExtractors() {
            var name = String(describing: type(of: extractor))
            seen[name, default: 0] += 1
            if let count = seen[name], count > 1 { name += "-\(count)" }
            let alone = ArabicExtractor(extractors: [extractor])
            workloads.append(
                Workload(name: singleExtractorPrefix + name, unit: "entities") { alone.extract($0).entities.count })
        }
        return workloads
    }
}
