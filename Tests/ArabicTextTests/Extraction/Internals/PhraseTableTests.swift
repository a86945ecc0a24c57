import Testing
@testable import ArabicText

/// The shared word tables: fingerprint table, word keys and the phrase table over a `TextAnalysis`.
struct PhraseTableTests {
    @Test func fingerprintTableGrowsAndKeepsEveryKey() {
        var table = FingerprintTable<Int>()
        let words = (0..<1000).map { "كلمة\($0)" }
        for (value, word) in words.enumerated() { table.updateValue(value, forKey: WordFingerprint.of(word)) }
        #expect(table.count == 1000)
        for (value, word) in words.enumerated() { #expect(table[word: word] == value) }
        #expect(table[word: "غائبة"] == nil)
        table.updateValue(-1, forKey: WordFingerprint.of(words[7]))
        #expect(table[word: words[7]] == -1)
        #expect(table.count == 1000)
    }

    /// Pairs that collided with an earlier fingerprint (a difference in a high byte of the first
    /// eight bytes only reached a few bits of the hash; a short word's length and data were
    /// XORed into the same bits).
    @Test(arguments: [
        ("والتوصيل", "والشوطين"), ("فالتلزمه", "فالالرمل"), ("فالليقلل", "فالفيملك"),
        ("والإيثاق", "والعيدان"), ("والأرقائه", "والغرماءه"), ("باللتحلق", "بالفتخلف"),
        // Lengths one apart whose data differed only where an XORed length cancelled it.
        ("06", "166"), ("21", "1"), ("30", "0"), ("700", "60"),
    ])
    func fingerprintsOfDifferentWordsDiffer(_ a: String, _ b: String) {
        #expect(WordFingerprint.of(a) != WordFingerprint.of(b))
    }

    @Test func noFingerprintCollisionInAGeneratedVocabulary() {
        // Every three-letter word over 28 letters, bare and behind ten proclitics: 241,472 words.
        let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
        let prefixes = ["", "و", "ب", "ل", "ال", "وال", "بال", "لل", "ف", "فال", "ك"]
        var seen = Set<UInt64>()
        var words = 0
        for a in letters { for b in letters { for c in letters {
            for prefix in prefixes {
                seen.insert(WordFingerprint.of(prefix + String([a, b, c])))
                words += 1
            }
        } } }
        #expect(seen.count == words)
    }

    @Test(arguments: [
        ("الموارد", "الموارد", true),
        ("الاستراتيجيات الوطنية", "الاستراتيجيات الوطنية", true),  // longer than 16 bytes
        ("الاستراتيجيات الوطنيه", "الاستراتيجيات الوطنية", false),
        ("وزاره", "وزارة", false),
    ])
    func wordKeysAreEqualExactlyWhenTheirBytesAre(_ a: String, _ b: String, _ equal: Bool) {
        #expect((WordKey(a) == WordKey(b)) == equal)
        #expect((WordKey(a).fingerprint == WordFingerprint.of(b)) == equal)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let at: Int
        let proclitics: Bool
        /// The matched tokens, value and proclitic bytes, or nil.
        let expected: (tokens: Range<Int>, value: String, prefixBytes: Int)?
        var testDescription: String { "\(text) @\(at)" }
    }

    static let phrases = ["صاحب السمو": "HH", "صاحب السمو الملكي": "HRH", "صاحب": "owner", "السيد": "Mr"]

    static let cases: [Case] = [
        Case(text: "صاحب السمو الملكي الأمير", at: 0, proclitics: false, expected: (0..<3, "HRH", 0)),
        Case(text: "صاحب السمو الأمير", at: 0, proclitics: false, expected: (0..<2, "HH", 0)),
        Case(text: "صاحب المحل", at: 0, proclitics: false, expected: (0..<1, "owner", 0)),
        Case(text: "صاحب\nالسمو", at: 0, proclitics: false, expected: (0..<1, "owner", 0)),  // no phrase across a line break
        Case(text: "وصاحب السمو", at: 0, proclitics: true, expected: (0..<2, "HH", 2)),
        Case(text: "وصاحب السمو", at: 0, proclitics: false, expected: nil),
        Case(text: "قال السيد", at: 1, proclitics: false, expected: (1..<2, "Mr", 0)),
        Case(text: "قال السيّد", at: 1, proclitics: false, expected: (1..<2, "Mr", 0)),  // normalised like the text
        Case(text: "قال", at: 0, proclitics: true, expected: nil),
    ]

    @Test(arguments: cases)
    func longestPhraseAtAToken(_ c: Case) {
        var table = PhraseTable<String>()
        for (phrase, value) in Self.phrases { table.insert(phrase, value: value) }
        let match = table.match(in: TextAnalysis(c.text), at: c.at, proclitics: c.proclitics)
        #expect(match?.tokens == c.expected?.tokens)
        #expect(match?.value == c.expected?.value)
        #expect(match?.prefixBytes == c.expected?.prefixBytes)
    }

    @Test func oneWordValuesAndPhraseStarts() {
        var table = PhraseTable<String>()
        for (phrase, value) in Self.phrases { table.insert(phrase, value: value) }
        #expect(table.value(ofWord: "صاحب") == "owner")
        #expect(table.value(ofWord: "السمو") == nil)
        #expect(table.hasPhrase(startingWith: "صاحب"))
        #expect(!table.hasPhrase(startingWith: "السمو"))
        #expect(table.value(ofWord: WordKey("السيد")) == "Mr")
    }
}
