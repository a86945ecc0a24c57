import Foundation
import Testing

@testable import ArabicText

/// One text and the dates expected in it (span text and value), in order.
struct DateCase: CustomTestStringConvertible, Sendable {
    var id: String
    var text: String
    var expected: [(span: String, value: DateValue?)]
    var reference: CalendarDate? = CalendarDate(iso: "2025-09-14")
    var testDescription: String { id }
}

private let dates = ArabicExtractor(extractors: [DateExtractor()])
private let ref = CalendarDate(iso: "2025-09-14")

private func hijri(_ y: Int?, _ m: Int?, _ d: Int?, gregorian g: (Int, Int, Int)? = nil, weekday: Int? = nil) -> DateValue {
    DateValue(
        year: g?.0, month: g?.1, day: g?.2, weekday: weekday, calendar: .hijri,
        hijri: DateValue.HijriDate(year: y, month: m, day: d))
}

private func check(_ c: DateCase) {
    let found = dates.extract(c.text, referenceDate: c.reference).entities.filter { $0.type == .date }
    #expect(found.map(\.text) == c.expected.map(\.span), "\(c.text)")
    for (entity, expected) in zip(found, c.expected) {
        #expect(entity.value?.date == expected.value, "\(entity.text)")
        let slice = String(String.UnicodeScalarView(Array(c.text.unicodeScalars)[entity.start..<entity.end]))
        #expect(slice == entity.text)
    }
}

/// Gregorian month names of every regional set, with day, year and era mark.
let monthSetCases: [DateCase] = [
    DateCase(id: "msa day-month-year", text: "يبدأ التشغيل في 9 سبتمبر 2029.", expected: [("9 سبتمبر 2029", DateValue(year: 2029, month: 9, day: 9))]),
    DateCase(id: "msa hamza variant إبريل", text: "سيبدأ في إبريل 2026 بسرعة", expected: [("إبريل 2026", DateValue(year: 2026, month: 4))]),
    DateCase(id: "msa ابريل without hamza", text: "في 3 ابريل 2024", expected: [("3 ابريل 2024", DateValue(year: 2024, month: 4, day: 3))]),
    DateCase(id: "egyptian يونية alone", text: "مقابل 14.9% في يونية، متوقعًا", expected: [("يونية", DateValue(month: 6))]),
    DateCase(id: "egyptian يولية with year", text: "بلغ 13.9% في يولية 2025، مقابل", expected: [("يولية 2025", DateValue(year: 2025, month: 7))]),
    DateCase(id: "era mark م", text: "الموافق 14 سبتمبر 2025م – أعلن", expected: [("14 سبتمبر 2025م", DateValue(year: 2025, month: 9, day: 14))]),
    DateCase(id: "era mark ميلادي", text: "في 5 مايو 2024 ميلادي", expected: [("5 مايو 2024 ميلادي", DateValue(year: 2024, month: 5, day: 5))]),
    DateCase(id: "levantine كانون الثاني", text: "الأحد 12 كانون الثاني 2025 –", expected: [("الأحد 12 كانون الثاني 2025", DateValue(year: 2025, month: 1, day: 12, weekday: 1))]),
    DateCase(id: "levantine كانون 2", text: "صدر في 3 كانون 2 2024", expected: [("3 كانون 2 2024", DateValue(year: 2024, month: 1, day: 3))]),
    DateCase(id: "levantine تشرين الأول alone", text: "على أن تبدأ الدراسة في تشرين الأول.", expected: [("تشرين الأول", DateValue(month: 10))]),
    DateCase(id: "levantine آب with day", text: "ملتقى للاستثمار الأحد 31 آب، تعرض", expected: [("الأحد 31 آب", DateValue(month: 8, day: 31, weekday: 1))]),
    DateCase(id: "levantine أيار with year", text: "تستمر حتى 31 أيار 2025 في 36 مركزًا", expected: [("31 أيار 2025", DateValue(year: 2025, month: 5, day: 31))]),
    DateCase(id: "levantine شهر آب", text: "خلال شهر آب من كل عام", expected: [("آب", DateValue(month: 8))]),
    DateCase(id: "levantine آب الجاري", text: "خلال آب الجاري", expected: [("آب الجاري", DateValue(year: 2025, month: 8))]),
    DateCase(id: "maghreb جانفي", text: "إضراب يوم 21 جانفي 2026 احتجاجًا", expected: [("21 جانفي 2026", DateValue(year: 2026, month: 1, day: 21))]),
    DateCase(id: "maghreb جويلية and أوت", text: "من 14 جويلية 2025 إلى 15 أوت", expected: [("14 جويلية 2025", DateValue(year: 2025, month: 7, day: 14)), ("15 أوت", DateValue(month: 8, day: 15))]),
    DateCase(id: "maghreb ماي with year", text: "ابتداء من ماي 2025", expected: [("ماي 2025", DateValue(year: 2025, month: 5))]),
    DateCase(id: "maghreb فيفري", text: "في 2 فيفري 2024", expected: [("2 فيفري 2024", DateValue(year: 2024, month: 2, day: 2))]),
    DateCase(id: "morocco يوليوز", text: "إلى غاية 14 يوليوز 2025، 36.1%", expected: [("14 يوليوز 2025", DateValue(year: 2025, month: 7, day: 14))]),
    DateCase(id: "morocco نونبر alone", text: "ستحتضن في نونبر الملتقى", expected: [("نونبر", DateValue(month: 11))]),
    DateCase(id: "morocco غشت شتنبر دجنبر", text: "غشت 2024 وشتنبر 2024 و3 دجنبر 2024", expected: [("غشت 2024", DateValue(year: 2024, month: 8)), ("شتنبر 2024", DateValue(year: 2024, month: 9)), ("3 دجنبر 2024", DateValue(year: 2024, month: 12, day: 3))]),
    DateCase(id: "pair with slash is one span", text: "عمّان، الأحد 12 كانون الثاني/يناير 2025 – أعلنت", expected: [("الأحد 12 كانون الثاني/يناير 2025", DateValue(year: 2025, month: 1, day: 12, weekday: 1))]),
    DateCase(id: "pair in parentheses before the year", text: "في 5 فبراير (شباط) 2025", expected: [("5 فبراير (شباط) 2025", DateValue(year: 2025, month: 2, day: 5))]),
    DateCase(id: "pair in parentheses at the end", text: "في 5 فبراير (شباط).", expected: [("5 فبراير", DateValue(month: 2, day: 5))]),
    DateCase(id: "proclitic outside", text: "وفي مارس 2024 وبأغسطس", expected: [("مارس 2024", DateValue(year: 2024, month: 3)), ("أغسطس", DateValue(month: 8))]),
]

