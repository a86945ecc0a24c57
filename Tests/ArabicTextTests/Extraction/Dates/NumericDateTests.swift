import Testing

@testable import ArabicText

/// Dates written in digits: the shapes that are dates and those that are not.
@Suite struct NumericDateTests {
    /// A number token and the date it reads as (`nil`: not a date).
    struct Case: CustomTestStringConvertible, Sendable {
        var token: String
        var date: (year: Int, month: Int, day: Int)?
        var testDescription: String { token }
    }

    static let cases: [Case] = [
        Case(token: "28/11/2026", date: (2026, 11, 28)),
        Case(token: "2026-11-28", date: (2026, 11, 28)),
        Case(token: "12.10.2025", date: (2025, 10, 12)),
        Case(token: "12/25/2025", date: (2025, 12, 25)),  // month first when the middle cannot be a month
        Case(token: "5/2026", date: nil),
        Case(token: "2020-2024", date: nil),
        Case(token: "1/5/26", date: nil),
        Case(token: "1/2/3/2025", date: nil),  // four groups
        Case(token: "28/11-2026", date: nil),  // two separators
        Case(token: "31/13/2025", date: nil),
        Case(token: "28//2026", date: nil),
        Case(token: "12345/1/2025", date: nil),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) {
        let found = NumericDate(c.token)
        #expect(found?.year == c.date?.year && found?.month == c.date?.month && found?.day == c.date?.day)
    }
}
