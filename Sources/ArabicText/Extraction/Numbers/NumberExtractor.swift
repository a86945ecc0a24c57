/// Finds counts and ordinals: cardinal quantities with their qualifier and unit, dual nouns, and ordinal numbers.
///
/// `تدريب أكثر من 95 كفاءة وطنية` → count `أكثر من 95` (95, more_than, unit `كفاءة وطنية`);
/// `بتكلفة 12.5 مليون ريال عماني` → count `12.5 مليون` (12500000, unit `ريال عماني`);
/// `نسبتها 8.4%` → count `8.4%` (unit `%`); `ممارستين` → count 2 (unit `ممارسة`);
/// `المذكرات الثلاث` → count `الثلاث` (3); `النسخة الثالثة` → ordinal `الثالثة` (3);
/// `الدفعة الـ14` → ordinal `الـ14`.
///
/// Not counts:
/// - numbers after the words of `count-blockers.tsv` (`المادة 12`، `القرار رقم 665`، `الساعة 10`),
///   unless a counted noun follows;
/// - telephone numbers and codes: digit strings of seven or more digits without separators, or
///   with a leading zero; numbers glued to a hyphen or slash (`كوفيد-19`);
/// - years: an integer from 1900 to 2100 with no qualifier, no `%` and no counted noun that is
///   clearly one (a known noun, a currency, a unit of measure, or a word with tanween:
///   `2025 موظفًا`) — `موسم الخريف 2025`، `رؤية عمان 2040` are left to the date extractor;
/// - number words with no counted noun after them (`تسع` the verb, vague `عشرات`، `آلاف`، `عدة`);
///   fractions alone (`الربع`، `نصف`).
///
/// Ordinals with the article after a word that has neither the article nor a pronoun suffix are
/// names or month names, not ordinals (`محمد الخامس`، `كانون الثاني`).
public struct NumberExtractor: EntityExtractor {
    let parser: ArabicNumberParser
    /// The parser's lexicon (the same storage), read directly in the per-token path.
    private let lexicon: NumberLexicon

    /// Signs glued to digits that make them a code or a range, not a count: `كوفيد-19`، `2/3`، `+968`.
    private static let joiningSigns = ["-", "/", "+", "\u{2013}"].map { WordKey($0) }
    /// The partitive `من` (`ثلاثة من`), after which a number word is a count.
    private static let min = WordKey("من")
    private static let openingParenthesis = WordKey("(")
    private static let colon = WordKey(":")

    /// An extractor reading the number lexicons of `lexicons`.
    ///
    /// ```swift
    /// let numbers = ArabicExtractor(extractors: [NumberExtractor()])
    /// numbers.extract("شارك أكثر من 95 كفاءة وطنية في النسخة الثالثة").entities.map(\.text)
    /// // ["أكثر من 95", "الثالثة"]: a count (95, more than, كفاءة وطنية) and an ordinal (3)
    /// ```
    public init(lexicons: LexiconSet = .builtIn) {
        parser = ArabicNumberParser(lexicons: lexicons)
        lexicon = parser.lexicon
    }

    /// Appends the counts and ordinals of `analysis`.
    ///
    /// ```swift
    /// var candidates = EntityCandidates()
    /// NumberExtractor().extract(from: TextAnalysis("وقعت الشركة اتفاقيتين"), into: &candidates)
    /// candidates.entities[0].text   // "اتفاقيتين": a dual, value 2, unit اتفاقية
    /// ```
    ///
    /// - Complexity: O(n) in the number of tokens. A word is looked at only when it is one of the
    ///   forms that can start a number, an ordinal or a dual (one probe with its fingerprint).
    public func extract(from analysis: TextAnalysis, into candidates: inout EntityCandidates) {
        let tokens = analysis.tokens
        let count = tokens.count
        var i = 0
        var floor = 0
        while i < count {
            let next: Int?
            switch tokens[i].kind {
            case .number:
                next = extractNumber(at: i, floor: floor, in: analysis, into: &candidates)
            case .arabicWord where lexicon.mayStartNumber(token: i, in: analysis):
                next = extractWord(at: i, floor: floor, in: analysis, into: &candidates)
            default:
                next = nil
            }
            if let next {
                i = max(next, i + 1)
                floor = i
            } else {
                i += 1
            }
        }
    }

