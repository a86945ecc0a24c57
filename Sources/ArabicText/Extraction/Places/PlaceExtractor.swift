/// Finds countries, cities and regions from the place gazetteer and administrative heads.
///
/// The longest gazetteer name wins (`سلطنة عمان` before `عمان`); an administrative head
/// (محافظة، ولاية، منطقة، دولة) is inside the span, العاصمة and مدينة are outside, a proclitic
/// is outside; a place right after an event or programme noun (رؤية، معرض، مترو) is not one.
/// Names that are also common words (طاقة، صور) need context: a head, a preposition, or
/// coordination with another place.
///
/// ```swift
/// // "نظمت الوزارة بالعاصمة مسقط، في محافظة ظفار وطاقة، ضمن رؤية عمان 2040"
/// // → place «مسقط», place «محافظة ظفار», place «طاقة»; nothing in «رؤية عمان 2040»
/// ```
///
/// - Complexity: O(n) in the number of tokens, one dictionary lookup per token and proclitic split.
public struct PlaceExtractor: EntityExtractor {
    let gazetteer: PlaceGazetteer
    let words: NameWordClasses

    /// Builds the tables from `lexicons` (`places`, `place-heads`, `organization-grammar`).
    ///
    /// ```swift
    /// var lexicons = LexiconSet.builtIn
    /// try lexicons.add(tsv: "تيميمون\tتيميمون\tcity\n", to: .places)
    /// let places = ArabicExtractor(extractors: [PlaceExtractor(lexicons: lexicons)])
    /// places.extract("وصل الوفد إلى تيميمون").entities.map(\.text)   // ["تيميمون"] (none with .builtIn)
    /// ```
    public init(lexicons: LexiconSet = .builtIn) {
        gazetteer = PlaceGazetteer(lexicons: lexicons)
        words = NameWordClasses(lexicons: lexicons)
    }

    /// Appends the places of `analysis` to `candidates`.
    ///
    /// ```swift
    /// var candidates = EntityCandidates()
    /// PlaceExtractor().extract(from: TextAnalysis("من مسقط إلى صلالة"), into: &candidates)
    /// candidates.entities.map { "\($0.text) \($0.start)..<\($0.end)" }   // ["مسقط 3..<7", "صلالة 12..<17"]
    /// ```
    public func extract(from analysis: TextAnalysis, into candidates: inout EntityCandidates) {
        var found: [(tokens: Range<Int>, prefixBytes: Int, place: PlaceGazetteer.Place, rule: String)] = []
        var index = 0
        let count = analysis.tokens.count
        let fingerprints = analysis.fingerprints
        while index < count {
            let roles = gazetteer.filter.roles(of: fingerprints[index])
            guard roles != 0, analysis.kind(index) == .arabicWord || analysis.kind(index) == .latinWord else {
                index += 1
                continue
            }
            // 1. A gazetteer name (the longest, possibly with a proclitic).
            if roles & PlaceGazetteer.placeRole != 0, let match = gazetteer.place(in: analysis, at: index) {
                if isBlocked(analysis, before: index) {
                    index = match.tokens.upperBound
                    continue
                }
                if isAccepted(match, in: analysis, found: found.last?.tokens) {
                    found.append((match.tokens, match.prefixBytes, match.value, "place.gazetteer"))
                }
                index = match.tokens.upperBound
                continue
            }
            // 2. A head and the name after it.
            if roles & PlaceGazetteer.headRole != 0, index + 1 < count, analysis.isAdjacent(index, index + 1),
                let (head, prefixBytes) = gazetteer.head(in: analysis, at: index)
            {
                // Only a place name (or, after an open head, a word) can follow.
                let nextIsPlace = gazetteer.filter.roles(of: fingerprints[index + 1]) & PlaceGazetteer.placeRole != 0
                guard nextIsPlace || (head.position == .inside && head.isOpen) else {
                    index += 1
                    continue
                }
                switch head.position {
                case .blocking:
                    if let match = gazetteer.place(in: analysis, at: index + 1, proclitics: false) {
                        index = match.tokens.upperBound
                    } else {
                        index += 1
                    }
                    continue
                case .outside:
                    if let match = gazetteer.place(in: analysis, at: index + 1, proclitics: false) {
                        found.append((match.tokens, 0, match.value, "place.after-head"))
                        index = match.tokens.upperBound
                        continue
                    }
                case .inside:
                    if let match = gazetteer.place(in: analysis, at: index + 1, proclitics: false) {
                        let place = PlaceGazetteer.Place(
                            canonical: analysis.originalText(
                                tokens: index..<match.tokens.upperBound, dropLeadingBytes: prefixBytes),
                            kind: match.value.kind == "country" ? "country" : "region", isAmbiguous: false)
                        found.append((index..<match.tokens.upperBound, prefixBytes, place, "place.head"))
                        index = match.tokens.upperBound
                        continue
                    }
                    if head.isOpen, let end = openName(in: analysis, after: index) {
                        let place = PlaceGazetteer.Place(
                            canonical: analysis.originalText(tokens: index..<end, dropLeadingBytes: prefixBytes),
                            kind: "region", isAmbiguous: false)
                        found.append((index..<end, prefixBytes, place, "place.head-open"))
                        index = end
                        continue
                    }
                }
            }
            index += 1
        }
        for item in found {
            candidates.append(analysis.entity(
                .place, tokens: item.tokens, dropLeadingBytes: item.prefixBytes, rule: item.rule,
                canonical: item.place.canonical))
        }
    }

