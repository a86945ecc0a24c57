import ArabicText
import ArgumentParser

/// `arabic-text normalize`: prints the normalised text, line by line.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print the normalised text.",
        discussion: """
            Starts from a preset and applies any option flags on top of it.

            Examples:
              echo 'أَحْمَدُ ﻻ ٢٠٢٤' | arabic-text normalize                 # search preset: احمد لا 2024
              arabic-text normalize article.txt --preset display
              arabic-text normalize article.txt --preset search --no-unify-alef --digits keep
            """
    )

    enum Preset: String, ExpressibleByArgument, CaseIterable {
        case search, display, extraction, none
    }

    enum Digits: String, ExpressibleByArgument, CaseIterable {
        case keep, ascii
        case arabicIndic = "arabic-indic"
        case extendedArabicIndic = "extended-arabic-indic"
    }

    enum Spaces: String, ExpressibleByArgument, CaseIterable {
        case keep, unify, collapse
    }

    @Argument(help: "A UTF-8 text file, or - for standard input.")
    var file: String?

    @Option(help: "Options to start from.")
    var preset: Preset = .search

    @Flag(inversion: .prefixedNo, help: "Remove tashkeel (U+064B–U+065F, U+0670); hamza is never touched.")
    var stripTashkeel: Bool?
    @Flag(inversion: .prefixedNo, help: "Remove Quranic annotation marks.")
    var stripQuranicMarks: Bool?
    @Flag(inversion: .prefixedNo, help: "Remove tatweel (ـ).")
    var stripTatweel: Bool?
    @Flag(inversion: .prefixedNo, help: "Write أ إ آ ٱ as ا.")
    var unifyAlef: Bool?
    @Flag(inversion: .prefixedNo, help: "Write ى as ي.")
    var alefMaksuraToYa: Bool?
    @Flag(inversion: .prefixedNo, help: "Write ة as ه.")
    var taMarbutaToHa: Bool?
    @Flag(inversion: .prefixedNo, help: "Write ؤ as و and ئ as ي.")
    var foldHamzaCarriers: Bool?
    @Flag(inversion: .prefixedNo, help: "Write Persian and Urdu letters (ک ی ہ ۀ …) as Arabic ones.")
    var foldPersianLetters: Bool?
    @Flag(inversion: .prefixedNo, help: "Map ٫ ٬ ٪ between digits to . , %.")
    var numberPunctuation: Bool?
    @Flag(inversion: .prefixedNo, help: "Apply ICU NFKC to presentation forms and ligatures (ﻻ ﷲ ﷺ).")
    var compatibilityForms: Bool?
    @Flag(inversion: .prefixedNo, help: "Remove bidi and zero-width controls.")
    var removeControls: Bool?
    @Option(help: "Digits: keep, ascii, arabic-indic (٠-٩) or extended-arabic-indic (۰-۹).")
    var digits: Digits?
    @Option(help: "Spaces: keep, unify (NBSP and others → space) or collapse (and runs → one).")
    var spaces: Spaces?
    @Flag(help: "Replace bytes that are not UTF-8 instead of failing.")
    var lossy = false

    func options() -> NormalizationOptions {
        var options: NormalizationOptions
        switch preset {
        case .search: options = .search
        case .display: options = .display
        case .extraction: options = .extraction
        case .none: options = NormalizationOptions()
        }
        if let stripTashkeel { options.stripTashkeel = stripTashkeel }
        if let stripQuranicMarks { options.stripQuranicMarks = stripQuranicMarks }
        if let stripTatweel { options.stripTatweel = stripTatweel }
        if let unifyAlef { options.unifyAlef = unifyAlef }
        if let alefMaksuraToYa { options.alefMaksuraToYa = alefMaksuraToYa }
        if let taMarbutaToHa { options.taMarbutaToHa = taMarbutaToHa }
        if let foldHamzaCarriers { options.foldHamzaCarriers = foldHamzaCarriers }
        if let foldPersianLetters { options.foldPersianLetters = foldPersianLetters }
        if let numberPunctuation { options.numberPunctuation = numberPunctuation }
        if let compatibilityForms { options.compatibilityForms = compatibilityForms }
        if let removeControls { options.removeControls = removeControls }
        switch digits {
        case .keep: options.digits = .keep
        case .ascii: options.digits = .ascii
        case .arabicIndic: options.digits = .arabicIndic
        case .extendedArabicIndic: options.digits = .extendedArabicIndic
        case nil: break
        }
        switch spaces {
        case .keep: options.spaces = .keep
        case .unify: options.spaces = .unify
        case .collapse: options.spaces = .unifyAndCollapse
        case nil: break
        }
        return options
    }

    func run() throws {
        let normalizer = ArabicNormalizer(options: options())
        var reader = LineReader(source: try InputSource(path: file), lossy: lossy)
        let output = OutputWriter()
        while let line = try reader.next() {
            output.write(normalizer.normalizedString(line))
            if reader.lastTerminatorLength > 0 { output.write("\n") }
        }
        output.flush()
        reportReplacements(reader.replacements)
    }
}

/// Tells on standard error how many invalid byte sequences `--lossy` replaced.
func reportReplacements(_ count: Int) {
    if count > 0 {
        printError("arabic-text: replaced \(count) invalid UTF-8 sequence\(count == 1 ? "" : "s") with U+FFFD")
    }
}