    /// A number token: a count (`95`، `3 ملايين`، `أكثر من 95`) or a digit ordinal (`الـ15`).
    private func extractNumber(
        at index: Int, floor: Int, in analysis: TextAnalysis, into candidates: inout EntityCandidates
    ) -> Int? {
        let article = index - 1
        if article >= floor, parser.articlePrefixBytes(analysis.word(article)) != nil,
            let match = parser.ordinal(in: analysis, at: article)
        {
            return emitOrdinal(match, in: analysis, into: &candidates)
        }
        guard let match = parser.number(in: analysis, at: index) else { return nil }
        let qualifier = qualifierBefore(index, floor: floor, in: analysis)
        return count(match, qualifier: qualifier, in: analysis, into: &candidates) ?? match.tokens.upperBound
    }

    /// A word that can start a number, an ordinal or a dual.
    private func extractWord(
        at index: Int, floor: Int, in analysis: TextAnalysis, into candidates: inout EntityCandidates
    ) -> Int? {
        if let end = ordinalOrDefiniteCardinal(at: index, in: analysis, into: &candidates) { return end }
        if let match = parser.number(in: analysis, at: index) {
            let cardinal = parser.cardinalReading(at: index, in: analysis, allowProclitic: true)?.cardinal
            if match.tokens.count == 1, cardinal?.kind == .one {
                return one(match, in: analysis, into: &candidates)
            }
            // ألَّف (he wrote) with its shadda is not ألف (a thousand).
            if match.tokens.count == 1, cardinal?.kind == .scale, cardinal?.value == 1000,
                analysis.originalText(tokens: index..<(index + 1)).unicodeScalars.contains("\u{0651}")
            {
                return index + 1
            }
            let qualifier = match.prefixBytes == 0 ? qualifierBefore(index, floor: floor, in: analysis) : nil
            return count(match, qualifier: qualifier, in: analysis, into: &candidates) ?? match.tokens.upperBound
        }
        for reading in lexicon.readings(ofToken: index, in: analysis) {
            switch reading.item {
            case .dual(let singular):
                return dual(at: index, reading: reading, singular: singular, in: analysis, into: &candidates)
            case .dualConstruct(let singular):
                // مذكرتي تفاهم: only before a noun (not a function word, not a number).
                let next = index + 1
                guard next < analysis.tokens.count, !analysis.hasLineBreak(before: next),
                    analysis.kind(next) == .arabicWord, !isFunctionWord(at: next, in: analysis),
                    parser.cardinalReading(at: next, in: analysis, allowProclitic: true) == nil,
                    !ArabicWordShape.hasTanween(analysis, index)
                else { continue }
                return dual(at: index, reading: reading, singular: singular, in: analysis, into: &candidates)
            default:
                continue
            }
        }
        return nil
    }

    // MARK: - Counts

    /// The qualifier phrase that ends right before token `index` (`أكثر من`، `بنحو`), not before `floor`.
    private func qualifierBefore(_ index: Int, floor: Int, in analysis: TextAnalysis) -> CountStart? {
        guard index - 1 >= floor, !analysis.hasLineBreak(before: index) else { return nil }
        // One lookup first: the word before the number must end a qualifier (من، على، نحو …).
        let ends = lexicon.readings(ofToken: index - 1, in: analysis).contains {
            switch $0.item {
            case .qualifierTail: return true
            case .phrase(let p):
                if case .qualifier(_, after: false) = lexicon.phrases[p].kind { return true }
                return false
            default: return false
            }
        }
        guard ends else { return nil }
        var best: CountStart?
        for length in 1...4 {
            let start = index - length
            guard start >= floor else { break }
            for reading in lexicon.readings(ofToken: start, in: analysis) {
                guard case .phrase(let p) = reading.item, lexicon.phrases[p].words.count == length,
                    case .qualifier(let qualifier, after: false) = lexicon.phrases[p].kind,
                    parser.phraseEnd(lexicon.phrases[p], in: analysis, at: start) == index
                else { continue }
                best = CountStart(token: start, prefixBytes: reading.prefixBytes, qualifier: qualifier)
            }
        }
        return best
    }

