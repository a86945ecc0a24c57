/// Finds dates: Gregorian dates in every regional month set, Hijri dates converted with ICU, years, weekdays and relative dates.
///
/// One pass, no locale to choose: the month names of the MSA/Egyptian (يناير، يونية), Levantine
/// and Iraqi (كانون الثاني، آب، `كانون 2`), Algerian/Tunisian (جانفي، جوان، أوت) and Moroccan
/// (يوليوز، غشت، شتنبر) sets are all known, and ambiguous words (آب father, ماي، مارس the verb,
/// رمضان a name) are months only beside a day, a year, `شهر` or a paired month name.
///
/// ```swift
/// let extractor = ArabicExtractor(extractors: [DateExtractor()])
/// let doc = extractor.extract("صلالة، 22 ربيع الأول 1447هـ الموافق 14 سبتمبر 2025م", referenceDate: nil)
/// doc.entities[0].text   // "22 ربيع الأول 1447هـ"  → hijri 1447-03-22, year 2025, month 9, day 14
/// doc.entities[1].text   // "14 سبتمبر 2025م"       → year 2025, month 9, day 14
/// ```
///
/// Spans and values follow the contract (`docs/entities.md`):
/// - The span runs from the weekday (`الأحد 12 يناير 2025`, also `الأحد، 12 يناير 2025`) through
///   the year and its era mark (هـ، م، ميلادي، للهجرة…); a proclitic stays outside (`وفي 5 مايو`).
/// - A paired month name is inside: `12 كانون الثاني/يناير 2025` is one span. A pair in
///   parentheses (`فبراير (شباط) 2025`) is inside when the year follows it; at the end of the date
///   (`5 فبراير (شباط)`) the span stops before the parenthesis.
/// - A year after `عام`, `سنة`, `العام المالي`… is the year alone (`لسنة 2025` → `2025`); a bare
///   4-digit number in 1900–2100 is a year unless a counted noun follows it or a quantity word
///   (أكثر من، رقم، بلغ) precedes it (`1500 محطة` is a count).
/// - Hijri dates (a Hijri month name, or a numeric date with هـ or a 1300–1600 year) carry
///   `calendar: "hijri"`, `hijri: {year, month, day}` and, when the whole day is given, the Gregorian
///   `year/month/day` from ``HijriCalendar`` (ICU's Umm al-Qura table by default, or the printed
///   calendar); outside 1300–1600 AH the Gregorian day is computed with ICU's `islamic-civil`
///   calendar and flagged `approximate: true`.
/// - A Hijri date and a Gregorian date joined by `الموافق` are two entities; when both are whole
///   days that match under neither table, both carry a warning. A weekday that does not fit its
///   date is reported the same way.
/// - A day that does not exist (`31 فبراير`, `30 صفر 1447هـ`) is found without a Gregorian value
///   and with a warning — never resolved to a wrong day. Impossible numeric dates are not dates.
/// - Relative dates (`اليوم`، `أمس`، `الأسبوع المقبل`، `منذ 3 أيام`) carry `relative_days`,
///   `relative_weeks`, `relative_months` or `relative_years`, resolved against the analysis's
///   reference date when it has one (days and weeks to a day, months to a month, years to a year).
///   A weekday name alone carries `weekday` (1 = Sunday … 7 = Saturday).
///
/// - Complexity: O(n) in the number of tokens: a few dictionary lookups per token.
public struct DateExtractor: EntityExtractor {
    /// The calendar Hijri dates are converted with: `DateExtractor(hijriCalendar: .printed)`
    /// reads `1 صفر 1390هـ` as 1970-04-08, the default as 1970-04-07.
    public let hijriCalendar: HijriCalendar
    private let otherCalendar: HijriCalendar
    private let tables: DateTables

    /// A date extractor reading its word lists from `lexicons`.
    ///
    /// - Parameters:
    ///   - lexicons: Month names, weekdays, era marks, relative dates and cue words.
    ///   - hijriCalendar: ``HijriCalendar/Table/ummAlQura`` (ICU, the default) or
    ///     ``HijriCalendar/Table/printed`` for historical documents dated with the calendar as printed.
    ///
    /// ```swift
    /// let dates = ArabicExtractor(extractors: [DateExtractor(hijriCalendar: .printed)])
    /// dates.extract("صدر في 1 صفر 1390هـ").entities[0].value
    /// // year 1970, month 4, day 8, calendar hijri, hijri 1390-02-01
    /// ```
    public init(lexicons: LexiconSet = .builtIn, hijriCalendar: HijriCalendar.Table = .ummAlQura) {
        self.tables = DateTables(lexicons)
        self.hijriCalendar = HijriCalendar(hijriCalendar, lexicons: lexicons)
        self.otherCalendar = HijriCalendar(hijriCalendar == .ummAlQura ? .printed : .ummAlQura, lexicons: lexicons)
    }

