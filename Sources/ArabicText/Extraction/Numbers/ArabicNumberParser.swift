/// Reads the value of Arabic number expressions: digits, number words, mixed forms and ordinals.
///
/// Digits of the three blocks (`12,500`، `١٬٢٣٤٫٥`، `۲۰۲۵`), number words in their gender,
/// case and spelling variants (`خمسة وعشرون`، `اثنتي عشرة`، `مائتا`، `ثلاثمئة`), joined with و
/// in the orders Arabic uses, scale words (`ألف`، `آلاف`، `مليون`، `مليارات`، `تريليون`),
/// mixed forms (`3 ملايين`، `2.5 مليار`), fractions (`نصف`، `ثلث`، `ثلاثة أرباع`، `مليون ونصف`),
/// decimals in words (`ثلاثة فاصلة خمسة`), percentages (`15%`، `خمسة عشر في المئة`) and common
/// Egyptian, Levantine and Gulf forms (`تلتمية`، `اتناشر`، `ثنعش`). The vocabulary is the
/// `number-words` and `ordinal-words` lexicons.
///
/// ```swift
/// let parser = ArabicNumberParser()
/// parser.value(of: "مئة وخمسة وعشرون ألفًا")   // 125000
/// parser.value(of: "١٬٢٣٤٫٥")                 // 1234.5
/// parser.ordinalValue(of: "الحادي عشر")        // 11
/// ```
///
/// Build one and share it: it is an immutable `Sendable` value whose tables are built once.
public struct ArabicNumberParser: Sendable {
    let lexicon: NumberLexicon

    /// A parser reading the number words of `lexicons`.
    ///
    /// ```swift
    /// ArabicNumberParser().value(of: "مئة وخمسة وعشرون ألفًا")   // 125000
    /// ```
    public init(lexicons: LexiconSet = .builtIn) {
        lexicon = NumberLexicon(lexicons: lexicons)
    }

    /// The value of a whole number expression, or `nil` when `text` is not one.
    ///
    /// `"خمسة وعشرون"` → 25, `"١٬٢٣٤٫٥"` → 1234.5, `"2.5 مليار"` → 2.5e9,
    /// `"مئة وخمسة وعشرون ألفًا"` → 125000, `"ثلث"` → 1/3, `"15%"` → 15, `"-7"` → -7;
    /// `"عدد من"` → nil, `"5 و10"` → nil (two numbers).
    ///
    /// - Complexity: O(n) in the length of `text`.
    public func value(of text: String) -> Double? {
        let analysis = TextAnalysis(text)
        let count = analysis.tokens.count
        guard count > 0 else { return nil }
        if count == 1, analysis.kind(0) == .number, let fraction = Self.fractionValue(analysis.word(0)) {
            return fraction
        }
        if count == 2, analysis.word(0).bytesEqual("."), analysis.kind(1) == .number, analysis.isTouching(0, 1),
            !analysis.word(1).contains("."), let v = Double("0." + analysis.word(1))
        {
            return v
        }
        var start = 0
        var sign = 1.0
        if count > 1, analysis.kind(0) != .arabicWord, analysis.kind(0) != .number {
            switch analysis.word(0) {
            case "-", "\u{2212}", "\u{2013}": sign = -1
            case "+": sign = 1
            default: return nil
            }
            guard analysis.kind(1) == .number, analysis.isTouching(0, 1) else { return nil }
            start = 1
        }
        guard let match = number(in: analysis, at: start), match.prefixBytes == 0 else { return nil }
        var end = match.tokens.upperBound
        if end < count, let percent = percentEnd(in: analysis, at: end) { end = percent }
        guard end == count else { return nil }
        return sign * match.value
    }

    /// The value of an ordinal expression, or `nil` when `text` is not one.
    ///
    /// `"الحادي عشر"` → 11, `"الأولى"` → 1, `"الخامس والعشرون"` → 25, `"الـ15"` → 15,
    /// `"ثالث"` → 3; `"ثلاثة"` → nil.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public func ordinalValue(of text: String) -> Int? {
        let analysis = TextAnalysis(text)
        guard let match = ordinal(in: analysis, at: 0), match.prefixBytes == 0,
            match.tokens.upperBound == analysis.tokens.count
        else { return nil }
        return Int(match.value)
    }
}