    /// Where a count's span starts when a qualifier stands before the number.
    private struct CountStart {
        var token: Int
        var prefixBytes: Int
        var qualifier: CountQualifier
    }

    /// Emits `match` as a count when it is one; returns the token after the count, or nil.
    private func count(
        _ match: NumberMatch, qualifier: CountStart?, in analysis: TextAnalysis, into candidates: inout EntityCandidates
    ) -> Int? {
        let count = analysis.tokens.count
        var end = match.tokens.upperBound
        let first = match.tokens.lowerBound
        let value = match.value
        // The readings of the word after the number, looked up once.
        let nextReadings = end < count && !analysis.hasLineBreak(before: end) ? lexicon.readings(ofToken: end, in: analysis) : []
        if hasBlocker(.after, at: end, in: analysis, bareOnly: true, readings: nextReadings) {
            return nil
        }
        if !match.isWords, !isQuantityDigits(analysis.word(first)) { return nil }
        if !match.isWords, first > 0, analysis.kind(first - 1) != .arabicWord, analysis.isTouching(first - 1, first) {
            if Self.joiningSigns.contains(analysis.key(first - 1)) { return nil }
        }
        // The unit: % or the tokens of a counted noun phrase, written out only for an emitted count.
        var isPercent = false
        var unitTokens: Range<Int>?
        var strongUnit = false
        var resultQualifier = qualifier?.qualifier
        if let percent = parser.percentEnd(in: analysis, at: end) {
            end = percent
            isPercent = true
            strongUnit = true
        } else {
            let unitStart = end
            if let after = qualifierAfter(at: end, in: analysis, readings: nextReadings) {
                resultQualifier = resultQualifier ?? after.qualifier
                if resultQualifier == after.qualifier { end = after.end }
            }
            if let found = readUnit(at: end, in: analysis, readings: end == unitStart ? nextReadings : nil) {
                unitTokens = found.tokens
                strongUnit = found.isStrong
                if resultQualifier == nil, let after = qualifierAfter(at: found.end, in: analysis) {
                    resultQualifier = after.qualifier
                }
            }
        }
        if qualifier == nil {
            if match.isWords {
                // Words: a counted noun, a partitive من, or a scale (ثلاثة آلاف) makes a count.
                // One word alone (ألف might be the verb ألّف, تسع the verb "it holds") needs one of them.
                let partitive = end < count && !analysis.hasLineBreak(before: end) && analysis.key(end) == Self.min
                if !isPercent && unitTokens == nil && !partitive && (match.tokens.count == 1 || abs(value) < 1000) {
                    return nil
                }
                if value < 1, value > -1 { return nil }
            } else {
                if hasBlockerBefore(first, in: analysis, strongUnit: strongUnit) { return nil }
                if !isPercent, !strongUnit, value >= 1900, value <= 2100, value == value.rounded() { return nil }
            }
        }
        let startToken = qualifier?.token ?? first
        let drop = qualifier?.prefixBytes ?? match.prefixBytes
        let rule: String
        if qualifier != nil {
            rule = "count.qualified"
        } else if isPercent {
            rule = "count.percent"
        } else {
            rule = match.isWords ? "count.words" : "count.digits"
        }
        let unit = isPercent ? "%" : unitTokens.map { analysis.originalText(tokens: $0) }
        candidates.append(
            analysis.entity(
                .count, tokens: startToken..<end, dropLeadingBytes: drop, rule: rule, value: .number(value),
                qualifier: resultQualifier, unit: unit))
        return end
    }

