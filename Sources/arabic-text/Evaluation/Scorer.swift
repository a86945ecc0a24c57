import Foundation

/// Scores predicted entities against gold ones exactly as `Scripts/score.py` does, table included.
///
/// Strict: same type, start and end. Lenient: same type and overlapping spans, each prediction
/// matched once, greedily in gold order. Value: among strict matches whose gold has a `value`,
/// how many predictions carry the same one (a gold object needs only its own keys to be equal).
///
/// ```
/// type            gold  pred  strict P/R/F1       lenient P/R/F1      value
/// organization       9     8  0.88/0.78/0.82      1.00/0.89/0.94      -
/// ALL               37    35  …
/// ```
struct Scorer {
    /// Why scoring could not run.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The counts of one type.
    struct Counts: Sendable {
        var gold = 0, pred = 0, strict = 0, lenient = 0, valued = 0, valueOK = 0

        static func += (lhs: inout Counts, rhs: Counts) {
            lhs.gold += rhs.gold
            lhs.pred += rhs.pred
            lhs.strict += rhs.strict
            lhs.lenient += rhs.lenient
            lhs.valued += rhs.valued
            lhs.valueOK += rhs.valueOK
        }
    }

    /// Precision, recall and F1.
    struct PRF: Sendable {
        var precision: Double, recall: Double, f1: Double

        /// score.py's `prf`: no predictions and no gold is perfect; no gold is full recall.
        init(hits: Int, gold: Int, predicted: Int) {
            precision = predicted > 0 ? Double(hits) / Double(predicted) : (gold == 0 ? 1 : 0)
            recall = gold > 0 ? Double(hits) / Double(gold) : 1
            f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }

        var formatted: String { "\(Scorer.two(precision))/\(Scorer.two(recall))/\(Scorer.two(f1))" }
    }

    /// The outcome: a row per type (in the order scored), the errors and the bars that failed.
    struct Report: Sendable {
        var rows: [(type: String, counts: Counts)]
        var errors: [String]

        /// The lenient F1 of `type`, 0 when it was not scored.
        func lenientF1(_ type: String) -> Double {
            guard let counts = rows.last(where: { $0.type == type })?.counts else { return 0 }
            return PRF(hits: counts.lenient, gold: counts.gold, predicted: counts.pred).f1
        }

        /// The table, the errors (when asked for), one line a row, as score.py prints them.
        var lines: [String] {
            var out = ["type".padded(14) + "gold".leftAligned(6) + "pred".leftAligned(6) + "  " + "strict P/R/F1".padded(20) + "lenient P/R/F1".padded(20) + "value"]
            var total = Counts()
            for row in rows {
                total += row.counts
                out.append(Self.line(row.type, row.counts))
            }
            out.append(Self.line("ALL", total))
            return out + errors
        }

        private static func line(_ name: String, _ c: Counts) -> String {
            let strict = PRF(hits: c.strict, gold: c.gold, predicted: c.pred)
            let lenient = PRF(hits: c.lenient, gold: c.gold, predicted: c.pred)
            let value = c.valued > 0 ? "\(c.valueOK)/\(c.valued)" : "-"
            return name.padded(14) + String(c.gold).leftAligned(6) + String(c.pred).leftAligned(6) + "  "
                + strict.formatted + "      " + lenient.formatted + "      " + value
        }

        /// score.py's `--min-f1` check: the bars not met, as its `below bar:` message parts.
        func failedBars(_ bars: [String]) throws -> [String] {
            try bars.compactMap { bar in
                let parts = bar.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count == 2, let floor = Double(parts[1].trimmingCharacters(in: .whitespaces)) else {
                    throw Failure(description: "invalid --min-f1 '\(bar)': expected TYPE=F, e.g. organization=0.9")
                }
                let type = String(parts[0])
                let f1 = rows.contains(where: { $0.type == type }) ? lenientF1(type) : 0
                return f1 + 1e-9 < floor ? "\(type) lenient F1 \(Scorer.two(f1)) < \(parts[1])" : nil
            }
        }
    }