/// A number found at a token: its tokens, value and the proclitic glued to its first word.
///
/// `وثلاثة آلاف` → tokens 0..<2, value 3000, `prefixBytes` 2 (the و), `isWords` true.
struct NumberMatch: Sendable, Hashable {
    /// The tokens of the number, in the analysis.
    var tokens: Range<Int>
    /// Its value.
    var value: Double
    /// UTF-8 bytes of a proclitic (و ف ب ك ل, لل) on the first token, outside the number.
    var prefixBytes: Int
    /// Whether some part of it is written in words.
    var isWords: Bool
}

extension ArabicNumberParser {
    /// The longest cardinal expression starting at token `index`: digits, words or both
    /// (`3 ملايين`، `مليون و100 ألف`); the first word may carry a proclitic (`وخمسة`).
    ///
    /// Number words with the article (`الثلاثة`) are not read here. A number token that is a
    /// date, a time or a range (`28/11/2026`، `10:30`، `2020-2024`) is not a number.
    ///
    /// - Complexity: O(k) in the number of tokens read.
    func number(in analysis: TextAnalysis, at index: Int) -> NumberMatch? {
        number(in: analysis, at: index, allowScale: true)
    }

    /// The longest cardinal at `index`; without `allowScale`, one below a thousand (the digits after فاصلة).
    private func number(in analysis: TextAnalysis, at index: Int, allowScale: Bool) -> NumberMatch? {
        let count = analysis.tokens.count
        guard index < count else { return nil }
        var accumulator = CardinalAccumulator()
        var prefixBytes = 0
        var isWords = false
        var best: NumberMatch?
        var i = index
        // The first component.
        switch analysis.kind(i) {
        case .number:
            guard let v = Self.digitValue(analysis.word(i)) else { return nil }
            _ = accumulator.accept(.digits(v), joined: false)
            i += 1
        case .arabicWord:
            guard let reading = cardinalReading(at: i, in: analysis, allowProclitic: true) else { return nil }
            guard accumulator.accept(.word(reading.cardinal), joined: false) else { return nil }
            prefixBytes = reading.prefixBytes
            isWords = true
            i += 1
            // سالب خمسة
            if !accumulator.isComplete, reading.cardinal.kind == .negative {
                guard i < count, !analysis.hasLineBreak(before: i) else { return nil }
                switch analysis.kind(i) {
                case .number:
                    guard let v = Self.digitValue(analysis.word(i)), accumulator.accept(.digits(v), joined: false)
                    else { return nil }
                case .arabicWord:
                    guard let r = cardinalReading(at: i, in: analysis, allowProclitic: false),
                        accumulator.accept(.word(r.cardinal), joined: false)
                    else { return nil }
                default:
                    return nil
                }
                i += 1
            }
        default:
            return nil
        }
        if accumulator.isComplete {
            best = NumberMatch(tokens: index..<i, value: accumulator.value, prefixBytes: prefixBytes, isWords: isWords)
        }
        // Further components.
        while i < count, !analysis.hasLineBreak(before: i) {
            var apart = false
            var j = i
            if analysis.kind(j) == .arabicWord, analysis.key(j) == lexicon.conjunctionKey {
                // و written apart: و 100، و عشرون.
                apart = true
                j += 1
                guard j < count, !analysis.hasLineBreak(before: j) else { break }
            }
            // The ways to read token j, in order: the bare word, then و + word (واحد is one, وأحد is و + أحد).
            var first: (component: CardinalAccumulator.Component, joined: Bool)?
            var second: (component: CardinalAccumulator.Component, joined: Bool)?
            switch analysis.kind(j) {
            case .number:
                // Digits are joined to a number only by و (مليون و100 ألف).
                if apart, let v = Self.digitValue(analysis.word(j)) { first = (.digits(v), true) }
            case .arabicWord:
                let word = analysis.word(j)
                if let r = cardinalReading(at: j, in: analysis, allowProclitic: false), allowScale || !Self.isScaleLike(r.cardinal.kind) {
                    first = (.word(r.cardinal), apart)
                }
                if !apart, word.bytesHavePrefix(lexicon.conjunction), let r = conjoinedCardinalReading(at: j, in: analysis),
                    allowScale || !Self.isScaleLike(r.kind)
                {
                    second = (.word(r), true)
                }
            default:
                break
            }
            let accepted: (component: CardinalAccumulator.Component, joined: Bool)
            if let option = first, accumulator.accept(option.component, joined: option.joined) {
                accepted = option
            } else if let option = second, accumulator.accept(option.component, joined: option.joined) {
                accepted = option
            } else {
                break
            }
            if case .word(let w) = accepted.component {
                isWords = true
                if w.kind == .decimal {
                    // ثلاثة فاصلة خمسة وعشرون: the digits after the point, a number below a thousand.
                    guard let digits = number(in: analysis, at: j + 1, allowScale: false), digits.prefixBytes == 0,
                        accumulator.accept(.digits(digits.value), joined: false)
                    else { break }
                    j = digits.tokens.upperBound - 1
                }
            }
            i = j + 1
            if accumulator.isComplete {
                best = NumberMatch(tokens: index..<i, value: accumulator.value, prefixBytes: prefixBytes, isWords: isWords)
            }
        }
        return best
    }