/// Other forms: weekdays, ordinal days, numeric dates, years, Hijri dates.
let formCases: [DateCase] = [
    DateCase(id: "weekday + date", text: "تصرف يوم الخميس 28 أغسطس 2025، وفق", expected: [("الخميس 28 أغسطس 2025", DateValue(year: 2025, month: 8, day: 28, weekday: 5))]),
    DateCase(id: "weekday, comma, date", text: "السبت، 18 أكتوبر 2025", expected: [("السبت، 18 أكتوبر 2025", DateValue(year: 2025, month: 10, day: 18, weekday: 7))]),
    DateCase(id: "weekday alone then الموافق", text: "سيعقد يوم الخميس الموافق 2 أكتوبر 2025.", expected: [("الخميس", DateValue(weekday: 5)), ("2 أكتوبر 2025", DateValue(year: 2025, month: 10, day: 2))]),
    DateCase(id: "weekday + relative", text: "يعقد الاجتماع الخميس المقبل", expected: [("الخميس المقبل", DateValue(year: 2025, month: 9, day: 18, weekday: 5))]),
    DateCase(id: "month + الماضي", text: "ارتفع في مايو الماضي", expected: [("مايو الماضي", DateValue(year: 2025, month: 5))]),
    DateCase(id: "month + المقبل", text: "يبدأ في أغسطس المقبل", expected: [("أغسطس المقبل", DateValue(year: 2026, month: 8))]),
    DateCase(id: "day-month + المقبل", text: "يوم 15 مارس المقبل", expected: [("15 مارس المقبل", DateValue(year: 2026, month: 3, day: 15))]),
    DateCase(id: "day-month + الماضي this year", text: "في 10 سبتمبر الماضي", expected: [("10 سبتمبر الماضي", DateValue(year: 2025, month: 9, day: 10))]),
    DateCase(id: "year cue behind لل", text: "نشر تقرير للعام المالي 2025 أمس", expected: [("2025", DateValue(year: 2025)), ("أمس", DateValue(year: 2025, month: 9, day: 13, relativeDays: -1))]),
    DateCase(id: "ordinal-word day", text: "يبدأ العمل به في الأول من يناير 2026.", expected: [("الأول من يناير 2026", DateValue(year: 2026, month: 1, day: 1))]),
    DateCase(id: "article + digits day", text: "في الـ15 من مارس 2025", expected: [("الـ15 من مارس 2025", DateValue(year: 2025, month: 3, day: 15))]),
    DateCase(id: "compound ordinal day with شهر", text: "الخامس عشر من شهر مارس", expected: [("الخامس عشر من شهر مارس", DateValue(month: 3, day: 15))]),
    DateCase(id: "numeric d/m/y", text: "بتاريخ 1/5/2026. وأشار", expected: [("1/5/2026", DateValue(year: 2026, month: 5, day: 1))]),
    DateCase(id: "numeric ISO", text: "حتى 2026-11-28 فقط", expected: [("2026-11-28", DateValue(year: 2026, month: 11, day: 28))]),
    DateCase(id: "numeric Arabic-Indic", text: "صدر في ١٢-١٠-٢٠٢٥ م", expected: [("١٢-١٠-٢٠٢٥ م", DateValue(year: 2025, month: 10, day: 12))]),
    DateCase(id: "numeric year first with era", text: "بتاريخ 1447/03/22هـ الموافق لـ 14/9/2025م", expected: [("1447/03/22هـ", hijri(1447, 3, 22, gregorian: (2025, 9, 14))), ("14/9/2025م", DateValue(year: 2025, month: 9, day: 14))]),
    DateCase(id: "numeric Hijri", text: "بتاريخ 12/9/1447هـ", expected: [("12/9/1447هـ", hijri(1447, 9, 12, gregorian: (2026, 3, 1)))]),
    DateCase(id: "cued year alone", text: "القرار رقم 665 لسنة 2025 بشأن", expected: [("2025", DateValue(year: 2025))]),
    DateCase(id: "cued year Arabic-Indic", text: "بالقانون رقم ٣٥ لسنة ٢٠١٢.", expected: [("٢٠١٢", DateValue(year: 2012))]),
    DateCase(id: "cued year in words", text: "منذ عام ألفين وعشرين", expected: [("ألفين وعشرين", DateValue(year: 2020))]),
    DateCase(id: "two-word year cue", text: "موازنة العام المالي 2026 بعجز", expected: [("2026", DateValue(year: 2026))]),
    DateCase(id: "cued Hijri year", text: "في عام 1446هـ", expected: [("1446هـ", hijri(1446, nil, nil))]),
    DateCase(id: "bare year in a name", text: "مراحل تنفيذ رؤية عُمان 2040، التي", expected: [("2040", DateValue(year: 2040))]),
    DateCase(id: "bare year before a count", text: "موسم الخريف 2025 أكثر من مليون زائر", expected: [("2025", DateValue(year: 2025))]),
    DateCase(id: "bare year after بحلول before a verb", text: "بحلول 2030 ارتفع الإنتاج", expected: [("2030", DateValue(year: 2030))]),
    DateCase(id: "year with era للميلاد", text: "سنة 1950 للميلاد", expected: [("1950 للميلاد", DateValue(year: 1950))]),
    DateCase(id: "hijri full", text: "صلالة، 22 ربيع الأول 1447هـ الموافق", expected: [("22 ربيع الأول 1447هـ", hijri(1447, 3, 22, gregorian: (2025, 9, 14)))]),
    DateCase(id: "hijri weekday", text: "الأحد 16 جمادى الآخرة 1447 هـ:", expected: [("الأحد 16 جمادى الآخرة 1447 هـ", hijri(1447, 6, 16, gregorian: (2025, 12, 7), weekday: 1))]),
    DateCase(id: "hijri variant ذي الحجة للهجرة", text: "في 10 ذي الحجة 1446 للهجرة", expected: [("10 ذي الحجة 1446 للهجرة", hijri(1446, 12, 10, gregorian: (2025, 6, 6)))]),
    DateCase(id: "hijri month-year", text: "خلال رمضان 1447هـ", expected: [("رمضان 1447هـ", hijri(1447, 9, nil))]),
    DateCase(id: "hijri month after شهر", text: "خلال شهر رمضان المبارك", expected: [("رمضان المبارك", hijri(nil, 9, nil))]),
]

