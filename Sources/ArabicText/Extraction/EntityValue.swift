/// The value of an entity: a number for counts and ordinals, a date for dates.
///
/// `أكثر من 2.5 مليار` → `.number(2.5e9)`; `14 سبتمبر 2025م` → `.date(DateValue(year: 2025, month: 9, day: 14))`.
public enum EntityValue: Sendable, Hashable {
    /// A number (counts, ordinals, percentages): `أكثر من 2.5 مليار` → `.number(2.5e9)`.
    case number(Double)
    /// A date, with only the parts the text gives: `الأول من يناير` → `.date(DateValue(month: 1, day: 1))`.
    case date(DateValue)

    /// The number, when the value is one.
    ///
    /// ```swift
    /// ArabicExtractor().extract("تدريب أكثر من 95 كفاءة وطنية").entities[0].value?.number   // 95.0
    /// ```
    public var number: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The date, when the value is one.
    ///
    /// ```swift
    /// ArabicExtractor().extract("14 سبتمبر 2025م").entities[0].value?.date?.month   // 9
    /// ```
    public var date: DateValue? {
        if case .date(let d) = self { return d }
        return nil
    }
}

/// A date as the text gives it: only the keys the text states (or that a reference date resolves).
///
/// `22 ربيع الأول 1447هـ` → `calendar: .hijri, hijri: (1447, 3, 22)` and the Gregorian
/// `year: 2025, month: 9, day: 14`; `الأسبوع الماضي` → `relativeWeeks: -1` plus the resolved day.
public struct DateValue: Sendable, Hashable, Codable {
    /// A day of the Hijri calendar.
    ///
    /// `22 ربيع الأول 1447هـ` → `HijriDate(year: 1447, month: 3, day: 22)`.
    public struct HijriDate: Sendable, Hashable, Codable {
        /// The Hijri year (AH): `1447` for `22 ربيع الأول 1447هـ`.
        public var year: Int?
        /// The Hijri month, 1 = محرم … 12 = ذو الحجة.
        public var month: Int?
        /// The day of the month: `22` for `22 ربيع الأول 1447هـ`.
        public var day: Int?

        /// Creates a Hijri date from the parts the text gives.
        ///
        /// ```swift
        /// DateValue.HijriDate(year: 1447, month: 9)   // رمضان 1447هـ
        /// ```
        public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
            self.year = year
            self.month = month
            self.day = day
        }
    }

    /// The calendar the text wrote the date in, when it is not the Gregorian one.
    ///
    /// `22 ربيع الأول 1447هـ` → `.hijri`; `14 سبتمبر 2025م` → `nil`.
    public enum Calendar: String, Sendable, Hashable, Codable {
        /// The Hijri calendar (converted with ICU's `islamic-umalqura` by default): `22 ربيع الأول 1447هـ`.
        case hijri
    }

    /// Gregorian year: `2025` for `14 سبتمبر 2025م`, and for `22 ربيع الأول 1447هـ` (resolved).
    public var year: Int?
    /// Gregorian month, 1 = January: `9` for `14 سبتمبر 2025م`.
    public var month: Int?
    /// Gregorian day of the month: `14` for `14 سبتمبر 2025م`.
    public var day: Int?
    /// Day of the week, 1 = Sunday … 7 = Saturday: `1` for `الأحد 14 سبتمبر 2025م`; set only
    /// when the text names the weekday.
    public var weekday: Int?
    /// `hijri` for Hijri input: `22 ربيع الأول 1447هـ` → `.hijri`.
    public var calendar: Calendar?
    /// The Hijri date as written, for Hijri input: `22 ربيع الأول 1447هـ` → `(1447, 3, 22)`.
    public var hijri: HijriDate?
    /// Days from the reference date: 0 today, -1 yesterday (`اليوم` → `0`, `أمس` → `-1`, `غدًا` → `1`).
    public var relativeDays: Int?
    /// Weeks from the reference date: `الأسبوع الماضي` → `-1`.
    public var relativeWeeks: Int?
    /// Months from the reference date: `الشهر المقبل` → `1`.
    public var relativeMonths: Int?
    /// Years from the reference date: `العام الماضي` → `-1`.
    public var relativeYears: Int?
    /// `true` when the Gregorian date is an approximation (outside the Umm al-Qura table).
    ///
    /// `1 محرم 1700هـ` → `true` (converted to 2270-12-15 by the arithmetic calendar, with a
    /// warning); `22 ربيع الأول 1447هـ` → `nil`.
    public var approximate: Bool?

    /// Creates a date from the parts the text gives.
    ///
    /// ```swift
    /// // أمس, with the reference date 2025-09-14:
    /// DateValue(year: 2025, month: 9, day: 13, relativeDays: -1)
    /// ```
    public init(
        year: Int? = nil, month: Int? = nil, day: Int? = nil, weekday: Int? = nil,
        calendar: Calendar? = nil, hijri: HijriDate? = nil,
        relativeDays: Int? = nil, relativeWeeks: Int? = nil,
        relativeMonths: Int? = nil, relativeYears: Int? = nil, approximate: Bool? = nil
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.weekday = weekday
        self.calendar = calendar
        self.hijri = hijri
        self.relativeDays = relativeDays
        self.relativeWeeks = relativeWeeks
        self.relativeMonths = relativeMonths
        self.relativeYears = relativeYears
        self.approximate = approximate
    }

    enum CodingKeys: String, CodingKey {
        case year, month, day, weekday, calendar, hijri, approximate
        case relativeDays = "relative_days"
        case relativeWeeks = "relative_weeks"
        case relativeMonths = "relative_months"
        case relativeYears = "relative_years"
    }
}