    /// The longest ordinal at token `index`: `الأول`، `الحادي والعشرون`، `الثانية عشرة`،
    /// `الـ15`، `ثالث`, also the tens and hundreds with the article (`العشرين`، `المئة`).
    ///
    /// The first word may carry a proclitic (`والثالثة`); `prefixBytes` says how long it is.
    ///
    /// - Complexity: O(1).
    func ordinal(in analysis: TextAnalysis, at index: Int) -> NumberMatch? {
        let count = analysis.tokens.count
        guard index < count, analysis.kind(index) == .arabicWord else { return nil }
        let word = analysis.word(index)
        // الـ15: the article alone before digits.
        if let prefix = articlePrefixBytes(word), index + 1 < count, analysis.kind(index + 1) == .number,
            !analysis.hasLineBreak(before: index + 1), analysis.tokens[index + 1].utf8Range.lowerBound
                - analysis.tokens[index].utf8Range.upperBound <= 1,
            let v = Self.digitValue(analysis.word(index + 1)), v >= 1, v == v.rounded(), v < 100_000
        {
            return NumberMatch(tokens: index..<(index + 2), value: v, prefixBytes: prefix, isWords: false)
        }
        for reading in lexicon.readings(ofToken: index, in: analysis) {
            switch reading.item {
            case .ordinal(let ordinal):
                if ordinal.definiteOnly && !reading.hasArticle { continue }
                // الحادي عشر، الثانية عشرة
                if index + 1 < count, !analysis.hasLineBreak(before: index + 1),
                    let ten = cardinalReading(at: index + 1, in: analysis, allowProclitic: false),
                    ten.cardinal.kind == .ten, ten.hasArticle == false, ordinal.value < 10
                {
                    return NumberMatch(
                        tokens: index..<(index + 2), value: Double(ordinal.value + 10),
                        prefixBytes: reading.prefixBytes, isWords: true)
                }
                // الخامس والعشرون، خامس وعشرون
                if ordinal.value < 10, let tens = tensAfterConjunction(in: analysis, at: index + 1, definite: reading.hasArticle) {
                    return NumberMatch(
                        tokens: index..<tens.end, value: Double(ordinal.value) + tens.value,
                        prefixBytes: reading.prefixBytes, isWords: true)
                }
                if ordinal.compoundOnly { continue }
                return NumberMatch(
                    tokens: index..<(index + 1), value: Double(ordinal.value), prefixBytes: reading.prefixBytes,
                    isWords: true)
            case .cardinal(let cardinal) where reading.hasArticle:
                // العشرون، المئة، الألف
                guard cardinal.kind == .tens || (cardinal.kind == .hundred && cardinal.value == 100)
                    || (cardinal.kind == .scale && cardinal.value == 1000)
                else { continue }
                return NumberMatch(
                    tokens: index..<(index + 1), value: cardinal.value, prefixBytes: reading.prefixBytes,
                    isWords: true)
            default:
                continue
            }
        }
        return nil
    }

    // MARK: - Helpers

