import ArabicText

#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's entry: normalise → tokenise → extract one input and check the invariants.
///
/// Any violated invariant aborts, which libFuzzer records as a crash with the input saved.
///
/// ```
/// $ Scripts/fuzz.sh --runs 100000
/// ```
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    FuzzInvariants.check(text)
    return 0
}

/// The invariants every input must satisfy.
enum FuzzInvariants {
    static let extractor = ArabicExtractor()
    static let reference = CalendarDate(iso: "2025-11-29")

    static func check(_ text: String) {
        for normalizer in [ArabicNormalizer.extraction, ArabicNormalizer.search] {
            checkNormalization(text, normalizer)
        }
        checkTokens(text)
        checkExtraction(text)
    }

    /// Idempotent normalisation; an offset map that is monotonic, in bounds and lands on scalar boundaries.
    static func checkNormalization(_ text: String, _ normalizer: ArabicNormalizer) {
        let normalized = normalizer.normalize(text)
        require(normalized.original == text, "original kept")
        require(normalizer.normalizedString(normalized.text) == normalized.text, "normalising is idempotent")
        let map = normalized.offsetMap
        require(map.normalizedUTF8Count == normalized.text.utf8.count, "normalised length")
        require(map.originalUTF8Count == text.utf8.count, "original length")
        let original = Array(text.utf8)
        var previous = 0
        var offset = 0
        func visit(_ p: Int) {
            let q = map.originalUTF8Offset(fromNormalizedUTF8: p)
            require(q >= previous, "offset map monotonic at \(p): \(q) < \(previous)")
            require(q <= original.count, "offset map in bounds at \(p)")
            require(q == original.count || original[q] & 0xC0 != 0x80, "offset map on a scalar boundary at \(p)")
            previous = q
        }
        for scalar in normalized.text.unicodeScalars {
            visit(offset)
            let width = UTF8.width(scalar)
            // Each normalised scalar comes from a non-empty original range, which maps back over it.
            let back = map.originalUTF8Range(fromNormalizedUTF8: offset..<(offset + width))
            require(!back.isEmpty && back.upperBound <= original.count, "unit of \(offset) is a non-empty original range")
            let forth = map.normalizedUTF8Range(fromOriginalUTF8: back)
            require(forth.lowerBound <= offset && forth.upperBound >= offset + width, "unit of \(offset) maps back over it")
            offset += width
        }
        visit(offset)
        if offset > 0 {
            let range = normalized.originalScalarRange(fromNormalizedUTF8: 0..<offset)
            require(range.lowerBound >= 0 && range.upperBound <= text.unicodeScalars.count, "scalar range in bounds")
        }
    }

    /// Tokens in order, disjoint, non-empty, on scalar boundaries.
    static func checkTokens(_ text: String) {
        let utf8 = Array(text.utf8)
        var previousEnd = 0
        var previousScalarEnd = 0
        for token in Tokenizer().tokens(in: text) {
            let range = token.utf8Range
            require(range.lowerBound >= previousEnd && range.upperBound <= utf8.count && !range.isEmpty, "token range \(range)")
            require(utf8[range.lowerBound] & 0xC0 != 0x80, "token starts on a scalar boundary")
            require(range.upperBound == utf8.count || utf8[range.upperBound] & 0xC0 != 0x80, "token ends on a scalar boundary")
            require(token.scalarRange.lowerBound >= previousScalarEnd, "token scalar ranges ordered")
            require(token.scalarRange.count <= range.count, "token scalar count")
            previousEnd = range.upperBound
            previousScalarEnd = token.scalarRange.upperBound
        }
    }

    /// Spans in bounds, texts equal to the original slices, one type never overlapping, links valid.
    static func checkExtraction(_ text: String) {
        let result = extractor.extract(text, id: "fuzz", referenceDate: reference)
        let scalars = Array(text.unicodeScalars)
        var lastEndByType: [EntityType: Int] = [:]
        var previousStart = 0
        for entity in result.entities {
            require(entity.start >= 0 && entity.start < entity.end && entity.end <= scalars.count, "entity span \(entity.start)..<\(entity.end) of \(scalars.count)")
            require(String(String.UnicodeScalarView(scalars[entity.start..<entity.end])) == entity.text, "entity text is the original slice")
            require(entity.start >= previousStart, "entities sorted by start")
            previousStart = entity.start
            require(entity.start >= lastEndByType[entity.type, default: 0], "\(entity.type) spans overlap")
            lastEndByType[entity.type] = entity.end
        }
        let entities = result.entities
        func isEntity(_ index: Int, _ type: EntityType) -> Bool {
            index >= 0 && index < entities.count && entities[index].type == type
        }
        for link in result.links {
            require(isEntity(link.person, .person), "link person")
            require(link.titles.allSatisfy { isEntity($0, .title) }, "link titles")
            require(link.organization.map { isEntity($0, .organization) } ?? true, "link organisation")
        }
    }

    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() {
            fputs("fuzz invariant failed: \(message())\n", stderr)
            abort()
        }
    }
}