    /// واحد/واحدة after an indefinite noun: `يومًا واحدًا` → 1, unit `يومًا`; not `في آن واحد`، `واحد من`.
    private func one(_ match: NumberMatch, in analysis: TextAnalysis, into candidates: inout EntityCandidates) -> Int {
        let index = match.tokens.lowerBound
        let previous = index - 1
        let end = match.tokens.upperBound
        guard match.prefixBytes == 0, previous >= 0, !analysis.hasLineBreak(before: index),
            analysis.kind(previous) == .arabicWord,
            end >= analysis.tokens.count || analysis.key(end) != Self.min
        else { return match.tokens.upperBound }
        let noun = analysis.word(previous)
        let isNoun = lexicon.readings(ofToken: previous, in: analysis).allSatisfy {
            switch $0.item {
            case .noun, .dual: return true
            case .cardinal, .ordinal, .qualifierTail, .dualConstruct: return false
            case .phrase(let p):
                switch lexicon.phrases[p].kind {
                case .blocker(.before), .currency, .measure: return true
                default: return false
                }
            }
        }
        if !isNoun || articleBytes(noun) != nil { return match.tokens.upperBound }
        candidates.append(
            analysis.entity(
                .count, tokens: match.tokens, rule: "count.one", value: .number(1),
                unit: analysis.originalText(tokens: previous..<index)))
        return match.tokens.upperBound
    }

    /// A dual noun: `ممارستين` → 2, unit `ممارسة`. Dual adjectives after it are skipped.
    private func dual(
        at index: Int, reading: NumberLexicon.Reading, singular: String, in analysis: TextAnalysis,
        into candidates: inout EntityCandidates
    ) -> Int {
        // لل keeps the article inside the span (للطرفين → الطرفين) only when it is ل + ال.
        candidates.append(
            analysis.entity(
                .count, tokens: index..<(index + 1), dropLeadingBytes: reading.prefixBytes, rule: "count.dual",
                value: .number(2), unit: singular))
        // Skip agreeing dual adjectives and an emphatic اثنين: مدرستين جديدتين، يومين اثنين.
        var next = index + 1
        while next < analysis.tokens.count, next < index + 4, !analysis.hasLineBreak(before: next),
            analysis.kind(next) == .arabicWord
        {
            let word = analysis.word(next)
            let isTwo = parser.cardinalReading(at: next, in: analysis, allowProclitic: false)?.cardinal.value == 2
            guard isTwo || (looksDual(word) && parser.cardinalReading(at: next, in: analysis, allowProclitic: true) == nil)
            else { break }
            next += 1
        }
        return next
    }

    /// Whether `word` ends like a dual (ان، ين) and is long enough to be one.
    private func looksDual(_ word: String) -> Bool {
        word.utf8.count >= 10 && (word.bytesHaveSuffix("ين") || word.bytesHaveSuffix("ان"))
    }

    /// Whether digit token `text` can be a quantity: not a phone number or code.
    private func isQuantityDigits(_ text: String) -> Bool {
        // One pass: the first two bytes, the length and whether a separator occurs.
        var count = 0
        var first: UInt8 = 0
        var second: UInt8 = 0
        var hasSeparator = false
        for byte in text.utf8 {
            if count == 0 { first = byte } else if count == 1 { second = byte }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") { hasSeparator = true }
            count += 1
        }
        guard count > 0 else { return false }
        if first == UInt8(ascii: "0"), count > 1, second != UInt8(ascii: "."), second != UInt8(ascii: ",") {
            return false
        }
        if !hasSeparator, count >= 7 { return false }
        return true
    }

