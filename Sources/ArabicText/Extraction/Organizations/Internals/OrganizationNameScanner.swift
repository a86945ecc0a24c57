/// Reads an organisation's name after its head noun, word by word, and says where it ends.
///
/// `وزارة العمل العمانية تختتم` → the name is `العمل العمانية` (a noun in construct, then a nisba
/// adjective); `تختتم` is a verb. `شركة ويذرفورد لمعدات الزيت للشرق الأوسط` → the whole phrase:
/// a foreign name, then ل-phrases. The scan stops at verbs, clause-starting prepositions,
/// punctuation, line breaks, numbers, a new head (`والبنك العربي`) and an indefinite word after
/// a definite one (`هيئة تنظيم الاتصالات منحت`).
struct OrganizationNameScanner: Sendable {
    /// A name found after a head.
    struct Name: Sendable, Hashable {
        /// Tokens of the name, without the head.
        var tokens: Range<Int>
        /// Token indexes where each ل-phrase of the name starts (`لتنمية`، `للخدمات`).
        var lamPhraseStarts: [Int]
    }

    let lexicons: OrganizationLexicons

    /// The longest a name runs, in tokens.
    static let maximumLength = 14

    /// The name after the head at token `head`, or `nil` when the head names no organisation
    /// (`الوزارة`، `مجلس الإدارة`، `مؤسسة مالية`، `الهيئة الإدارية`).
    func name(in analysis: TextAnalysis, afterHead head: Int, of info: OrganizationHead) -> Name? {
        let start = head + 1
        let count = analysis.tokens.count
        let words = lexicons.words
        let places = lexicons.places
        var end = start
        var lastWasDefinite = info.isDefinite
        var lamStarts: [Int] = []
        var hasDistinctiveWord = false
        var lastWasPlace = false
        var indefiniteRun = 0
        var hasNasab = false
        var index = start
        scan: while index < count, index - start < Self.maximumLength, analysis.isAdjacent(index - 1, index) {
            switch analysis.kind(index) {
            case .latinWord:
                if index > start, lastWasDefinite { break scan }
                hasDistinctiveWord = true
                lastWasDefinite = false
                index += 1
                end = index
                continue scan
            case .number:
                if info.allowsNumber, index > start, isSmallNumber(analysis.word(index)),
                    numberMayEndName(in: analysis, after: index)
                {
                    end = index + 1
                }
                break scan
            case .arabicWord:
                break
            default:
                break scan
            }
            let word = analysis.word(index)
            let key = analysis.key(index)
            let wordClass = words.wordClass(of: key)
            if words.endsName(key) { break scan }
            if index == start {
                // The first word of the name.
                if wordClass == .genericComplement { return nil }
                if ArabicWordShape.starts(word, "لل") || ArabicWordShape.starts(word, "بال") || ArabicWordShape.starts(word, "وال") { break scan }
                if ArabicWordShape.isDefinite(word) {
                    if isDistinctiveModifier(word, key) { hasDistinctiveWord = true }
                    lastWasDefinite = true
                } else {
                    if info.isDefinite { break scan }
                    if !isPlaceWord(key) {
                        // An indefinite nisba agreeing with the head is an adjective: مؤسسة مالية، مركز صحي.
                        if ArabicWordShape.isNisba(word) && ArabicWordShape.ends(word, "يه")
                            || !info.isFeminine && ArabicWordShape.ends(word, "ي") && ArabicWordShape.length(word) >= 3
                                && lexicons.known.value(ofWord: key) == nil
                        {
                            return nil
                        }
                        if words.isGenericAdjective(withArticle: key) { return nil }
                    }
                    lastWasDefinite = false
                    hasDistinctiveWord = true
                    indefiniteRun = 1
                }
                if wordClass == .nameTitle { lastWasDefinite = false }
                lastWasPlace = isPlaceWord(key)
                if ArabicWordShape.hasTanween(analysis, index) { break scan }
                index += 1
                end = index
                continue scan
            }
            // A place name inside the name (بنك قطر الوطني، سلطة منطقة العقبة).
            if !ArabicWordShape.starts(word, "و"), !ArabicWordShape.starts(word, "ب"), !ArabicWordShape.starts(word, "ل") || isPlaceWord(key),
                let place = places.place(in: analysis, at: index, proclitics: false), !place.value.isAmbiguous,
                !(ArabicWordShape.isNisba(word) && ArabicWordShape.ends(word, "يه"))
            {
                // A place after a definite word is not in construct with it (صندوق النقد الدولي القاهرة).
                if lastWasDefinite { break scan }
                hasDistinctiveWord = true
                lastWasDefinite = ArabicWordShape.isDefinite(analysis.word(place.tokens.upperBound - 1))
                lastWasPlace = true
                index = place.tokens.upperBound
                end = index
                continue scan
            }
            if wordClass == .nameTitle, ArabicWordShape.isDefinite(word) {
                // A title before a person's name: جامعة السلطان قابوس، مستشفى الملك فهد.
                lastWasDefinite = false
                lastWasPlace = false
                index += 1
                end = index
                continue scan
            }
            if ArabicWordShape.starts(word, "وال"), ArabicWordShape.length(word) >= 5 {
                // و inside a name: والمعلومات، والتعليم الفني — not a new organisation or place.
                let afterWaw = stem(analysis, index, dropping: 1)
                if !lastWasDefinite || lexicons.isHead(afterWaw) || lexicons.isPluralHead(afterWaw)
                    || words.endsName(afterWaw) || isPlaceWord(afterWaw)
                    || lexicons.known.hasPhrase(startingWith: afterWaw)
                {
                    break scan
                }
                lastWasDefinite = true
                index += 1
                end = index
                continue scan
            }
            if ArabicWordShape.starts(word, "لل"), ArabicWordShape.length(word) >= 5 {
                // A definite ل-phrase: للخدمات النفطية، للدولة، للشرق الأوسط.
                if words.endsName(articleStem(analysis, index)) { break scan }
                lamStarts.append(index)
                hasDistinctiveWord = true
                lastWasDefinite = true
                index += 1
                end = index
                continue scan
            }
            if ArabicWordShape.starts(word, "ل"), ArabicWordShape.length(word) >= 4, !isPlaceWord(key) {
                // An indefinite ل-phrase in construct: لمعدات الزيت، لكرة القدم، لتنمية السياحة.
                // Only the first ل-phrase, and only when a definite noun follows (not لتمويل 25).
                let next = index + 1
                guard lamStarts.isEmpty, index > start || !info.isDefinite, next < count,
                    analysis.isAdjacent(index, next), analysis.kind(next) == .arabicWord,
                    ArabicWordShape.isDefinite(analysis.word(next)), !words.endsName(analysis.key(next)),
                    !words.endsName(stem(analysis, index, dropping: 1))
                else { break scan }
                lamStarts.append(index)
                hasDistinctiveWord = true
                lastWasDefinite = false
                index += 1
                end = index
                continue scan
            }
            if ArabicWordShape.starts(word, "ب") {
                // A campus: جامعة محمد الخامس بالرباط، المدرسة الوطنية للمهندسين بتونس.
                if info.allowsCampus, let place = places.place(in: analysis, at: index, proclitics: true),
                    place.prefixBytes == 2 || (place.prefixBytes == 4 && ArabicWordShape.starts(word, "بال")),
                    !place.value.isAmbiguous
                {
                    end = place.tokens.upperBound
                    break scan
                }
                if ArabicWordShape.starts(word, "بال") { break scan }
            }
            if ArabicWordShape.starts(word, "و") {
                // و joining two nouns in construct: غرفة تجارة وصناعة عمان.
                let next = index + 1
                guard !lastWasDefinite, !lastWasPlace, analysis.kind(index - 1) == .arabicWord,
                    ArabicWordShape.length(word) - 1 >= 3, !words.endsName(stem(analysis, index, dropping: 1)),
                    !lexicons.isHead(stem(analysis, index, dropping: 1)),
                    next < count, analysis.isAdjacent(index, next), analysis.kind(next) == .arabicWord,
                    !words.endsName(analysis.key(next)),
                    ArabicWordShape.isDefinite(analysis.word(next)) || isPlaceWord(analysis.key(next))
                else { break scan }
                index += 1
                end = index
                continue scan
            }
            if ArabicWordShape.isDefinite(word) {
                // A common object after a complete name starts the clause's object (وزارة العمل القرار).
                if lexicons.isHead(key) || wordClass == .clauseNoun && lastWasDefinite { break scan }
                if isDistinctiveModifier(word, key) { hasDistinctiveWord = true }
                lastWasDefinite = true
                lastWasPlace = false
                index += 1
                end = index
                continue scan
            }
            // عشر، عشرة after a definite ordinal: a compound ordinal stays whole (مدرسة الخامس عشر).
            if isCompoundOrdinalTeen(in: analysis, at: index, start: start) {
                lastWasDefinite = true
                lastWasPlace = false
                index += 1
                end = index
                continue scan
            }
            // An indefinite word: part of a foreign name after another indefinite word, else a new clause.
            // A run of them is a foreign or a person's name: at most three words, more with بن (مؤسسة محمد بن راشد آل مكتوم).
            if lastWasDefinite || lastWasPlace || ArabicWordShape.hasTanween(analysis, index) { break scan }
            if indefiniteRun >= 3, !hasNasab { break scan }
            if ["بن", "ابن", "بنت", "ال", "ابو"].contains(where: { word.utf8.elementsEqual($0.utf8) }) { hasNasab = true }
            indefiniteRun += 1
            lastWasDefinite = false
            index += 1
            end = index
        }
        // A name does not end with a bare ل-phrase or an indefinite common noun (هيئة تنمية).
        while end > start {
            let last = end - 1
            if lamStarts.last == last, !ArabicWordShape.starts(analysis.word(last), "لل") {
                lamStarts.removeLast()
                end = last
                continue
            }
            if analysis.kind(last) == .arabicWord, !lamStarts.contains(last) {
                let word = analysis.word(last)
                if !ArabicWordShape.isDefinite(word), !ArabicWordShape.starts(word, "وال"), ArabicWordShape.endsWithTaMarbuta(word),
                    !isCompoundOrdinalTeen(in: analysis, at: last, start: start),
                    !isPlaceWord(analysis.key(last)), lexicons.known.value(ofWord: analysis.key(last)) == nil,
                    last == start || !(analysis.kind(last - 1) == .arabicWord
                        && !ArabicWordShape.isDefinite(analysis.word(last - 1)))
                {
                    end = last
                    continue
                }
            }
            break
        }
        guard end > start else { return nil }
        if end == start + 1, analysis.kind(start) == .arabicWord {
            // مجلس المفوضية: a head after a head is a reference, not a name.
            if lexicons.isHead(analysis.key(start)) { return nil }
        }
        if info.isDefinite, !hasDistinctiveWord { return nil }
        return Name(tokens: start..<end, lamPhraseStarts: lamStarts)
    }