    /// Appends the dates of `analysis` to `candidates`.
    ///
    /// ```swift
    /// var candidates = EntityCandidates()
    /// DateExtractor().extract(from: TextAnalysis("وصل الوفد يوم الأحد 14 سبتمبر 2025م"), into: &candidates)
    /// candidates.entities.map(\.text)   // ["الأحد 14 سبتمبر 2025م"]: the weekday and era mark inside
    /// ```
    public func extract(from analysis: TextAnalysis, into candidates: inout EntityCandidates) {
        var text = analysis.text
        text.withUTF8 { bytes in
            let scanner = DateScanner(analysis: analysis, tables: tables, calendar: hijriCalendar)
            var previous: (match: DateMatch, candidate: Int)?
            var index = 0
            while let opening = nextOpening(from: index, in: analysis, bytes: bytes) {
                guard let match = scanner.date(at: opening.index, starts: opening.starts, mayBeOrdinalDay: opening.mayBeOrdinalDay)
                else {
                    index = opening.index + 1
                    continue
                }
                var entity = analysis.entity(
                    .date, tokens: match.tokens, dropLeadingBytes: match.prefixBytes, rule: match.rule,
                    value: match.value.map { .date($0) })
                entity.warnings = match.warnings
                let candidate = candidates.append(entity)
                if let earlier = previous, joinedByAgreement(earlier.match, match, in: analysis),
                    let problem = disagreement(earlier.match.value, match.value)
                {
                    for index in [earlier.candidate, candidate] {
                        var updated = candidates.entities[index]
                        updated.warnings.append(problem)
                        candidates.replace(at: index, with: updated)
                    }
                }
                previous = (match, candidate)
                index = max(match.tokens.upperBound, opening.index + 1)
            }
        }
    }

    /// The first token from `index` on that may start a date: a number, or a word that opens one
    /// (with what it opens) or may be an ordinal day before `من`.
    ///
    /// One probe per word with the fingerprint ``TextAnalysis`` computed: most words start no date.
    private func nextOpening(
        from index: Int, in analysis: TextAnalysis, bytes: UnsafeBufferPointer<UInt8>
    ) -> (index: Int, starts: DateLexicon.Starts, mayBeOrdinalDay: Bool)? {
        let tokens = analysis.tokens
        let fingerprints = analysis.fingerprints
        let starters = tables.lexicon.starters
        var index = index
        while index < tokens.count {
            switch tokens[index].kind {
            case .number:
                return (index, [], false)
            case .arabicWord:
                if let all = starters[fingerprints[index]] {
                    let starts = all.intersection(.opening)
                    let ordinal = all.contains(.ordinal) && isDayLinkNear(index, tokens: tokens, bytes: bytes, analysis: analysis)
                    if !starts.isEmpty || ordinal { return (index, starts, ordinal) }
                }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// Whether a day link (`من`) is one of the two tokens after `index`, on the same line (`الحادي عشر من`, `الـ15 من`).
    private func isDayLinkNear(
        _ index: Int, tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, analysis: TextAnalysis
    ) -> Bool {
        for next in (index + 1)..<min(index + 3, tokens.count) {
            guard !analysis.hasLineBreak(before: next) else { return false }
            if tokens[next].kind == .number { continue }  // الـ15 من
            guard tokens[next].kind == .arabicWord else { return false }
            if tables.lexicon.isDayLink(UnsafeBufferPointer(rebasing: bytes[tokens[next].utf8Range])) { return true }
        }
        return false
    }

    /// Whether only `الموافق` (with ل، `(` or a comma) lies between two matches.
    private func joinedByAgreement(_ first: DateMatch, _ second: DateMatch, in analysis: TextAnalysis) -> Bool {
        let gap = first.tokens.upperBound..<second.tokens.lowerBound
        guard !gap.isEmpty, gap.count <= 3 else { return false }
        var sawAgreement = false
        for index in gap {
            let word = analysis.word(index)
            if Proclitics.splits(of: word).contains(where: { tables.lexicon.agreements.contains($0.stem) }) {
                sawAgreement = true
            } else if word != "ل" && word != "(" && word != "،" && word != "," {
                return false
            }
        }
        return sawAgreement || second.prefixBytes > 0 && gap.count == 1
    }

    /// A warning when two writings of one day (Hijri and Gregorian, or a weekday and a date) disagree.
    private func disagreement(_ first: DateValue?, _ second: DateValue?) -> String? {
        guard let first, let second else { return nil }
        let (hijri, gregorian) = first.calendar == .hijri ? (first, second) : (second, first)
        if hijri.calendar == .hijri, gregorian.calendar == nil, let h = hijri.hijri,
            let year = h.year, let month = h.month, let day = h.day,
            let date = DateScanner.gregorian(of: gregorian)
        {
            let readings = [hijriCalendar, otherCalendar].compactMap {
                $0.gregorian(year: year, month: month, day: day)?.date
            }
            guard !readings.isEmpty, !readings.contains(date) else { return nil }
            return "الموافق: \(day)/\(month)/\(year) AH is \(readings[0]), not \(date)"
        }
        let (weekdayOnly, dated) = first.year == nil ? (first, second) : (second, first)
        if let weekday = weekdayOnly.weekday, weekdayOnly.year == nil, weekdayOnly.day == nil,
            let date = DateScanner.gregorian(of: dated), date.weekday != weekday
        {
            return "الموافق: weekday \(weekday) but \(date) is weekday \(date.weekday)"
        }
        return nil
    }
}
