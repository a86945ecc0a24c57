/// The place names and place heads of the lexicons, normalised once and shared by the place and organisation rules.
///
/// `بمحافظة ظفار` → head `محافظه` (inside the span) after the proclitic ب, then place `ظفار`.
struct PlaceGazetteer: Sendable {
    /// One entry of `places.tsv`.
    struct Place: Sendable, Hashable {
        /// The canonical name (`سلطنة عمان` for `عمان`).
        var canonical: String
        /// `country`, `city` or `region`.
        var kind: String
        /// Also a common word or a person's name (طاقة، صور): needs context.
        var isAmbiguous: Bool
    }

    /// Where a place head stands relative to the place span.
    enum HeadPosition: Sendable, Hashable {
        /// Inside the span: محافظة ظفار، دولة قطر.
        case inside
        /// Outside the span: مدينة كربلاء → كربلاء.
        case outside
        /// The place after it names an event, programme or facility: رؤية عمان، مترو دبي.
        case blocking
    }

    /// One entry of `place-heads.tsv`.
    struct Head: Sendable, Hashable {
        var position: HeadPosition
        /// An unknown name after the head is a place (محافظة مبارك الكبير).
        var isOpen: Bool
    }

    /// A mark of a vocalised form: which letter of the word carries which tashkeel mark.
    struct Mark: Sendable, Hashable {
        var letter: Int
        var scalar: UInt32
    }

    /// Place names, longest first.
    let places: PhraseTable<Place>
    /// One-word places written like an earlier entry except for their tashkeel (`عُمان` the
    /// country, `عمّان` the city: one word once normalised), by that word, with their marks.
    let vocalised: [WordKey: [(marks: Set<Mark>, place: Place)]]
    /// Normalised head words, indefinite (and definite for blocking heads).
    let heads: [WordKey: Head]
    /// Which tokens may start a place name or be a head.
    let filter: WordFilter
    /// Prepositions after which an ambiguous name is a place (`cue` rows of `place-heads.tsv`).
    let cues: Set<WordKey>

    init(lexicons: LexiconSet, normalizer: ArabicNormalizer = .extraction) {
        var places = PhraseTable<Place>(normalizer: normalizer)
        var entries: [(word: String, roles: UInt8)] = []
        var seen = Set<[String]>()
        var vocalised: [WordKey: [(marks: Set<Mark>, place: Place)]] = [:]
        for row in lexicons.rows(of: .places) {
            let place = Place(canonical: row[1] ?? row.form, kind: row[2] ?? "city", isAmbiguous: row[3] == "ambiguous")
            // The first entry of a form wins: countries come before cities (عمان is Oman before
            // Amman) — unless the text's tashkeel matches a later entry's (عَمَّان).
            let words = places.words(of: row.form)
            guard seen.insert(words).inserted else {
                let marks = Self.marks(of: row.form.unicodeScalars)
                if words.count == 1, !marks.isEmpty { vocalised[WordKey(words[0]), default: []].append((marks, place)) }
                continue
            }
            places.insert(row.form, value: place)
            if let first = words.first { entries.append((first, Self.placeRole)) }
        }
        var heads: [WordKey: Head] = [:]
        var cues = Set<WordKey>()
        for row in lexicons.rows(of: .placeHeads) {
            if row[1] == "cue" {
                cues.insert(WordKey(normalizer.normalizedString(row.form)))
                continue
            }
            let position: HeadPosition = switch row[1] {
            case "outside": .outside
            case "blocking": .blocking
            default: .inside
            }
            let word = normalizer.normalizedString(row.form)
            let head = Head(position: position, isOpen: row[2] == "yes")
            heads[WordKey(word)] = head
            entries.append((word, Self.headRole))
            if position == .blocking, !ArabicWordShape.starts(word, "ال") {
                heads[WordKey("ال" + word)] = head
                entries.append(("ال" + word, Self.headRole))
            }
        }
        self.places = places
        self.vocalised = vocalised
        self.heads = heads
        self.cues = cues
        self.filter = WordFilter(entries)
    }

    /// The longest place name at token `index`, its first word possibly carrying a proclitic.
    ///
    /// A one-word name written with tashkeel picks the entry those marks belong to: `بعَمَّان`
    /// → `عمّان` (the city), `عُمان` and a bare `عمان` → `سلطنة عمان`.
    func place(in analysis: TextAnalysis, at index: Int, proclitics: Bool = true) -> PhraseTable<Place>.Match? {
        guard analysis.kind(index) == .arabicWord || analysis.kind(index) == .latinWord else { return nil }
        guard var match = places.match(in: analysis, at: index, proclitics: proclitics) else { return nil }
        if match.tokens.count == 1, !vocalised.isEmpty, let resolved = vocalisedPlace(match, in: analysis) {
            match.value = resolved
        }
        return match
    }

    /// The later entry whose marks all appear on the word as written, if exactly one does.
    private func vocalisedPlace(_ match: PhraseTable<Place>.Match, in analysis: TextAnalysis) -> Place? {
        let index = match.tokens.lowerBound
        // The key the phrase table matched: the word, or the stem of the split it matched by.
        let key = match.prefixBytes == 0
            ? analysis.key(index) : analysis.splits(index).first { $0.prefixBytes == match.prefixBytes }?.stem
        guard let key, let alternatives = vocalised[key] else { return nil }
        let token = analysis.tokens[index].utf8Range
        let stemRange = (token.lowerBound + match.prefixBytes)..<token.upperBound
        let written = analysis.originalText(utf8: analysis.normalized.originalUTF8Range(fromNormalizedUTF8: stemRange))
        let marks = Self.marks(of: written.unicodeScalars)
        let fitting = alternatives.filter { $0.marks.isSubset(of: marks) }
        return fitting.count == 1 ? fitting[0].place : nil
    }

    /// The tashkeel marks (U+064B–U+0652) of a written word, by the index of the letter they
    /// follow; tatweel is no letter. `عَمَّان` → {(0, fatha), (1, fatha), (1, shadda)}.
    static func marks(of scalars: String.UnicodeScalarView) -> Set<Mark> {
        var marks = Set<Mark>()
        var letter = -1
        for scalar in scalars {
            switch scalar.value {
            case 0x064B...0x0652: if letter >= 0 { marks.insert(Mark(letter: letter, scalar: scalar.value)) }
            case 0x0640: break
            default: letter += 1
            }
        }
        return marks
    }

    /// The place head at token `index` and the bytes of its proclitic, if the word is one.
    func head(in analysis: TextAnalysis, at index: Int) -> (head: Head, prefixBytes: Int)? {
        guard analysis.kind(index) == .arabicWord else { return nil }
        if let head = heads[analysis.key(index)] { return (head, 0) }
        for split in analysis.splits(index) {
            if let head = heads[split.stem] { return (head, split.prefixBytes) }
        }
        return nil
    }

    /// Whether token `index` is a preposition that makes an ambiguous name after it a place.
    func isCue(in analysis: TextAnalysis, at index: Int) -> Bool {
        analysis.kind(index) == .arabicWord && cues.contains(analysis.key(index))
    }

    /// The place head that normalised `word` is, without proclitics.
    func head(ofWord word: String) -> Head? { heads[WordKey(word)] }

    /// Whether normalised `word` is a one-word place name.
    func isPlaceWord(_ word: String) -> Bool { places.value(ofWord: word) != nil }

    /// The prefilter roles: the first word of a place name, or a head.
    static let placeRole: UInt8 = 1
    static let headRole: UInt8 = 2
}
