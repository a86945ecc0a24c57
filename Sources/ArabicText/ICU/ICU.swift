import CArabicICU

/// An error reported by the system ICU, wrapping its `UErrorCode` value.
///
/// ```swift
/// let error = ICUError(code: 15)
/// print(error)   // U_BUFFER_OVERFLOW_ERROR (15)
///
/// // Rules ICU cannot parse: a set of Arabic letters with no closing `]`.
/// do { _ = try ICUTransliterationNormalizer(rules: "[أإآ > ا ;") }
/// catch { print(error.icu) }   // U_MALFORMED_SET (65538)
/// ```
public struct ICUError: Error, Sendable, Hashable, CustomStringConvertible {
    /// ICU's `UErrorCode` value (positive values are failures).
    ///
    /// `65555` (`U_UNQUOTED_SPECIAL`) for the rules `ة > ه ;\nى > ي ;\nک > ك ; [`.
    public let code: Int32

    /// Wraps an ICU status code.
    ///
    /// ```swift
    /// ICUError(code: 65538)   // U_MALFORMED_SET (65538): what the rules "[أإآ > ا ;" (no `]`) raise
    /// ```
    public init(code: Int32) {
        self.code = code
    }

    /// ICU's symbolic name of the code, from `u_errorName`, e.g. `"U_ILLEGAL_ARGUMENT_ERROR"`.
    ///
    /// ```swift
    /// ICUError(code: 65555).name   // "U_UNQUOTED_SPECIAL": an unquoted `[` in rules such as "ک > ك ; ["
    /// ```
    public var name: String {
        String(cString: atx_error_name(code))
    }

    /// A readable message naming the ICU status.
    ///
    /// ```swift
    /// "\(ICUError(code: 65555))"   // "U_UNQUOTED_SPECIAL (65555)": an unquoted `[` in rules such as "ک > ك ; ["
    /// ```
    public var description: String {
        "\(name) (\(code))"
    }
}

/// The only Swift entry point to the ICU shim for normalisation; everything else in the
/// module goes through these functions.
enum ICU {
    /// NFKC of UTF-16 text, through `unorm2_getNFKCInstance` + `unorm2_normalize`.
    ///
    /// ```swift
    /// ICU.nfkc(Array("\u{FEFB}".utf16))   // "لا" as UTF-16: [0x0644, 0x0627]
    /// ```
    /// - Complexity: O(n) in the length of `source`.
    static func nfkc(_ source: [UInt16]) throws(ICUError) -> [UInt16] {
        var capacity = source.count * 4 + 16
        while true {
            var status = ATX_U_ZERO_ERROR
            var needed: Int32 = 0
            let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
                needed = source.withUnsafeBufferPointer { src in
                    atx_nfkc_normalize(
                        src.baseAddress, Int32(src.count),
                        buffer.baseAddress, Int32(buffer.count), &status)
                }
                count = atx_failure(status) ? 0 : Int(needed)
            }
            if status == ATX_U_BUFFER_OVERFLOW_ERROR {
                capacity = Int(needed) + 16
                continue
            }
            if atx_failure(status) {
                throw ICUError(code: status)
            }
            return result
        }
    }

    /// Which code points NFKC changes beyond canonical normalisation, asked of ICU once.
    struct CompatibilityTables: Sendable {
        /// Bit `c` set: the NFKD of `c` differs from its NFD (`unorm2_getDecomposition` on the
        /// NFKC instance vs the NFC instance). Covers U+0000–U+1FFFF.
        let needsCompatibility: [UInt64]
        /// Bit `c` set: NFKC may combine `c` with the preceding character
        /// (`!unorm2_hasBoundaryBefore` on the NFKC instance). Covers U+0000–U+1FFFF.
        let noBoundaryBefore: [UInt64]
        /// `nil` when ICU failed to answer (then no text is NFKC-mapped).
        let error: ICUError?

        static let limit: UInt32 = UInt32(ATX_COMPAT_BITSET_WORDS) * 64
    }

    /// Built once on first use (`atx_fill_compatibility_bitsets`); immutable afterwards.
    static let compatibilityTables: CompatibilityTables = {
        let words = Int(ATX_COMPAT_BITSET_WORDS)
        var compat = [UInt64](repeating: 0, count: words)
        var boundary = [UInt64](repeating: 0, count: words)
        var status = ATX_U_ZERO_ERROR
        compat.withUnsafeMutableBufferPointer { c in
            boundary.withUnsafeMutableBufferPointer { b in
                if let cBase = c.baseAddress, let bBase = b.baseAddress {
                    atx_fill_compatibility_bitsets(cBase, bBase, Int32(words), &status)
                }
            }
        }
        if atx_failure(status) {
            return CompatibilityTables(
                needsCompatibility: [UInt64](repeating: 0, count: words),
                noBoundaryBefore: [UInt64](repeating: 0, count: words),
                error: ICUError(code: status))
        }
        return CompatibilityTables(needsCompatibility: compat, noBoundaryBefore: boundary, error: nil)
    }()
}