    /// Types to score, in order; `nil` scores every type the gold has, sorted.
    var types: [String]?
    /// Collect a line for every miss, spurious prediction and wrong value.
    var showErrors = false

    /// Reads a file the way score.py's `load` does: a JSON array, one JSON document, or JSONL.
    static func documents(fromFileText text: String) throws -> [JSONValue] {
        let data = text.pythonStripped
        if data.isEmpty { return [] }
        if data.hasPrefix("[") {
            guard case .array(let items) = try JSONParser.parse(data) else { throw Failure(description: "not a JSON array") }
            return items
        }
        if let single = try? JSONParser.parse(data) { return [single] }
        var documents: [JSONValue] = []
        for (index, line) in data.pythonLines.enumerated() where !line.pythonStripped.isEmpty {
            do {
                documents.append(try JSONParser.parse(line))
            } catch {
                throw Failure(description: "line \(index + 1): \(error)")
            }
        }
        return documents
    }

    /// Scores `predictions` against `gold`; matched by `id` when every document has one, else in order.
    func score(gold: [JSONValue], predictions: [JSONValue]) throws -> Report {
        var predictions = predictions
        if !gold.isEmpty, gold.allSatisfy({ $0.has("id") }), predictions.allSatisfy({ $0.has("id") }) {
            var byID: [IDKey: JSONValue] = [:]
            for prediction in predictions {
                if let id = prediction["id"] { byID[IDKey(id)] = prediction }
            }
            predictions = gold.map { document in
                document["id"].flatMap { byID[IDKey($0)] } ?? .object([("entities", .array([]))])
            }
        }
        guard predictions.count == gold.count else {
            throw Failure(description: "score: \(gold.count) gold documents but \(predictions.count) predictions")
        }
        let goldEntities = try gold.enumerated().map { index, document in
            guard let entities = document["entities"]?.array else {
                throw Failure(description: "gold document \(index) has no \"entities\" list")
            }
            return entities
        }
        let scoredTypes = types ?? Set(goldEntities.joined().compactMap { $0["type"]?.pythonStr }).sorted {
            $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars, by: { $0.value < $1.value })
        }

