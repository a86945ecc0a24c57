/// A date written in digits: `28/11/2026` and `12-10-2025` (day first), `2026-11-28` (year first).
///
/// Three groups of digits joined by one separator (`/`, `-` or `.`), with a 4-digit year first or
/// last; a day-first date whose middle group cannot be a month but whose first can is read month
/// first (`12/25/2025`). Other shapes (`5/2026`, `2020-2024`, `1/5/26`) are not dates here.
struct NumericDate: Sendable, Hashable {
    var year: Int
    var month: Int
    var day: Int

    /// Reads a normalised number token (ASCII digits); `nil` when it is not a date's shape.
    ///
    /// One pass over the bytes with the three groups in fixed storage (no array per token: every
    /// number token of a document comes here).
    init?(_ token: String) {
        var groups = (0, 0, 0)
        var lengths = (0, 0, 0)
        var separatorCount = 0
        var separator: UInt8?
        var current = 0
        var length = 0
        for byte in token.utf8 {
            switch byte {
            case 0x30...0x39:
                current = current * 10 + Int(byte - 0x30)
                length += 1
                if length > 4 { return nil }
            case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."):
                // A third separator would make four groups: not a date.
                guard length > 0, separator == nil || separator == byte, separatorCount < 2 else { return nil }
                separator = byte
                if separatorCount == 0 { (groups.0, lengths.0) = (current, length) } else { (groups.1, lengths.1) = (current, length) }
                separatorCount += 1
                current = 0
                length = 0
            default:
                return nil
            }
        }
        guard length > 0, separatorCount == 2 else { return nil }
        (groups.2, lengths.2) = (current, length)
        if lengths.2 == 4, lengths.0 <= 2, lengths.1 <= 2 {
            var (day, month) = (groups.0, groups.1)
            if month > 12, day <= 12 { (day, month) = (month, day) }
            (self.year, self.month, self.day) = (groups.2, month, day)
        } else if lengths.0 == 4, lengths.1 <= 2, lengths.2 <= 2 {
            (self.year, self.month, self.day) = (groups.0, groups.1, groups.2)
        } else {
            return nil
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    }
}
