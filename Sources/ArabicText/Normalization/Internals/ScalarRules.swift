/// Per-scalar actions of a normaliser, packed in a `UInt32` so the hot loop can apply the
/// common ones (keep, replace, delete) without branching:
///
/// - bits 0–1: number of UTF-8 bytes written (0 = delete, 1 or 2: every table output and
///   every replacement is < U+0800, a kept scalar is "replaced by itself");
/// - bit 2: `contextual` — depends on neighbours (Farsi yeh, number punctuation, combining
///   hamza), resolved at run time into a plain entry;
/// - bit 3: `compat` — starts a run for ICU NFKC;
/// - bit 4: `copySource` — keep the scalar's own bytes (3- and 4-byte scalars);
/// - bit 5: `deletes` — the entry writes nothing (set on table entries of deleted
///   scalars); bit 6: the output is a space that collapses with a preceding one
///   (`.unifyAndCollapse` only);
/// - bit 7: `compose` (run-time only) — rewrite the previous kept scalar's output instead;
/// - bits 8–15 and 16–23: the UTF-8 bytes written;
/// - bit 24: `slow` — in the fast table, a lead byte the fast path does not decode (3- and
///   4-byte scalars).
enum Action {
    static let delete: UInt32 = 0
    static let lengthMask: UInt32 = 3
    static let contextual: UInt32 = 1 << 2
    static let compat: UInt32 = 1 << 3
    static let copySource: UInt32 = 1 << 4
    static let deletesFlag: UInt32 = 1 << 5
    static let collapsibleSpaceFlag: UInt32 = 1 << 6
    static let compose: UInt32 = 1 << 7
    static let slow: UInt32 = 1 << 24
    /// Fast-table entries only: bit 31 says the scalar is deleted or written with another
    /// length than it had, so the offset map starts a segment after it.
    static let changedShift: UInt32 = 31
    /// Entries that leave the branch-free path.
    static let specialMask: UInt32 = contextual | compat | copySource | slow

    /// An entry writing `scalar` (< U+0800) as UTF-8.
    @inline(__always)
    static func writing(_ scalar: UInt32, flags: UInt32 = 0) -> UInt32 {
        if scalar < 0x80 {
            return 1 | flags | (scalar << 8)
        }
        let b0 = 0xC0 | (scalar >> 6)
        let b1 = 0x80 | (scalar & 0x3F)
        return 2 | flags | (b0 << 8) | (b1 << 16)
    }

    /// The scalar a `writing` entry writes.
    @inline(__always)
    static func scalar(of e: UInt32) -> UInt32 {
        let b0 = (e >> 8) & 0xFF
        if e & lengthMask == 1 { return b0 }
        return ((b0 & 0x1F) << 6) | ((e >> 16) & 0x3F)
    }

    /// Whether the entry deletes its scalar (context-free).
    @inline(__always)
    static func deletes(_ e: UInt32) -> Bool {
        e & (lengthMask | specialMask) == 0
    }

    /// `e` with ``deletesFlag`` set when it deletes.
    static func flagged(_ e: UInt32) -> UInt32 {
        deletes(e) ? e | deletesFlag : e
    }
}

/// Unicode facts the normaliser needs, as plain predicates.
enum ArabicScalars {
    static let zeroWidthSpace: UInt32 = 0x200B
    static let zeroWidthNonJoiner: UInt32 = 0x200C
    static let zeroWidthJoiner: UInt32 = 0x200D
    static let arabicLetterMark: UInt32 = 0x061C
    static let byteOrderMark: UInt32 = 0xFEFF
    static let softHyphen: UInt32 = 0x00AD
    static let noBreakSpace: UInt32 = 0x00A0
    static let tatweel: UInt32 = 0x0640
    static let farsiYeh: UInt32 = 0x06CC
    static let alefMaksura: UInt32 = 0x0649
    static let yeh: UInt32 = 0x064A
    static let maddahAbove: UInt32 = 0x0653
    static let hamzaAbove: UInt32 = 0x0654
    static let hamzaBelow: UInt32 = 0x0655
    static let arabicPercent: UInt32 = 0x066A
    static let arabicDecimalSeparator: UInt32 = 0x066B
    static let arabicThousandsSeparator: UInt32 = 0x066C

    /// The invisible format controls `removeControls` deletes.
    @inline(__always)
    static func isControl(_ c: UInt32) -> Bool {
        switch c {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, arabicLetterMark, byteOrderMark,
            softHyphen:
            return true
        default:
            return false
        }
    }

