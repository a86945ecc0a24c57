import CArabicICU

/// Converts Hijri dates to Gregorian ones with ICU's Umm al-Qura calendar or the calendar as it was printed.
///
/// The default table is ICU's `islamic-umalqura` calendar (KACST's computed Umm al-Qura table,
/// 1300–1600 AH). ``Table/printed`` uses the month starts of the calendar as it was printed at
/// the time (newspaper mastheads, official documents), generated once from the `hijridate`
/// package (MIT) for 1343–1500 AH; about 40 % of its months outside 1420–1450 AH start one day
/// apart from KACST's table, so choose it for historical documents. Outside a table's range the
/// conversion falls back to ICU's (outside 1300–1600 AH: to ICU's arithmetic `islamic-civil`
/// calendar, flagged ``Conversion/isApproximate``).
///
/// ```swift
/// let calendar = HijriCalendar()
/// calendar.gregorian(year: 1447, month: 9, day: 1)?.date   // 2026-02-18  (1 رمضان 1447هـ)
/// calendar.gregorian(year: 1447, month: 2, day: 30)         // nil: صفر 1447 has 29 days
/// ```
public struct HijriCalendar: Sendable {
    /// Which month starts a conversion uses.
    ///
    /// The tables disagree on some months: `1 صفر 1390هـ` is 1970-04-07 in ``ummAlQura`` and
    /// 1970-04-08 in ``printed``.
    public enum Table: String, Sendable, Hashable, CaseIterable {
        /// ICU's `islamic-umalqura` calendar (the default): `1 رمضان 1395هـ` → 1975-09-07.
        case ummAlQura
        /// The calendar as printed at the time (`hijridate`'s table, 1343–1500 AH), ICU's beyond:
        /// `1 رمضان 1395هـ` → 1975-09-06.
        case printed
    }

    /// A Gregorian day and whether it is only an approximation.
    ///
    /// ```swift
    /// HijriCalendar().gregorian(year: 1447, month: 9, day: 1)   // 2026-02-18, not approximate (1 رمضان 1447هـ)
    /// HijriCalendar().gregorian(year: 1700, month: 1, day: 1)   // 2270-12-15, approximate (1 محرم 1700هـ)
    /// ```
    public struct Conversion: Sendable, Hashable {
        /// The Gregorian day: 2026-02-18 for `1 رمضان 1447هـ`.
        public var date: CalendarDate
        /// `true` outside the Umm al-Qura range, where ICU's arithmetic calendar stands in:
        /// `1 محرم 1700هـ` → 2270-12-15, approximate.
        public var isApproximate: Bool
    }

    /// The table conversions use: `HijriCalendar(.printed).table` is ``Table/printed``, so
    /// `1 صفر 1390هـ` converts to 1970-04-08.
    public let table: Table
    private let printed: MonthStarts?

    /// A calendar converting with `table`; the printed table is read from `lexicons`.
    ///
    /// ```swift
    /// HijriCalendar().gregorian(year: 1390, month: 2, day: 1)?.date            // 1970-04-07 (1 صفر 1390هـ)
    /// HijriCalendar(.printed).gregorian(year: 1390, month: 2, day: 1)?.date    // 1970-04-08
    /// ```
    public init(_ table: Table = .ummAlQura, lexicons: LexiconSet = .builtIn) {
        self.table = table
        self.printed = table == .printed ? MonthStarts(printedRows: lexicons.rows(of: .hijriPrintedCalendar)) : nil
    }

    /// The Gregorian day of Hijri `year`-`month`-`day`; `nil` when that day does not exist.
    ///
    /// `gregorian(year: 1447, month: 3, day: 22)` (٢٢ ربيع الأول ١٤٤٧هـ) → 2025-09-14.
    public func gregorian(year: Int, month: Int, day: Int) -> Conversion? {
        guard (1...12).contains(month), (1...30).contains(day) else { return nil }
        if let printed, let days = printed.days(year: year, month: month, day: day) {
            return Conversion(date: CalendarDate(daysSinceEpoch: days), isApproximate: false)
        }
        if let printed, printed.covers(year: year) { return nil }
        if let days = HijriCalendar.ummAlQura.days(year: year, month: month, day: day) {
            return Conversion(date: CalendarDate(daysSinceEpoch: days), isApproximate: false)
        }
        if HijriCalendar.ummAlQura.covers(year: year) { return nil }
        guard let days = HijriCalendar.icuDays(.civil, year: year, month: month, day: day) else { return nil }
        return Conversion(date: CalendarDate(daysSinceEpoch: days), isApproximate: true)
    }

