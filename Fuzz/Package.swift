// swift-tools-version:5.4
// The libFuzzer target, kept out of the root package: libFuzzer brings its own `main`, which
// SwiftPM 6.x executables cannot link (see Scripts/fuzz.sh and Docs/RELIABILITY.md).
// Build only with the sanitizer flags:
//   swift build -c debug -Xswiftc -sanitize=fuzzer,address --package-path Fuzz
import PackageDescription

let package = Package(
    name: "ArabicTextFuzz",
    dependencies: [
        .package(name: "ArabicText", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "ArabicTextFuzz",
            dependencies: [.product(name: "ArabicText", package: "ArabicText")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
