/// The part a word plays in a definite ordinal of one or two words — `الثاني`، `الخامس عشر`،
/// `الحادية عشرة` — read from `ordinal-words.tsv` with the article, for the rules that keep such
/// an ordinal whole inside a name (`الحسن الثاني`، `مدرسة الخامس عشر`).
///
/// `CompoundOrdinalWord.table(lexicons: .builtIn)[WordFingerprint.of("الرابع")]` → `.unit(isFeminine: false)`.
enum CompoundOrdinalWord: Sendable, Hashable {
    /// A definite ordinal that may stand alone or start a compound: الثاني، الخامس؛ feminine الثانية.
    case unit(isFeminine: Bool)
    /// A definite ordinal that only starts a compound: الحادي (عشر)، الحادية (عشرة).
    case compoundOnly(isFeminine: Bool)
    /// The second word of a compound: عشر، عشرة.
    case teen

    /// Whether the word is a definite ordinal that a teen may follow.
    var startsCompound: Bool {
        if case .teen = self { return false }
        return true
    }

    /// The definite ordinals of `ordinal-words.tsv` and عشر / عشرة, by fingerprint of their
    /// normalised form.
    static func table(lexicons: LexiconSet, normalizer: ArabicNormalizer = .extraction) -> FingerprintTable<Self> {
        var words: [UInt64: Self] = [:]
        for row in lexicons.rows(of: .ordinalWords) where row[2] == "unit" || row[2] == "compound-only" {
            // The adverbs أولًا، ثانيًا are units too; with the article they are no words.
            guard !row.form.unicodeScalars.contains("\u{064B}") else { continue }
            // Feminine forms end in ة or ى (الثانية، الأولى), before normalisation folds them.
            let feminine = row.form.hasSuffix("ة") || row.form.hasSuffix("ى")
            words[WordFingerprint.of(normalizer.normalizedString("ال" + row.form))] =
                row[2] == "unit" ? .unit(isFeminine: feminine) : .compoundOnly(isFeminine: feminine)
        }
        for teen in ["عشر", "عشرة"] { words[WordFingerprint.of(normalizer.normalizedString(teen))] = .teen }
        return FingerprintTable(words)
    }
}
