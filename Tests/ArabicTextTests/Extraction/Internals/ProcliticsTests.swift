@testable import ArabicText
import Testing

/// The proclitic splits of a normalised word, as the lexicon lookups see them.
@Suite("Proclitic splits")
struct ProcliticsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let word: String
        /// (bytes of the proclitic, stem to look up), the whole word first.
        let splits: [Proclitics.Split]
        var testDescription: String { word }

        init(_ word: String, _ splits: [(Int, String)]) {
            self.word = word
            self.splits = splits.map { Proclitics.Split(prefixBytes: $0.0, stem: $0.1) }
        }
    }

    static let cases: [Case] = [
        Case("بوزاره", [(0, "بوزاره"), (2, "وزاره")]),
        Case("للدوله", [(0, "للدوله"), (4, "الدوله")]),
        Case("وبالوزاره", [(0, "وبالوزاره"), (2, "بالوزاره"), (4, "الوزاره")]),
        Case("وللشركه", [(0, "وللشركه"), (2, "للشركه"), (6, "الشركه")]),
        Case("فكتب", [(0, "فكتب"), (2, "كتب"), (4, "تب")]),
        Case("وعد", [(0, "وعد"), (2, "عد")]),
        Case("كما", [(0, "كما"), (2, "ما")]),
        Case("بل", [(0, "بل")]),
        Case("لله", [(0, "لله"), (2, "له")]),
        Case("والله", [(0, "والله"), (2, "الله")]),
        Case("مدرسه", [(0, "مدرسه")]),
        Case("2024", [(0, "2024")]),
    ]

    @Test(arguments: cases)
    func splits(_ c: Case) {
        #expect(Proclitics.splits(of: c.word) == c.splits)
    }
}