    /// Whether a `before` blocker stands before token `index` (also across `(` and `رقم`).
    private func hasBlockerBefore(_ index: Int, in analysis: TextAnalysis, strongUnit: Bool) -> Bool {
        var i = index - 1
        var steps = 0
        while i >= 0, steps < 3, !analysis.hasLineBreak(before: i + 1) {
            if analysis.key(i) == Self.openingParenthesis || analysis.key(i) == Self.colon {
                i -= 1
                steps += 1
                continue
            }
            guard analysis.kind(i) == .arabicWord || analysis.kind(i) == .punctuation else { return false }
            if let end = blockerEnd(.before, endingAt: i, in: analysis) {
                // رقم always blocks; other words block unless a counted noun follows (الخط 30 كيلومترًا).
                let isNumberWord = analysis.word(end - 1).bytesHaveSuffix("رقم")
                return isNumberWord || !strongUnit
            }
            // One name between the blocker and the number (جامعة وهران 2), when no counted noun follows.
            guard !strongUnit, steps == 0, analysis.kind(i) == .arabicWord, !isFunctionWord(at: i, in: analysis),
                articleBytes(analysis.word(i)) == nil
            else { return false }
            i -= 1
            steps += 1
        }
        return false
    }

    /// The start of a blocker phrase of `role` whose last word is token `last`, if there is one.
    private func blockerEnd(_ role: NumberLexicon.BlockerRole, endingAt last: Int, in analysis: TextAnalysis) -> Int? {
        // Phrases of up to three words (ص . ب، صندوق بريد).
        let maxLength = lexicon.blockerTails.contains(analysis.key(last)) ? 3 : 1
        for length in 1...maxLength {
            let start = last - length + 1
            guard start >= 0 else { break }
            for reading in lexicon.readings(ofToken: start, in: analysis) {
                guard case .phrase(let p) = reading.item, case .blocker(let r) = lexicon.phrases[p].kind, r == role,
                    lexicon.phrases[p].words.count == length,
                    parser.phraseEnd(lexicon.phrases[p], in: analysis, at: start) == last + 1
                else { continue }
                return last + 1
            }
        }
        return nil
    }

    /// Whether a blocker of `role` starts at token `index`.
    private func hasBlocker(
        _ role: NumberLexicon.BlockerRole, at index: Int, in analysis: TextAnalysis, bareOnly: Bool,
        readings: [NumberLexicon.Reading]? = nil
    ) -> Bool {
        guard index < analysis.tokens.count else { return false }
        for reading in readings ?? lexicon.readings(ofToken: index, in: analysis) {
            if bareOnly && reading.prefixBytes > 0 { continue }
            guard case .phrase(let p) = reading.item, case .blocker(let r) = lexicon.phrases[p].kind, r == role,
                parser.phraseEnd(lexicon.phrases[p], in: analysis, at: index) != nil
            else { continue }
            return true
        }
        return false
    }

    /// A qualifier written after the number (`تقريبًا`، `على الأقل`) at `index`.
    private func qualifierAfter(
        at index: Int, in analysis: TextAnalysis, readings: [NumberLexicon.Reading]? = nil
    ) -> (qualifier: CountQualifier, end: Int)? {
        guard index < analysis.tokens.count, !analysis.hasLineBreak(before: index) else { return nil }
        for reading in readings ?? lexicon.readings(ofToken: index, in: analysis) where reading.prefixBytes == 0 {
            guard case .phrase(let p) = reading.item, case .qualifier(let q, after: true) = lexicon.phrases[p].kind,
                let end = parser.phraseEnd(lexicon.phrases[p], in: analysis, at: index)
            else { continue }
            return (q, end)
        }
        return nil
    }

    // MARK: - Units

    /// The counted noun phrase after a number.
    private struct Unit {
        /// Its tokens; the unit is their original text.
        var tokens: Range<Int>
        /// A currency, a unit of measure, a known noun or a word with tanween: surely a quantity.
        var isStrong: Bool
        var end: Int { tokens.upperBound }
    }

