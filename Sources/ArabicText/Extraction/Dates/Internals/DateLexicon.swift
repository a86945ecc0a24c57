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

    /// FNV-1a hashes of the UTF-8 of the first words of every month, weekday, relative date, year
    /// cue and duration: a token whose word (or stem after a proclitic) hashes to none of these
    /// starts no date but a numeric one. Hashing bytes avoids `String` hashing (which normalises).
    private(set) var starterHashes: [UInt64: Starts] = [:]
    /// A 16384-bit filter over ``starterHashes``: most words miss it with one bit test.
    private(set) var starterFilter = [UInt64](repeating: 0, count: 256)
    /// The UTF-8 bytes of the day links (`من`), compared byte by byte.
    private(set) var dayLinkBytes: [[UInt8]] = []

    /// FNV-1a over the bytes of `bytes` read from the last to the first, so that one backward
    /// pass also yields the hash of every suffix (the stem after a proclitic).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = hashBasis
        var k = bytes.count
        while k > 0 {
            k -= 1
            h = step(h, bytes[k])
        }
        return h
    }

    static let hashBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

    /// The hash of alef + the suffix whose hash is `h` (`للعام` → `العام`).
    @inline(__always)
    static func withAlef(_ h: UInt64) -> UInt64 { step(step(h, 0xA7), 0xD8) }

    /// What the normalised word in `bytes`, or its stem after a proclitic (و ف ب ك ل، لل → ال), may
    /// start or continue; empty for most words.
    ///
    /// - Complexity: O(length of the word): one backward pass, at most four bit tests, no allocation.
    func starts(_ bytes: UnsafeBufferPointer<UInt8>) -> Starts {
        // One backward pass: the hashes of the suffixes after 0, 2, 4 and 6 bytes.
        var h = Self.hashBasis
        var h2 = h, h4 = h, h6 = h
        var k = bytes.count
        while k > 0 {
            k -= 1
            h = Self.step(h, bytes[k])
            switch k {
            case 6: h6 = h
            case 4: h4 = h
            case 2: h2 = h
            default: break
            }
        }
        var found = lookup(h)
        guard bytes.count > 4, let first = Self.clitic(bytes, at: 0) else { return found }
        found.formUnion(lookup(h2))
        let second = Self.clitic(bytes, at: 2)
        if first == 0x84, second == 0x84 {  // لل
            found.formUnion(lookup(Self.withAlef(h4)))
            return found
        }
        guard first == 0x88 || first == 0x81, let second, second == 0xA8 || second == 0x83 || second == 0x84,
            bytes.count > 6
        else { return found }
        found.formUnion(lookup(h4))
        if second == 0x84, Self.clitic(bytes, at: 4) == 0x84 {
            found.formUnion(lookup(Self.withAlef(h6)))
        }
        return found
    }

    /// The starts of a word hash: the filter first, the dictionary only on a hit.
    @inline(__always)
    private func lookup(_ hash: UInt64) -> Starts {
        let bit = Int(truncatingIfNeeded: hash >> 50)  // 14 bits
        guard starterFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return [] }
        return starterHashes[hash] ?? []
    }

    /// The second UTF-8 byte of a proclitic letter (و ف ب ك ل) at byte `offset`, or `nil`.
    private static func clitic(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt8? {
        guard offset + 1 < bytes.count else { return nil }
        switch (bytes[offset], bytes[offset + 1]) {
        case (0xD9, 0x88), (0xD9, 0x81), (0xD8, 0xA8), (0xD9, 0x83), (0xD9, 0x84): return bytes[offset + 1]
        default: return nil
        }
    }

    /// Whether the normalised word in `bytes` is a day link (`من`).
    func isDayLink(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        dayLinkBytes.contains { link in
            link.count == bytes.count && link.withUnsafeBufferPointer { $0.elementsEqual(bytes) }
        }
    }

    /// Adds the hash of a normalised first word to ``starterHashes``.
    private mutating func noteStarterWord(_ word: String, _ kind: Starts) {
        var word = word
        let hash = word.withUTF8 { Self.hash($0) }
        starterHashes[hash, default: []].insert(kind)
        let bit = Int(truncatingIfNeeded: hash >> 50)
        starterFilter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Notes the words of phrase `form` in ``starterHashes``: a one-word phrase as `kind`, the
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
    }
}