/// Relative dates, resolved against 2025-09-14 (a Sunday).
let relativeCases: [DateCase] = [
    DateCase(id: "today", text: "نظمت الوزارة اليوم ملتقى", expected: [("اليوم", DateValue(year: 2025, month: 9, day: 14, relativeDays: 0))]),
    DateCase(id: "yesterday", text: "وقعت أمس اتفاقية", expected: [("أمس", DateValue(year: 2025, month: 9, day: 13, relativeDays: -1))]),
    DateCase(id: "day before yesterday", text: "وصل أول أمس", expected: [("أول أمس", DateValue(year: 2025, month: 9, day: 12, relativeDays: -2))]),
    DateCase(id: "tomorrow with tanween", text: "تفتح التسجيلات غدًا.", expected: [("غدًا", DateValue(year: 2025, month: 9, day: 15, relativeDays: 1))]),
    DateCase(id: "after tomorrow", text: "يصل بعد غد", expected: [("بعد غد", DateValue(year: 2025, month: 9, day: 16, relativeDays: 2))]),
    DateCase(id: "last week", text: "نفذت الأسبوع الماضي 1240 زيارة", expected: [("الأسبوع الماضي", DateValue(year: 2025, month: 9, day: 7, relativeWeeks: -1))]),
    DateCase(id: "next week القادم", text: "تعلن الأسبوع القادم", expected: [("الأسبوع القادم", DateValue(year: 2025, month: 9, day: 21, relativeWeeks: 1))]),
    DateCase(id: "last month", text: "ارتفع الشهر الماضي", expected: [("الشهر الماضي", DateValue(year: 2025, month: 8, relativeMonths: -1))]),
    DateCase(id: "next year", text: "خلال العام المقبل، منها", expected: [("العام المقبل", DateValue(year: 2026, relativeYears: 1))]),
    DateCase(id: "this year", text: "في العام الجاري", expected: [("العام الجاري", DateValue(year: 2025, relativeYears: 0))]),
    DateCase(id: "last year feminine", text: "من السنة الماضية.", expected: [("السنة الماضية", DateValue(year: 2024, relativeYears: -1))]),
    DateCase(id: "three days ago in words", text: "بدأ منذ ثلاثة أيام", expected: [("منذ ثلاثة أيام", DateValue(year: 2025, month: 9, day: 11, relativeDays: -3))]),
    DateCase(id: "in two weeks (dual)", text: "يفتتح بعد أسبوعين", expected: [("بعد أسبوعين", DateValue(year: 2025, month: 9, day: 28, relativeWeeks: 2))]),
    DateCase(id: "unresolved without reference", text: "وقعت أمس", expected: [("أمس", DateValue(relativeDays: -1))], reference: nil),
]

