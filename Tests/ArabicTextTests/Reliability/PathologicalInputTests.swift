import Testing
@testable import ArabicText

/// A million repetitions of one word complete with sane output: no quadratic path, no crash.
///
/// ```swift
/// let text = String(repeating: "شركة ", count: 1_000_000)
/// ArabicExtractor().extract(text)   // finishes; every span in bounds, one type never overlaps
/// ```
/// Time is measured by `Scripts/scaling.sh`, never asserted here.
struct PathologicalInputTests {
    /// One repeated unit and what the output may hold.
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        /// The unit repeated ``repetitions`` times.
        let unit: String
        /// Whether entities may be found at all.
        let mayFindEntities: Bool
        var testDescription: String { id }
    }

    static let repetitions = 1_000_000

    static let cases: [Case] = [
        Case(id: "waw as a word", unit: "و ", mayFindEntities: false),
        Case(id: "waw without spaces", unit: "و", mayFindEntities: false),
        Case(id: "month name", unit: "يناير ", mayFindEntities: true),
        Case(id: "digits with separators", unit: "1,2", mayFindEntities: true),
        Case(id: "digit groups", unit: "12,345.67 ", mayFindEntities: true),
        Case(id: "organisation head noun", unit: "شركة ", mayFindEntities: true),
        Case(id: "ministry of", unit: "وزارة ", mayFindEntities: true),
        Case(id: "name particle", unit: "بن ", mayFindEntities: true),
        Case(id: "tashkeel only", unit: "\u{064E}", mayFindEntities: false),
        Case(id: "tatweel only", unit: "ـ", mayFindEntities: false),
        Case(id: "punctuation", unit: "،", mayFindEntities: false),
    ]

    /// Honorific runs (the title scanner once rescanned a run from every token of it).
    static let honorifics: [Case] = [
        Case(id: "honorific", unit: "سعادة ", mayFindEntities: true),
        Case(id: "honorific pair", unit: "معالي الشيخ ", mayFindEntities: true),
    ]

    @Test(arguments: cases + honorifics)
    func millionRepetitionsGiveSaneOutput(_ c: Case) {
        Self.checkRepetitions(of: c, count: Self.repetitions)
    }

    static func checkRepetitions(of c: Case, count: Int) {
        let text = String(repeating: c.unit, count: count)
        let result = ArabicExtractor().extract(text, referenceDate: CalendarDate(iso: "2025-11-29"))
        let problems = ResultInvariants.problems(in: result, of: text)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        let words = text.split(whereSeparator: \.isWhitespace).count
        // At most a few entities a word (a number inside a date inside a title run is still bounded).
        #expect(result.entities.count <= 3 * max(words, text.unicodeScalars.count / 4) + 3)
        if !c.mayFindEntities {
            #expect(result.entities.isEmpty, "found \(result.entities.prefix(3).map(\.text))")
        }
    }
}