    /// The counted noun phrase at `index`: a currency or unit of measure (longest name), or a
    /// noun with its relational adjectives (`جهات حكومية`) — as written in the original text.
    private func readUnit(at index: Int, in analysis: TextAnalysis, readings known: [NumberLexicon.Reading]? = nil) -> Unit? {
        let count = analysis.tokens.count
        guard index < count, !analysis.hasLineBreak(before: index), analysis.kind(index) == .arabicWord else { return nil }
        let word = analysis.word(index)
        let readings = known ?? lexicon.readings(ofToken: index, in: analysis)
        var end = index + 1
        var strong = false
        var named = false
        for reading in readings where reading.prefixBytes == 0 {
            switch reading.item {
            case .phrase(let p):
                switch lexicon.phrases[p].kind {
                case .currency, .measure:
                    if let e = parser.phraseEnd(lexicon.phrases[p], in: analysis, at: index), e >= end {
                        end = e
                        strong = true
                        named = true
                    }
                case .blocker(.notUnit), .blocker(.after), .qualifier, .percent:
                    if !named { return nil }
                default:
                    break
                }
            case .cardinal, .ordinal:
                return nil
            case .noun, .dual:
                strong = true
            case .qualifierTail, .dualConstruct:
                break
            }
        }
        // Not a unit: the article (a new phrase), a lone letter (و written apart), a proclitic ل/ب/ك phrase is allowed.
        if !named, word.bytesHavePrefix(lexicon.article) || word.utf8.count < 4 { return nil }
        let headTanween = ArabicWordShape.hasTanween(analysis, index)
        strong = strong || headTanween
        // Relational adjectives and adverbs (حكومية، وطنية، يوميًا), agreeing tanween (قطارًا سريعًا),
        // and a feminine or coordinated pair (طالب وطالبة).
        var k = end
        while k < count, k < end + 3, !analysis.hasLineBreak(before: k), analysis.kind(k) == .arabicWord {
            let next = analysis.word(k)
            let nextReadings = lexicon.readings(ofToken: k, in: analysis)
            if next.bytesHavePrefix(lexicon.article) { break }
            if isRelational(next), !nextReadings.contains(where: { if case .cardinal = $0.item { return true } else { return false } }) {
                k += 1
                continue
            }
            if nextReadings.contains(where: {
                switch $0.item {
                case .cardinal, .ordinal: return true
                case .phrase(let p):
                    if case .blocker(.notUnit) = lexicon.phrases[p].kind { return true }
                    if case .qualifier = lexicon.phrases[p].kind { return true }
                    return false
                default: return false
                }
            }) {
                break
            }
            if isRelational(next) || (headTanween && ArabicWordShape.hasTanween(analysis, k)) {
                k += 1
                continue
            }
            if k == index + 1, isPair(head: word, next) {
                k += 1
                continue
            }
            break
        }
        return Unit(tokens: index..<k, isStrong: strong)
    }

    /// Whether `word` looks like a relational (nisba) adjective or adverb: حكومية، وطني، يوميًا.
    private func isRelational(_ word: String) -> Bool {
        guard word.utf8.count >= 8 else { return false }
        return word.bytesHaveSuffix("يه") || word.bytesHaveSuffix("ي") || word.bytesHaveSuffix("يا") || word.bytesHaveSuffix("يين")
            || word.bytesHaveSuffix("يات") || word.bytesHaveSuffix("يون")
    }

    /// Whether `next` is و + the head's feminine or a word sharing its root letters: طالب وطالبة.
    private func isPair(head: String, _ next: String) -> Bool {
        guard next.bytesHavePrefix(lexicon.conjunction) else { return false }
        let stem = next.unicodeScalars.dropFirst()
        let headScalars = head.unicodeScalars
        guard stem.count >= 3, headScalars.count >= 3 else { return false }
        return Array(stem.prefix(3)) == Array(headScalars.prefix(3))
    }

    // MARK: - Ordinals and definite cardinals