    /// Whether a definite word makes a definite head a name: a nisba that is not generic (العمانية),
    /// or a place.
    private func isDistinctiveModifier(_ word: String, _ key: WordKey) -> Bool {
        if isPlaceWord(key) { return true }
        let wordClass = lexicons.words.wordClass(of: key)
        if wordClass == .nameAdjective { return true }
        guard wordClass == nil else { return false }
        return ArabicWordShape.isNisba(word)
    }

    /// Whether token `index` is عشر / عشرة completing a definite ordinal inside the name:
    /// `الخامس عشر`، `الحادية عشرة`.
    private func isCompoundOrdinalTeen(in analysis: TextAnalysis, at index: Int, start: Int) -> Bool {
        index > start && lexicons.compoundOrdinals[analysis.fingerprints[index]] == .teen
            && lexicons.compoundOrdinals[analysis.fingerprints[index - 1]]?.startsCompound == true
    }

    /// Whether the word with key `key` is a one-word place name.
    private func isPlaceWord(_ key: WordKey) -> Bool { lexicons.places.places.value(ofWord: key) != nil }

    /// The key of token `index`'s word less its first `letters` letters (و or ل, two bytes each):
    /// the proclitic split ``TextAnalysis`` made, else (a word with a letter of another width) the word cut here.
    private func stem(_ analysis: TextAnalysis, _ index: Int, dropping letters: Int) -> WordKey {
        if let split = analysis.splits(index).first(where: { $0.prefixBytes == 2 * letters }) { return split.stem }
        return WordKey(String(analysis.word(index).unicodeScalars.dropFirst(letters)))
    }

    /// The key of ال + token `index`'s word less لل (للخدمات → الخدمات), from the split ``TextAnalysis`` made.
    private func articleStem(_ analysis: TextAnalysis, _ index: Int) -> WordKey {
        if let split = analysis.splits(index).first(where: { $0.prefixBytes == 4 }) { return split.stem }
        return WordKey("ال" + String(analysis.word(index).unicodeScalars.dropFirst(2)))
    }

    private func isSmallNumber(_ word: String) -> Bool {
        word.utf8.count <= 2 && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A number ends a name when nothing it could count follows it: punctuation, the end, a
    /// conjunction or a verb (جامعة وهران 2 ستحتضنان).
    private func numberMayEndName(in analysis: TextAnalysis, after index: Int) -> Bool {
        let next = index + 1
        guard next < analysis.tokens.count, analysis.isAdjacent(index, next) else { return true }
        guard analysis.kind(next) == .arabicWord else { return analysis.kind(next) == .punctuation }
        let word = analysis.word(next)
        return ArabicWordShape.starts(word, "و") || lexicons.words.endsName(word)
    }
}
