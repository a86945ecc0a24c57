import ArabicText
import Testing

/// The offset map: specific ranges, round trips over whole texts, monotonicity.
@Suite("Offset map")
struct OffsetMapTests {
    /// UTF-8 ranges of every scalar of `text`.
    static func scalarRanges(of text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = UTF8.width(scalar)
            ranges.append(offset..<(offset + length))
            offset += length
        }
        return ranges
    }

    /// `range` grown by one scalar on each side (within the text).
    static func widened(_ range: Range<Int>, in text: String) -> Range<Int> {
        let utf8 = Array(text.utf8)
        var lower = range.lowerBound
        if lower > 0 {
            lower -= 1
            while lower > 0 && utf8[lower] & 0xC0 == 0x80 { lower -= 1 }
        }
        var upper = range.upperBound
        if upper < utf8.count {
            upper += 1
            while upper < utf8.count && utf8[upper] & 0xC0 == 0x80 { upper += 1 }
        }
        return lower..<upper
    }

    static func slice(_ text: String, _ range: Range<Int>) -> String {
        String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }

    struct RangeCase: Sendable, CustomTestStringConvertible {
        let id: String
        let normalizer: ArabicNormalizer
        let input: String
        /// A substring of the normalised text (its first occurrence).
        let find: String
        /// The original text it must map back to.
        let original: String
        var testDescription: String { id }
    }

    static let rangeCases: [RangeCase] = [
        .init(id: "last letter takes its trailing mark", normalizer: .search,
              input: "كَتَبَ", find: "ب", original: "بَ"),
        .init(id: "word with tashkeel", normalizer: .search,
              input: "ذَهَبَ إِلَى المَدْرَسَةِ", find: "المدرسه", original: "المَدْرَسَةِ"),
        .init(id: "first letter", normalizer: .search, input: "كَتَبَ", find: "ك", original: "كَ"),
        .init(id: "leading control joins the first unit", normalizer: .search,
              input: "\(Invisible.rightToLeftMark)كتب", find: "ك", original: "\(Invisible.rightToLeftMark)ك"),
        .init(id: "ligature is atomic", normalizer: .search,
              input: "محمد \u{FDFA} قال", find: "الله", original: "\u{FDFA}"),
        .init(id: "after a ligature", normalizer: .search,
              input: "محمد \u{FDFA} قال", find: "قال", original: "قال"),
        .init(id: "collapsed spaces join the space before", normalizer: .search,
              input: "a   b", find: " ", original: "   "),
        .init(id: "digit changes length", normalizer: .search,
              input: "عام ٢٠٢٦م", find: "2026", original: "٢٠٢٦"),
        .init(id: "number punctuation", normalizer: .search,
              input: "٣٫٥٪", find: ".5", original: "٫٥"),
        .init(id: "composed hamza", normalizer: .extraction,
              input: "سا\(Mark.hamzaAbove)ل", find: "سا", original: "سا\(Mark.hamzaAbove)"),
        .init(id: "tatweel", normalizer: .search, input: "جمـــيل", find: "مي", original: "مـــي"),
        .init(id: "unchanged text", normalizer: .display, input: "مرحبا بكم", find: "بكم", original: "بكم"),
        .init(id: "replacement of equal length", normalizer: .search, input: "على مدرسة", find: "علي", original: "على"),
        .init(id: "a letter takes a run of marks", normalizer: .search,
              input: "شَدَّ الحَبْلَ", find: "د", original: "دَّ"),
        .init(id: "the space after a run of marks", normalizer: .search,
              input: "شَدَّ الحَبْلَ", find: " ا", original: " ا"),
        .init(id: "a word ending in a run of marks", normalizer: .search,
              input: "شَدَّ الحَبْلَ", find: "شد", original: "شَدَّ"),
        .init(id: "marks and tatweel before a ligature stay with their letter", normalizer: .search,
              input: "نَبِيُّـ\u{FDFA} قال", find: "ي", original: "يُّـ"),
        .init(id: "a ligature after a run of marks", normalizer: .search,
              input: "نَبِيُّـ\u{FDFA} قال", find: "صلي", original: "\u{FDFA}"),
        .init(id: "a leading run of marks joins the first unit", normalizer: .search,
              input: "\(Mark.fatha)\(Mark.fatha)بيت", find: "ب", original: "\(Mark.fatha)\(Mark.fatha)ب"),
        .init(id: "a text ending in a run of marks", normalizer: .search,
              input: "ب\(Mark.fatha)\(Mark.fatha)", find: "ب", original: "ب\(Mark.fatha)\(Mark.fatha)"),
    ]

    @Test(arguments: rangeCases)
    func range(_ c: RangeCase) throws {
        let result = c.normalizer.normalize(c.input)
        let found = try #require(result.text.range(of: c.find))
        #expect(String(result.original[result.originalRange(found)]) == c.original)

        let lower = result.text.utf8.distance(from: result.text.startIndex, to: found.lowerBound)
        let upper = result.text.utf8.distance(from: result.text.startIndex, to: found.upperBound)
        let utf8 = result.originalUTF8Range(fromNormalizedUTF8: lower..<upper)
        #expect(Self.slice(c.input, utf8) == c.original)

        let scalars = result.originalScalarRange(fromNormalizedUTF8: lower..<upper)
        let inputScalars = Array(c.input.unicodeScalars)
        let mapped = String(String.UnicodeScalarView(inputScalars[scalars]))
        #expect(mapped == c.original)
    }

    @Test("The worked example of the documentation")
    func documentedExample() {
        let result = ArabicNormalizer.search.normalize("كَتَبَ")
        #expect(result.text == "كتب")
        #expect(result.originalUTF8Range(fromNormalizedUTF8: 4..<6) == 8..<12)
        #expect(result.originalScalarRange(fromNormalizedUTF8: 4..<6) == 4..<6)
        #expect(result.offsetMap.normalizedUTF8Range(fromOriginalUTF8: 8..<12) == 4..<6)
        // Only the fatha of ك: deleted text maps to an empty range.
        #expect(result.offsetMap.normalizedUTF8Range(fromOriginalUTF8: 2..<4).isEmpty)
    }

    @Test("Empty ranges map to the start of their unit")
    func emptyRanges() {
        let result = ArabicNormalizer.search.normalize("\(Invisible.rightToLeftMark)كَتَبَ")
        #expect(result.text == "كتب")
        #expect(result.originalUTF8Range(fromNormalizedUTF8: 0..<0) == 0..<0)
        #expect(result.originalUTF8Range(fromNormalizedUTF8: 2..<2) == 7..<7)
        #expect(result.originalUTF8Range(fromNormalizedUTF8: 6..<6) == 15..<15)
        #expect(result.originalScalarRange(fromNormalizedUTF8: 6..<6) == 7..<7)
    }

    @Test("Empty input")
    func emptyInput() {
        for normalizer in [ArabicNormalizer.search, .display, .extraction, ArabicNormalizer(options: .init())] {
            let result = normalizer.normalize("")
            #expect(result.text == "")
            #expect(result.original == "")
            #expect(result.offsetMap.normalizedUTF8Count == 0)
            #expect(result.originalUTF8Range(fromNormalizedUTF8: 0..<0) == 0..<0)
            #expect(result.originalScalarRange(fromNormalizedUTF8: 0..<0) == 0..<0)
            #expect(normalizer.normalizedString("") == "")
        }
    }

    @Test("Text that normalises to nothing")
    func everythingDeleted() {
        let input = "\(Mark.fatha)\(Invisible.rightToLeftMark)ـ"
        let result = ArabicNormalizer.search.normalize(input)
        #expect(result.text == "")
        #expect(result.originalUTF8Range(fromNormalizedUTF8: 0..<0) == 7..<7)
        #expect(result.offsetMap.normalizedUTF8Range(fromOriginalUTF8: 0..<7) == 0..<0)
    }

    static let roundTripTexts: [(String, String)] = [
        ("seed", Fixtures.seedText),
        ("diacritised", "قَالَ رَسُولُ اللَّهِ ﷺ: «إِنَّمَا الْأَعْمَالُ بِالنِّيَّاتِ» ١٢٣٫٥٪ \u{FEFB}\u{200F}ـ کتاب فی\u{00A0} ایران"),
        ("leading deletions", "\(Mark.fatha)\(Invisible.zeroWidthNonJoiner)  ب\(Mark.shadda)\(Mark.fatha)"),
        ("presentation forms", "\u{FE8D}\u{FEDF}\u{FEE0}\u{FEEA} \u{FE91}\u{FEB4}\u{FEE2}\(Mark.kasra) ２٫３"),
        ("mixed scripts", "Zürich 2026 — ٢٠٢٦ e\u{0301} 😀 ا\(Mark.hamzaAbove)"),
        ("ascii numbers", "12 3.5% 1,000 x 9"),
    ]

    struct TextCase: Sendable, CustomTestStringConvertible {
        let id: String
        let text: String
        let normalizerID: String
        let normalizer: ArabicNormalizer
        var testDescription: String { "\(id), \(normalizerID)" }
    }

    static let textCases: [TextCase] = roundTripTexts.flatMap { id, text in
        [
            ("search", ArabicNormalizer.search), ("display", .display), ("extraction", .extraction),
            ("arabic-indic digits", ArabicNormalizer(options: NormalizationOptions(
                stripTashkeel: true, digits: .arabicIndic, numberPunctuation: true, spaces: .unifyAndCollapse))),
        ].map {
            TextCase(id: id, text: text, normalizerID: $0.0, normalizer: $0.1)
        }
    }

    /// Every normalised scalar maps to an original slice that normalises to text containing
    /// it; consecutive scalars map to consecutive (or, inside an NFKC unit, equal) slices
    /// that tile the whole original.
    @Test("Round trip of every normalised scalar", arguments: textCases)
    func roundTrip(_ c: TextCase) {
        #expect(!c.text.isEmpty)
        let result = c.normalizer.normalize(c.text)
        let normalizedScalars = Array(result.text.unicodeScalars)
        let ranges = Self.scalarRanges(of: result.text)
        var previous: Range<Int>? = nil
        var failures = 0
        for (scalar, range) in zip(normalizedScalars, ranges) {
            let original = result.originalUTF8Range(fromNormalizedUTF8: range)
            // One scalar of context on each side, for context-dependent rules (Farsi yeh,
            // number punctuation).
            let slice = Self.slice(c.text, Self.widened(original, in: c.text))
            let renormalized = c.normalizer.normalizedString(slice)
            if !renormalized.unicodeScalars.contains(scalar) && !(scalar == " " && renormalized.isEmpty) {
                failures += 1
                if failures < 5 {
                    Issue.record("\(String(scalar)) at \(range) ← \(slice.debugDescription) → \(renormalized.debugDescription)")
                }
            }
            if let previous {
                #expect(original == previous || original.lowerBound == previous.upperBound,
                        "\(previous) then \(original)")
            } else {
                #expect(original.lowerBound == 0)
            }
            previous = original
        }
        if let previous {
            #expect(previous.upperBound == c.text.utf8.count)
        }
        #expect(failures == 0)
    }

    @Test("Scalar offsets agree with UTF-8 offsets", arguments: textCases)
    func scalarOffsets(_ c: TextCase) {
        let result = c.normalizer.normalize(c.text)
        let utf8 = Array(c.text.utf8)
        // Scalar index of every scalar boundary.
        var scalarAt: [Int: Int] = [:]
        var count = 0
        for (k, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
            scalarAt[k] = count
            count += 1
        }
        scalarAt[utf8.count] = count
        for range in Self.scalarRanges(of: result.text) {
            let bytes = result.originalUTF8Range(fromNormalizedUTF8: range)
            let scalars = result.originalScalarRange(fromNormalizedUTF8: range)
            #expect(scalars.lowerBound == scalarAt[bytes.lowerBound])
            #expect(scalars.upperBound == scalarAt[bytes.upperBound])
        }
    }

    @Test("The map is monotonic", arguments: textCases)
    func monotonic(_ c: TextCase) {
        let result = c.normalizer.normalize(c.text)
        let map = result.offsetMap
        var last = 0
        for p in 0...map.normalizedUTF8Count {
            let offset = map.originalUTF8Offset(fromNormalizedUTF8: p)
            #expect(offset >= last)
            last = offset
        }
        #expect(last == map.originalUTF8Count)
        var lastNormalized = 0
        for p in 0...map.originalUTF8Count {
            let range = map.normalizedUTF8Range(fromOriginalUTF8: p..<p)
            #expect(range.lowerBound >= lastNormalized)
            lastNormalized = range.lowerBound
        }
    }

    @Test("Original ranges map forth and back to themselves", arguments: textCases)
    func forthAndBack(_ c: TextCase) {
        let result = c.normalizer.normalize(c.text)
        for range in Self.scalarRanges(of: result.text) {
            let original = result.originalUTF8Range(fromNormalizedUTF8: range)
            let back = result.offsetMap.normalizedUTF8Range(fromOriginalUTF8: original)
            #expect(back.contains(range.lowerBound) && back.upperBound >= range.upperBound)
        }
    }

    struct DeletionRunCase: Sendable, CustomTestStringConvertible {
        let id: String
        /// Scalars the search preset deletes (all of them, or all after the first).
        let run: String
        /// What the run leaves in the normalised text.
        let kept: String
        var testDescription: String { id }
    }

    static let deletionRuns: [DeletionRunCase] = [
        .init(id: "collapsed spaces", run: String(repeating: " ", count: 4000), kept: " "),
        .init(id: "tatweel", run: String(repeating: "ـ", count: 3000), kept: ""),
        .init(id: "marks", run: String(repeating: Mark.fatha, count: 3000), kept: ""),
        .init(id: "controls", run: String(repeating: Invisible.rightToLeftMark, count: 2000), kept: ""),
    ]

    /// Long runs of deleted scalars cost a few segments, not one per scalar, and the unit
    /// before a run takes the whole run.
    @Test(arguments: deletionRuns)
    func longRunOfDeletions(_ c: DeletionRunCase) throws {
        let result = ArabicNormalizer.search.normalize("بيت" + c.run + "كبير" + c.run + "دار")
        #expect(result.text == "بيت" + c.kept + "كبير" + c.kept + "دار")
        #expect(result.offsetMap.segmentCount <= 5)
        let first = try #require(result.text.range(of: "ت" + c.kept + "ك"))
        #expect(String(result.original[result.originalRange(first)]) == "ت" + c.run + "ك")
        let second = try #require(result.text.range(of: "ر" + c.kept + "د"))
        #expect(String(result.original[result.originalRange(second)]) == "ر" + c.run + "د")
        let back = result.offsetMap.normalizedUTF8Range(fromOriginalUTF8: 6..<(6 + c.run.utf8.count))
        #expect(back.count == c.kept.utf8.count)
    }

    @Test("The map is sparse on unchanged text")
    func sparse() {
        let text = String(repeating: "مرحبا بكم في البيت. ", count: 500)
        let result = ArabicNormalizer.search.normalize(text)
        #expect(result.text == text)
        #expect(result.offsetMap.segmentCount == 1)
        #expect(result.offsetMap.isIdentity)
        #expect(result.offsetMap == OffsetMap(identityUTF8Count: text.utf8.count))
    }
}
