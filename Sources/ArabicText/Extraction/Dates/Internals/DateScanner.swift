/// A date found at some tokens, before it becomes an ``Entity``.
struct DateMatch: Sendable {
    /// Token indexes of the span.
    var tokens: Range<Int>
    /// Bytes of a proclitic on the first token left outside the span.
    var prefixBytes: Int = 0
    /// The value, `nil` when the text names a day that does not exist.
    var value: DateValue?
    /// Problems met while reading the value.
    var warnings: [String] = []
    /// The grammar rule that matched.
    var rule: String
}

/// The date grammar, run at one token of one document: weekday + day + month + year + era, numeric dates, years, relative dates.
///
/// Every rule is a few dictionary lookups at fixed token offsets, so a document costs O(tokens).
/// `الأحد 16 جمادى الآخرة 1447هـ` → one match with weekday 1 and Hijri 1447-06-16;
/// `عام 2024` → the match `2024`; `أمس` → `relative_days: -1`.
struct DateScanner {
    let analysis: TextAnalysis
    /// The extractor's tables, shared (not copied) by every document's scanner.
    let tables: DateTables
    let calendar: HijriCalendar

    private var lexicon: DateLexicon { tables.lexicon }
    private var numbers: ArabicNumberParser { tables.numbers }

    private var count: Int { analysis.tokens.count }

    /// The date starting at token `index` (or, for a year after `عام`, right after it).
    ///
    /// `starts` says what the token's word may open (`DateLexicon.starts(fingerprint:)`);
    /// `mayBeOrdinalDay` whether it may be an ordinal day before `من`. The extractor computes both
    /// from the token's fingerprint and calls this only when one of them holds or the token is a number.
    func date(at index: Int, starts: DateLexicon.Starts, mayBeOrdinalDay: Bool) -> DateMatch? {
        switch analysis.kind(index) {
        case .number:
            return dayLed(index) ?? numeric(index) ?? bareYear(index)
        case .arabicWord:
            if starts.contains(.weekday), let found = weekdayLed(index) { return found }
            if mayBeOrdinalDay, let found = dayLed(index) { return found }
            if mayStartMonth(index, starts), let found = monthLed(index) { return found }
            if starts.contains(.duration), mayBeAmount(index + 1), let found = duration(index) { return found }
            if starts.contains(.relative) || starts.contains(.relativeLead) && self.starts(index + 1).contains(.relativeNext),
                let found = relative(index)
            {
                return found
            }
            if starts.contains(.yearCue), mayBeAmount(index + 1) || mayBeAmount(index + 2) {
                return cuedYear(index)
            }
            return nil
        default:
            return nil
        }
    }

    // MARK: Tokens

    /// Whether a month name may start at token `index`, whose word may start `starts`.
    private func mayStartMonth(_ index: Int, _ starts: DateLexicon.Starts) -> Bool {
        if starts.contains(.month) { return true }
        guard starts.contains(.monthLead), index + 1 < count else { return false }
        return analysis.kind(index + 1) == .number || self.starts(index + 1).contains(.monthNext)
    }

    /// Whether token `index` may be a number or a duration's time word (`3`, `ثلاثة`, `يومين`).
    private func mayBeAmount(_ index: Int) -> Bool {
        guard index < count else { return false }
        return analysis.kind(index) == .number || !self.starts(index).isDisjoint(with: [.numberWord, .durationUnit])
    }

    /// What the word of token `index` may start or continue (one probe with its fingerprint); empty past the end.
    private func starts(_ index: Int) -> DateLexicon.Starts {
        guard index < count, analysis.kind(index) == .arabicWord else { return [] }
        return lexicon.starts(fingerprint: analysis.fingerprints[index])
    }

    /// The normalised word of token `index`, or `nil` past the end.
    private func word(_ index: Int) -> String? {
        index >= 0 && index < count ? analysis.word(index) : nil
    }