    /// An ordinal (`الثالثة`، `الحادي عشر`، `الـ15`) or a cardinal with the article after a
    /// definite noun (`المذكرات الثلاث` → count 3, `الدورة الأربعين` → ordinal 40).
    private func ordinalOrDefiniteCardinal(
        at index: Int, in analysis: TextAnalysis, into candidates: inout EntityCandidates
    ) -> Int? {
        let word = analysis.word(index)
        if let match = parser.ordinal(in: analysis, at: index), isOrdinalSpelling(match, in: analysis) {
            let isDigits = !match.isWords
            let conjoined = match.prefixBytes > 0 && (word.bytesHavePrefix(lexicon.conjunction) || word.bytesHavePrefix("ف"))
            let definite = isDefiniteWord(word)
            let tensOnly = match.tokens.count == 1 && match.isWords && parser.definiteCardinalReading(at: index, in: analysis) != nil
                && !lexicon.readings(ofToken: index, in: analysis).contains { if case .ordinal = $0.item { return true } else { return false } }
            if isDigits {
                return emitOrdinal(match, in: analysis, into: &candidates)
            }
            if tensOnly {
                // العشرون، المئة: an ordinal after a definite singular noun; a count after a plural.
                guard let previous = definitePrevious(index, in: analysis) else { return nil }
                if looksPlural(analysis.word(previous.token)) {
                    return emitPostNominalCount(match, previous: previous, in: analysis, into: &candidates)
                }
                return emitOrdinal(match, in: analysis, into: &candidates)
            }
            if !definite {
                // أول، ثالث: not before أمس، أكسيد.
                if hasBlocker(.afterOrdinal, at: match.tokens.upperBound, in: analysis, bareOnly: true) {
                    return match.tokens.upperBound
                }
                return emitOrdinal(match, in: analysis, into: &candidates)
            }
            if conjoined || index == 0 || definitePrevious(index, in: analysis) != nil
                || !isNameLike(index - 1, in: analysis)
            {
                return emitOrdinal(match, in: analysis, into: &candidates)
            }
            return match.tokens.upperBound
        }
        // الثلاث، الخمسة after a definite plural noun.
        if let reading = parser.definiteCardinalReading(at: index, in: analysis),
            reading.cardinal.kind == .unit || reading.cardinal.kind == .ten, reading.cardinal.value >= 3,
            let previous = definitePrevious(index, in: analysis)
        {
            let match = NumberMatch(
                tokens: index..<(index + 1), value: reading.cardinal.value, prefixBytes: reading.prefixBytes, isWords: true)
            return emitPostNominalCount(match, previous: previous, in: analysis, into: &candidates)
        }
        return nil
    }

    /// Whether a one-word ordinal 1 written with final ي is not the adjective أوّلي (`التحليل الأولي`):
    /// the ordinal is written with ى (`الأولى`).
    private func isOrdinalSpelling(_ match: NumberMatch, in analysis: TextAnalysis) -> Bool {
        guard match.value == 1, match.tokens.count == 1, analysis.word(match.tokens.lowerBound).bytesHaveSuffix("ولي") else {
            return true
        }
        let original = analysis.originalText(tokens: match.tokens)
        return original.unicodeScalars.last(where: { $0.value < 0x064B || $0.value > 0x065F }) == "\u{0649}"
    }

    private func emitOrdinal(_ match: NumberMatch, in analysis: TextAnalysis, into candidates: inout EntityCandidates) -> Int {
        candidates.append(
            analysis.entity(
                .ordinal, tokens: match.tokens, dropLeadingBytes: match.prefixBytes,
                rule: match.isWords ? "ordinal.words" : "ordinal.digits", value: .number(match.value)))
        return match.tokens.upperBound
    }

    private func emitPostNominalCount(
        _ match: NumberMatch, previous: (token: Int, prefixBytes: Int), in analysis: TextAnalysis,
        into candidates: inout EntityCandidates
    ) -> Int {
        let unit = analysis.originalText(tokens: previous.token..<(previous.token + 1), dropLeadingBytes: previous.prefixBytes)
        candidates.append(
            analysis.entity(
                .count, tokens: match.tokens, dropLeadingBytes: match.prefixBytes, rule: "count.post-nominal",
                value: .number(match.value), unit: unit.isEmpty ? nil : unit))
        return match.tokens.upperBound
    }