/// Impossible dates: found, never resolved to a wrong day; impossible numeric dates are not dates.
let impossibleCases: [DateCase] = [
    DateCase(id: "31 February", text: "في 31 فبراير 2025", expected: [("31 فبراير 2025", nil)]),
    DateCase(id: "30 Safar 1447 (a 29-day month)", text: "في 30 صفر 1447هـ", expected: [("30 صفر 1447هـ", hijri(1447, 2, 30))]),
    DateCase(id: "month 13", text: "بتاريخ 15/13/2025", expected: []),
    DateCase(id: "month-first when the day cannot be a month", text: "بتاريخ 12/25/2025", expected: [("12/25/2025", DateValue(year: 2025, month: 12, day: 25))]),
    DateCase(id: "29 February of a leap year", text: "في 29 فبراير 2024", expected: [("29 فبراير 2024", DateValue(year: 2024, month: 2, day: 29))]),
]

/// Words that are not dates here.
let negativeCases: [DateCase] = [
    DateCase(id: "آب as father", text: "كان آب حريصا على أبنائه", expected: []),
    DateCase(id: "ماي in a transliterated brand", text: "أطلقت تطبيق ماي فون الجديد", expected: []),
    DateCase(id: "ماي in Latin-script text", text: "My May plan ماي بلان", expected: []),
    DateCase(id: "مارس the verb", text: "مارس الرياضة منذ صغره", expected: []),
    DateCase(id: "رمضان as a name", text: "قال رمضان عبد الله", expected: []),
    DateCase(id: "صلاة الجمعة", text: "بعد صلاة الجمعة", expected: []),
    DateCase(id: "الأحد عشر is eleven", text: "رأى الأحد عشر كوكبا", expected: []),
    DateCase(id: "اليوم الوطني", text: "بالتزامن مع اليوم الوطني لدولة قطر", expected: []),
    DateCase(id: "في اليوم نفسه", text: "في اليوم نفسه", expected: []),
    DateCase(id: "اليوم الآخر", text: "يؤمنون بالله واليوم الآخر", expected: []),
    DateCase(id: "metres are not an era", text: "ركض مسافة 400 م", expected: []),
    DateCase(id: "a year-like count", text: "تشمل تركيب 2000 محطة جديدة", expected: []),
    DateCase(id: "a year-like count after أكثر من", text: "بمشاركة أكثر من 1950 مشاركا.", expected: []),
    DateCase(id: "a number after رقم", text: "القرار رقم 2025.", expected: []),
    DateCase(id: "a percentage", text: "بنسبة 2000%", expected: []),
    DateCase(id: "duration relative to an event", text: "بعد عامين من التوقف", expected: []),
    DateCase(id: "year range is not a date", text: "الخطة 2020-2024", expected: []),
]

