/// The token forms in which a date's starter word is recognised: the word itself and the word behind proclitics.
///
/// The date lexicon keys what a word may start (``DateLexicon/Starts``) by the fingerprint of
/// the whole token, so every form a token may take is listed once, when the lexicon is built:
/// `عام` → `عام`، `وعام`، `فعام`، `بعام`، `كعام`، `لعام`، `وبعام` … `فلعام` (proclitic forms
/// only for words of more than one letter).
///
/// A word ا + R (`العام`: R = `لعام`) is also read in the tokens لل + R and و/ف + لل + R
/// (`لللعام`): the byte-level filter this table replaced read the stem of لل + R as ا + R, and
/// the table keeps its readings so that exactly the same tokens start dates. (So `للعام` is not
/// a form of `العام`; that reading of لل may deserve a fix of its own, which would change results.)
enum StarterForms {
    private static let waw: [UInt8] = [0xD9, 0x88]
    private static let feh: [UInt8] = [0xD9, 0x81]
    private static let beh: [UInt8] = [0xD8, 0xA8]
    private static let kaf: [UInt8] = [0xD9, 0x83]
    private static let lam: [UInt8] = [0xD9, 0x84]
    private static let alef: [UInt8] = [0xD8, 0xA7]

    /// Every token form of normalised starter word `word` (UTF-8), the word itself first.
    static func forms(of word: [UInt8]) -> [[UInt8]] {
        var forms = [word]
        // One proclitic: و ف ب ك ل + a word of more than two bytes.
        if word.count > 2 {
            for proclitic in [waw, feh, beh, kaf, lam] { forms.append(proclitic + word) }
            // و/ف + ب/ك/ل + the word.
            for conjunction in [waw, feh] {
                for preposition in [beh, kaf, lam] { forms.append(conjunction + preposition + word) }
            }
        }
        // لل and و/ف + لل before the bytes after a leading ا.
        if word.count > 2, word.starts(with: alef) {
            let rest = word.dropFirst(alef.count)
            forms.append(lam + lam + rest)
            for conjunction in [waw, feh] { forms.append(conjunction + lam + lam + rest) }
        }
        return forms
    }
}