    /// Whether token `index` exists and follows the previous one on the same line.
    private func continues(_ index: Int) -> Bool {
        index > 0 && index < count && !analysis.hasLineBreak(before: index)
    }

    /// The value of a token of 1–`maxDigits` ASCII digits.
    private func digits(_ index: Int, minDigits: Int = 1, maxDigits: Int = 4) -> Int? {
        guard analysis.kind(index) == .number, let word = word(index) else { return nil }
        let utf8 = word.utf8
        guard utf8.count >= minDigits, utf8.count <= maxDigits, utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return nil
        }
        return Int(word)
    }

    /// A day of the month at token `index`: `28`.
    private func day(_ index: Int) -> (end: Int, day: Int)? {
        guard let value = digits(index, maxDigits: 2), (1...31).contains(value) else { return nil }
        return (index + 1, value)
    }

    /// A year at token `index` with its era mark: `2025م`, `1447 هـ`.
    private func year(_ index: Int, minDigits: Int = 4) -> (end: Int, year: Int, isHijri: Bool?, digitCount: Int)? {
        guard continues(index), let value = digits(index, minDigits: minDigits), value > 0 else { return nil }
        let digitCount = word(index)?.utf8.count ?? 0
        if let era = era(index + 1) { return (era.end, value, era.isHijri, digitCount) }
        return (index + 1, value, nil, digitCount)
    }

    /// An era mark at token `index`, on the same line as the year before it.
    private func era(_ index: Int) -> (end: Int, isHijri: Bool, isAbbreviation: Bool)? {
        guard continues(index), starts(index).contains(.era), let match = lexicon.eras.match(in: analysis, at: index)
        else { return nil }
        return (match.tokens.upperBound, match.value.isHijri, match.value.isAbbreviation)
    }

    /// Whether the word before token `index` (or its stem after a proclitic) is in `set`.
    private func previousWord(of index: Int, in set: Set<String>) -> Bool {
        guard index > 0, !analysis.hasLineBreak(before: index), let previous = word(index - 1) else { return false }
        return Proclitics.splits(of: previous).contains { set.contains($0.stem) }
    }

    // MARK: Calendar dates

    /// `الأحد 12 يناير 2025`, `الخميس، 28/8/2025`, `الخميس` alone, `الخميس المقبل`.
    private func weekdayLed(_ index: Int) -> DateMatch? {
        guard let weekday = lexicon.weekdays.match(in: analysis, at: index, proclitics: true) else { return nil }
        if weekday.prefixBytes == 0, previousWord(of: index, in: lexicon.weekdayBlockersBefore) { return nil }
        var next = weekday.tokens.upperBound
        if continues(next), let after = word(next), lexicon.weekdayBlockersAfter.contains(after) { return nil }
        if continues(next), word(next) == "،" || word(next) == "," { next += 1 }
        if continues(next), var date = dayLed(next) ?? numeric(next), date.prefixBytes == 0 {
            date.tokens = index..<date.tokens.upperBound
            date.prefixBytes = weekday.prefixBytes
            date.rule = "date.weekday+" + date.rule.dropFirst("date.".count)
            var value = date.value ?? DateValue()
            if date.value != nil {
                if let resolved = Self.gregorian(of: value), resolved.weekday != weekday.value {
                    date.warnings.append("weekday \(weekday.value) but \(resolved) is weekday \(resolved.weekday)")
                }
                value.weekday = weekday.value
                date.value = value
            }
            return date
        }
        var value = DateValue(weekday: weekday.value)
        var end = weekday.tokens.upperBound
        if continues(end), let direction = word(end).flatMap({ lexicon.relativeModifiers[$0] }) {
            end += 1
            if let reference = analysis.referenceDate {
                var days = (weekday.value - reference.weekday + 7) % 7
                if direction < 0 { days = -((reference.weekday - weekday.value + 7) % 7) }
                if days == 0 { days = 7 * direction }
                let date = reference.adding(days: days)
                value.year = date.year
                value.month = date.month
                value.day = date.day
            }
        }
        return DateMatch(
            tokens: index..<end, prefixBytes: weekday.prefixBytes, value: value,
            rule: end > weekday.tokens.upperBound ? "date.weekday-relative" : "date.weekday")
    }

    /// `22 ربيع الأول 1447هـ`, `14 سبتمبر 2025م`, `12 كانون الثاني/يناير 2025`, `15 يونية`, `الأول من يناير`.
    private func dayLed(_ index: Int) -> DateMatch? {
        var next: Int
        var dayValue: Int
        var prefixBytes = 0
        var needsLink = false
        if let day = day(index) {
            (next, dayValue) = (day.end, day.day)
        } else if analysis.kind(index) == .arabicWord, let ordinal = numbers.ordinal(in: analysis, at: index),
            ordinal.value == ordinal.value.rounded(), (1...31).contains(ordinal.value)
        {
            (next, dayValue, prefixBytes, needsLink) = (ordinal.tokens.upperBound, Int(ordinal.value), ordinal.prefixBytes, true)
        } else {
            return nil
        }
        if continues(next), starts(next).contains(.dayLink) {
            next += 1
            if continues(next), word(next).map(lexicon.monthCues.contains) == true { next += 1 }
        } else if needsLink {
            return nil
        }
        guard continues(next), mayStartMonth(next, starts(next)), let month = lexicon.months.match(in: analysis, at: next)
        else { return nil }
        guard let found = calendarDate(
            from: index, prefixBytes: prefixBytes, day: dayValue, month: month.value, pair: pair(after: month),
            rule: "date.day-month")
        else { return nil }
        if !month.value.isHijri, let modified = withModifier(found) { return modified }
        return found
    }

    /// `أغسطس 2025`, `رمضان 1447هـ`, `أغسطس` alone, `شهر آب`.
    private func monthLed(_ index: Int) -> DateMatch? {
        guard let month = lexicon.months.match(in: analysis, at: index, proclitics: true) else { return nil }
        let paired = pair(after: month)
        let cued = month.prefixBytes == 0
            ? previousWord(of: index, in: lexicon.monthCues) || previousWord(of: index, in: lexicon.monthPrepositions)
            : false
        guard let found = calendarDate(
            from: index, prefixBytes: month.prefixBytes, day: nil, month: month.value, pair: paired, rule: "date.month")
        else { return nil }
        let hasYear = found.rule.hasSuffix("-year")
        if !hasYear, !month.value.isHijri, let modified = withModifier(found) { return modified }
        if month.value.needsContext, !hasYear, !paired.isPair, !cued { return nil }
        return found
    }

    /// `مايو الماضي` (the last May before the reference date), `سبتمبر الجاري`, `15 مارس المقبل`.
    ///
    /// With a reference date the year is resolved: the last such month or day before it, the
    /// next one after it, or the reference year for `الجاري`.
    private func withModifier(_ found: DateMatch) -> DateMatch? {
        let end = found.tokens.upperBound
        guard continues(end), let direction = word(end).flatMap({ lexicon.relativeModifiers[$0] }),
            var value = found.value, value.year == nil, let month = value.month
        else { return nil }
        if let reference = analysis.referenceDate {
            let day = value.day ?? 0
            let written = (month, day)
            let today = (reference.month, value.day == nil ? 0 : reference.day)
            switch direction {
            case ..<0: value.year = written < today ? reference.year : reference.year - 1
            case 0: value.year = reference.year
            default: value.year = written > today ? reference.year : reference.year + 1
            }
            if let day = value.day, let year = value.year, day > CalendarDate.daysIn(month: month, year: year) {
                return nil
            }
        }
        return DateMatch(
            tokens: found.tokens.lowerBound..<end + 1, prefixBytes: found.prefixBytes, value: value,
            warnings: found.warnings, rule: found.rule + "-relative")
    }

    /// The end of a month name and of its pair: `كانون الثاني/يناير`, `فبراير (شباط)`.
    private func pair(after month: PhraseTable<DateLexicon.Month>.Match) -> (end: Int, firstEnd: Int, isPair: Bool) {
        let end = month.tokens.upperBound
        guard continues(end), let separator = word(end), continues(end + 1) else { return (end, end, false) }
        switch separator {
        case "/", "-", "(":
            guard let second = lexicon.months.match(in: analysis, at: end + 1),
                second.value.number == month.value.number, second.value.isHijri == month.value.isHijri
            else { return (end, end, false) }
            let secondEnd = second.tokens.upperBound
            if separator != "(" { return (secondEnd, end, true) }
            guard continues(secondEnd), word(secondEnd) == ")" else { return (end, end, false) }
            return (secondEnd + 1, end, true)
        default:
            return (end, end, false)
        }
    }

    /// A day/month/year date from token `start` through a month name (and its pair); reads the year and era after it.
    ///
    /// A pair in parentheses stays inside only when a year follows it: `فبراير (شباط) 2025`, but `5 فبراير` in `5 فبراير (شباط)`.
    private func calendarDate(
        from start: Int, prefixBytes: Int, day: Int?, month: DateLexicon.Month,
        pair: (end: Int, firstEnd: Int, isPair: Bool), rule: String
    ) -> DateMatch? {
        var end = pair.end
        var year: Int?
        if let found = self.year(end, minDigits: 3), found.digitCount == 4 || found.isHijri != nil,
            found.isHijri.map({ $0 == month.isHijri }) ?? true,
            month.isHijri ? found.year <= 1700 : found.year >= 1000 || found.isHijri != nil
        {
            year = found.year
            end = found.end
        } else if pair.isPair, word(pair.end - 1) == ")" {
            end = pair.firstEnd
        }
        let rule = rule + (year != nil ? "-year" : "")
        let range = start..<end
        if month.isHijri {
            return hijriDate(tokens: range, prefixBytes: prefixBytes, year: year, month: month.number, day: day, rule: rule)
        }
        if let day, day > CalendarDate.daysIn(month: month.number, year: year ?? 2000) {
            return DateMatch(
                tokens: range, prefixBytes: prefixBytes, value: nil,
                warnings: ["no such day: \(day)/\(month.number)\(year.map { "/\($0)" } ?? "")"], rule: rule)
        }
        return DateMatch(
            tokens: range, prefixBytes: prefixBytes, value: DateValue(year: year, month: month.number, day: day),
            rule: rule)
    }

    /// A Hijri date: the Hijri parts as written, and the Gregorian day when the whole day is given.
    private func hijriDate(tokens: Range<Int>, prefixBytes: Int, year: Int?, month: Int, day: Int?, rule: String)
        -> DateMatch
    {
        var value = DateValue(calendar: .hijri, hijri: DateValue.HijriDate(year: year, month: month, day: day))
        var warnings: [String] = []
        if let year, let day {
            if let conversion = calendar.gregorian(year: year, month: month, day: day) {
                value.year = conversion.date.year
                value.month = conversion.date.month
                value.day = conversion.date.day
                if conversion.isApproximate {
                    value.approximate = true
                    warnings.append("\(year) AH is outside the Umm al-Qura table: converted with the arithmetic Islamic calendar")
                }
            } else {
                warnings.append("no such day: \(day)/\(month)/\(year) AH")
            }
        } else if let day, day > 30 {
            return DateMatch(tokens: tokens, prefixBytes: prefixBytes, value: nil,
                warnings: ["no such day: \(day)/\(month) AH"], rule: rule)
        }
        return DateMatch(tokens: tokens, prefixBytes: prefixBytes, value: value, warnings: warnings, rule: rule)
    }

    /// `28/11/2026`, `2026-11-28`, `12-10-2025`, `12/9/1447هـ`.
    private func numeric(_ index: Int) -> DateMatch? {
        guard analysis.kind(index) == .number, let word = word(index),
            let parts = NumericDate(word)
        else { return nil }
        var end = index + 1
        var isHijri = (1300...1600).contains(parts.year)
        if let era = era(end) {
            isHijri = era.isHijri
            end = era.end
        }
        if isHijri {
            guard (1...12).contains(parts.month), (1...30).contains(parts.day) else { return nil }
            return hijriDate(tokens: index..<end, prefixBytes: 0, year: parts.year, month: parts.month,
                day: parts.day, rule: "date.numeric-hijri")
        }
        guard CalendarDate(year: parts.year, month: parts.month, day: parts.day) != nil else { return nil }
        return DateMatch(
            tokens: index..<end, value: DateValue(year: parts.year, month: parts.month, day: parts.day),
            rule: "date.numeric")
    }

    /// The Gregorian day a value names, when it names one.
    static func gregorian(of value: DateValue) -> CalendarDate? {
        guard let year = value.year, let month = value.month, let day = value.day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    // MARK: Years

    /// `عام 2024` → `2024`; `لسنة ٢٠١٢` → `٢٠١٢`; `العام المالي 2025م` → `2025م`.
    private func cuedYear(_ index: Int) -> DateMatch? {
        guard let cue = lexicon.yearCues.match(in: analysis, at: index, proclitics: true) else { return nil }
        let start = cue.tokens.upperBound
        guard continues(start) else { return nil }
        if analysis.kind(start) == .arabicWord, let words = numbers.number(in: analysis, at: start), words.isWords,
            words.prefixBytes == 0, words.value == words.value.rounded(), (1000...2200).contains(words.value)
        {
            var end = words.tokens.upperBound
            let era = era(end)
            if let era { end = era.end }
            return yearMatch(tokens: start..<end, year: Int(words.value), isHijri: era?.isHijri, rule: "date.cued-year-words")
        }
        guard let year = year(start, minDigits: 3) else { return nil }
        return yearMatch(tokens: start..<year.end, year: year.year, isHijri: year.isHijri, rule: "date.cued-year")
    }

    /// A year without a cue word: `2025م`, `1447هـ`, or a 4-digit 1900–2100 number that is not a
    /// quantity: after `بحلول`, `مطلع`, `نهاية`… always, otherwise unless a counted noun follows it.
    private func bareYear(_ index: Int) -> DateMatch? {
        guard let value = digits(index, minDigits: 3) else { return nil }
        let digitCount = word(index)?.utf8.count ?? 0
        if let era = era(index + 1), value >= 100, digitCount == 4 || !era.isAbbreviation || era.isHijri {
            return yearMatch(tokens: index..<era.end, year: value, isHijri: era.isHijri, rule: "date.year-era")
        }
        guard digitCount == 4, (1900...2100).contains(value) else { return nil }
        if index > 0, !analysis.hasLineBreak(before: index) {
            if analysis.kind(index - 1) == .symbol { return nil }
            if let last = word(index - 1), lexicon.quantityCues.contains([last]) { return nil }
            if index > 1, let first = word(index - 2), let last = word(index - 1),
                lexicon.quantityCues.contains([first, last])
            {
                return nil
            }
        }
        guard previousWord(of: index, in: lexicon.yearLeads) || isYearFollower(index + 1) else { return nil }
        return yearMatch(tokens: index..<index + 1, year: value, isHijri: nil, rule: "date.bare-year")
    }

    /// Whether token `index` may follow a year (rather than a counted noun following a quantity).
    private func isYearFollower(_ index: Int) -> Bool {
        guard continues(index), let next = word(index), let kind = analysis.kind(index) else { return true }
        switch kind {
        case .punctuation: return next != "%" && next != "٪"
        case .number: return true
        case .latinWord, .symbol, .other: return false
        case .arabicWord:
            if lexicon.quantitiesAfter.contains([next]) { return false }
            if let after = word(index + 1), continues(index + 1), lexicon.quantitiesAfter.contains([next, after]) {
                return false
            }
            return Proclitics.splits(of: next).contains { split in
                lexicon.yearFollowers.contains(split.stem) || split.stem.hasPrefix("ال")
            }
        }
    }

    private func yearMatch(tokens: Range<Int>, year: Int, isHijri: Bool?, rule: String) -> DateMatch {
        if isHijri == true {
            return DateMatch(
                tokens: tokens, value: DateValue(calendar: .hijri, hijri: DateValue.HijriDate(year: year)), rule: rule)
        }
        return DateMatch(tokens: tokens, value: DateValue(year: year), rule: rule)
    }

    // MARK: Relative dates

    /// `اليوم`, `أمس`, `الأسبوع المقبل`.
    private func relative(_ index: Int) -> DateMatch? {
        guard let phrase = lexicon.relatives.match(in: analysis, at: index, proclitics: true) else { return nil }
        let end = phrase.tokens.upperBound
        if phrase.value.unit == .day, phrase.value.offset == 0, phrase.tokens.count == 1 {
            if phrase.prefixBytes == 0, previousWord(of: index, in: lexicon.todayBlockersBefore) { return nil }
            if continues(end), let next = word(end), lexicon.todayBlockersAfter.contains(next) { return nil }
        }
        return DateMatch(
            tokens: phrase.tokens, prefixBytes: phrase.prefixBytes,
            value: relativeValue(unit: phrase.value.unit, offset: phrase.value.offset), rule: "date.relative")
    }

    /// `منذ ثلاثة أيام`, `قبل يومين`, `بعد 3 أسابيع`; not `بعد عامين من التوقف` (relative to an event).
    private func duration(_ index: Int) -> DateMatch? {
        guard let first = word(index) else { return nil }
        var direction = lexicon.durationDirections[first]
        var prefixBytes = 0
        for split in direction == nil ? Proclitics.splits(of: first) : [] where split.prefixBytes <= 2 {
            if let found = lexicon.durationDirections[split.stem] {
                direction = found
                prefixBytes = split.prefixBytes
                break
            }
        }
        guard let direction, continues(index + 1) else { return nil }
        var amount: Int
        var unitIndex = index + 1
        if let unit = word(unitIndex).flatMap({ lexicon.durationUnits[$0] }), let count = unit.count {
            amount = count
        } else {
            guard let number = numbers.number(in: analysis, at: index + 1), number.prefixBytes == 0,
                number.value == number.value.rounded(), number.value >= 1, number.value <= 1000
            else { return nil }
            amount = Int(number.value)
            unitIndex = number.tokens.upperBound
            guard continues(unitIndex), let unit = word(unitIndex).flatMap({ lexicon.durationUnits[$0] }),
                unit.count == nil || (amount == 1 && unit.count == 1)
            else { return nil }
        }
        guard let unit = word(unitIndex).flatMap({ lexicon.durationUnits[$0] }) else { return nil }
        let end = unitIndex + 1
        if continues(end), let next = word(end) {
            if lexicon.dayLinks.contains(next) || numbers.number(in: analysis, at: end) != nil { return nil }
        }
        return DateMatch(
            tokens: index..<end, prefixBytes: prefixBytes,
            value: relativeValue(unit: unit.unit, offset: direction * amount), rule: "date.duration")
    }

    /// A relative value, resolved against the reference date when there is one.
    private func relativeValue(unit: DateLexicon.Unit, offset: Int) -> DateValue {
        var value = DateValue()
        let reference = analysis.referenceDate
        switch unit {
        case .day:
            value.relativeDays = offset
            if let date = reference?.adding(days: offset) {
                (value.year, value.month, value.day) = (date.year, date.month, date.day)
            }
        case .week:
            value.relativeWeeks = offset
            if let date = reference?.adding(days: 7 * offset) {
                (value.year, value.month, value.day) = (date.year, date.month, date.day)
            }
        case .month:
            value.relativeMonths = offset
            if let date = reference?.adding(months: offset) {
                (value.year, value.month) = (date.year, date.month)
            }
        case .year:
            value.relativeYears = offset
            if let reference { value.year = reference.year + offset }
        }
        return value
    }
}
