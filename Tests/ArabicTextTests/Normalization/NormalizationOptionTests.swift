import ArabicText
import Testing

/// Each option alone, as tables of input → output.
@Suite("Normalisation options")
struct NormalizationOptionTests {
    static let tashkeel = NormalizationOptions(stripTashkeel: true)

    static let tashkeelCases: [NormalizationCase] = [
        .init("fatha, damma, sukun", tashkeel, "كَتَبَ أَحْمَدُ", "كتب أحمد"),
        .init("shadda and tanween", tashkeel, "مُحَمَّدٌ", "محمد"),
        .init("superscript alef", tashkeel, "هٰذَا", "هذا"),
        .init("hamza on alef kept", tashkeel, "إِسْلَامٌ وَأَمْنٌ وَآمَالٌ", "إسلام وأمن وآمال"),
        .init("hamza on waw and yeh kept", tashkeel, "سُئِلَ مُؤْمِنٌ", "سئل مؤمن"),
        .init("decomposed alef + hamza above", tashkeel, "ا\(Mark.hamzaAbove)حمد", "أحمد"),
        .init("decomposed alef + hamza below", tashkeel, "ا\(Mark.hamzaBelow)سلام", "إسلام"),
        .init("decomposed alef + maddah", tashkeel, "ا\(Mark.maddahAbove)خر", "آخر"),
        .init("decomposed waw + hamza", tashkeel, "مو\(Mark.hamzaAbove)من", "مؤمن"),
        .init("decomposed yeh + hamza", tashkeel, "سي\(Mark.hamzaAbove)ل", "سئل"),
        .init("decomposed alef + fatha + hamza", tashkeel, "ا\(Mark.fatha)\(Mark.hamzaAbove)", "أ"),
        .init("hamza above on a non-carrier deleted", tashkeel, "ل\(Mark.hamzaAbove)", "ل"),
        .init("hamza above at the start deleted", tashkeel, "\(Mark.hamzaAbove)ب", "ب"),
        .init("Latin untouched", tashkeel, "café 2026", "café 2026"),
    ]

    @Test(arguments: tashkeelCases)
    func stripTashkeel(_ c: NormalizationCase) {
        #expect(ArabicNormalizer(options: c.options).normalizedString(c.input) == c.expected)
    }

    static let letterCases: [NormalizationCase] = [
        .init("quranic marks", NormalizationOptions(stripQuranicMarks: true),
              "محمد\(Mark.smallHighSallallahou) فيه \(Mark.smallHighThreeDots)هدى \(Mark.endOfAyah)١",
              "محمد فيه هدى ١"),
        .init("quranic marks keep tashkeel", NormalizationOptions(stripQuranicMarks: true),
              "الرَّحِيمِ", "الرَّحِيمِ"),
        .init("tatweel", NormalizationOptions(stripTatweel: true), "الســـلام عليـكم", "السلام عليكم"),
        .init("unify alef", NormalizationOptions(unifyAlef: true),
              "أحمد إلى آخر ٱلكتاب ٲ ٳ", "احمد الى اخر الكتاب ا ا"),
        .init("unify alef keeps hamza carriers", NormalizationOptions(unifyAlef: true), "مؤتمر سئل", "مؤتمر سئل"),
        .init("alef maksura", NormalizationOptions(alefMaksuraToYa: true), "على مستشفى", "علي مستشفي"),
        .init("teh marbuta", NormalizationOptions(taMarbutaToHa: true), "مدرسة جميلة", "مدرسه جميله"),
        .init("hamza carriers", NormalizationOptions(foldHamzaCarriers: true), "مؤتمر سئل", "موتمر سيل"),
        .init("hamza carriers keep alef hamza", NormalizationOptions(foldHamzaCarriers: true), "أحمد", "أحمد"),
    ]

    @Test(arguments: letterCases)
    func letters(_ c: NormalizationCase) {
        #expect(ArabicNormalizer(options: c.options).normalizedString(c.input) == c.expected)
    }

    static let persian = NormalizationOptions(foldPersianLetters: true)

    static let persianCases: [NormalizationCase] = [
        .init("keheh", persian, "کتاب", "كتاب"),
        .init("swash kaf", persian, "ڪتاب", "كتاب"),
        .init("yeh medial", persian, "ایران", "ايران"),
        .init("yeh initial", persian, "یک", "يك"),
        .init("yeh final", persian, "فی", "فى"),
        .init("yeh final before space", persian, "کی آمد", "كى آمد"),
        .init("yeh before punctuation", persian, "علی.", "على."),
        .init("yeh before a mark then a letter", persian, "یَک", "يَك"),
        .init("yeh before a mark at the end", persian, "فیَ", "فىَ"),
        .init("yeh before ZWNJ is final", persian, "می\(Invisible.zeroWidthNonJoiner)خواهم",
              "مى\(Invisible.zeroWidthNonJoiner)خواهم"),
        .init("yeh before tatweel joins", persian, "یـ", "يـ"),
        .init("yeh before hamza", persian, "شیء", "شيء"),
        .init("yeh before a presentation form", persian, "ی\u{FE91}", "ي\u{FE91}"),
        .init("yeh barree", persian, "ے", "ي"),
        .init("yeh barree with hamza", persian, "ۓ", "ئ"),
        .init("high hamza yeh and waw", persian, "ٸ ٶ", "ئ ؤ"),
        .init("heh variants", persian, "ە ہ ۂ ۀ ھ", "ه ه ه ه ه"),
        .init("teh marbuta goal", persian, "ۃ", "ة"),
        .init("gaf kept", persian, "گ", "گ"),
    ]

