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
    private(set) var relativeModifiers: [String: Int] = [:]
    private(set) var durationDirections: [String: Int] = [:]
    private(set) var durationUnits: [String: DurationUnit] = [:]

    /// The first words of every month, weekday, relative date, year cue and duration: a token
    /// that is none of these (nor one after a proclitic) starts no date but a numeric one.
    private(set) var starters: Set<String> = []

    /// Whether the normalised `word`, or its stem after a proclitic (و ف ب ك ل، لل → ال), may start a date.
    ///
    /// - Complexity: O(1): at most four set lookups of short strings.
    func mayStart(_ word: String) -> Bool {
        if starters.contains(word) { return true }
        let scalars = word.unicodeScalars
        guard let first = scalars.first, scalars.count > 2, Proclitics.conjunctions.contains(first.value)
            || Proclitics.prepositions.contains(first.value)
        else { return false }
        let rest = scalars.dropFirst()
        if starters.contains(String(rest)) { return true }
        guard let second = rest.first else { return false }
        if first.value == Proclitics.lam, second.value == Proclitics.lam {
            return starters.contains("\u{0627}" + String(rest))
        }
        guard Proclitics.conjunctions.contains(first.value), Proclitics.prepositions.contains(second.value) else {
            return false
        }
        let stem = rest.dropFirst()
        if starters.contains(String(stem)) { return true }
        if second.value == Proclitics.lam, stem.first?.value == Proclitics.lam {
            return starters.contains("\u{0627}" + String(stem))
        }
        return false
    }

    /// Adds the first normalised word of `form` to ``starters``.
    private mutating func noteStarter(_ form: String) {
        if let first = yearCues.words(of: form).first { starters.insert(first) }
    }

    init(_ lexicons: LexiconSet) {
        for row in lexicons.rows(of: .gregorianMonths) {
            guard let number = row[1].flatMap({ Int($0) }), (1...12).contains(number) else { continue }
            months.insert(row.form, value: Month(number: number, isHijri: false, needsContext: row[3] == "needs-date"))
            noteStarter(row.form)
        }
        for row in lexicons.rows(of: .hijriMonths) {
            guard let number = row[1].flatMap({ Int($0) }), (1...12).contains(number) else { continue }
            months.insert(row.form, value: Month(number: number, isHijri: true, needsContext: row[2] == "needs-date"))
            noteStarter(row.form)
        }
        for row in lexicons.rows(of: .weekdays) {
            guard let number = row[1].flatMap({ Int($0) }), (1...7).contains(number) else { continue }
            weekdays.insert(row.form, value: number)
            noteStarter(row.form)
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
            noteStarter(row.form)
        }
        for row in lexicons.rows(of: .dateCues) {
            let words = yearCues.words(of: row.form)
            guard let first = words.first, let role = row[1] else { continue }
            switch role {
            case "year-cue":
                yearCues.insert(row.form, value: true)
                starters.insert(first)
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
            case "relative-modifier": relativeModifiers[first] = row[2].flatMap { Int($0) }
            case "duration-direction":
                durationDirections[first] = row[2].flatMap { Int($0) }
                starters.insert(first)
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
