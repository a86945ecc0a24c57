// swift-tools-version: 6.1
import Foundation
import PackageDescription

let package = Package(
    name: "ArabicText",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ArabicText", targets: ["ArabicText"]),
        .executable(name: "arabic-text", targets: ["arabic-text"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // ICU bridge: Debian's system ICU, seen only by the C shim.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // A C shim whose public headers use only stdint/stdbool, so Swift never sees ICU types.
        .target(
            name: "CArabicICU",
            dependencies: ["CICU"]
        ),

        // The library: normaliser → tokeniser → extractors.
        .target(
            name: "ArabicText",
            dependencies: ["CArabicICU"],
            exclude: ["Lexicons/data"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),

        // The demo command-line tool.
        .executableTarget(
            name: "arabic-text",
            dependencies: [
                "ArabicText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),

        // Tests
        .testTarget(
            name: "ArabicTextTests",
            dependencies: ["ArabicText"],
            exclude: ["Fixtures"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["arabic-text"],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)

// Documentation: `ARABICTEXT_DOCS=1 swift package generate-documentation --target ArabicText`.
// The DocC plugin is resolved only then, so library users and `swift test` never build it.
if ProcessInfo.processInfo.environment["ARABICTEXT_DOCS"] != nil {
    package.dependencies.append(.package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"))
}