        var counts: [String: Counts] = [:]
        var errors: [String] = []
        for (docIndex, (document, prediction)) in zip(gold, predictions).enumerated() {
            let text = document["text"]?.string ?? ""
            let textScalars = Array(text.unicodeScalars)
            let predicted = prediction["entities"]?.array ?? []
            for type in scoredTypes {
                let goldOfType = try goldEntities[docIndex].filter { try Self.field($0, "type", of: "gold entity").pythonEquals(.string(type)) }
                let predOfType = predicted.filter { $0["type"]?.pythonEquals(.string(type)) ?? false }
                var c = counts[type] ?? Counts()
                c.gold += goldOfType.count
                c.pred += predOfType.count
                var spans: [SpanKey: JSONValue] = [:]
                for entity in predOfType {
                    spans[SpanKey(start: try Self.offset(entity, "start"), end: try Self.offset(entity, "end"))] = entity
                }
                for entity in goldOfType {
                    let key = SpanKey(start: try Self.offset(entity, "start"), end: try Self.offset(entity, "end"))
                    guard let match = spans[key] else { continue }
                    c.strict += 1
                    guard let goldValue = entity["value"] else { continue }
                    c.valued += 1
                    let predValue = match["value"] ?? .null
                    if Self.valueMatches(goldValue, predValue) {
                        c.valueOK += 1
                    } else if showErrors {
                        errors.append("doc \(docIndex) \(type) value: «\(try Self.field(entity, "text", of: "gold entity").pythonStr)» gold=\(goldValue.pythonStr) pred=\(predValue.pythonStr)")
                    }
                }
                var used = Set<Int>()
                for entity in goldOfType {
                    let start = try Self.offset(entity, "start"), end = try Self.offset(entity, "end")
                    var hit: Int?
                    for (j, candidate) in predOfType.enumerated() where !used.contains(j) {
                        if try Self.offset(candidate, "start") < end, try start < Self.offset(candidate, "end") {
                            hit = j
                            break
                        }
                    }
                    if let hit {
                        used.insert(hit)
                        c.lenient += 1
                    } else if showErrors {
                        errors.append("doc \(docIndex) \(type) missed: «\(try Self.field(entity, "text", of: "gold entity").pythonStr)» at \(entity["start"]?.pythonStr ?? "None")")
                    }
                }
                if showErrors {
                    for (j, candidate) in predOfType.enumerated() where !used.contains(j) {
                        let shown: String
                        if text.isEmpty {
                            shown = (candidate["text"] ?? .null).pythonStr
                        } else {
                            shown = Self.pythonSlice(textScalars, try Self.offset(candidate, "start"), try Self.offset(candidate, "end"))
                        }
                        errors.append("doc \(docIndex) \(type) spurious: «\(shown)» at \(candidate["start"]?.pythonStr ?? "None")")
                    }
                }
                counts[type] = c
            }
        }
        return Report(rows: scoredTypes.map { ($0, counts[$0] ?? Counts()) }, errors: errors)
    }

    /// score.py's `value_matches`: objects by the gold's keys, numbers within 1e-9, the rest equal.
    static func valueMatches(_ gold: JSONValue, _ predicted: JSONValue) -> Bool {
        if case .object(let members) = gold {
            guard case .object = predicted else { return false }
            return JSONValue.lastWins(members).allSatisfy { key, value in
                predicted[key].map { valueMatches(value, $0) } ?? false
            }
        }
        if let g = gold.number, let p = predicted.number { return abs(g - p) < 1e-9 }
        return gold.pythonEquals(predicted)
    }

    // MARK: - Helpers

    /// Two decimals, rounded as Python's `format(x, ".2f")` (and C's printf) round.
    static func two(_ x: Double) -> String { String(format: "%.2f", x) }

    private static func field(_ entity: JSONValue, _ key: String, of what: String) throws -> JSONValue {
        guard let value = entity[key] else { throw Failure(description: "\(what) without \"\(key)\": \(entity.pythonRepr)") }
        return value
    }

    private static func offset(_ entity: JSONValue, _ key: String) throws -> Double {
        guard let value = entity[key]?.number else {
            throw Failure(description: "entity without a numeric \"\(key)\": \(entity.pythonRepr)")
        }
        return value
    }

    /// `text[start:end]` on code points, with Python's clamping and negative indexes.
    private static func pythonSlice(_ scalars: [Unicode.Scalar], _ start: Double, _ end: Double) -> String {
        func clamp(_ i: Double) -> Int {
            var index = Int(i)
            if index < 0 { index += scalars.count }
            return min(max(index, 0), scalars.count)
        }
        let lower = clamp(start), upper = clamp(end)
        guard lower < upper else { return "" }
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }

    /// A document id as a dictionary key, equal where Python's `==` is (`1` and `1.0`).
    private struct IDKey: Hashable {
        let repr: String
        init(_ value: JSONValue) {
            if let n = value.number { repr = "n:\(n)" } else { repr = value.pythonRepr }
        }
    }

    private struct SpanKey: Hashable {
        let start: Double, end: Double
    }
}

extension String {
    /// Left-aligned in `width` code points, as Python's `{:<width}`.
    fileprivate func padded(_ width: Int) -> String {
        let count = unicodeScalars.count
        return count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// Right-aligned in `width` code points, as Python's `{:>width}`.
    fileprivate func leftAligned(_ width: Int) -> String {
        let count = unicodeScalars.count
        return count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    /// Python's `str.strip()`: whitespace removed from both ends.
    fileprivate var pythonStripped: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isPythonSpace }),
              let last = scalars.lastIndex(where: { !$0.isPythonSpace }) else { return "" }
        return String(scalars[first...last])
    }

    /// Python's `str.splitlines()`.
    fileprivate var pythonLines: [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\n", previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar.isPythonLineBreak {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}

extension Unicode.Scalar {
    fileprivate var isPythonLineBreak: Bool {
        switch value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    fileprivate var isPythonSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0: return true
        default: return properties.generalCategory == .spaceSeparator || value == 0x2028 || value == 0x2029
        }
    }
}
