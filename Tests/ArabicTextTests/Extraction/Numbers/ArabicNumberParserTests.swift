import Testing

@testable import ArabicText

/// Table tests of ``ArabicNumberParser``: number expressions with their values, and things that are not numbers.
@Suite("ArabicNumberParser")
struct ArabicNumberParserTests {
    static let parser = ArabicNumberParser()

    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var value: Double?
        var testDescription: String { "\(text) → \(value.map { "\($0)" } ?? "nil")" }
        init(_ text: String, _ value: Double?) {
            self.text = text
            self.value = value
        }
    }

    static let digitCases: [Case] = [
        Case("0", 0), Case("7", 7), Case("95", 95), Case("2025", 2025), Case("1240", 1240),
        Case("12,500", 12500), Case("21,103,524", 21_103_524), Case("3,400", 3400), Case("1,000,000", 1_000_000),
        Case("12.5", 12.5), Case("8.4", 8.4), Case("0.75", 0.75), Case("100.0", 100),
        Case("12,345.67", 12345.67), Case("1.234.567", 1_234_567), Case("1.234,5", 1234.5), Case("3,5", 3.5),
        Case("١٢٣", 123), Case("٢٨", 28), Case("١٬٢٣٤٫٥", 1234.5), Case("٣٫٥", 3.5), Case("١٠", 10),
        Case("۲۰۲۵", 2025), Case("۱۴۰۵", 1405), Case("۳٫۲", 3.2),
        Case("-7", -7), Case("+15", 15), Case("−3.5", -3.5),
        Case("15%", 15), Case("١٥٪", 15), Case("8.4%", 8.4), Case("٣٦٫١٪", 36.1), Case("100 %", 100),
        Case("1/4", 0.25), Case("3/5", 0.6), Case(".77", 0.77), Case("01.10", 1.1), Case("١٢٣٤٥٦٧", 1_234_567),
        Case("28/11/2026", nil), Case("11/2026", nil), Case("10:30", nil), Case("2020-2024", nil), Case("1,23,4", nil),
        Case("", nil), Case("%", nil), Case("abc", nil), Case("5 و10", nil), Case("12 13", nil),
    ]

    static let wordCases: [Case] = [
        // 1–10, both genders and case forms.
        Case("واحد", 1), Case("واحدة", 1), Case("اثنان", 2), Case("اثنين", 2), Case("اثنتان", 2), Case("اثنتين", 2),
        Case("إثنان", 2), Case("ثلاث", 3), Case("ثلاثة", 3), Case("ثلاثه", 3), Case("أربع", 4), Case("أربعة", 4),
        Case("اربعة", 4), Case("خمس", 5), Case("خمسة", 5), Case("ست", 6), Case("ستة", 6), Case("سبع", 7),
        Case("سبعة", 7), Case("ثمان", 8), Case("ثماني", 8), Case("ثمانية", 8), Case("تسع", 9), Case("تسعة", 9),
        Case("عشر", 10), Case("عشرة", 10),
        // With tashkeel and tatweel.
        Case("خَمْسَةٌ", 5), Case("ثَلَاثُ", 3), Case("عِشْرُونَ", 20), Case("أَلْفًا", 2000), Case("خمســة", 5),
        // 11–19.
        Case("أحد عشر", 11), Case("إحدى عشرة", 11), Case("اثنا عشر", 12), Case("اثني عشر", 12),
        Case("اثنتا عشرة", 12), Case("اثنتي عشرة", 12), Case("ثلاثة عشر", 13), Case("ثلاث عشرة", 13),
        Case("أربعة عشر", 14), Case("أربع عشرة", 14), Case("خمسة عشر", 15), Case("خمس عشرة", 15),
        Case("ستة عشر", 16), Case("ست عشرة", 16), Case("سبعة عشر", 17), Case("سبع عشرة", 17),
        Case("ثمانية عشر", 18), Case("ثماني عشرة", 18), Case("تسعة عشر", 19), Case("تسع عشرة", 19),
        // Tens and compounds.
        Case("عشرون", 20), Case("عشرين", 20), Case("ثلاثون", 30), Case("ثلاثين", 30), Case("أربعون", 40),
        Case("أربعين", 40), Case("خمسون", 50), Case("خمسين", 50), Case("ستون", 60), Case("ستين", 60),
        Case("سبعون", 70), Case("سبعين", 70), Case("ثمانون", 80), Case("ثمانين", 80), Case("تسعون", 90),
        Case("تسعين", 90), Case("خمسة وعشرون", 25), Case("خمس وعشرين", 25), Case("واحد وعشرون", 21),
        Case("إحدى وعشرون", 21), Case("اثنان وثلاثون", 32), Case("اثنين وأربعين", 42), Case("ثلاثة وخمسون", 53),
        Case("تسعة وتسعون", 99), Case("ثمانية و ستون", 68), Case("سبع و سبعين", 77),
        // Hundreds.
        Case("مئة", 100), Case("مائة", 100), Case("مئتان", 200), Case("مئتين", 200), Case("مائتان", 200),
        Case("مائتين", 200), Case("مئتا", 200), Case("مائتا", 200), Case("ثلاثمئة", 300), Case("ثلاثمائة", 300),
        Case("ثلاث مئة", 300), Case("ثلاث مائة", 300), Case("أربعمئة", 400), Case("أربعمائة", 400),
        Case("خمسمئة", 500), Case("خمسمائة", 500), Case("ستمئة", 600), Case("ستمائة", 600), Case("سبعمئة", 700),
        Case("ثمانمئة", 800), Case("ثمانمائة", 800), Case("ثمانيمائة", 800), Case("تسعمئة", 900),
        Case("تسعمائة", 900), Case("مئة وخمسة", 105), Case("مئة وعشرة", 110), Case("مئة وأحد عشر", 111),
        Case("مئة واثنا عشر", 112), Case("مئة وعشرون", 120), Case("مئة وخمسة وعشرون", 125),
        Case("مائتان وخمسون", 250), Case("ثلاثمئة وخمسة وستون", 365), Case("تسعمائة وتسعة وتسعون", 999),
        Case("خمسمئة وخمسة عشر", 515),
        // Thousands and above.
        Case("ألف", 1000), Case("ألفان", 2000), Case("ألفين", 2000), Case("ألفا", 2000), Case("ثلاثة آلاف", 3000),
        Case("ثلاثة الاف", 3000), Case("عشرة آلاف", 10000), Case("أحد عشر ألفًا", 11000),
        Case("خمسة وعشرون ألفًا", 25000), Case("خمسة وعشرين ألف", 25000), Case("مئة ألف", 100_000),
        Case("مئة وخمسة وعشرون ألفًا", 125_000), Case("ثلاثمائة ألف", 300_000), Case("ألف ومئتان", 1200),
        Case("ألف وتسعمئة وتسعون", 1990), Case("ألفان وخمسة وعشرون", 2025), Case("ألفين وخمسة وعشرين", 2025),
        Case("ثلاثة آلاف وخمسمئة", 3500), Case("مليون", 1e6), Case("مليونان", 2e6), Case("مليونين", 2e6),
        Case("مليونا", 2e6), Case("ثلاثة ملايين", 3e6), Case("عشرون مليونًا", 2e7), Case("مليار", 1e9),
        Case("ملياران", 2e9), Case("خمسة مليارات", 5e9), Case("بليون", 1e9), Case("تريليون", 1e12),
        Case("مليون ومئتا ألف", 1_200_000), Case("ثلاثة ملايين وخمسمئة ألف", 3_500_000),
        Case("مليون و100 ألف", 1_100_000), Case("مليون و 100 ألف", 1_100_000), Case("ألف مليون", 1e9),
        Case("مليونان وثلاثمائة ألف وخمسون", 2_300_050),
        // Mixed digits and words.
        Case("3 ملايين", 3e6), Case("2.5 مليار", 2.5e9), Case("١٫٥ مليون", 1.5e6), Case("15 ألف", 15000),
        Case("12.5 مليون", 12.5e6), Case("6.1 مليارات", 6.1e9), Case("3.5 ملايين", 3.5e6), Case("١٠ آلاف", 10000),
        Case("4 آلاف", 4000), Case("1.3 تريليون", 1.3e12), Case("79.3 مليار", 79.3e9), Case("85 مليار", 85e9),
        Case("3 آلاف و500", 3500),
        // Fractions and decimals in words.
        Case("نصف", 0.5), Case("ربع", 0.25), Case("ثلث", 1.0 / 3), Case("ثلثا", 2.0 / 3), Case("ثلاثة أرباع", 0.75),
        Case("نصف مليون", 500_000), Case("ربع مليون", 250_000), Case("مليون ونصف", 1.5e6),
        Case("ألف ونصف", 1500), Case("خمسة ونصف", 5.5), Case("ثلاثة فاصلة خمسة", 3.5),
        Case("اثنان فاصلة خمسة وعشرون", 2.25), Case("ثلاثة فاصلة خمسة مليون", 3.5e6),
        // Percentages and signs in words.
        Case("خمسة عشر في المئة", 15), Case("خمسة عشر في المائة", 15), Case("عشرون بالمئة", 20),
        Case("50 بالمائة", 50), Case("سالب خمسة", -5), Case("ناقص 3", -3),
        // Dialect forms.
        Case("تلاتة", 3), Case("اتنين", 2), Case("تمانية", 8), Case("حداشر", 11), Case("اتناشر", 12),
        Case("خمستاشر", 15), Case("تلاتين", 30), Case("تلتمية", 300), Case("ربعمية", 400), Case("مية", 100),
        Case("ميتين", 200), Case("تلات تلاف", 3000), Case("ثنعش", 12), Case("ثنين", 2), Case("طنعش", 12),
        Case("تلت مية", 300), Case("تلت تلاف", 3000), Case("مليون ونص", 1.5e6), Case("أربعمية", 400),
        Case("صفر", 0), Case("ألف و واحد", 1001), Case("مائة و واحد", 101), Case("اثنى عشر", 12),
        Case("احدى عشر", 11), Case("اثنتى عشرة", 12), Case("واحد و عشرون", 21),
        Case("الف ومئتان وثلاثة وأربعون", 1243), Case("مليون ومئتين وخمسين ألف", 1_250_000),
        Case("خمسمئة وثلاث وعشرون", 523), Case("مئتان وخمسون ألفا", 250_000), Case("اثنا عشر ألفاً", 12000),
        Case("ثلاثمائة وخمسة وستين ألفاً", 365_000), Case("ألف وتسعمائة وأربعة وثمانين", 1984),
        Case("ستّة", 6), Case("مليار و200 مليون", 1.2e9), Case("اربعة مليار", 4e9), Case("٥ آلاف", 5000),
        // Proclitics are not part of a whole expression.
        Case("وخمسة", nil), Case("بثلاثة", nil),
    ]

    static let negativeCases: [Case] = [
        Case("عدد", nil), Case("عدة", nil), Case("بضع", nil), Case("عشرات", nil), Case("مئات", nil),
        Case("آلاف", nil), Case("ملايين", nil), Case("مليارات", nil), Case("أحد", nil), Case("إحدى", nil),
        Case("اثنا", nil), Case("الثلاثة", nil), Case("خمسة عشرون", nil), Case("عشرون وخمسة", nil),
        Case("خمسة وعشرون وثلاثون", nil), Case("مئة مئة", nil), Case("ألف ألف", nil), Case("وزارة", nil),
        Case("البحرين", nil), Case("فلسطين", nil), Case("أمين", nil), Case("الأول", nil), Case("ثالث", nil),
        Case("فاصلة", nil), Case("في المئة", nil), Case("خمسة فاصلة", nil), Case("5 مليون مليون", nil),
        Case("أرباع", nil), Case("ثلاثة آلاف آلاف", nil), Case("عشرة عشرة", nil),
    ]

    @Test("digits", arguments: digitCases)
    func digits(_ c: Case) {
        #expect(Self.parser.value(of: c.text).map { ($0 * 1e6).rounded() / 1e6 } == c.value.map { ($0 * 1e6).rounded() / 1e6 })
    }

    @Test("words", arguments: wordCases)
    func words(_ c: Case) {
        #expect(Self.parser.value(of: c.text).map { ($0 * 1e6).rounded() / 1e6 } == c.value.map { ($0 * 1e6).rounded() / 1e6 })
    }

    @Test("not numbers", arguments: negativeCases)
    func notNumbers(_ c: Case) {
        #expect(Self.parser.value(of: c.text) == nil)
    }

    /// Every number from 1 to 999 999 written the standard MSA way (masculine, nominative) reads back.
    @Test("1…999 999 in words, sampled")
    func systematic() {
        let units = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
        let teens = ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"]
        let tens = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
        let hundreds = ["", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة"]
        func below1000(_ n: Int) -> String {
            var parts: [String] = []
            if n >= 100 { parts.append(hundreds[n / 100]) }
            let r = n % 100
            if r >= 10 && r < 20 {
                parts.append(teens[r - 10])
            } else if r > 0 {
                if r % 10 > 0 { parts.append(units[r % 10]) }
                if r >= 20 { parts.append(tens[r / 10]) }
            }
            return parts.enumerated().map { $0.offset == 0 ? $0.element : "و" + $0.element }.joined(separator: " ")
        }
        func words(_ n: Int) -> String {
            let thousands = n / 1000
            let rest = n % 1000
            var text = ""
            switch thousands {
            case 0: break
            case 1: text = "ألف"
            case 2: text = "ألفان"
            case 3...10: text = below1000(thousands) + " آلاف"
            default: text = below1000(thousands) + " ألف"
            }
            if rest > 0 { text += text.isEmpty ? below1000(rest) : " و" + below1000(rest) }
            return text
        }
        var failures: [String] = []
        var n = 1
        while n < 1_000_000 {
            let text = words(n)
            if Self.parser.value(of: text) != Double(n) { failures.append("\(n): \(text) → \(String(describing: Self.parser.value(of: text)))") }
            n += n < 1000 ? 1 : 997
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
    }

    struct OrdinalCase: CustomTestStringConvertible, Sendable {
        var text: String
        var value: Int?
        var testDescription: String { "\(text) → \(value.map(String.init) ?? "nil")" }
        init(_ text: String, _ value: Int?) {
            self.text = text
            self.value = value
        }
    }

    static let ordinalCases: [OrdinalCase] = [
        OrdinalCase("الأول", 1), OrdinalCase("الأولى", 1), OrdinalCase("أول", 1), OrdinalCase("الثاني", 2),
        OrdinalCase("الثانية", 2), OrdinalCase("ثاني", 2), OrdinalCase("الثالث", 3), OrdinalCase("الثالثة", 3),
        OrdinalCase("ثالث", 3), OrdinalCase("ثالثة", 3), OrdinalCase("الرابع", 4), OrdinalCase("الرابعة", 4),
        OrdinalCase("الخامس", 5), OrdinalCase("الخامسة", 5), OrdinalCase("السادس", 6), OrdinalCase("السادسة", 6),
        OrdinalCase("السابع", 7), OrdinalCase("السابعة", 7), OrdinalCase("الثامن", 8), OrdinalCase("الثامنة", 8),
        OrdinalCase("التاسع", 9), OrdinalCase("التاسعة", 9), OrdinalCase("العاشر", 10), OrdinalCase("العاشرة", 10),
        OrdinalCase("الحادي عشر", 11), OrdinalCase("الحادية عشرة", 11), OrdinalCase("الثاني عشر", 12),
        OrdinalCase("الثانية عشرة", 12), OrdinalCase("الثانية عشر", 12), OrdinalCase("الثالث عشر", 13),
        OrdinalCase("الخامسة عشرة", 15), OrdinalCase("التاسع عشر", 19), OrdinalCase("العشرون", 20),
        OrdinalCase("العشرين", 20), OrdinalCase("الحادي والعشرون", 21), OrdinalCase("الحادية والعشرين", 21),
        OrdinalCase("الخامس والعشرون", 25), OrdinalCase("الخامس والعشرين", 25), OrdinalCase("الرابعة والأربعين", 44),
        OrdinalCase("السادسة والأربعين", 46), OrdinalCase("الثانية والستين", 62), OrdinalCase("التاسع والتسعون", 99),
        OrdinalCase("الخامس و العشرون", 25), OrdinalCase("خامس وعشرون", 25), OrdinalCase("الخمسون", 50),
        OrdinalCase("المئة", 100), OrdinalCase("المائة", 100), OrdinalCase("الـ15", 15), OrdinalCase("الـ 15", 15),
        OrdinalCase("الـ١٤", 14), OrdinalCase("ال15", 15), OrdinalCase("الأَوَّل", 1), OrdinalCase("الثّالثة", 3),
        OrdinalCase("التالت", 3), OrdinalCase("الواحد والعشرون", 21), OrdinalCase("الحاديه عشره", 11),
        OrdinalCase("أولًا", 1), OrdinalCase("ثانيًا", 2), OrdinalCase("عاشرًا", 10), OrdinalCase("الثالث والثلاثون", 33),
        OrdinalCase("الثاني والعشرين", 22), OrdinalCase("الثلاثين", 30), OrdinalCase("الألف", 1000),
        OrdinalCase("الأوّل", 1), OrdinalCase("الرابعة عشرة", 14),
        // Not ordinals.
        OrdinalCase("ثلاثة", nil), OrdinalCase("الثلاثة", nil), OrdinalCase("الحادي", nil), OrdinalCase("حادية", nil),
        OrdinalCase("ثانية", nil), OrdinalCase("رابعة", nil), OrdinalCase("أولى", nil), OrdinalCase("الأولية", nil),
        OrdinalCase("الثانوية", nil), OrdinalCase("الـ", nil), OrdinalCase("الـ2.5", nil), OrdinalCase("عشرون", nil),
        OrdinalCase("والثالثة", nil), OrdinalCase("الخامس عشرون", nil), OrdinalCase("الواحد", nil),
    ]

    @Test("ordinals", arguments: ordinalCases)
    func ordinals(_ c: OrdinalCase) {
        #expect(Self.parser.ordinalValue(of: c.text) == c.value)
    }

    struct TokenCase: CustomTestStringConvertible, Sendable {
        var text: String
        var index: Int
        var tokens: Range<Int>?
        var value: Double
        var prefixBytes: Int
        var testDescription: String { "\(text) @\(index)" }
    }

    static let tokenCases: [TokenCase] = [
        TokenCase(text: "وثلاثة آلاف موظف", index: 0, tokens: 0..<2, value: 3000, prefixBytes: 2),
        TokenCase(text: "بلغت 12.5 مليون ريال", index: 1, tokens: 1..<3, value: 12.5e6, prefixBytes: 0),
        TokenCase(text: "أكثر من مليون و100 ألف زائر", index: 2, tokens: 2..<6, value: 1.1e6, prefixBytes: 0),
        TokenCase(text: "بين 5 و10 أيام", index: 1, tokens: 1..<2, value: 5, prefixBytes: 0),
        TokenCase(text: "38 ملعبًا و26 كيلومترًا", index: 0, tokens: 0..<1, value: 38, prefixBytes: 0),
        TokenCase(text: "بخمسة وعشرين ألفًا", index: 0, tokens: 0..<3, value: 25000, prefixBytes: 2),
        TokenCase(text: "في 28/11/2026", index: 1, tokens: nil, value: 0, prefixBytes: 0),
    ]

    @Test("token matches", arguments: tokenCases)
    func tokenMatches(_ c: TokenCase) {
        let analysis = TextAnalysis(c.text)
        let match = Self.parser.number(in: analysis, at: c.index)
        #expect(match?.tokens == c.tokens)
        if let match, c.tokens != nil {
            #expect(match.value == c.value)
            #expect(match.prefixBytes == c.prefixBytes)
        }
    }

    @Test("ordinal token match keeps the proclitic outside")
    func ordinalProclitic() throws {
        let analysis = TextAnalysis("والثانية عشرة إفريقيًا")
        let match = try #require(Self.parser.ordinal(in: analysis, at: 0))
        #expect(match.tokens == 0..<2)
        #expect(match.value == 12)
        #expect(match.prefixBytes == 2)
    }
}
