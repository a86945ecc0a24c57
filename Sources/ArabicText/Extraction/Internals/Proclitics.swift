/// The ways a normalised word can split into a proclitic and a stem, for lexicon lookups.
///
/// `بوزاره` → (0, بوزاره), (2, وزاره); `للدوله` → (0, للدوله), (4, الدوله) — the article's alef
/// is restored in the stem, while the span starts after لل as the contract says;
/// `وبالوزاره` → …, (4, الوزاره). Offsets are UTF-8 bytes of the normalised word (each Arabic
/// letter is 2 bytes).
enum Proclitics {
    /// A split of a word: the bytes of the proclitic and the stem to look up.
    struct Split: Sendable, Hashable {
        var prefixBytes: Int
        var stem: String
    }

    /// Every split of `word`, the whole word first; a stem keeps at least two letters (the
    /// rules of ``ProcliticSplit/append(splitsOf:to:)``, which the extractors' per-token
    /// analysis uses on bytes).
    static func splits(of word: String) -> [Split] {
        var result = [Split(prefixBytes: 0, stem: word)]
        var word = word
        var splits: [ProcliticSplit] = []
        word.withUTF8 { ProcliticSplit.append(splitsOf: $0, to: &splits) }
        for split in splits { result.append(Split(prefixBytes: split.prefixBytes, stem: split.stem.text)) }
        return result
    }
}

/// A proclitic split of a token: how many bytes the proclitic takes and the stem's key.
struct ProcliticSplit: Sendable, Hashable {
    /// UTF-8 bytes of the proclitic at the start of the token (the span starts after them).
    var prefixBytes: Int
    /// The stem to look up; for لل the article's alef is restored (`للدوله` → `الدوله`).
    var stem: WordKey

    /// Appends the splits of normalised `word` (UTF-8) other than the whole word: after و or ف,
    /// and after ب ك ل (or لل, ل + the article, whose alef the stem gets back), each keeping a
    /// stem of at least two letters. Only words of two-byte letters split, as Arabic words of
    /// the extraction form are.
    static func append(splitsOf word: UnsafeBufferPointer<UInt8>, to splits: inout [ProcliticSplit]) {
        // Arabic letters of the extraction form are two bytes each: D8/D9 xx.
        let count = word.count
        guard count >= 6, count % 2 == 0 else { return }
        @inline(__always) func letter(_ i: Int) -> UInt16 { UInt16(word[2 * i]) << 8 | UInt16(word[2 * i + 1]) }
        let waw: UInt16 = 0xD988, feh: UInt16 = 0xD981, beh: UInt16 = 0xD8A8, kaf: UInt16 = 0xD983, lam: UInt16 = 0xD984
        let letters = count / 2
        var index = 0
        let first = letter(0)
        if first == waw || first == feh {
            index = 1
            splits.append(ProcliticSplit(prefixBytes: 2, stem: WordKey(bytes: UnsafeBufferPointer(rebasing: word[2...]))))
        }
        guard index < letters - 2 else { return }
        let preposition = letter(index)
        guard preposition == beh || preposition == kaf || preposition == lam else { return }
        let restStart = index + 1
        let restLetters = letters - restStart
        if preposition == lam, letter(restStart) == lam, restLetters >= 3 {
            // لل = ل + the article: look up ال + rest; the span starts after لل.
            var stem: [UInt8] = [0xD8, 0xA7]
            stem.append(contentsOf: word[(2 * restStart)...])
            let key = stem.withUnsafeBufferPointer { WordKey(bytes: $0) }
            splits.append(ProcliticSplit(prefixBytes: 2 * (index + 2), stem: key))
        } else if restLetters >= 2 {
            splits.append(ProcliticSplit(prefixBytes: 2 * restStart, stem: WordKey(bytes: UnsafeBufferPointer(rebasing: word[(2 * restStart)...]))))
        }
    }
}