    /// Whether some table of this calendar (not the arithmetic fallback) covers Hijri `year`.
    ///
    /// `HijriCalendar().isTabulated(year: 1447)` (`١٤٤٧هـ`) → `true`; `isTabulated(year: 1700)` → `false`.
    public func isTabulated(year: Int) -> Bool {
        (printed?.covers(year: year) ?? false) || HijriCalendar.ummAlQura.covers(year: year)
    }

    // MARK: ICU

    /// The ICU calendars the shim opens.
    enum ICUCalendar {
        case ummAlQura, civil

        var kind: Int32 {
            switch self {
            case .ummAlQura: ATX_CAL_ISLAMIC_UMALQURA
            case .civil: ATX_CAL_ISLAMIC_CIVIL
            }
        }
    }

    /// ICU's month starts for its whole Umm al-Qura table, read once in one batch.
    static let ummAlQura: MonthStarts = {
        let first = Int(ATX_CAL_UMALQURA_FIRST_YEAR)
        let last = Int(ATX_CAL_UMALQURA_LAST_YEAR)
        let count = (last - first + 1) * 12 + 1
        var starts = [Int64](repeating: 0, count: count)
        let written = starts.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return atx_cal_islamic_month_starts(
                ATX_CAL_ISLAMIC_UMALQURA, Int32(first), Int32(last), base, Int32(count))
        }
        guard written == Int32(count) else { return MonthStarts(firstYear: first, starts: []) }
        return MonthStarts(firstYear: first, starts: starts.map { Int($0) })
    }()

    /// ICU's conversion of one Hijri day (strict: `nil` for a day the month lacks), in days since 1970-01-01.
    static func icuDays(_ calendar: ICUCalendar, year: Int, month: Int, day: Int) -> Int? {
        guard let y = Int32(exactly: year), let m = Int32(exactly: month), let d = Int32(exactly: day) else {
            return nil
        }
        var days: Int64 = 0
        return atx_cal_islamic_to_days(calendar.kind, y, m, d, &days) ? Int(days) : nil
    }

    /// ICU's Hijri date of a Gregorian day.
    static func icuHijri(_ calendar: ICUCalendar, of date: CalendarDate) -> DateValue.HijriDate? {
        var year: Int32 = 0
        var month: Int32 = 0
        var day: Int32 = 0
        guard atx_cal_islamic_from_days(calendar.kind, Int64(date.daysSinceEpoch), &year, &month, &day) else {
            return nil
        }
        return DateValue.HijriDate(year: Int(year), month: Int(month), day: Int(day))
    }
}

/// The first day of every month of a range of Hijri years, in days since 1970-01-01.
struct MonthStarts: Sendable {
    /// The first Hijri year of the table.
    let firstYear: Int
    /// Month starts, month by month from 1 محرم of `firstYear`, and the start of the month after the last.
    let starts: [Int]

    init(firstYear: Int, starts: [Int]) {
        self.firstYear = firstYear
        self.starts = starts
    }

    /// Reads rows `year, month, YYYY-MM-DD, length`; rows must run month by month without a gap.
    init(printedRows rows: [LexiconRow]) {
        var first: Int?
        var starts: [Int] = []
        var expected: (year: Int, month: Int)?
        var lastEnd: Int?
        for row in rows {
            guard let year = row[0].flatMap({ Int($0) }), let month = row[1].flatMap({ Int($0) }),
                let start = row[2].flatMap({ CalendarDate(iso: $0) }), let length = row[3].flatMap({ Int($0) })
            else { continue }
            if let expected, expected != (year, month) { break }
            if first == nil { first = year }
            starts.append(start.daysSinceEpoch)
            lastEnd = start.daysSinceEpoch + length
            expected = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        if let lastEnd, starts.count >= 12 {
            let whole = starts.count / 12 * 12
            let end = whole == starts.count ? lastEnd : starts[whole]
            self.init(firstYear: first ?? 0, starts: Array(starts[..<whole]) + [end])
        } else {
            self.init(firstYear: 0, starts: [])
        }
    }

    /// Whether the table has Hijri `year`.
    func covers(year: Int) -> Bool {
        !starts.isEmpty && year >= firstYear && (year - firstYear) * 12 + 12 < starts.count
    }

    /// Days since 1970-01-01 of a Hijri day; `nil` outside the table or past the month's end.
    func days(year: Int, month: Int, day: Int) -> Int? {
        guard covers(year: year), (1...12).contains(month), day >= 1 else { return nil }
        let index = (year - firstYear) * 12 + month - 1
        let start = starts[index]
        guard day <= starts[index + 1] - start else { return nil }
        return start + day - 1
    }
}
