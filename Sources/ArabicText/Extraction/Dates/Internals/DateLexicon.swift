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
    /// An era mark: `هـ` → (Hijri, abbreviation).
    struct Era: Sendable, Hashable {
        var isHijri: Bool
        var isAbbreviation: Bool
    }

    /// Era marks.
    private(set) var eras = PhraseTable<Era>()
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
    private(set) var yearLeads: Set<String> = []
    private(set) var dayLinks: Set<String> = []
    private(set) var agreements: Set<String> = []
    private(set) var yearFollowers: Set<String> = []
    private(set) var todayBlockersBefore: Set<String> = []
    private(set) var todayBlockersAfter: Set<String> = []
    private(set) var weekdayBlockersBefore: Set<String> = []
    private(set) var weekdayBlockersAfter: Set<String> = []
    private(set) var relativeModifiers: [String: Int] = [:]
    private(set) var durationDirections: [String: Int] = [:]
    private(set) var durationUnits: [String: DurationUnit] = [:]

    /// What a first word may start.
    struct Starts: OptionSet, Sendable, Hashable {
        let rawValue: UInt16
        /// A weekday name.
        static let weekday = Starts(rawValue: 1 << 0)
        /// A one-word month name.
        static let month = Starts(rawValue: 1 << 1)
        /// A one-word relative date (`اليوم`).
        static let relative = Starts(rawValue: 1 << 2)
        /// A word announcing a year (`عام`).
        static let yearCue = Starts(rawValue: 1 << 3)
        /// The direction of a duration (`منذ`).
        static let duration = Starts(rawValue: 1 << 4)
        /// An era mark (`هـ`).
        static let era = Starts(rawValue: 1 << 5)
        /// A day link (`من`).
        static let dayLink = Starts(rawValue: 1 << 6)
        /// The first word of a multi-word month name (`كانون`, `ذو`).
        static let monthLead = Starts(rawValue: 1 << 7)
        /// A later word of a multi-word month name (`الثاني`, `الحجه`).
        static let monthNext = Starts(rawValue: 1 << 8)
        /// The first word of a multi-word relative date (`الأسبوع`, `بعد`).
        static let relativeLead = Starts(rawValue: 1 << 9)
        /// A later word of a multi-word relative date (`الماضي`, `غد`).
        static let relativeNext = Starts(rawValue: 1 << 10)
        /// An ordinal or tens word with the article (`الأول`, `العشرين`): perhaps a day before `من`.
        static let ordinal = Starts(rawValue: 1 << 11)
        /// A cardinal number word (`ثلاثة`), as in `منذ ثلاثة أيام`, `عام ألفين`.
        static let numberWord = Starts(rawValue: 1 << 12)
        /// A time word of a duration (`أيام`).
        static let durationUnit = Starts(rawValue: 1 << 13)
        /// The kinds that open a date (the others only continue one).
        static let opening: Starts = [.weekday, .month, .relative, .yearCue, .duration, .monthLead, .relativeLead]
    }

    /// What each token form may start or continue, by ``WordFingerprint``: every starter word
    /// and its proclitic forms (``StarterForms``). One probe with the fingerprint that
    /// ``TextAnalysis`` already computed tells the extractor to skip the ~95 % of words that start
    /// no date; a word missing from it starts none but a numeric one.
    private(set) var starters = FingerprintTable<Starts>([:])
    /// The UTF-8 of the starter words and what they start, while the lexicon is built.
    private var starterWords: [[UInt8]: Starts] = [:]
    /// The UTF-8 bytes of the day links (`من`), compared byte by byte.
    private(set) var dayLinkBytes: [[UInt8]] = []

    /// What the token whose fingerprint is `fingerprint` may start or continue; empty for most words.
    ///
    /// `الأحد` → weekday; `وفي` → []; `لسنه` → year cue (ل + `سنه`).
    ///
    /// - Complexity: O(1): one table probe, no hashing of the word.
    @inline(__always)
    func starts(fingerprint: UInt64) -> Starts {
        starters[fingerprint] ?? []
    }

    /// Whether the normalised word in `bytes` is a day link (`من`).
    func isDayLink(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        dayLinkBytes.contains { link in
            link.count == bytes.count && link.withUnsafeBufferPointer { $0.elementsEqual(bytes) }
        }
    }

    /// Notes normalised first word `word` as a starter of `kind`.
    private mutating func noteStarterWord(_ word: String, _ kind: Starts) {
        starterWords[Array(word.utf8), default: []].formUnion(kind)
    }

    /// Notes the words of phrase `form` as starters: a one-word phrase as `kind`, the
    /// words of a longer one as `lead` (the first) and `next` (the others).
    private mutating func noteStarter(_ form: String, _ kind: Starts, lead: Starts? = nil, next: Starts? = nil) {
        let words = yearCues.words(of: form)
        guard let first = words.first else { return }
        if words.count == 1 || lead == nil {
            noteStarterWord(first, kind)
        } else if let lead, let next {
            noteStarterWord(first, lead)
            for word in words.dropFirst() { noteStarterWord(word, next) }
        }
    }

    init(_ lexicons: LexiconSet) {
        for row in lexicons.rows(of: .gregorianMonths) {
            guard let number = row[1].flatMap({ Int($0) }), (1...12).contains(number) else { continue }
            months.insert(row.form, value: Month(number: number, isHijri: false, needsContext: row[3] == "needs-date"))
            noteStarter(row.form, .month, lead: .monthLead, next: .monthNext)
        }
        for row in lexicons.rows(of: .hijriMonths) {
            guard let number = row[1].flatMap({ Int($0) }), (1...12).contains(number) else { continue }
            months.insert(row.form, value: Month(number: number, isHijri: true, needsContext: row[2] == "needs-date"))
            noteStarter(row.form, .month, lead: .monthLead, next: .monthNext)
        }
        // Ordinal days (`الأول من`) and number words (`منذ ثلاثة أيام`), read by the number parser:
        // noted here only so that the byte-level precheck can tell which tokens to hand it.
        for row in lexicons.rows(of: "ordinal-words") {
            noteStarter("ال" + row.form, .ordinal)
        }
        noteStarter("ال", .ordinal)  // الـ15 من مارس: the article alone before digits
        for row in lexicons.rows(of: "number-words") {
            noteStarter(row.form, .numberWord)
            if let value = row[1].flatMap({ Double($0) }), value >= 10, value <= 31 { noteStarter("ال" + row.form, .ordinal) }
        }
        for row in lexicons.rows(of: .weekdays) {
            guard let number = row[1].flatMap({ Int($0) }), (1...7).contains(number) else { continue }
            weekdays.insert(row.form, value: number)
            noteStarter(row.form, .weekday)
        }
        for row in lexicons.rows(of: .eraMarks) {
            guard let era = row[1], era == "hijri" || era == "gregorian" else { continue }
            eras.insert(row.form, value: Era(isHijri: era == "hijri", isAbbreviation: row[2] == "abbreviation"))
            noteStarter(row.form, .era)
        }
        for row in lexicons.rows(of: .relativeDates) {
            guard let unit = row[1].flatMap({ Unit(rawValue: $0) }), let offset = row[2].flatMap({ Int($0) }) else {
                continue
            }
            relatives.insert(row.form, value: Relative(unit: unit, offset: offset))
            noteStarter(row.form, .relative, lead: .relativeLead, next: .relativeNext)
        }
        for row in lexicons.rows(of: .dateCues) {
            let words = yearCues.words(of: row.form)
            guard let first = words.first, let role = row[1] else { continue }
            switch role {
            case "year-cue":
                yearCues.insert(row.form, value: true)
                noteStarterWord(first, .yearCue)
            case "quantity": quantityCues.insert(words)
            case "quantity-after": quantitiesAfter.insert(words)
            case "month-cue": monthCues.insert(first)
            case "month-preposition": monthPrepositions.insert(first)
            case "year-lead": yearLeads.insert(first)
            case "day-link":
                dayLinks.insert(first)
                dayLinkBytes.append(Array(first.utf8))
                noteStarterWord(first, .dayLink)
            case "agreement": agreements.insert(first)
            case "year-follower": yearFollowers.insert(first)
            case "today-blocker-before": todayBlockersBefore.insert(first)
            case "today-blocker-after": todayBlockersAfter.insert(first)
            case "weekday-blocker-before": weekdayBlockersBefore.insert(first)
            case "weekday-blocker-after": weekdayBlockersAfter.insert(first)
            case "relative-modifier": relativeModifiers[first] = row[2].flatMap { Int($0) }
            case "duration-direction":
                durationDirections[first] = row[2].flatMap { Int($0) }
                noteStarterWord(first, .duration)
            case "duration-unit":
                noteStarterWord(first, .durationUnit)
                if let unit = row[2].flatMap({ Unit(rawValue: $0) }) {
                    durationUnits[first] = DurationUnit(unit: unit, count: row[3].flatMap { Int($0) })
                }
            default: continue
            }
        }
        var byFingerprint: [UInt64: Starts] = [:]
        for (word, kinds) in starterWords {
            for form in StarterForms.forms(of: word) {
                let fingerprint = form.withUnsafeBufferPointer { WordFingerprint.of(bytes: $0) }
                byFingerprint[fingerprint, default: []].formUnion(kinds)
            }
        }
        starters = FingerprintTable(byFingerprint)
        starterWords = [:]
    }
}

