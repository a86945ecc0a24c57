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

    /// Place names, longest first.
    let places: PhraseTable<Place>
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
        for row in lexicons.rows(of: .places) {
            // The first entry of a form wins: countries come before cities (عمان is Oman before Amman).
            guard seen.insert(places.words(of: row.form)).inserted else { continue }
            let place = Place(canonical: row[1] ?? row.form, kind: row[2] ?? "city", isAmbiguous: row[3] == "ambiguous")
            places.insert(row.form, value: place)
            if let first = places.words(of: row.form).first { entries.append((first, Self.placeRole)) }
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
        self.heads = heads
        self.cues = cues
        self.filter = WordFilter(entries)
    }

    /// The longest place name at token `index`, its first word possibly carrying a proclitic.
    func place(in analysis: TextAnalysis, at index: Int, proclitics: Bool = true) -> PhraseTable<Place>.Match? {
        guard analysis.kind(index) == .arabicWord || analysis.kind(index) == .latinWord else { return nil }
        return places.match(in: analysis, at: index, proclitics: proclitics)
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
