/// The date word lists, compiled once into lookup tables: months, weekdays, era marks, relative dates, cue words.
///
/// Built from `gregorian-months`, `hijri-months`, `weekdays`, `era-marks`, `relative-dates`
/// and `date-cues`; every form is normalised like the text (`إبريل` → `ابريل`, `جمادى الآخرة` →
/// `جمادي الاخره`), so lookups compare normalised words.
struct DateLexicon: Sendable {
    /// A month name: `آب` → (8, gregorian, needs a date around it).
    struct Month: Sendable, Hashable {
        var number: Int
        var isHijri: Bool
        /// Whether the word is a month only beside a day, a year, `شهر` or a paired month (آب is also father).
        var needsContext: Bool
    }

    /// The unit of a relative date or a duration.
    enum Unit: String, Sendable, Hashable {
        case day, week, month, year
    }

    /// A relative date: `الأسبوع الماضي` → (week, -1).
    struct Relative: Sendable, Hashable {
        var unit: Unit
        var offset: Int
    }

    /// A duration's time word: `أيام` → (day, nil: after a number), `أسبوعين` → (week, 2).
    struct DurationUnit: Sendable, Hashable {
        var unit: Unit
        var count: Int?
    }

    /// Month names of both calendars.
    private(set) var months = PhraseTable<Month>()
    /// Weekday names → 1 = Sunday … 7 = Saturday.
    private(set) var weekdays = PhraseTable<Int>()
    /// Era marks → `true` for the Hijri era.
    private(set) var eras = PhraseTable<Bool>()
    /// Relative dates.
    private(set) var relatives = PhraseTable<Relative>()
    /// Words announcing a year: `عام`, `العام المالي`.
    private(set) var yearCues = PhraseTable<Bool>()
    /// Words before which a number is a quantity: `أكثر من`, `رقم` (as word lists, one or two words).
    private(set) var quantityCues: Set<[String]> = []
    /// Words after which a number is a quantity: `بالمئة`, `في المئة` (as word lists).
    private(set) var quantitiesAfter: Set<[String]> = []
    /// Single-word cues by role.
    private(set) var monthCues: Set<String> = []
    private(set) var monthPrepositions: Set<String> = []
    private(set) var dayLinks: Set<String> = []
    private(set) var agreements: Set<String> = []
    private(set) var yearFollowers: Set<String> = []
    private(set) var todayBlockersBefore: Set<String> = []
    private(set) var todayBlockersAfter: Set<String> = []
    private(set) var weekdayBlockersBefore: Set<String> = []
    private(set) var weekdayRelatives: [String: Int] = [:]
    private(set) var durationDirections: [String: Int] = [:]
    private(set) var durationUnits: [String: DurationUnit] = [:]

    init(_ lexicons: LexiconSet) {
        for row in lexicons.rows(of: .gregorianMonths) {
            guard let number = row[1].flatMap({ Int($0) }), (1...12).contains(number) else { continue }
            months.insert(row.form, value: Month(number: number, isHijri: false, needsContext: row[3] == "needs-date"))
        }
        for row in lexicons.rows(of: .hijriMonths) {
            guard let number = row[1].flatMap({ Int($0) }), (1...12).contains(number) else { continue }
            months.insert(row.form, value: Month(number: number, isHijri: true, needsContext: row[2] == "needs-date"))
        }
        for row in lexicons.rows(of: .weekdays) {
            guard let number = row[1].flatMap({ Int($0) }), (1...7).contains(number) else { continue }
            weekdays.insert(row.form, value: number)
        }
        for row in lexicons.rows(of: .eraMarks) {
            guard let era = row[1], era == "hijri" || era == "gregorian" else { continue }
            eras.insert(row.form, value: era == "hijri")
        }
        for row in lexicons.rows(of: .relativeDates) {
            guard let unit = row[1].flatMap({ Unit(rawValue: $0) }), let offset = row[2].flatMap({ Int($0) }) else {
                continue
            }
            relatives.insert(row.form, value: Relative(unit: unit, offset: offset))
        }
        for row in lexicons.rows(of: .dateCues) {
            let words = yearCues.words(of: row.form)
            guard let first = words.first, let role = row[1] else { continue }
            switch role {
            case "year-cue": yearCues.insert(row.form, value: true)
            case "quantity": quantityCues.insert(words)
            case "quantity-after": quantitiesAfter.insert(words)
            case "month-cue": monthCues.insert(first)
            case "month-preposition": monthPrepositions.insert(first)
            case "day-link": dayLinks.insert(first)
            case "agreement": agreements.insert(first)
            case "year-follower": yearFollowers.insert(first)
            case "today-blocker-before": todayBlockersBefore.insert(first)
            case "today-blocker-after": todayBlockersAfter.insert(first)
            case "weekday-blocker-before": weekdayBlockersBefore.insert(first)
            case "weekday-relative": weekdayRelatives[first] = row[2].flatMap { Int($0) }
            case "duration-direction": durationDirections[first] = row[2].flatMap { Int($0) }
            case "duration-unit":
                if let unit = row[2].flatMap({ Unit(rawValue: $0) }) {
                    durationUnits[first] = DurationUnit(unit: unit, count: row[3].flatMap { Int($0) })
                }
            default: continue
            }
        }
    }
}

extension LexiconName {
    /// Gregorian month names of every regional set (`gregorian-months.tsv`).
    static let gregorianMonths: LexiconName = "gregorian-months"
    /// Hijri month names (`hijri-months.tsv`).
    static let hijriMonths: LexiconName = "hijri-months"
    /// Weekday names (`weekdays.tsv`).
    static let weekdays: LexiconName = "weekdays"
    /// Era marks: هـ، م، ميلادي، هجري (`era-marks.tsv`).
    static let eraMarks: LexiconName = "era-marks"
    /// Relative dates: اليوم، أمس، الأسبوع المقبل (`relative-dates.tsv`).
    static let relativeDates: LexiconName = "relative-dates"
    /// Cue words around dates (`date-cues.tsv`).
    static let dateCues: LexiconName = "date-cues"
}
