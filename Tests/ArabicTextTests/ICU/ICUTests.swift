import Foundation
import Testing

@testable import ArabicText

/// The ICU bridge: the shim's calls, its error type, and Foundation's own ICU next to it.
@Suite("ICU bridge")
struct ICUTests {
    @Test("Foundation's locale-aware case mapping still works with system ICU loaded")
    func turkishUppercase() {
        // Load the system ICU first (NFKC through the shim).
        #expect(ArabicNormalizer(options: .init(compatibilityForms: true)).normalizedString("\u{FEFB}") == "لا")
        #expect("istanbul".uppercased(with: Locale(identifier: "tr")) == "İSTANBUL")
        #expect("ISTANBUL".lowercased(with: Locale(identifier: "tr")) == "ıstanbul")
    }

    @Test("NFKC through unorm2_normalize")
    func nfkc() throws {
        let output = try ICU.nfkc(Array("\u{FDFA}".utf16))
        #expect(String(decoding: output, as: UTF16.self) == "صلى الله عليه وسلم")
        #expect(try ICU.nfkc([]) == [])
    }

    struct CompatibilityCase: Sendable, CustomTestStringConvertible {
        let scalar: UInt32
        let needsCompatibility: Bool
        var testDescription: String { "U+" + String(scalar, radix: 16, uppercase: true) }
    }

    static let compatibilityCases: [CompatibilityCase] = [
        .init(scalar: 0xFEFB, needsCompatibility: true),   // ﻻ
        .init(scalar: 0xFDF2, needsCompatibility: true),   // ﷲ
        .init(scalar: 0xFF11, needsCompatibility: true),   // fullwidth 1
        .init(scalar: 0x00A0, needsCompatibility: true),   // no-break space
        .init(scalar: 0x1EE01, needsCompatibility: true),  // Arabic mathematical beh
        .init(scalar: 0x0623, needsCompatibility: false),  // أ: canonical only
        .init(scalar: 0x00E9, needsCompatibility: false),  // é: canonical only
        .init(scalar: 0x0628, needsCompatibility: false),  // ب
        .init(scalar: 0xF900, needsCompatibility: false),  // CJK compatibility ideograph: canonical
    ]

    @Test("ICU's compatibility table", arguments: compatibilityCases)
    func compatibilityTable(_ c: CompatibilityCase) {
        let tables = ICU.compatibilityTables
        #expect(tables.error == nil)
        let bit = tables.needsCompatibility[Int(c.scalar >> 6)] & (1 << UInt64(c.scalar & 63)) != 0
        #expect(bit == c.needsCompatibility)
    }

    @Test("Combining marks have no NFKC boundary before them")
    func boundaries() {
        let tables = ICU.compatibilityTables
        func noBoundary(_ c: UInt32) -> Bool {
            tables.noBoundaryBefore[Int(c >> 6)] & (1 << UInt64(c & 63)) != 0
        }
        #expect(noBoundary(0x064E))
        #expect(noBoundary(0x0654))
        #expect(!noBoundary(0x0628))
        #expect(!noBoundary(0x0020))
    }

    @Test("ICUError names its code")
    func errorNames() {
        #expect(ICUError(code: 15).name == "U_BUFFER_OVERFLOW_ERROR")
        #expect(ICUError(code: 1).description == "U_ILLEGAL_ARGUMENT_ERROR (1)")
        #expect(ICUError(code: 0).name == "U_ZERO_ERROR")
    }
}