@Suite struct DateExtractorTests {
    @Test(arguments: monthSetCases) func monthSets(_ c: DateCase) { check(c) }
    @Test(arguments: formCases) func forms(_ c: DateCase) { check(c) }
    @Test(arguments: relativeCases) func relativeDates(_ c: DateCase) { check(c) }
    @Test(arguments: impossibleCases) func impossibleDates(_ c: DateCase) { check(c) }
    @Test(arguments: negativeCases) func notDates(_ c: DateCase) { check(c) }

    @Test func impossibleDatesCarryAWarning() {
        let doc = dates.extract("في 31 فبراير 2025 و30 صفر 1447هـ")
        #expect(doc.entities.count == 2)
        #expect(doc.entities.allSatisfy { !$0.warnings.isEmpty })
        #expect(doc.entities[1].value?.date?.year == nil)
    }

    @Test func agreementMismatchIsReported() {
        let agree = dates.extract("22 ربيع الأول 1447هـ الموافق 14 سبتمبر 2025م")
        #expect(agree.entities.count == 2)
        #expect(agree.entities.allSatisfy { $0.warnings.isEmpty })
        let disagree = dates.extract("22 ربيع الأول 1447هـ الموافق 16 سبتمبر 2025م")
        #expect(disagree.entities.count == 2)
        #expect(disagree.entities.allSatisfy { $0.warnings.contains { $0.hasPrefix("الموافق") } })
    }

    @Test func weekdayMismatchIsReported() {
        let doc = dates.extract("الجمعة 28 أغسطس 2025")
        #expect(doc.entities.count == 1)
        #expect(doc.entities[0].value?.date?.weekday == 6)
        #expect(!doc.entities[0].warnings.isEmpty)
    }

    @Test func outsideUmmAlQuraIsApproximate() {
        let doc = dates.extract("1 رمضان 1250هـ")
        let value = doc.entities.first?.value?.date
        #expect(value?.approximate == true)
        #expect(value?.year == 1835)
        #expect(value?.hijri == DateValue.HijriDate(year: 1250, month: 9, day: 1))
    }

