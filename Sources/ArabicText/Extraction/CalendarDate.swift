import Foundation

/// A Gregorian day, used as the reference that relative dates (أمس، الأسبوع المقبل) resolve against.
///
/// ```swift
/// let reference = CalendarDate(iso: "2025-09-14")   // أمس → 2025-09-13
/// ```
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year: `2025` for 2025-09-14 (14 سبتمبر 2025).
    public var year: Int
    /// The month, 1 = January: `9` for 2025-09-14 (14 سبتمبر 2025).
    public var month: Int
    /// The day of the month: `14` for 2025-09-14 (14 سبتمبر 2025).
    public var day: Int

    /// Creates a date; `nil` when the day does not exist (31 February, month 13).
    ///
    /// ```swift
    /// CalendarDate(year: 2025, month: 9, day: 14)   // 2025-09-14, الأحد 14 سبتمبر 2025
    /// CalendarDate(year: 2025, month: 2, day: 30)   // nil: there is no 30 فبراير 2025
    /// ```
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; `nil` for anything else or a day that does not exist.
    ///
    /// ```swift
    /// let reference = CalendarDate(iso: "2025-09-14")   // then اليوم → 2025-09-14, غدًا → 2025-09-15
    /// CalendarDate(iso: "14/09/2025")                   // nil
    /// ```
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Today in the current time zone.
    ///
    /// ```swift
    /// ArabicExtractor().extract("أمس", referenceDate: .today())   // أمس → the day before today
    /// ```
    public static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(unchecked: 1970, 1, 1)
    }

    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    ///
    /// ```swift
    /// "\(CalendarDate(year: 2025, month: 9, day: 14)!)"   // "2025-09-14" (14 سبتمبر 2025)
    /// ```
    public var description: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    /// Earlier days sort first.
    ///
    /// ```swift
    /// let today = CalendarDate(iso: "2025-09-14")!
    /// today.adding(days: -1) < today   // true: أمس before اليوم
    /// ```
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    ///
    /// ```swift
    /// CalendarDate(iso: "2025-09-14")!.daysSinceEpoch   // 20345 (14 سبتمبر 2025)
    /// ```
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `daysSinceEpoch` days after 1970-01-01.
    ///
    /// ```swift
    /// CalendarDate(daysSinceEpoch: 20345)   // 2025-09-14 (14 سبتمبر 2025)
    /// ```
    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The date `days` days later (earlier when negative).
    ///
    /// ```swift
    /// let reference = CalendarDate(iso: "2025-09-14")!
    /// reference.adding(days: -1)   // 2025-09-13: what أمس resolves to
    /// reference.adding(days: 7)    // 2025-09-21: الأسبوع المقبل
    /// ```
    public func adding(days: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// The same day `months` months later, clamped to the month's last day; used for year-month resolution.
    ///
    /// ```swift
    /// CalendarDate(iso: "2025-09-14")!.adding(months: 1)   // 2025-10-14: الشهر المقبل is 2025-10
    /// CalendarDate(iso: "2025-01-31")!.adding(months: 1)   // 2025-02-28
    /// ```
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CalendarDate(unchecked: y, m, min(day, CalendarDate.daysIn(month: m, year: y)))
    }

    /// Day of the week, 1 = Sunday … 7 = Saturday.
    ///
    /// ```swift
    /// CalendarDate(iso: "2025-09-14")!.weekday   // 1: الأحد
    /// ```
    public var weekday: Int {
        // 1970-01-01 was a Thursday (5).
        let w = (daysSinceEpoch % 7 + 7) % 7
        return (w + 4) % 7 + 1
    }

    /// Whether `year` is a Gregorian leap year.
    ///
    /// ```swift
    /// CalendarDate.isLeap(2024)   // true: 29 فبراير 2024 is a date
    /// CalendarDate.isLeap(2025)   // false
    /// ```
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Number of days of `month` in `year`.
    ///
    /// ```swift
    /// CalendarDate.daysIn(month: 2, year: 2025)   // 28: «30 فبراير 2025» has no value, only a warning
    /// ```
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
