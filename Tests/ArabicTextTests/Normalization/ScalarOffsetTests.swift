import ArabicText
import Testing

/// UTF-8 → Unicode-scalar offsets of the original text, against a count of the scalars, at
/// every byte offset: short texts (scanned from the start) and long ones (indexed every 256
/// bytes, scanned eight bytes at a time).
@Suite("Scalar offsets")
struct ScalarOffsetTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let id: String
        let text: String
        var testDescription: String { "\(id) (\(text.utf8.count) bytes)" }
    }

    /// A text of `count` scalars cycling through 1-, 2-, 3- and 4-byte ones in `pattern`.
    static func text(_ pattern: String, scalars count: Int) -> String {
        let scalars = Array(pattern.unicodeScalars)
        var view = String.UnicodeScalarView()
        for k in 0..<count { view.append(scalars[k % scalars.count]) }
        return String(view)
    }

    static let cases: [Case] = [
        .init(id: "empty", text: ""),
        .init(id: "one letter", text: "ب"),
        .init(id: "vocalised word", text: "كَتَبَ"),
        .init(id: "seven ASCII bytes", text: "abc def"),
        .init(id: "mixed widths, short", text: "a ب € 😀 ٣"),
        .init(id: "Arabic at the index limit", text: text("بَيت ", scalars: 512)),
        .init(id: "Arabic above the index limit", text: text("بَيت ", scalars: 700)),
        .init(id: "all widths, several blocks", text: text("aب€😀ِ ", scalars: 1500)),
        .init(id: "ASCII, many blocks", text: text("lorem ipsum ", scalars: 5000)),
        .init(id: "Arabic, more than one batch", text: text("ذَهَبَ إِلَى المَدْرَسَةِ، ", scalars: 3000)),
    ]

    @Test(arguments: cases)
    func everyByteOffset(_ c: Case) {
        let result = ArabicNormalizer.search.normalize(c.text)
        let bytes = Array(c.text.utf8)
        var expected = 0  // scalars starting before offset
        for offset in 0...bytes.count {
            #expect(result.originalScalarOffset(fromOriginalUTF8: offset) == expected, "offset \(offset)")
            if offset < bytes.count, bytes[offset] & 0xC0 != 0x80 { expected += 1 }
        }
        #expect(expected == c.text.unicodeScalars.count)
    }

    /// A long text's block counts are computed by whichever task asks first; every task sees
    /// the same offsets.
    @Test func oneResultSharedByConcurrentTasks() async {
        let text = Self.text("ذَهَبَ إِلَى المَدْرَسَةِ، aب€😀 ", scalars: 4000)
        let result = ArabicNormalizer.search.normalize(text)
        let bytes = Array(text.utf8)
        // reference[k] = scalars starting before byte k (one inside a scalar counts it).
        var counts: [Int] = [0]
        for byte in bytes { counts.append(counts.last! + (byte & 0xC0 != 0x80 ? 1 : 0)) }
        let reference = counts
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var wrong = 0
                    for offset in stride(from: bytes.count - task, through: 0, by: -7)
                    where result.originalScalarOffset(fromOriginalUTF8: offset) != reference[offset] {
                        wrong += 1
                    }
                    return wrong
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}