    @Test(arguments: persianCases)
    func persianLetters(_ c: NormalizationCase) {
        #expect(ArabicNormalizer(options: c.options).normalizedString(c.input) == c.expected)
    }

    @Test("Farsi yeh with yeh-folding on becomes yeh everywhere")
    func persianYehWithAlefMaksuraFolding() {
        let normalizer = ArabicNormalizer(
            options: NormalizationOptions(alefMaksuraToYa: true, foldPersianLetters: true))
        #expect(normalizer.normalizedString("فی ایران") == "في ايران")
    }

    @Test("Farsi yeh with removed controls looks past them")
    func persianYehPastRemovedControls() {
        let normalizer = ArabicNormalizer(
            options: NormalizationOptions(foldPersianLetters: true, removeControls: true))
        #expect(normalizer.normalizedString("می\(Invisible.zeroWidthNonJoiner)خواهم") == "ميخواهم")
    }

    static let digitCases: [NormalizationCase] = [
        .init("arabic-indic → ascii", NormalizationOptions(digits: .ascii), "عام ٢٠٢٦", "عام 2026"),
        .init("extended → ascii", NormalizationOptions(digits: .ascii), "سال ۱۴۰۵", "سال 1405"),
        .init("ascii → arabic-indic", NormalizationOptions(digits: .arabicIndic), "2026 و۱۴۰۵", "٢٠٢٦ و١٤٠٥"),
        .init("all → extended", NormalizationOptions(digits: .extendedArabicIndic), "2026 ٢٠٢٦", "۲۰۲۶ ۲۰۲۶"),
        .init("keep", NormalizationOptions(digits: .keep), "2026 ٢٠٢٦ ۱۴۰۵", "2026 ٢٠٢٦ ۱۴۰۵"),
        .init("every digit value", NormalizationOptions(digits: .ascii), "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹", "0123456789 0123456789"),
        .init("other scripts untouched", NormalizationOptions(digits: .ascii), "१२३", "१२३"),
    ]

    @Test(arguments: digitCases)
    func digits(_ c: NormalizationCase) {
        #expect(ArabicNormalizer(options: c.options).normalizedString(c.input) == c.expected)
    }

    static let punctuationCases: [NormalizationCase] = [
        .init("forward, digits kept", NormalizationOptions(numberPunctuation: true), "٣٫٥٪ و١٬٠٠٠", "٣.٥% و١,٠٠٠"),
        .init("forward, ascii digits", NormalizationOptions(digits: .ascii, numberPunctuation: true),
              "٣٫٥٪ من ١٬٠٠٠", "3.5% من 1,000"),
        .init("separator not between digits kept", NormalizationOptions(numberPunctuation: true),
              "نعم٬ لا ٫", "نعم٬ لا ٫"),
        .init("separator after a digit only kept", NormalizationOptions(numberPunctuation: true), "٣٫ و", "٣٫ و"),
        .init("separator across a removed control",
              NormalizationOptions(numberPunctuation: true, removeControls: true),
              "٣\(Invisible.rightToLeftMark)٫\(Invisible.leftToRightMark)٥", "٣.٥"),
        .init("separator before a fullwidth digit",
              NormalizationOptions(digits: .ascii, numberPunctuation: true, compatibilityForms: true),
              "٣٫\u{FF15}", "3.5"),
        .init("reverse to arabic-indic", NormalizationOptions(digits: .arabicIndic, numberPunctuation: true),
              "3.5% of 1,000.", "٣٫٥٪ of ١٬٠٠٠."),
        .init("reverse to extended", NormalizationOptions(digits: .extendedArabicIndic, numberPunctuation: true),
              "12.5%", "۱۲٫۵٪"),
        .init("reverse leaves prose", NormalizationOptions(digits: .arabicIndic, numberPunctuation: true),
              "Hello, world. 50 %", "Hello, world. ٥٠ %"),
        .init("no punctuation without the option", NormalizationOptions(digits: .ascii), "٣٫٥٪", "3٫5٪"),
    ]

    @Test(arguments: punctuationCases)
    func numberPunctuation(_ c: NormalizationCase) {
        #expect(ArabicNormalizer(options: c.options).normalizedString(c.input) == c.expected)
    }

    static let compat = NormalizationOptions(compatibilityForms: true)

