/// Which digits normalised text uses.
///
/// Every digit of the three blocks — ASCII `0`–`9`, Arabic-Indic `٠`–`٩` (U+0660–U+0669) and
/// Extended Arabic-Indic (Persian/Urdu) `۰`–`۹` (U+06F0–U+06F9) — becomes the digit of the
/// same value in the target block.
///
/// ```swift
/// let n = ArabicNormalizer(options: NormalizationOptions(digits: .ascii))
/// n.normalizedString("عام ٢٠٢٦ و۱۴۰۵")   // "عام 2026 و1405"
/// ```
public enum DigitStyle: Sendable, Hashable, CaseIterable {
    /// Digits are left as they are.
    ///
    /// `عام ٢٠٢٦ و۱۴۰۵ و2026` → `عام ٢٠٢٦ و۱۴۰۵ و2026` (unchanged).
    case keep
    /// Every digit → ASCII `0`–`9`.
    ///
    /// `عام ٢٠٢٦ و۱۴۰۵` → `عام 2026 و1405`.
    case ascii
    /// Every digit → Arabic-Indic `٠`–`٩` (U+0660–U+0669).
    ///
    /// `عام 2026 و۱۴۰۵` → `عام ٢٠٢٦ و١٤٠٥`.
    case arabicIndic
    /// Every digit → Extended Arabic-Indic `۰`–`۹` (U+06F0–U+06F9).
    ///
    /// `عام 2026 و١٤٠٥` → `عام ۲۰۲۶ و۱۴۰۵`.
    case extendedArabicIndic
}

/// How normalised text treats spaces.
///
/// ```swift
/// let n = ArabicNormalizer(options: NormalizationOptions(spaces: .unifyAndCollapse))
/// n.normalizedString("في\u{00A0}\u{00A0}البيت\t ")   // "في البيت "
/// ```
public enum SpaceStyle: Sendable, Hashable, CaseIterable {
    /// Spaces are left as they are.
    ///
    /// `"في\u{00A0}\u{00A0}البيت\t"` → `"في\u{00A0}\u{00A0}البيت\t"` (unchanged).
    case keep
    /// Every space separator (general category Zs: U+0020, NBSP U+00A0, U+1680, U+2000–U+200A,
    /// U+202F, U+205F, U+3000) and TAB → U+0020. Line breaks are kept.
    ///
    /// ```swift
    /// "في\u{00A0}\u{00A0}البيت\t"  →  "في  البيت "
    /// ```
    case unify
    /// As `unify`, then each run of spaces becomes one U+0020 (the first one is kept, the
    /// others are deleted). Line breaks are kept and end a run.
    ///
    /// ```swift
    /// "في\u{00A0}\u{00A0}البيت\t"  →  "في البيت "
    /// "في  \n  البيت"                 →  "في \n البيت"
    /// ```
    case unifyAndCollapse
}

/// The operations an ``ArabicNormalizer`` applies, each one a separate switch.
///
/// The default value changes nothing; the presets ``search``, ``display`` and ``extraction``
/// switch on named sets. Operations are applied per Unicode scalar in one pass; when several
/// apply to a scalar they chain in this order: compatibility (NFKC) → Persian letters → alef →
/// alef maksura → ta marbuta → hamza carriers → digits.
///
/// ```swift
/// var options = NormalizationOptions()
/// options.stripTashkeel = true
/// options.unifyAlef = true
/// ArabicNormalizer(options: options).normalizedString("إِلَى الْمَدْرَسَةِ")   // "الى المدرسة"
/// ```
public struct NormalizationOptions: Sendable, Hashable {
    /// Deletes tashkeel: U+064B–U+065F and superscript alef U+0670 (fathatan … sukun, shadda,
    /// maddah, wavy hamza, …).
    ///
    /// Letters carrying hamza are never touched (unlike Foundation's `stripDiacritics`, which
    /// turns `أ` into `ا`). A combining maddah/hamza (U+0653–U+0655) written right after the
    /// letter it belongs to is composed with it as NFC does (`ا` + U+0654 → `أ`,
    /// `و` + U+0654 → `ؤ`, `ي` + U+0654 → `ئ`, `ا` + U+0653 → `آ`, `ا` + U+0655 → `إ`, also
    /// `ە` `ہ` `ے` + U+0654) instead of being deleted, so decomposed input keeps its hamza too.
    ///
    /// ```swift
    /// "كَتَبَ أَحْمَدُ"  →  "كتب أحمد"
    /// ```
    public var stripTashkeel: Bool

    /// Deletes Quranic annotation marks: U+0610–U+061A and U+06D6–U+06ED (small high ligatures,
    /// end of ayah, rub el hizb, small waw/yeh, …).
    ///
    /// ```swift
    /// "الرَّحِيمِ ۝"  →  "الرَّحِيمِ "   // U+06DD END OF AYAH deleted
    /// ```
    public var stripQuranicMarks: Bool

