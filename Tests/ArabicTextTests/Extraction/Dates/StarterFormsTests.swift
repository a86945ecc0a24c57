import Testing

@testable import ArabicText

/// What a token may start, read from the date lexicon's fingerprint table: the word itself and
/// its forms behind proclitics (``StarterForms``).
@Suite struct StarterFormsTests {
    private static let lexicon = DateLexicon(.builtIn)

    /// A normalised token, a kind it must start, and whether it must.
    struct Case: CustomTestStringConvertible, Sendable {
        var token: String
        var kind: UInt16
        var starts: Bool
        var testDescription: String { "\(token) \(starts ? "starts" : "does not start") \(kind)" }

        init(_ token: String, _ kind: DateLexicon.Starts, _ starts: Bool) {
            self.token = token
            self.kind = kind.rawValue
            self.starts = starts
        }
    }

    static let cases: [Case] = [
        Case("الاحد", .weekday, true),
        Case("والاحد", .weekday, true),
        Case("يناير", .month, true),
        Case("ويناير", .month, true),
        Case("وبيناير", .month, true),
        Case("فليناير", .month, true),
        Case("عام", .yearCue, true),
        Case("لعام", .yearCue, true),
        Case("العام", .yearCue, true),
        Case("والعام", .yearCue, true),
        // The article behind ل loses its alef: للعام is ل + العام.
        Case("للعام", .yearCue, true),
        Case("وللعام", .yearCue, true),
        Case("فللعام", .yearCue, true),
        Case("لللعام", .yearCue, false),
        // Words that start no date.
        Case("الحكومه", .weekday, false),
        Case("وزاره", .month, false),
    ]

    @Test(arguments: cases)
    func startsOfToken(_ c: Case) {
        let starts = Self.lexicon.starts(fingerprint: WordFingerprint.of(c.token))
        #expect(starts.contains(DateLexicon.Starts(rawValue: c.kind)) == c.starts)
    }

    /// The forms of a word: itself, one and two proclitics, and ل + R for a word ال + R.
    @Test func formsOfAWord() {
        let forms = Set(StarterForms.forms(of: Array("العام".utf8)).map { String(decoding: $0, as: UTF8.self) })
        #expect(forms.contains("العام"))
        #expect(forms.contains("والعام"))
        #expect(forms.contains("وبالعام"))
        #expect(forms.contains("للعام"))
        #expect(forms.contains("وللعام"))
        #expect(forms.count == 1 + 5 + 6 + 3)
        // آب (August, normalised اب) has no article: لاب is ل + اب, and there is no لب.
        let ab = Set(StarterForms.forms(of: Array("اب".utf8)).map { String(decoding: $0, as: UTF8.self) })
        #expect(ab.contains("لاب") && !ab.contains("لب"))
        #expect(StarterForms.forms(of: Array("ه".utf8)).count == 1)  // a one-letter word takes no proclitic
    }
}
