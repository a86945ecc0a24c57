import Foundation
import Testing
@testable import ArabicText

/// Every public entry point that takes a `String` accepts any string: no trap, sane output.
///
/// ```swift
/// ArabicExtractor().extract("\u{FEFF}\u{064E}\0مسقط\r\n")   // no crash, spans in bounds
/// ArabicNormalizer.extraction.normalize("ﷺ").text          // NFKC expansion, offsets map back
/// ```
struct AnyStringInputTests {
    /// An awkward input.
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let text: String
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "empty", text: ""),
        Case(id: "lone fatha", text: "\u{064E}"),
        Case(id: "lone combining acute", text: "\u{0301}"),
        Case(id: "stacked marks", text: "\u{064B}\u{064C}\u{0651}\u{0670}\u{06D6}\u{0301}"),
        Case(id: "marks before a word", text: "\u{064E}\u{0651}وزارة العمل"),
        Case(id: "NUL alone", text: "\u{0000}"),
        Case(id: "NUL inside words", text: "وزارة\u{0000}العمل في\u{0000}مسقط"),
        Case(id: "BOM alone", text: "\u{FEFF}"),
        Case(id: "BOM then text", text: "\u{FEFF}عقدت وزارة العمل اجتماعا في مسقط"),
        Case(id: "BOMs between words", text: "وزارة\u{FEFF} \u{FEFF}العمل"),
        Case(id: "CRLF lines", text: "مسقط\r\nسلطنة عمان\r\n\r\nيوم الأحد\r\n"),
        Case(id: "lone CRs", text: "\r\r\rوزارة\rالعمل\r"),
        Case(id: "only spaces", text: "   \t  \u{00A0}\u{2003}\u{3000}  "),
        Case(id: "only newlines", text: "\n\n\n\r\n"),
        Case(id: "only tatweel", text: "ـــــــ"),
        Case(id: "replacement characters", text: "\u{FFFD}\u{FFFD}وزارة\u{FFFD}"),
        Case(id: "noncharacters", text: String(String.UnicodeScalarView([0xFFFE, 0xFFFF, 0x10FFFF, 0xFDD0, 0x1FFFE].compactMap(Unicode.Scalar.init)))),
        Case(id: "private use", text: "\u{E000}\u{F8FF}\u{F0000}"),
        Case(id: "C1 controls", text: "\u{0080}\u{0085}\u{009F}"),
        Case(id: "bidi controls", text: "\u{202B}وزارة العمل\u{202C} \u{200F}\u{2067}مسقط\u{2069}"),
        Case(id: "ZWNJ and ZWJ in words", text: "وزا\u{200C}رة ال\u{200D}عمل"),
        Case(id: "emoji sequences", text: "👨‍👩‍👧 🇴🇲 ✌🏽 وزارة العمل 👍"),
        Case(id: "presentation forms", text: "ﷺ ﷲ ﻻ ﷽ ﻭﺯﺍﺭﺓ ﺍﻟﻌﻤﻞ"),
        Case(id: "many bismillah ligatures", text: String(repeating: "﷽", count: 500)),
        Case(id: "Arabic-Indic digits", text: "١٢٣٫٤٥٪ و٢٠٢٥/١١/٢٩ و۱۲۳۴"),
        Case(id: "separator runs", text: "1,,2..3//4--5::6 ,1. .1 1٬٬٢ ٫"),
        Case(id: "many dots", text: "1.2.3.4.5.6.7.8.9.10.11.12"),
        Case(id: "huge number", text: "بلغ العدد 999999999999999999999999999999999999 زائر"),
        Case(id: "huge Arabic-Indic number", text: "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢٣ ألف مليون مليار"),
        Case(id: "huge ordinal", text: "الدورة الـ99999999999999999999 والمرة الـ0"),
        Case(id: "huge year", text: "في عام 99999999999م وعام 0م وسنة 1447999هـ"),
        Case(id: "impossible dates", text: "31/02/2025 و2025-13-45 و0/0/0 و99/99/9999 و00-00-0000"),
        Case(id: "impossible Hijri", text: "32 رمضان 1447هـ و0 محرم 0هـ و1 شوال 99999999هـ"),
        Case(id: "dangling words", text: "في يوم من الموافق بن شركة وزارة سعادة الـ أكثر من"),
        Case(id: "words at the end", text: "رئيس مجلس إدارة شركة"),
        Case(id: "markup", text: "<p dir=\"rtl\">وزارة &amp; العمل</p><script>x</script>&#1608;"),
        Case(id: "JSON-looking", text: "{\"id\": 1, \"text\": \"وزارة\"}\\u0000\\"),
        Case(id: "Latin only", text: "The Ministry of Labour, Muscat, 14 September 2025."),
        Case(id: "mixed scripts", text: "Oman عمان Омaн 오만 阿曼"),
        Case(id: "long word", text: String(repeating: "ب", count: 20_000)),
        Case(id: "long number", text: String(repeating: "7", count: 20_000)),
        Case(id: "long mark run", text: "ب" + String(repeating: "\u{0651}", count: 20_000) + "ت"),
    ]

    /// A 1 MB line: the seed article repeated without line breaks.
    @Test func hugeLine() {
        let seed = Fixtures.seedText.replacingOccurrences(of: "\n", with: " ")
        #expect(!seed.isEmpty)
        let text = String(repeating: seed + " ", count: max(1, (1 << 20) / max(1, seed.utf8.count)))
        let result = ArabicExtractor().extract(text, referenceDate: CalendarDate(iso: "2025-11-29"))
        #expect(ResultInvariants.problems(in: result, of: text).isEmpty)
        #expect(!result.entities.isEmpty || ArabicExtractor().extract(seed).entities.isEmpty)
    }

    @Test(arguments: cases)
    func extractorAcceptsAnyString(_ c: Case) throws {
        let result = ArabicExtractor().extract(c.text, id: c.id, referenceDate: CalendarDate(iso: "2025-11-29"))
        let problems = ResultInvariants.problems(in: result, of: c.text)
        #expect(problems.isEmpty, "\(problems)")
        #expect(result.id == c.id)
        let json = try JSONEncoder().encode(result)
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        #expect(object?["entities"] is [Any])
        // A second run gives the same result: nothing depends on hidden state.
        #expect(ArabicExtractor().extract(c.text, id: c.id, referenceDate: CalendarDate(iso: "2025-11-29")) == result)
    }

    @Test(arguments: cases)
    func normalizersAcceptAnyString(_ c: Case) {
        for normalizer in [ArabicNormalizer.search, .display, .extraction, ArabicNormalizer(options: .extraction)] {
            let normalized = normalizer.normalize(c.text)
            #expect(normalized.original == c.text)
            #expect(normalizer.normalizedString(c.text) == normalized.text)
            // Idempotent: normalising the output changes nothing more.
            #expect(normalizer.normalizedString(normalized.text) == normalized.text)
            let map = normalized.offsetMap
            #expect(map.normalizedUTF8Count == normalized.text.utf8.count)
            #expect(map.originalUTF8Count == c.text.utf8.count)
            // The map is monotonic and stays in bounds at every scalar boundary of the output.
            var previous = 0
            var offset = 0
            var boundaries: [Int] = []
            for scalar in normalized.text.unicodeScalars {
                boundaries.append(offset)
                offset += UTF8.width(scalar)
            }
            boundaries.append(offset)
            for (index, p) in boundaries.enumerated() where boundaries.count < 5_000 || index % 97 == 0 {
                let q = map.originalUTF8Offset(fromNormalizedUTF8: p)
                #expect(q >= previous && q <= c.text.utf8.count, "offset \(p) → \(q) after \(previous)")
                previous = q
            }
            if normalized.text.utf8.count > 0 {
                let whole = normalized.originalScalarRange(fromNormalizedUTF8: 0..<normalized.text.utf8.count)
                #expect(whole.lowerBound >= 0 && whole.upperBound <= c.text.unicodeScalars.count)
            }
        }
    }

    @Test(arguments: cases)
    func tokenizerAcceptsAnyString(_ c: Case) {
        let tokenizer = Tokenizer()
        let tokens = tokenizer.tokens(in: c.text)
        var seen = 0
        tokenizer.forEachToken(in: c.text) { _ in seen += 1 }
        #expect(seen == tokens.count)
        #expect(tokenizer.counts(in: c.text).total == tokens.count)
        var previousEnd = 0
        let utf8Count = c.text.utf8.count
        for token in tokens {
            #expect(token.utf8Range.lowerBound >= previousEnd && token.utf8Range.upperBound <= utf8Count)
            #expect(!token.utf8Range.isEmpty)
            #expect(token.text(in: c.text).utf8.count == token.utf8Range.count)
            previousEnd = token.utf8Range.upperBound
        }
        let analyzer = CliticAnalyzer()
        for token in tokens.prefix(2_000) {
            let word = token.text(in: c.text)
            let analysis = analyzer.analyze(word)
            #expect(analysis.stem.lowerBound >= 0 && analysis.stem.upperBound <= word.utf8.count)
        }
    }

    @Test(arguments: cases)
    func smallerEntryPointsAcceptAnyString(_ c: Case) {
        let parser = ArabicNumberParser()
        _ = parser.value(of: c.text)
        _ = parser.ordinalValue(of: c.text)
        for token in Tokenizer().tokens(in: c.text).prefix(2_000) {
            let word = String(token.text(in: c.text))
            if let value = parser.value(of: word) { #expect(!value.isNaN) }
            _ = parser.ordinalValue(of: word)
        }
        _ = CalendarDate(iso: c.text)
        var lexicons = LexiconSet.empty
        try? lexicons.add(tsv: c.text, to: "reliability-test")
        let analysis = TextAnalysis(c.text)
        #expect(analysis.original == c.text)
        for index in analysis.tokens.indices.prefix(2_000) { _ = analysis.word(index) }
    }

    /// ISO dates the parser must reject without trapping.
    @Test(arguments: ["", "2025", "2025-02-30", "2025-13-01", "0000-00-00", "-001-01-01", "99999999999999999999-01-01",
                      "2025-01-01T00:00", "٢٠٢٥-٠١-٠١", "２０２５-０１-０１", "2025--01", "\u{0000}", "2025-1-1\u{FEFF}"])
    func calendarDateRejectsOrAcceptsSafely(_ text: String) {
        if let date = CalendarDate(iso: text) {
            #expect((1...12).contains(date.month))
        }
    }
}
