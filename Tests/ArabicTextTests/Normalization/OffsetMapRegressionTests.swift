import Testing
@testable import ArabicText

/// Inputs the fuzzer found, kept as regression cases.
struct OffsetMapRegressionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let bytes: [UInt8]
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        // A presentation-form sukun (U+FE7F) whose NFKC output (space + sukun) is deleted entirely.
        Case(id: "NFKC run that normalises to nothing", bytes: [0x38, 0x30, 0x30, 0x6A, 0x20, 0xEF, 0xB9, 0xBF, 0xD9, 0x88, 0xD8, 0xB2]),
        Case(id: "the same run at the very start", bytes: [0xEF, 0xB9, 0xBF, 0xD9, 0x88, 0xD8, 0xB2]),
        Case(id: "two such runs in a row", bytes: [0xD9, 0x88, 0x20, 0xEF, 0xB9, 0xBF, 0xEF, 0xB9, 0xBF, 0xD8, 0xB2]),
    ]

    @Test(arguments: cases, [NormalizationOptions.search, .extraction, .display])
    func everyNormalisedScalarMapsOntoWholeOriginalScalars(_ c: Case, options: NormalizationOptions) {
        let original = String(decoding: c.bytes, as: UTF8.self)
        let result = ArabicNormalizer(options: options).normalize(original)
        let originalBytes = Array(original.utf8)
        let normalizedBytes = Array(result.text.utf8)
        var previousUpper = 0
        var offset = 0
        while offset < normalizedBytes.count {
            var length = 1
            while offset + length < normalizedBytes.count && normalizedBytes[offset + length] & 0xC0 == 0x80 { length += 1 }
            let range = result.originalUTF8Range(fromNormalizedUTF8: offset..<(offset + length))
            #expect(range.lowerBound >= 0 && range.upperBound <= originalBytes.count)
            #expect(range.lowerBound >= previousUpper || range.upperBound == previousUpper, "the map goes backwards at \(offset)")
            // Both ends fall on scalar boundaries of the original.
            for bound in [range.lowerBound, range.upperBound] where bound < originalBytes.count {
                #expect(originalBytes[bound] & 0xC0 != 0x80, "offset \(offset) maps into a scalar: \(range)")
            }
            // The normalised scalar comes from the original slice: normalising the slice gives it back.
            let slice = String(decoding: originalBytes[range], as: UTF8.self)
            let scalar = String(decoding: normalizedBytes[offset..<(offset + length)], as: UTF8.self)
            #expect(ArabicNormalizer(options: options).normalizedString(slice).contains(scalar) || scalar == " ")
            previousUpper = range.upperBound
            offset += length
        }
    }
}