    /// The previous token when it is a definite noun (article or pronoun suffix), with the bytes
    /// of its proclitic and article (for the unit).
    private func definitePrevious(_ index: Int, in analysis: TextAnalysis) -> (token: Int, prefixBytes: Int)? {
        let previous = index - 1
        guard previous >= 0, !analysis.hasLineBreak(before: index), analysis.kind(previous) == .arabicWord else { return nil }
        let word = analysis.word(previous)
        if isFunctionWord(at: previous, in: analysis) { return nil }
        if let bytes = articleBytes(word) { return (previous, bytes) }
        if hasPronounSuffix(previous, in: analysis) { return (previous, 0) }
        return nil
    }

    /// Whether token `index` is a bare word (no article, no pronoun suffix, not a function word):
    /// a name before a regnal number (`محمد الخامس`) or a month name (`كانون الثاني`).
    private func isNameLike(_ index: Int, in analysis: TextAnalysis) -> Bool {
        guard index >= 0, !analysis.hasLineBreak(before: index + 1), analysis.kind(index) == .arabicWord else { return false }
        let word = analysis.word(index)
        if isFunctionWord(at: index, in: analysis) { return false }
        return articleBytes(word) == nil && !hasPronounSuffix(index, in: analysis)
    }

    /// Whether `word` carries the article (after a proclitic) or is لل + stem.
    private func isDefiniteWord(_ word: String) -> Bool { articleBytes(word) != nil }

    /// Bytes of the proclitics and article at the start of `word` (`الاشهر` → 4, `للاشهر` → 4, `بالخطين` → 6).
    private func articleBytes(_ word: String) -> Int? {
        // Letters as two-byte codes: و D988, ف D981, ب D8A8, ك D983; ا D8A7, ل D984.
        var iterator = word.utf8.makeIterator()
        var index = 0
        var proclitics = 0
        var previous: UInt16 = 0
        while index < 4, let high = iterator.next(), let low = iterator.next() {
            let letter = UInt16(high) << 8 | UInt16(low)
            if index == proclitics, proclitics < 2, letter == 0xD988 || letter == 0xD981 || letter == 0xD8A8 || letter == 0xD983 {
                proclitics += 1
            } else if index == proclitics + 1, previous == 0xD8A7 || previous == 0xD984, letter == 0xD984 {
                // ال or لل after the proclitics; the word must go on for at least two letters.
                return word.utf8.count >= (index + 3) * 2 ? (index + 1) * 2 : nil
            } else if index > proclitics {
                return nil
            }
            previous = letter
            index += 1
        }
        return nil
    }

    /// Whether token `index` ends with a pronoun suffix (نسختها، جلسته — ه, not ة).
    private func hasPronounSuffix(_ index: Int, in analysis: TextAnalysis) -> Bool {
        let word = analysis.word(index)
        guard word.utf8.count >= 8 else { return false }
        for suffix in ["ها", "هم", "هما", "هن", "نا", "كم", "كما"] where word.bytesHaveSuffix(suffix) { return true }
        // ه of الله (عبدالله) is not a pronoun.
        if word.bytesHaveSuffix("ه"), !word.bytesHaveSuffix("لله") {
            return analysis.originalText(tokens: index..<(index + 1)).unicodeScalars.last(where: {
                $0.value < 0x064B || $0.value > 0x065F
            }) == "ه"
        }
        return false
    }

    /// Whether `word` looks like a plural (ات، ون، ين): `المذكرات`، `الموظفين`.
    private func looksPlural(_ word: String) -> Bool {
        word.bytesHaveSuffix("ات") || word.bytesHaveSuffix("ون") || word.bytesHaveSuffix("ين")
    }

    /// Whether token `index` is a function word (`count-blockers.tsv` role not-unit).
    private func isFunctionWord(at index: Int, in analysis: TextAnalysis) -> Bool {
        lexicon.readings(ofToken: index, in: analysis).contains {
            if case .phrase(let p) = $0.item, $0.prefixBytes == 0, case .blocker(.notUnit) = lexicon.phrases[p].kind {
                return lexicon.phrases[p].words.count == 1
            }
            return false
        }
    }
}