    /// TAB and the space separators (general category Zs).
    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool {
        switch c {
        case 0x20, 0x09, noBreakSpace, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Value of an ASCII, Arabic-Indic or Extended Arabic-Indic digit.
    @inline(__always)
    static func digitValue(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x0660...0x0669: return c - 0x0660
        case 0x06F0...0x06F9: return c - 0x06F0
        default: return nil
        }
    }

    /// Letters a preceding Farsi yeh joins to (so it is not word-final): Arabic-script letters
    /// (hamza included), presentation forms of letters, tatweel and ZWJ.
    static func continuesWord(_ c: UInt32) -> Bool {
        switch c {
        case 0x0620...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE...0x06EF,
            0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x08A0...0x08C9, 0xFB50...0xFDFF,
            0xFE80...0xFEFC, tatweel, zeroWidthJoiner:
            return true
        default:
            return false
        }
    }

    /// Arabic combining marks (tashkeel, superscript alef, Quranic annotation marks): they
    /// never change whether a letter joins the next one.
    static func isArabicMark(_ c: UInt32) -> Bool {
        switch c {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7,
            0x06E8, 0x06EA...0x06ED:
            return true
        default:
            return false
        }
    }

    /// NFC composition of an Arabic letter with a following maddah/hamza mark.
    static func composed(_ base: UInt32, _ mark: UInt32) -> UInt32? {
        switch (base, mark) {
        case (0x0627, maddahAbove): return 0x0622
        case (0x0627, hamzaAbove): return 0x0623
        case (0x0627, hamzaBelow): return 0x0625
        case (0x0648, hamzaAbove): return 0x0624
        case (0x064A, hamzaAbove): return 0x0626
        case (0x06D5, hamzaAbove): return 0x06C0
        case (0x06C1, hamzaAbove): return 0x06C2
        case (0x06D2, hamzaAbove): return 0x06D3
        default: return nil
        }
    }
}

/// The compiled form of a `NormalizationOptions`: a lookup table for U+0000–U+07FF (1- and
/// 2-byte UTF-8, which covers ASCII and the Arabic blocks) and a classifier for the rest.
/// Immutable; a class so that a normalisation call retains it once.
final class ScalarRules: Sendable {
    let classifier: ScalarClassifier
    /// `Action` entries for U+0000–U+07FF.
    let table: [UInt32]
    /// `Action` entries indexed by the first two bytes of a scalar read as one little-endian
    /// `UInt16` and masked with ``fastIndexMask`` — `(next & 0x3F) << 8 | lead` — so the hot
    /// loop finds 1- and 2-byte scalars without decoding them: an ASCII lead's column repeats
    /// its entry, a 2-byte lead's column holds its 64 scalars, other leads are `slow`. 64 KiB.
    var fastTable: UnsafePointer<UInt32> { UnsafePointer(fastEntries.base) }
    private let fastEntries: FastEntries

    /// Keeps the lead byte and the payload of the byte after it.
    static let fastIndexMask = 0x3FFF
    static let fastTableSize = 256 * 64

    /// The fast table's memory: allocated once, written in `init`, read-only afterwards and
    /// freed with the rules — so a normalisation reads it without a closure or a retain.
    private struct FastEntries: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt32>
    }

    static let tableSize = 0x800

    init(options: NormalizationOptions) {
        let classifier = ScalarClassifier(options: options)
        self.classifier = classifier
        let table = (0..<UInt32(Self.tableSize)).map { Action.flagged(classifier.classify($0)) }
        self.table = table
        let fast = UnsafeMutablePointer<UInt32>.allocate(capacity: Self.fastTableSize)
        fast.initialize(repeating: Action.slow, count: Self.fastTableSize)
        for lead in 0..<256 {
            for low in 0..<64 {
                let e: UInt32
                switch lead {
                case 0..<0x80:
                    // An ASCII scalar written as 2 bytes (a digit or `.` `,` `%` towards an
                    // Arabic-Indic block) is an atomic unit of the map: the slow way.
                    let entry = table[lead]
                    e = entry & Action.lengthMask > 1 ? entry | Action.slow : entry
                case 0xC2..<0xE0:
                    // 2-byte collapsible spaces (NBSP) go the slow way: the hot loop's
                    // 2-byte runs do not collapse.
                    let entry = table[((lead & 0x1F) << 6) | low]
                    e = entry & Action.collapsibleSpaceFlag != 0 ? entry | Action.slow : entry
                default:
                    e = Action.slow
                }
                let length = lead < 0x80 ? 1 : 2
                let written = Int(e & Action.lengthMask)
                fast[low << 8 | lead] = e | (written != length ? 1 << Action.changedShift : 0)
            }
        }
        fastEntries = FastEntries(base: fast)
    }

    deinit {
        fastEntries.base.deallocate()
    }

    var options: NormalizationOptions { classifier.options }
    var collapseSpaces: Bool { classifier.collapseSpaces }
    var isIdentity: Bool { classifier.isIdentity }

    /// The action for any scalar.
    @inline(__always)
    func entry(_ c: UInt32) -> UInt32 {
        c < 0x800 ? table[Int(c)] : classifier.classify(c)
    }

    @inline(__always)
    func hasNoBoundaryBefore(_ c: UInt32) -> Bool { classifier.hasNoBoundaryBefore(c) }
}