    static let compatibilityCases: [NormalizationCase] = [
        .init("lam-alef ligature", compat, "\u{FEFB}", "لا"),
        .init("allah ligature", compat, "\u{FDF2}", "الله"),
        .init("salla ligature", compat, "\u{FDFA}", "صلى الله عليه وسلم"),
        .init("presentation forms", compat, "\u{FE91}\u{FEB4}\u{FEE2}", "بسم"),
        .init("presentation form + mark", compat, "\u{FE91}\(Mark.fatha)", "ب\(Mark.fatha)"),
        .init("fullwidth", compat, "ＡＢＣ１２", "ABC12"),
        .init("latin ligature", compat, "\u{FB01}le", "file"),
        .init("superscript", compat, "x²", "x2"),
        .init("plain text not recomposed", compat, "ا\(Mark.hamzaAbove) e\u{0301}", "ا\(Mark.hamzaAbove) e\u{0301}"),
        .init("mathematical letters", compat, "\u{1D400}\u{1EE01}", "Aب"),
        .init("no-break space", compat, "a\(Invisible.noBreakSpace)b", "a b"),
    ]

    @Test(arguments: compatibilityCases)
    func compatibilityForms(_ c: NormalizationCase) {
        #expect(ArabicNormalizer(options: c.options).normalizedString(c.input) == c.expected)
    }

    @Test("NFKC output goes through the other options")
    func compatibilityThenLetters() {
        let options = NormalizationOptions(
            unifyAlef: true, alefMaksuraToYa: true, compatibilityForms: true)
        #expect(ArabicNormalizer(options: options).normalizedString("\u{FDFA} \u{FEF7}") == "صلي الله عليه وسلم لا")
    }

    static let controls = NormalizationOptions(removeControls: true)

    static let controlCases: [NormalizationCase] = [
        .init("marks and joiners", controls,
              "\(Invisible.rightToLeftMark)مرحبا\(Invisible.zeroWidthNonJoiner)بكم\(Invisible.byteOrderMark)", "مرحبابكم"),
        .init("embeddings", controls, "\(Invisible.rightToLeftEmbedding)نص\(Invisible.popDirectionalFormatting)", "نص"),
        .init("isolates", controls, "\(Invisible.rightToLeftIsolate)x\(Invisible.popDirectionalIsolate)", "x"),
        .init("arabic letter mark", controls, "\(Invisible.arabicLetterMark)١", "١"),
        .init("zero-width space and joiner", controls,
              "a\(Invisible.zeroWidthSpace)b\(Invisible.zeroWidthJoiner)c\(Invisible.leftToRightMark)", "abc"),
        .init("soft hyphen", controls, "co\(Invisible.softHyphen)op", "coop"),
        .init("only controls", controls, "\(Invisible.rightToLeftMark)\(Invisible.leftToRightMark)", ""),
    ]

    @Test(arguments: controlCases)
    func removeControls(_ c: NormalizationCase) {
        #expect(ArabicNormalizer(options: c.options).normalizedString(c.input) == c.expected)
    }

    static let spaceCases: [NormalizationCase] = [
        .init("unify", NormalizationOptions(spaces: .unify),
              "في\(Invisible.noBreakSpace)البيت\tهنا\(Invisible.emSpace)\(Invisible.ideographicSpace)",
              "في البيت هنا  "),
        .init("unify keeps line breaks", NormalizationOptions(spaces: .unify), "a\nb\r\nc", "a\nb\r\nc"),
        .init("unify keeps runs", NormalizationOptions(spaces: .unify), "a  b", "a  b"),
        .init("collapse", NormalizationOptions(spaces: .unifyAndCollapse),
              "في\(Invisible.noBreakSpace)\(Invisible.noBreakSpace) البيت\t ", "في البيت "),
        .init("collapse stops at line breaks", NormalizationOptions(spaces: .unifyAndCollapse),
              "a  \n  b", "a \n b"),
        .init("collapse wide spaces", NormalizationOptions(spaces: .unifyAndCollapse),
              "a\(Invisible.narrowNoBreakSpace)\(Invisible.ideographicSpace) b", "a b"),
        .init("collapse across a removed control",
              NormalizationOptions(removeControls: true, spaces: .unifyAndCollapse),
              "a \(Invisible.rightToLeftMark) b", "a b"),
        .init("keep", NormalizationOptions(spaces: .keep), "a\(Invisible.noBreakSpace) b", "a\(Invisible.noBreakSpace) b"),
    ]

    @Test(arguments: spaceCases)
    func spaces(_ c: NormalizationCase) {
        #expect(ArabicNormalizer(options: c.options).normalizedString(c.input) == c.expected)
    }

    @Test("The default options change nothing")
    func defaultIsIdentity() {
        let text = "كَتَبَ\(Invisible.rightToLeftMark) ٣٫٥ \u{FDFA} ی\(Invisible.noBreakSpace)"
        let normalizer = ArabicNormalizer(options: NormalizationOptions())
        #expect(normalizer.normalizedString(text) == text)
        let result = normalizer.normalize(text)
        #expect(result.text == text)
        #expect(result.offsetMap.isIdentity)
    }

    @Test("normalize and normalizedString agree", arguments: tashkeelCases + letterCases + persianCases
        + digitCases + punctuationCases + compatibilityCases + controlCases + spaceCases)
    func normalizeMatchesNormalizedString(_ c: NormalizationCase) {
        let normalizer = ArabicNormalizer(options: c.options)
        #expect(normalizer.normalize(c.input).text == c.expected)
    }
}
