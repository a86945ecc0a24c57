/// Normalises Arabic text for search, display or extraction, keeping a map back to the
/// original.
///
/// An immutable, `Sendable` value built once from ``NormalizationOptions``; share it freely
/// across tasks. Text is processed in one pass over its UTF-8 bytes; only the runs that need
/// compatibility mapping go through ICU (`unorm2_normalize`, NFKC).
///
/// ```swift
/// let normalizer = ArabicNormalizer.search
/// normalizer.normalizedString("إِلَى الْمَدْرَسَةِ ٢٠٢٦")   // "الي المدرسه 2026"
///
/// let result = normalizer.normalize("ذَهَبَ أحمدُ")
/// result.text                                            // "ذهب احمد"
/// result.originalScalarRange(fromNormalizedUTF8: 7..<15) // 7..<12: "أحمدُ"
/// ```
///
/// Normalising twice gives the same text as normalising once, for every option set.
public struct ArabicNormalizer: Sendable {
    /// The operations this normaliser applies.
    ///
    /// ```swift
    /// ArabicNormalizer.display.options.stripTashkeel   // false: "مَرْحَبًا" keeps its tashkeel
    /// ```
    public let options: NormalizationOptions
    let rules: ScalarRules

    /// Creates a normaliser; the ``NormalizationOptions/search`` preset by default.
    ///
    /// ```swift
    /// let n = ArabicNormalizer(options: NormalizationOptions(stripTatweel: true))
    /// n.normalizedString("جمـــيل")   // "جميل"
    /// ```
    public init(options: NormalizationOptions = .search) {
        self.options = options
        self.rules = ScalarRules(options: options)
    }

    /// The ``NormalizationOptions/search`` preset: aggressive folding for search and indexing.
    ///
    /// ```swift
    /// ArabicNormalizer.search.normalizedString("إِلَى  مؤتمر")   // "الي مؤتمر"
    /// ```
    public static let search = ArabicNormalizer(options: .search)
    /// The ``NormalizationOptions/display`` preset: removes only what no reader sees.
    ///
    /// ```swift
    /// ArabicNormalizer.display.normalizedString("\u{200F}مَرْحَبًا\u{00A0}بكم")   // "مَرْحَبًا بكم"
    /// ```
    public static let display = ArabicNormalizer(options: .display)
    /// The ``NormalizationOptions/extraction`` preset: what the extractors match on.
    ///
    /// ```swift
    /// ArabicNormalizer.extraction.normalizedString("مؤتمر يَوْمَ  ٢٨")   // "مؤتمر يوم  28"
    /// ```
    public static let extraction = ArabicNormalizer(options: .extraction)

    /// Normalises `text` and records the offset map back to it.
    ///
    /// ```swift
    /// let r = ArabicNormalizer.search.normalize("كَتَبَ")
    /// r.text                                             // "كتب"
    /// r.originalUTF8Range(fromNormalizedUTF8: 4..<6)     // 8..<12: "بَ"
    /// ```
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func normalize(_ text: String) -> NormalizedText {
        if rules.isIdentity {
            return NormalizedText(
                original: text, text: text, offsetMap: OffsetMap(identityUTF8Count: text.utf8.count))
        }
        if let (normalized, map) = text.utf8.withContiguousStorageIfAvailable({ run($0, mode: RecordMap.self) }) {
            return NormalizedText(original: text, text: normalized, offsetMap: map!)
        }
        // A bridged or foreign string: its contiguous copy becomes the original.
        var source = text
        let (normalized, map) = source.withUTF8 { run($0, mode: RecordMap.self) }
        return NormalizedText(original: source, text: normalized, offsetMap: map!)
    }

    /// Normalises `text` without recording an offset map (faster).
    ///
    /// ```swift
    /// ArabicNormalizer.search.normalizedString("ﷺ")   // "صلي الله عليه وسلم"
    /// ```
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func normalizedString(_ text: String) -> String {
        if rules.isIdentity { return text }
        if let normalized = text.utf8.withContiguousStorageIfAvailable({ run($0, mode: SkipMap.self).text }) {
            return normalized
        }
        var source = text
        return source.withUTF8 { run($0, mode: SkipMap.self).text }
    }

    /// Inputs up to this many UTF-8 bytes start in a stack buffer of at most
    /// ``stackBufferLimit`` bytes (Swift checks the stack's room, slowly, for larger ones); an
    /// output that outgrows it moves to the heap once. Most lines of vocalised text fit: their
    /// output is about 60 % of their input.
    private static let stackLimit = 1536
    private static let stackBufferLimit = 1024

    private func run<M: MapMode>(
        _ bytes: UnsafeBufferPointer<UInt8>, mode: M.Type
    ) -> (text: String, map: OffsetMap?) {
        if M.records {
            precondition(bytes.count <= OffsetMap.maximumOriginalUTF8Count, "text too large (2 GiB maximum)")
        }
        guard !bytes.isEmpty else {
            return ("", M.records ? OffsetMap(identityUTF8Count: 0) : nil)
        }
        if bytes.count <= Self.stackLimit {
            let capacity = min(2 * bytes.count + 24, Self.stackBufferLimit)
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { scratch in
                run(bytes, output: OutputBuffer(scratch: scratch), mode: M.self)
            }
        }
        return run(bytes, output: OutputBuffer(capacity: bytes.count + bytes.count / 8 + 16), mode: M.self)
    }

    private func run<M: MapMode>(
        _ bytes: UnsafeBufferPointer<UInt8>, output: OutputBuffer, mode: M.Type
    ) -> (text: String, map: OffsetMap?) {
        let base = bytes.baseAddress!
        var engine = NormalizationEngine(
            rules: rules, output: output,
            map: M.records
                ? OffsetMapBuilder(
                    // Room for one chunk's worst case on top of the typical count (an entry per
                    // letter of fully vocalised text), so most texts never grow the map.
                    expectedEntries: bytes.count / 4 + min(bytes.count, NormalizationEngine.chunkSize) + 16)
                : nil)
        if rules.collapseSpaces {
            engine.process(base, from: 0, to: bytes.count, tail: nil, mode: M.self, collapse: CollapseSpaces.self)
        } else {
            engine.process(base, from: 0, to: bytes.count, tail: nil, mode: M.self, collapse: KeepSpaces.self)
        }
        return engine.finish(originalCount: bytes.count)
    }
}