/// A compiled ICU transliterator (`utrans_openU`); one per task, not shareable.
final class ICUTransliterator {
    private let handle: OpaquePointer

    /// Compiles ICU transliteration rules (`utrans_openU`, forward direction).
    init(id: String, rules: String) throws(ICUTransliterationRuleError) {
        // A trailing NUL keeps both buffers non-empty (lengths exclude it).
        let idUnits = Array(id.utf16) + [0]
        let ruleUnits = Array(rules.utf16) + [0]
        var status = ATX_U_ZERO_ERROR
        var line: Int32 = 0
        var offset: Int32 = 0
        let opened = idUnits.withUnsafeBufferPointer { idBuffer -> OpaquePointer? in
            ruleUnits.withUnsafeBufferPointer { ruleBuffer -> OpaquePointer? in
                guard let idBase = idBuffer.baseAddress, let ruleBase = ruleBuffer.baseAddress else {
                    return nil
                }
                return atx_transliterator_open_rules(
                    idBase, Int32(idBuffer.count - 1), ruleBase, Int32(ruleBuffer.count - 1),
                    &line, &offset, &status)
            }
        }
        guard let opened, !atx_failure(status) else {
            throw ICUTransliterationRuleError(
                icu: ICUError(code: status), line: Int(line), offset: Int(offset))
        }
        handle = opened
    }

    deinit {
        atx_transliterator_close(handle)
    }

    /// Transliterates UTF-16 text (`utrans_transUChars`).
    /// - Complexity: ICU's; roughly quadratic in the length when it deletes — keep chunks small.
    func transliterate(_ source: [UInt16]) throws(ICUError) -> [UInt16] {
        var capacity = source.count * 2 + 16
        while true {
            var buffer = [UInt16](repeating: 0, count: capacity)
            for (k, unit) in source.enumerated() { buffer[k] = unit }
            var length = Int32(source.count)
            var status = ATX_U_ZERO_ERROR
            buffer.withUnsafeMutableBufferPointer { b in
                if let base = b.baseAddress {
                    atx_transliterator_transliterate(handle, base, &length, Int32(b.count), &status)
                }
            }
            if status == ATX_U_BUFFER_OVERFLOW_ERROR || (!atx_failure(status) && Int(length) > capacity) {
                capacity = max(capacity * 2, Int(length) + 16)
                continue
            }
            if atx_failure(status) {
                throw ICUError(code: status)
            }
            buffer.removeSubrange(Int(length)...)
            return buffer
        }
    }
}

/// A syntax error in ICU transliteration rules, with its position.
///
/// ```swift
/// do {
///     _ = try ICUTransliterationNormalizer(rules: "ة > ه ;\nى > ي ;\nک > ك ; [")
/// } catch {
///     print(error)   // invalid transliteration rules: U_UNQUOTED_SPECIAL (65555) at line 0, offset 24
/// }
/// ```
public struct ICUTransliterationRuleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// ICU's status code: `U_UNQUOTED_SPECIAL (65555)` for the rules `ک > ك ; [`.
    public let icu: ICUError
    /// The line field of ICU's `UParseError` (0 when unknown).
    ///
    /// ICU's transliterator parser does not count lines and leaves it 0: the rules
    /// `ة > ه ;\nى > ي ;\nک > ك ; [`, wrong on their third line, give `0`. Use ``offset``.
    public let line: Int
    /// Where ICU stopped, in UTF-16 code units from the start of the whole rule source (not of a line).
    ///
    /// ICU points at the start of the rule it rejected: `24` (the `[`) for
    /// `ة > ه ;\nى > ي ;\nک > ك ; [`, `0` for `ة > ه\nى > ي ;` (the first rule lacks its `;`).
    public let offset: Int

    /// A readable message with the rule line and offset where ICU stopped.
    ///
    /// `"invalid transliteration rules: U_UNQUOTED_SPECIAL (65555) at line 0, offset 24"` for
    /// the rules `ة > ه ;\nى > ي ;\nک > ك ; [`.
    public var description: String {
        "invalid transliteration rules: \(icu) at line \(line), offset \(offset)"
    }
}
