/// The token forms in which a date's starter word is recognised: the word itself and the word behind proclitics.
///
/// The date lexicon keys what a word may start (``DateLexicon/Starts``) by the fingerprint of
/// the whole token, so every form a token may take is listed once, when the lexicon is built:
/// `عام` → `عام`، `وعام`، `فعام`، `بعام`، `كعام`، `لعام`، `وبعام` … `فلعام` (proclitic forms
/// only for words of more than one letter).
///
/// A word with the article, ا + R (`العام`: R = `لعام`), is also read behind ل, whose article
/// loses its alef: ل + R and و/ف + ل + R (`للعام`، `وللعام`), as ``ProcliticSplit`` splits them.
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
        // ل + the article (لل) and و/ف before it: ل + the bytes after the article's ا.
        if word.count > 2, word.starts(with: alef + lam) {
            let rest = word.dropFirst(alef.count)
            forms.append(lam + rest)
            for conjunction in [waw, feh] { forms.append(conjunction + lam + rest) }
        }
        return forms
    }
}
