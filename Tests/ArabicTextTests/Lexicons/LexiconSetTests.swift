import Foundation
import Testing
@testable import ArabicText

struct LexiconSetTests {
    /// The generated Swift file must hold exactly the data files (run `python3 Scripts/embed-lexicons.py`).
    @Test func embeddedLexiconsMatchTheDataFiles() throws {
        let directory = Fixtures.root.appendingPathComponent("Sources/ArabicText/Lexicons/data")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".tsv") }.sorted()
        #expect(!names.isEmpty)
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedLexicons.files.map { ($0.name, $0.text) })
        #expect(embedded.keys.sorted() == names.map { String($0.dropLast(4)) }, "run python3 Scripts/embed-lexicons.py")
        for name in names {
            var text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            if !text.hasSuffix("\n") { text += "\n" }
            // A multi-line string literal ends before the newline that precedes its closing delimiter.
            #expect(embedded[String(name.dropLast(4))].map { $0 + "\n" } == text, "\(name) differs from EmbeddedLexicons.swift: run python3 Scripts/embed-lexicons.py")
        }
    }

    /// Every lexicon says where its entries came from and what its columns are.
    @Test(arguments: EmbeddedLexicons.files.map(\.name))
    func lexiconHasProvenanceHeader(_ name: String) throws {
        let text = try #require(EmbeddedLexicons.files.first { $0.name == name }?.text)
        let header = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: "\n")
        #expect(header.contains("source"), "\(name).tsv needs a '# source:' line")
        #expect(!LexiconSet.builtIn.rows(of: LexiconName(rawValue: name)).isEmpty)
    }

    struct AddCase: CustomTestStringConvertible, Sendable {
        let id: String
        let tsv: String
        let forms: [String]
        var testDescription: String { id }
    }

    static let addCases: [AddCase] = [
        AddCase(id: "rows with comments and blank lines", tsv: "# source: me\n\nديوان\tcol\n# more\nمجمع\n", forms: ["ديوان", "مجمع"]),
        AddCase(id: "CRLF line ends", tsv: "ديوان\r\nمجمع\r\n", forms: ["ديوان", "مجمع"]),
        AddCase(id: "spaces around columns are trimmed", tsv: "  ديوان  \t x \n", forms: ["ديوان"]),
    ]

    @Test(arguments: addCases)
    func addRows(_ c: AddCase) throws {
        var set = LexiconSet.empty
        try set.add(tsv: c.tsv, to: "test")
        #expect(set.rows(of: "test").map(\.form) == c.forms)
    }

    @Test func emptyFirstColumnIsAnError() {
        var set = LexiconSet.empty
        #expect(throws: LexiconError.emptyRow(line: 2)) {
            try set.add(tsv: "ديوان\n\tonly a second column\n", to: "test")
        }
    }

    @Test func addedRowsComeAfterBuiltInOnes() throws {
        var set = LexiconSet.builtIn
        let before = set.rows(of: "organization-heads").count
        try set.add(tsv: "ديوان\n", to: "organization-heads")
        #expect(set.rows(of: "organization-heads").count == before + 1)
        #expect(set.rows(of: "organization-heads").last?.form == "ديوان")
    }

    @Test func userLexiconRowsReachTheExtractor() throws {
        let text = "أصدر تجمع المهنيين السودانيين بيانًا أمس"
        #expect(!ArabicExtractor().extract(text).entities.contains { $0.type == .organization && $0.text.hasPrefix("تجمع") })
        var set = LexiconSet.builtIn
        try set.add(tsv: "تجمع\n", to: "organization-heads")
        let entities = ArabicExtractor(lexicons: set).extract(text).entities
        #expect(entities.contains { $0.type == .organization && $0.text == "تجمع المهنيين السودانيين" })
    }
}