    /// Deletes tatweel (kashida) U+0640.
    ///
    /// ```swift
    /// "الســـلام"  →  "السلام"
    /// ```
    public var stripTatweel: Bool

    /// Alef with hamza, madda or wasla → bare alef: `أ` `إ` `آ` `ٱ` U+0672 U+0673 U+0675 → `ا`.
    ///
    /// ```swift
    /// "أحمد إلى آخر"  →  "احمد الى اخر"
    /// ```
    public var unifyAlef: Bool

    /// Alef maksura → yeh: `ى` → `ي`.
    ///
    /// ```swift
    /// "على"  →  "علي"
    /// ```
    public var alefMaksuraToYa: Bool

    /// Teh marbuta → heh: `ة` → `ه`.
    ///
    /// ```swift
    /// "مدرسة"  →  "مدرسه"
    /// ```
    public var taMarbutaToHa: Bool

    /// Hamza on a carrier → the bare carrier: `ؤ` → `و`, `ئ` → `ي`.
    ///
    /// Off in every preset: hamza is part of the spelling (`سئل`, `مؤتمر`).
    ///
    /// ```swift
    /// "مؤتمر سئل"  →  "موتمر سيل"
    /// ```
    public var foldHamzaCarriers: Bool

    /// Persian, Urdu and other Arabic-script letter variants → the Arabic letter:
    ///
    /// | from | to |
    /// |------|----|
    /// | `ک` U+06A9 keheh, `ڪ` U+06AA swash kaf | `ك` |
    /// | `ی` U+06CC Farsi yeh | `ي` when an Arabic letter follows, `ى` at the end of a word |
    /// | `ے` U+06D2 yeh barree | `ي` |
    /// | `ۓ` U+06D3 yeh barree with hamza, `ٸ` U+0678 high hamza yeh | `ئ` |
    /// | `ٶ` U+0676 high hamza waw | `ؤ` |
    /// | `ٵ` U+0675 high hamza alef | `أ` |
    /// | `ە` U+06D5 ae, `ہ` U+06C1 heh goal, `ۂ` U+06C2, `ۀ` U+06C0, `ھ` U+06BE doachashmee | `ه` |
    /// | `ۃ` U+06C3 teh marbuta goal | `ة` |
    ///
    /// "Followed by an Arabic letter" looks at the next scalar, skipping Arabic combining
    /// marks and whatever the other options delete (tatweel, controls); Arabic letters
    /// include hamza `ء`, presentation forms, tatweel (when kept) and ZWJ (when kept).
    /// Anything else (space, punctuation, ZWNJ, end of text) makes `ی` final. With
    /// ``alefMaksuraToYa`` on, both become `ي`.
    ///
    /// ```swift
    /// "کتاب فی"  →  "كتاب فى"     // ی final → ى
    /// "ایران"    →  "ايران"       // ی medial → ي
    /// ```
    public var foldPersianLetters: Bool

    /// Which block digits are written in (see ``DigitStyle``).
    ///
    /// ```swift
    /// // digits: .arabicIndic
    /// "عام 2026"  →  "عام ٢٠٢٦"
    /// ```
    public var digits: DigitStyle

    /// Number punctuation follows the digits.
    ///
    /// When ``digits`` is `.keep` or `.ascii`: Arabic decimal separator `٫` (U+066B) → `.` and
    /// thousands separator `٬` (U+066C) → `,` when written between two digits; Arabic percent
    /// sign `٪` (U+066A) → `%` everywhere.
    /// When ``digits`` is `.arabicIndic` or `.extendedArabicIndic` the reverse: `.` → `٫` and
    /// `,` → `٬` between two digits, `%` → `٪` right after a digit.
    /// "Between" skips what the other options delete.
    ///
    /// ```swift
    /// // digits: .ascii
    /// "٣٫٥٪ من ١٬٠٠٠"  →  "3.5% من 1,000"
    /// ```
    public var numberPunctuation: Bool

    /// Compatibility forms → their plain letters by ICU NFKC, applied only to the runs that
    /// need it (a maximal run of scalars whose NFKD differs from NFD, plus the combining marks
    /// that follow); the rest of the text is not re-composed. The result then goes through the
    /// other options. Covers Arabic presentation forms and ligatures (`ﻻ`, `ﷲ`, `ﷺ`), fullwidth
    /// and superscript characters, ligatures like `ﬁ`, …
    ///
    /// ```swift
    /// "ﻻ إله إلا ﷲ"  →  "لا إله إلا الله"
    /// "ﷺ"             →  "صلى الله عليه وسلم"
    /// ```
    public var compatibilityForms: Bool