    @Test func printedCalendarOption() {
        // 1 Ramadan 1400: KACST's computed table (ICU) says 1980-07-14, the printed calendar 1980-07-13.
        let text = "1 رمضان 1400هـ"
        let ummAlQura = ArabicExtractor(extractors: [DateExtractor()]).extract(text).entities.first?.value?.date
        let printed = ArabicExtractor(extractors: [DateExtractor(hijriCalendar: .printed)]).extract(text)
            .entities.first?.value?.date
        #expect(ummAlQura?.hijri == DateValue.HijriDate(year: 1400, month: 9, day: 1))
        #expect(printed?.hijri == ummAlQura?.hijri)
        #expect(ummAlQura.flatMap(DateScanner.gregorian(of:)) == CalendarDate(iso: "1980-07-14"))
        #expect(printed.flatMap(DateScanner.gregorian(of:)) == CalendarDate(iso: "1980-07-13"))
    }

    /// The seed article's dates, strictly: same spans, gold value keys equal.
    @Test func seedDatesMatchGold() throws {
        let gold = try JSONDecoder().decode(ExtractionResult.self, from: Fixtures.seedGold)
        let goldDates = gold.entities.filter { $0.type == .date }
        #expect(!goldDates.isEmpty)
        let found = ArabicExtractor().extract(Fixtures.seedText).entities.filter { $0.type == .date }
        #expect(found.map(\.range) == goldDates.map(\.range))
        for (entity, expected) in zip(found, goldDates) {
            #expect(covers(entity.value?.date, expected.value?.date), "\(entity.text)")
        }
    }

    /// The development set: date F1 (strict) and values at least 0.95.
    @Test func devSetDates() throws {
        var gold = 0
        var predicted = 0
        var strict = 0
        var valued = 0
        for line in Fixtures.devLines where !line.isEmpty {
            let doc = try JSONDecoder().decode(DevDocument.self, from: Data(line.utf8))
            let result = dates.extract(doc.text, referenceDate: doc.referenceDate.flatMap(CalendarDate.init(iso:)))
            let goldDates = doc.entities.filter { $0.type == .date }
            let found = result.entities.filter { $0.type == .date }
            gold += goldDates.count
            predicted += found.count
            for expected in goldDates {
                guard let match = found.first(where: { $0.range == expected.range }) else { continue }
                strict += 1
                if covers(match.value?.date, expected.value?.date) { valued += 1 }
            }
        }
        #expect(gold > 100)
        let precision = Double(strict) / Double(max(predicted, 1))
        let recall = Double(strict) / Double(max(gold, 1))
        #expect(2 * precision * recall / max(precision + recall, 1e-9) >= 0.95)
        #expect(Double(valued) / Double(max(strict, 1)) >= 0.95)
    }
}

/// A line of dev.jsonl.
private struct DevDocument: Decodable {
    var text: String
    var referenceDate: String?
    var entities: [Entity]

    enum CodingKeys: String, CodingKey {
        case text, entities
        case referenceDate = "reference_date"
    }
}

/// Whether `predicted` has every key that `gold` has, with the same value (the scorer's rule).
private func covers(_ predicted: DateValue?, _ gold: DateValue?) -> Bool {
    guard let gold else { return true }
    guard let p = predicted else { return false }
    func same<T: Equatable>(_ g: T?, _ v: T?) -> Bool { g == nil || g == v }
    func sameHijri(_ g: DateValue.HijriDate?, _ v: DateValue.HijriDate?) -> Bool {
        guard let g else { return true }
        guard let v else { return false }
        return same(g.year, v.year) && same(g.month, v.month) && same(g.day, v.day)
    }
    return same(gold.year, p.year) && same(gold.month, p.month) && same(gold.day, p.day)
        && same(gold.weekday, p.weekday) && same(gold.calendar, p.calendar) && sameHijri(gold.hijri, p.hijri)
        && same(gold.relativeDays, p.relativeDays) && same(gold.relativeWeeks, p.relativeWeeks)
        && same(gold.relativeMonths, p.relativeMonths) && same(gold.relativeYears, p.relativeYears)
}