/// Decides the context-free action of each scalar under some options.
struct ScalarClassifier: Sendable {
    let options: NormalizationOptions
    let collapseSpaces: Bool
    /// Arabic → ASCII number punctuation (digits `.keep`/`.ascii`).
    let forwardPunctuation: Bool
    /// ASCII → Arabic number punctuation (digits in an Arabic-Indic block).
    let reversePunctuation: Bool
    /// The scalar of digit zero in the target block, if digits are converted.
    let digitZero: UInt32?
    /// ICU's tables, when `compatibilityForms` is on.
    let compatibility: ICU.CompatibilityTables?
    /// Whether the options change nothing at all.
    let isIdentity: Bool

    init(options: NormalizationOptions) {
        self.options = options
        collapseSpaces = options.spaces == .unifyAndCollapse
        switch options.digits {
        case .keep: digitZero = nil
        case .ascii: digitZero = 0x30
        case .arabicIndic: digitZero = 0x0660
        case .extendedArabicIndic: digitZero = 0x06F0
        }
        let arabicTarget = options.digits == .arabicIndic || options.digits == .extendedArabicIndic
        forwardPunctuation = options.numberPunctuation && !arabicTarget
        reversePunctuation = options.numberPunctuation && arabicTarget
        compatibility = options.compatibilityForms ? ICU.compatibilityTables : nil
        isIdentity = options == NormalizationOptions()
    }

    /// Whether NFKC may combine `c` with what precedes it.
    @inline(__always)
    func hasNoBoundaryBefore(_ c: UInt32) -> Bool {
        guard let compatibility, c < ICU.CompatibilityTables.limit else { return false }
        return compatibility.noBoundaryBefore[Int(c >> 6)] & (1 << UInt64(c & 63)) != 0
    }

    @inline(__always)
    func needsCompatibility(_ c: UInt32) -> Bool {
        guard let compatibility, c < ICU.CompatibilityTables.limit else { return false }
        return compatibility.needsCompatibility[Int(c >> 6)] & (1 << UInt64(c & 63)) != 0
    }

    /// The context-free letter mappings, chained in their documented order.
    func mapLetter(_ c: UInt32) -> UInt32 {
        var m = c
        if options.foldPersianLetters {
            switch m {
            case 0x06A9, 0x06AA: m = 0x0643
            case ArabicScalars.farsiYeh, 0x06D2: m = ArabicScalars.yeh
            case 0x06D3, 0x0678: m = 0x0626
            case 0x0676: m = 0x0624
            case 0x0675: m = 0x0623
            case 0x06D5, 0x06C1, 0x06C2, 0x06C0, 0x06BE: m = 0x0647
            case 0x06C3: m = 0x0629
            default: break
            }
        }
        if options.unifyAlef {
            switch m {
            case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675: m = 0x0627
            default: break
            }
        }
        if options.alefMaksuraToYa && m == ArabicScalars.alefMaksura {
            m = ArabicScalars.yeh
        }
        if options.taMarbutaToHa && m == 0x0629 {
            m = 0x0647
        }
        if options.foldHamzaCarriers {
            switch m {
            case 0x0624: m = 0x0648
            case 0x0626: m = ArabicScalars.yeh
            default: break
            }
        }
        return m
    }

    /// The context-free action for `c`.
    func classify(_ c: UInt32) -> UInt32 {
        if options.removeControls && ArabicScalars.isControl(c) {
            return Action.delete
        }
        if ArabicScalars.isSpace(c) {
            switch options.spaces {
            case .keep:
                break
            case .unify:
                return Action.writing(0x20)
            case .unifyAndCollapse:
                return Action.writing(0x20, flags: Action.collapsibleSpaceFlag)
            }
        }
        if options.stripTashkeel && ((0x064B...0x065F).contains(c) || c == 0x0670) {
            return (ArabicScalars.maddahAbove...ArabicScalars.hamzaBelow).contains(c)
                ? Action.contextual : Action.delete
        }
        if options.stripQuranicMarks && ((0x0610...0x061A).contains(c) || (0x06D6...0x06ED).contains(c)) {
            return Action.delete
        }
        if options.stripTatweel && c == ArabicScalars.tatweel {
            return Action.delete
        }
        if let value = ArabicScalars.digitValue(c) {
            return Action.writing((digitZero ?? (c - value)) + value)
        }
        if forwardPunctuation {
            switch c {
            case ArabicScalars.arabicDecimalSeparator, ArabicScalars.arabicThousandsSeparator:
                return Action.contextual
            case ArabicScalars.arabicPercent:
                return Action.writing(0x25)
            default: break
            }
        }
        if reversePunctuation && (c == 0x2E || c == 0x2C || c == 0x25) {
            return Action.contextual
        }
        if c == ArabicScalars.farsiYeh && options.foldPersianLetters && !options.alefMaksuraToYa {
            return Action.contextual
        }
        let mapped = mapLetter(c)
        if mapped != c {
            return Action.writing(mapped)
        }
        if needsCompatibility(c) {
            return Action.compat
        }
        return c < 0x800 ? Action.writing(c) : Action.copySource
    }
}
