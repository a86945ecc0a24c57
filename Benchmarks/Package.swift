// swift-tools-version: 6.1
import PackageDescription

// The benchmarks of ArabicText, a package of their own so that library users and `swift test`
// never build package-benchmark. See README.md in this folder and Docs/BENCHMARKS.md.
let package = Package(
    name: "ArabicTextBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "ArabicText", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The corpus every benchmark reads, and the counts it is expected to give.
        .target(
            name: "BenchmarkCorpus",
            dependencies: [.product(name: "ArabicText", package: "ArabicText")],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // package-benchmark suite: wall clock and throughput for reading, malloc counts for the CI gate.
        .executableTarget(
            name: "ArabicTextBenchmarks",
            dependencies: [
                "BenchmarkCorpus",
                .product(name: "ArabicText", package: "ArabicText"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ArabicTextBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // A plain timer (no harness) that prints MB/s per operation as JSON, for the side-by-side
        // run with the peers (peers/run.py).
        .executableTarget(
            name: "arabic-text-speed",
            dependencies: [
                "BenchmarkCorpus",
                .product(name: "ArabicText", package: "ArabicText"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
