import Foundation

/// Test data shipped with the repository (never ../shared).
enum Fixtures {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The seed article's text.
    static var seedText: String {
        (try? String(contentsOf: root.appendingPathComponent("seeds/000_1428f3e7ba48094e.txt"), encoding: .utf8)) ?? ""
    }

    /// The seed article's gold annotation (JSON).
    static var seedGold: Data {
        (try? Data(contentsOf: root.appendingPathComponent("seeds/000_1428f3e7ba48094e.gold.json"))) ?? Data()
    }

    /// The development set, one JSON document a line.
    static var devLines: [String] {
        let url = root.appendingPathComponent("Tests/ArabicTextTests/Fixtures/eval/dev.jsonl")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }
}