    /// A cardinal reading of a normalised word.
    struct CardinalReading {
        var cardinal: NumberLexicon.Cardinal
        var prefixBytes: Int
        var hasArticle: Bool
    }

    /// The cardinal reading of token `index` without the article; with `allowProclitic`, behind a proclitic.
    func cardinalReading(at index: Int, in analysis: TextAnalysis, allowProclitic: Bool) -> CardinalReading? {
        var found: CardinalReading?
        for reading in lexicon.readings(ofToken: index, in: analysis) {
            guard case .cardinal(let cardinal) = reading.item, !reading.hasArticle else { continue }
            if reading.prefixBytes > 0 && !allowProclitic { continue }
            let candidate = CardinalReading(cardinal: cardinal, prefixBytes: reading.prefixBytes, hasArticle: false)
            // The reading with the shortest proclitic wins (a bare word before a split one).
            if let previous = found, previous.prefixBytes <= candidate.prefixBytes { continue }
            found = candidate
        }
        return found
    }

    /// Whether a word of `kind` makes a number bigger than the digits after فاصلة may be.
    static func isScaleLike(_ kind: NumberLexicon.CardinalKind) -> Bool {
        switch kind {
        case .scale, .scaleDual, .scalePlural, .decimal: true
        default: false
        }
    }

    /// The cardinal reading of token `index` as و + a bare number word (`وعشرون`، `وأحد`).
    func conjoinedCardinalReading(at index: Int, in analysis: TextAnalysis) -> NumberLexicon.Cardinal? {
        for reading in lexicon.readings(ofToken: index, in: analysis) {
            guard case .cardinal(let cardinal) = reading.item, !reading.hasArticle,
                reading.prefixBytes == lexicon.conjunction.utf8.count
            else { continue }
            return cardinal
        }
        return nil
    }

    /// The cardinal reading of token `index` with the article (`الثلاثة`، `والعشرين`).
    func definiteCardinalReading(at index: Int, in analysis: TextAnalysis) -> CardinalReading? {
        for reading in lexicon.readings(ofToken: index, in: analysis) {
            guard case .cardinal(let cardinal) = reading.item, reading.hasArticle else { continue }
            return CardinalReading(cardinal: cardinal, prefixBytes: reading.prefixBytes, hasArticle: true)
        }
        return nil
    }

    /// و + tens at `index` (`والعشرون`، `و العشرين`, or without the article when `definite` is false).
    private func tensAfterConjunction(in analysis: TextAnalysis, at index: Int, definite: Bool) -> (value: Double, end: Int)? {
        let count = analysis.tokens.count
        guard index < count, !analysis.hasLineBreak(before: index), analysis.kind(index) == .arabicWord else { return nil }
        var i = index
        var word = analysis.word(i)
        var needsConjunction = true
        if word.bytesEqual(lexicon.conjunction) {
            i += 1
            guard i < count, !analysis.hasLineBreak(before: i), analysis.kind(i) == .arabicWord else { return nil }
            word = analysis.word(i)
            needsConjunction = false
        }
        for reading in lexicon.readings(ofToken: i, in: analysis) {
            guard case .cardinal(let cardinal) = reading.item, cardinal.kind == .tens,
                reading.hasArticle == definite
            else { continue }
            if needsConjunction {
                guard reading.prefixBytes == lexicon.conjunction.utf8.count, word.bytesHavePrefix(lexicon.conjunction)
                else { continue }
            } else if reading.prefixBytes != 0 {
                continue
            }
            return (cardinal.value, i + 1)
        }
        return nil
    }

    /// The proclitic bytes when `word` is the article alone, maybe behind proclitics (`ال`، `بال`، `وال`).
    func articlePrefixBytes(_ word: String) -> Int? {
        let prefix = word.utf8.count - lexicon.article.utf8.count
        guard prefix >= 0, prefix <= 4, word.bytesHaveSuffix(lexicon.article) else { return nil }
        // و ف ب ك (and وب، فب) before the article: their second bytes under D9/D8.
        var iterator = word.utf8.makeIterator()
        var letters = 0
        while letters < prefix / 2, let high = iterator.next(), let low = iterator.next() {
            switch (high, low) {
            case (0xD9, 0x88), (0xD9, 0x81), (0xD8, 0xA8), (0xD9, 0x83): letters += 1
            default: return nil
            }
        }
        return prefix
    }