    /// Whether a gazetteer match is a place here: ambiguous names need context, a nisba-shaped
    /// name after a definite noun is an adjective (الجامعات السعودية).
    private func isAccepted(
        _ match: PhraseTable<PlaceGazetteer.Place>.Match, in analysis: TextAnalysis, found previous: Range<Int>?
    ) -> Bool {
        let start = match.tokens.lowerBound
        let first = analysis.word(start)
        let stem = String(first.unicodeScalars.dropFirst(match.prefixBytes / 2))
        if match.prefixBytes == 0, match.tokens.count == 1, ArabicWordShape.isDefinite(stem),
            ArabicWordShape.ends(stem, "يه"), start > 0, analysis.isAdjacent(start - 1, start),
            analysis.kind(start - 1) == .arabicWord
        {
            let before = analysis.word(start - 1)
            if ArabicWordShape.isDefinite(before), words.wordClass(of: before) == nil,
                gazetteer.head(ofWord: before) == nil
            {
                return false
            }
        }
        // Tanween on the last letter makes an adverb or adjective: إفريقيًا، عربيًا.
        if ArabicWordShape.hasTanween(analysis, match.tokens.upperBound - 1) { return false }
        guard match.value.isAmbiguous else { return true }
        // Context for an ambiguous name.
        if start > 0, analysis.isAdjacent(start - 1, start), analysis.kind(start - 1) == .arabicWord {
            if gazetteer.isCue(in: analysis, at: start - 1) { return true }
            if let head = gazetteer.head(in: analysis, at: start - 1), head.head.position != .blocking { return true }
        }
        // Coordination: «صلالة وطاقة» or «طاقة ومرباط».
        if ArabicWordShape.starts(first, "و"), let previous, previous.upperBound == start { return true }
        let next = match.tokens.upperBound
        if next < analysis.tokens.count, analysis.isAdjacent(next - 1, next), ArabicWordShape.starts(analysis.word(next), "و"),
            let following = gazetteer.place(in: analysis, at: next), !following.value.isAmbiguous,
            following.prefixBytes > 0
        {
            return true
        }
        return false
    }

    /// Whether a blocking head (رؤية، برنامج، مترو) stands right before token `index`, or before
    /// an opening guillemet or quote before it (برنامج «الرياض الخضراء»).
    private func isBlocked(_ analysis: TextAnalysis, before index: Int) -> Bool {
        var previous = index - 1
        guard previous >= 0, analysis.isAdjacent(previous, index) else { return false }
        if analysis.kind(previous) == .punctuation, ["«", "\"", "“"].contains(analysis.word(previous)) {
            previous -= 1
            guard previous >= 0, analysis.isAdjacent(previous, previous + 1) else { return false }
        }
        return gazetteer.head(in: analysis, at: previous)?.head.position == .blocking
    }

    /// The end of an unknown one-word name after an open head (ولاية بسكرة), or `nil`.
    private func openName(in analysis: TextAnalysis, after head: Int) -> Int? {
        let index = head + 1
        guard analysis.kind(index) == .arabicWord else { return nil }
        let word = analysis.word(index)
        guard !ArabicWordShape.isDefinite(word), ArabicWordShape.length(word) >= 3,
            !ArabicWordShape.endsWithTaMarbuta(word), !ArabicWordShape.isNisba(word),
            words.wordClass(of: word) == nil, words.wordClass(of: "ال" + word) == nil,
            !ArabicWordShape.starts(word, "و"), !ArabicWordShape.starts(word, "ل"), !ArabicWordShape.starts(word, "ب")
        else { return nil }
        return index + 1
    }
}
