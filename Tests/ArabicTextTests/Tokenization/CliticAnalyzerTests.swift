import Testing
@testable import ArabicText

struct CliticAnalyzerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let word: String
        let proclitics: [String]
        let stem: String
        let enclitic: String?
        var testDescription: String { word }
    }

    static let cases: [Case] = [
        Case(word: "والمدرسة", proclitics: ["و", "ال"], stem: "مدرسة", enclitic: nil),
        Case(word: "بالوزارة", proclitics: ["ب", "ال"], stem: "وزارة", enclitic: nil),
        Case(word: "وبالوزارة", proclitics: ["و", "ب", "ال"], stem: "وزارة", enclitic: nil),
        Case(word: "للمؤسسة", proclitics: ["ل", "ل"], stem: "مؤسسة", enclitic: nil),
        Case(word: "الموارد", proclitics: ["ال"], stem: "موارد", enclitic: nil),
        Case(word: "وكتابهم", proclitics: ["و"], stem: "كتاب", enclitic: "هم"),
        Case(word: "نسختها", proclitics: [], stem: "نسخت", enclitic: "ها"),
        Case(word: "وَالْمَدْرَسَةِ", proclitics: ["وَ", "الْ"], stem: "مَدْرَسَةِ", enclitic: nil),
        // Left whole: a word that merely starts with a proclitic letter.
        Case(word: "وزارة", proclitics: [], stem: "وزارة", enclitic: nil),
        Case(word: "بلد", proclitics: [], stem: "بلد", enclitic: nil),
        Case(word: "كتب", proclitics: [], stem: "كتب", enclitic: nil),
        Case(word: "فيه", proclitics: [], stem: "فيه", enclitic: nil),
        Case(word: "من", proclitics: [], stem: "من", enclitic: nil),
    ]

    @Test(arguments: cases)
    func analyze(_ c: Case) {
        let analysis = CliticAnalyzer().analyze(c.word)
        #expect(analysis.proclitics.map { c.word.utf8Slice($0) } == c.proclitics)
        #expect(c.word.utf8Slice(analysis.stem) == c.stem)
        #expect(analysis.enclitic.map { c.word.utf8Slice($0) } == c.enclitic)
    }

    @Test func knownStemsWidenSplits() {
        let analyzer = CliticAnalyzer(knownStems: ["زارة"])
        #expect(analyzer.analyze("وزارة").proclitics.count == 1)
        #expect(CliticAnalyzer().analyze("وزارة").proclitics.isEmpty)
    }
}
