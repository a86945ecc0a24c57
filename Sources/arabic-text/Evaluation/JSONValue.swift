/// A parsed JSON value that keeps what the scorer needs: integer versus fraction, key order.
///
/// The scorer (`Scripts/score.py`) compares and prints values the way Python does, so the
/// parse keeps `95` (an integer) apart from `95.0` (a float) and objects in their written order:
/// `{"year": 2025, "month": 9}` prints as `{'year': 2025, 'month': 9}`.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.double(a), .double(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// The member `key` of an object (the last one when a key repeats, as in Python), or `nil`.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    /// Whether an object has the member `key`.
    func has(_ key: String) -> Bool { self[key] != nil }

    /// The array's elements, or `nil`.
    var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The string, or `nil`.
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value as a number, as Python's arithmetic sees it (`True` is 1), or `nil`.
    var number: Double? {
        switch self {
        case .int(let n): Double(n)
        case .double(let d): d
        case .bool(let b): b ? 1 : 0
        default: nil
        }
    }

    /// Python's `==`: numbers compare by value (`1 == 1.0 == True`), containers element by element.
    func pythonEquals(_ other: JSONValue) -> Bool {
        if let a = number, let b = other.number { return a == b }
        switch (self, other) {
        case (.null, .null): return true
        case let (.string(a), .string(b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case let (.array(a), .array(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.pythonEquals($1) }
        case let (.object(a), .object(b)):
            let left = Self.lastWins(a), right = Self.lastWins(b)
            guard left.count == right.count else { return false }
            return left.allSatisfy { key, value in right.first(where: { $0.key == key })?.value.pythonEquals(value) ?? false }
        default:
            return false
        }
    }

    /// Object members with repeated keys collapsed (the last value, at the first key's place), as `json.loads` does.
    static func lastWins(_ members: [(key: String, value: JSONValue)]) -> [(key: String, value: JSONValue)] {
        var result: [(key: String, value: JSONValue)] = []
        var position: [String: Int] = [:]
        for member in members {
            if let index = position[member.key] {
                result[index].value = member.value
            } else {
                position[member.key] = result.count
                result.append(member)
            }
        }
        return result
    }

    // MARK: - Printing as Python does

    /// Python's `str(value)`: a string as itself, everything else as `repr`.
    var pythonStr: String {
        if case .string(let text) = self { return text }
        return pythonRepr
    }

    /// Python's `repr(value)` of the value `json.loads` would make: `{'year': 2025}`, `2.5`, `None`.
    var pythonRepr: String {
        switch self {
        case .null: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let n): return String(n)
        case .double(let d): return Self.pythonFloat(d)
        case .string(let s): return Self.pythonStringRepr(s)
        case .array(let items): return "[" + items.map(\.pythonRepr).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + Self.lastWins(members).map { Self.pythonStringRepr($0.key) + ": " + $0.value.pythonRepr }
                .joined(separator: ", ") + "}"
        }
    }

    /// Python's float `repr`: shortest round-trip digits, exponent form below 1e-4 and from 1e16.
    static func pythonFloat(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        // Swift's description gives the shortest round-trip digits; re-lay them out as Python does.
        let description = "\(d)"
        let negative = description.hasPrefix("-")
        let unsigned = negative ? String(description.dropFirst()) : description
        var mantissa = unsigned
        var exponent = 0
        if let e = unsigned.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(unsigned[..<e])
            exponent = Int(unsigned[unsigned.index(after: e)...]) ?? 0
        }
        var digits = mantissa.replacingOccurrences(of: ".", with: "")
        var pointPosition = (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count) + exponent
        // Strip leading zeros (0.001 → digits "0001").
        while digits.count > 1, digits.hasPrefix("0") {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.count > 1, digits.hasSuffix("0") { digits.removeLast() }
        let decimalExponent = pointPosition - 1
        var out: String
        if decimalExponent < -4 || decimalExponent >= 16 {
            out = String(digits.first ?? "0")
            if digits.count > 1 { out += "." + digits.dropFirst() }
            out += "e" + (decimalExponent < 0 ? "-" : "+")
            let magnitude = String(abs(decimalExponent))
            out += magnitude.count < 2 ? "0" + magnitude : magnitude
        } else if pointPosition <= 0 {
            out = "0." + String(repeating: "0", count: -pointPosition) + digits
        } else if pointPosition >= digits.count {
            out = digits + String(repeating: "0", count: pointPosition - digits.count) + ".0"
        } else {
            let split = digits.index(digits.startIndex, offsetBy: pointPosition)
            out = digits[..<split] + "." + digits[split...]
        }
        return negative ? "-" + out : out
    }

    /// Python's `repr(str)`: single quotes unless the text has one and no double quote.
    static func pythonStringRepr(_ text: String) -> String {
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(scalar) == quote {
                    out += "\\" + String(quote)
                } else if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16)
                    let width = scalar.value < 0x100 ? 2 : scalar.value < 0x10000 ? 4 : 8
                    out += (width == 2 ? "\\x" : width == 4 ? "\\u" : "\\U") + String(repeating: "0", count: width - hex.count) + hex
                }
            }
        }
        out.append(quote)
        return out
    }

    /// Python's `str.isprintable` for one scalar: not a control, format, surrogate, private-use,
    /// unassigned or separator character (the ASCII space excepted).
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
    }
}