    /// Deletes invisible format controls: ZWSP, ZWNJ, ZWJ, LRM, RLM (U+200B–U+200F), bidi
    /// embeddings and overrides (U+202A–U+202E), bidi isolates (U+2066–U+2069), Arabic letter
    /// mark U+061C, BOM / ZWNBSP U+FEFF and soft hyphen U+00AD.
    ///
    /// ```swift
    /// "\u{200F}مرحبا\u{200C}"  →  "مرحبا"
    /// ```
    public var removeControls: Bool

    /// How spaces are treated (see ``SpaceStyle``).
    ///
    /// ```swift
    /// // spaces: .unifyAndCollapse
    /// "في   البيت"  →  "في البيت"
    /// ```
    public var spaces: SpaceStyle

    /// Creates options; every operation defaults to off (nothing changed).
    ///
    /// ```swift
    /// ArabicNormalizer(options: NormalizationOptions()).normalizedString("مَدْرَسَةٌ")   // "مَدْرَسَةٌ"
    /// let options = NormalizationOptions(stripTashkeel: true, taMarbutaToHa: true)
    /// ArabicNormalizer(options: options).normalizedString("مَدْرَسَةٌ")                 // "مدرسه"
    /// ```
    public init(
        stripTashkeel: Bool = false,
        stripQuranicMarks: Bool = false,
        stripTatweel: Bool = false,
        unifyAlef: Bool = false,
        alefMaksuraToYa: Bool = false,
        taMarbutaToHa: Bool = false,
        foldHamzaCarriers: Bool = false,
        foldPersianLetters: Bool = false,
        digits: DigitStyle = .keep,
        numberPunctuation: Bool = false,
        compatibilityForms: Bool = false,
        removeControls: Bool = false,
        spaces: SpaceStyle = .keep
    ) {
        self.stripTashkeel = stripTashkeel
        self.stripQuranicMarks = stripQuranicMarks
        self.stripTatweel = stripTatweel
        self.unifyAlef = unifyAlef
        self.alefMaksuraToYa = alefMaksuraToYa
        self.taMarbutaToHa = taMarbutaToHa
        self.foldHamzaCarriers = foldHamzaCarriers
        self.foldPersianLetters = foldPersianLetters
        self.digits = digits
        self.numberPunctuation = numberPunctuation
        self.compatibilityForms = compatibilityForms
        self.removeControls = removeControls
        self.spaces = spaces
    }

    /// Folds aggressively, for search and indexing: every operation except
    /// ``foldHamzaCarriers``; digits → ASCII; spaces unified and collapsed.
    ///
    /// ```swift
    /// "إِلَى   الْمَدْرَسَةِ ٢٠٢٦"  →  "الي المدرسه 2026"
    /// ```
    public static let search = NormalizationOptions(
        stripTashkeel: true,
        stripQuranicMarks: true,
        stripTatweel: true,
        unifyAlef: true,
        alefMaksuraToYa: true,
        taMarbutaToHa: true,
        foldHamzaCarriers: false,
        foldPersianLetters: true,
        digits: .ascii,
        numberPunctuation: true,
        compatibilityForms: true,
        removeControls: true,
        spaces: .unifyAndCollapse
    )

    /// Safe for display: removes only what no reader sees — invisible format controls — and
    /// writes every space as U+0020.
    ///
    /// Tashkeel, tatweel, letters, digits and presentation forms are kept: tatweel is visible
    /// (it lengthens the joining stroke), and so is what NFKC would change.
    /// Note that ZWNJ/ZWJ and bidi marks do affect shaping and ordering of mixed text in some
    /// renderers; use a custom option set if that matters.
    ///
    /// ```swift
    /// "\u{200F}مَرْحَبًا\u{00A0}بكم"  →  "مَرْحَبًا بكم"
    /// ```
    public static let display = NormalizationOptions(
        removeControls: true,
        spaces: .unify
    )

    /// What the extractors match on: like ``search`` but spaces are only unified, never
    /// collapsed (so most offsets map one to one); hamza carriers kept.
    ///
    /// ```swift
    /// "يَوْمَ ٢٨ نوفمبر"  →  "يوم 28 نوفمبر"
    /// ```
    public static let extraction = NormalizationOptions(
        stripTashkeel: true,
        stripQuranicMarks: true,
        stripTatweel: true,
        unifyAlef: true,
        alefMaksuraToYa: true,
        taMarbutaToHa: true,
        foldHamzaCarriers: false,
        foldPersianLetters: true,
        digits: .ascii,
        numberPunctuation: true,
        compatibilityForms: true,
        removeControls: true,
        spaces: .unify
    )
}