    private static let percentSign = WordKey("%")

    /// The end of `%`, `٪` or a percent phrase (`في المئة`، `بالمئة`) at `index`, if one is there.
    func percentEnd(in analysis: TextAnalysis, at index: Int) -> Int? {
        guard index < analysis.tokens.count, !analysis.hasLineBreak(before: index) else { return nil }
        if analysis.key(index) == Self.percentSign { return index + 1 }
        guard analysis.kind(index) == .arabicWord else { return nil }
        for reading in lexicon.readings(ofToken: index, in: analysis) where reading.prefixBytes == 0 {
            guard case .phrase(let p) = reading.item, case .percent = lexicon.phrases[p].kind,
                let end = phraseEnd(lexicon.phrases[p], in: analysis, at: index)
            else { continue }
            return end
        }
        return nil
    }

    /// The token after `phrase` when it is written at `index` (its first word already matched).
    func phraseEnd(_ phrase: NumberLexicon.Phrase, in analysis: TextAnalysis, at index: Int) -> Int? {
        let end = index + phrase.words.count
        guard end <= analysis.tokens.count else { return nil }
        for k in 1..<phrase.words.count {
            let i = index + k
            if analysis.hasLineBreak(before: i) || analysis.key(i) != phrase.keys[k] { return nil }
        }
        return end
    }

    /// A fraction written with one slash and a small denominator: `1/4` → 0.25, `3/5` → 0.6.
    static func fractionValue(_ token: String) -> Double? {
        let parts = token.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), b >= 2, b <= 100, a < b else { return nil }
        return Double(a) / Double(b)
    }

    /// The value of a normalised number token: `12,500` → 12500, `3.5` → 3.5, `1.234.567` →
    /// 1234567, `3,5` → 3.5; `nil` for dates, times and ranges (`28/11/2026`، `10:30`، `2020-2024`).
    static func digitValue(_ token: String) -> Double? {
        // One pass: the digits as an integer, and where the separators are.
        var integer: UInt64 = 0
        var digitCount = 0
        var overflow = false
        var separatorCount = 0
        var firstSeparator: (byte: UInt8, position: Int) = (0, 0)
        var lastSeparator: (byte: UInt8, position: Int) = (0, 0)
        var mixed = false
        var groupsOfThree = true
        for byte in token.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (m, o1) = integer.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
                overflow = overflow || o1 || o2
                integer = a
                digitCount += 1
            case UInt8(ascii: ","), UInt8(ascii: "."):
                if separatorCount == 0 {
                    firstSeparator = (byte, digitCount)
                    if digitCount > 3 { groupsOfThree = false }
                } else {
                    if byte != firstSeparator.byte { mixed = true }
                    if digitCount - lastSeparator.position != 3 { groupsOfThree = false }
                }
                lastSeparator = (byte, digitCount)
                separatorCount += 1
            default:
                return nil
            }
        }
        guard digitCount > 0, !overflow else { return nil }
        let whole = Double(integer)
        if separatorCount == 0 { return whole }
        let tail = digitCount - lastSeparator.position
        /// The value with the decimal point before the last `decimals` digits.
        func withDecimals(_ decimals: Int) -> Double {
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            return whole / scale
        }
        if !mixed {
            if separatorCount > 1 { return groupsOfThree && tail == 3 ? whole : nil }
            // One separator: a decimal point, except a comma before exactly three digits (12,500).
            if firstSeparator.byte == UInt8(ascii: ","), tail == 3, groupsOfThree { return whole }
            return withDecimals(tail)
        }
        // Both kinds: the last separator is the decimal point; it appears once.
        guard lastSeparator.byte != firstSeparator.byte else { return nil }
        var count = 0
        for byte in token.utf8 where byte == lastSeparator.byte { count += 1 }
        return count == 1 ? withDecimals(tail) : nil
    }
}

extension TextAnalysis {
    /// Whether tokens `a` and `b` touch (no space between them).
    func isTouching(_ a: Int, _ b: Int) -> Bool {
        tokens[a].utf8Range.upperBound == tokens[b].utf8Range.lowerBound
    }
}
