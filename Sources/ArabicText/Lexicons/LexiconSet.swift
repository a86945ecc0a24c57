/// The word lists the extractors read: month names, honorifics, offices, organisation heads, places…
///
/// Each lexicon is a UTF-8, tab-separated file in `Sources/ArabicText/Lexicons/data/`, built into
/// the library, with `#` comment lines (the first ones say where the entries came from and what
/// the columns are). Users extend a lexicon at run time with rows in the same format:
///
/// ```swift
/// var lexicons = LexiconSet.builtIn
/// try lexicons.add(tsv: "تجمع\n", to: .organizationHeads)
/// let extractor = ArabicExtractor(lexicons: lexicons)
/// extractor.extract("تجمع المهنيين السودانيين").entities[0].text  // "تجمع المهنيين السودانيين"
/// ArabicExtractor().extract("تجمع المهنيين السودانيين").entities   // []: تجمع is not a built-in head
/// ```
public struct LexiconSet: Sendable {
    private var tables: [LexiconName: [LexiconRow]]

    /// The lexicons shipped with the library.
    ///
    /// ```swift
    /// LexiconSet.builtIn.rows(of: .places)[1].columns   // ["عمان", "سلطنة عمان", "country", ""]
    /// ```
    public static let builtIn: LexiconSet = {
        var set = LexiconSet(tables: [:])
        for (name, text) in EmbeddedLexicons.files {
            set.tables[LexiconName(rawValue: name), default: []].append(contentsOf: LexiconRow.parse(tsv: text))
        }
        return set
    }()

    /// An empty set: every extractor then finds only what its grammar finds without word lists.
    ///
    /// ```swift
    /// let bare = ArabicExtractor(lexicons: .empty)
    /// bare.extract("نظّمت وزارة العمل اليوم بمسقط").entities   // []: no heads, places or relative dates
    /// bare.extract("في 28/11/2026").entities.map(\.text)      // ["28/11/2026"]: digits need no lexicon
    /// ```
    public static let empty = LexiconSet(tables: [:])

    private init(tables: [LexiconName: [LexiconRow]]) {
        self.tables = tables
    }

    /// The names of the lexicons in the set.
    ///
    /// ```swift
    /// LexiconSet.builtIn.names.count                // 25
    /// LexiconSet.builtIn.names.contains(.weekdays)  // true: الأحد … السبت
    /// LexiconSet.empty.names                        // []
    /// ```
    public var names: [LexiconName] { tables.keys.sorted { $0.rawValue < $1.rawValue } }

    /// The rows of a lexicon, built-in rows first; empty when the set has no such lexicon.
    ///
    /// ```swift
    /// LexiconSet.builtIn.rows(of: .weekdays)[0].columns   // ["الأحد", "1"]
    /// LexiconSet.builtIn.rows(of: "no-such-lexicon")      // []
    /// ```
    public func rows(of name: LexiconName) -> [LexiconRow] { tables[name] ?? [] }

    /// Adds rows written in the lexicon file format (tab-separated columns, `#` comments).
    ///
    /// ```swift
    /// var lexicons = LexiconSet.builtIn
    /// try lexicons.add(tsv: "# my places\nتيميمون\tتيميمون\tcity\n", to: .places)
    /// ArabicExtractor(lexicons: lexicons).extract("وصل الوفد إلى تيميمون").entities.map(\.text)   // ["تيميمون"]
    /// try lexicons.add(tsv: "ديوان\n\tعمود\n", to: .organizationHeads)   // throws LexiconError.emptyRow(line: 2)
    /// ```
    ///
    /// - Throws: ``LexiconError/emptyRow(line:)`` when a line has an empty first column.
    public mutating func add(tsv: String, to name: LexiconName) throws {
        var lineNumber = 0
        var added: [LexiconRow] = []
        for line in tsv.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            guard let row = LexiconRow(line: line) else { continue }
            if row.form.isEmpty { throw LexiconError.emptyRow(line: lineNumber) }
            added.append(row)
        }
        tables[name, default: []].append(contentsOf: added)
    }

    /// Adds one row.
    ///
    /// ```swift
    /// var lexicons = LexiconSet.builtIn
    /// lexicons.add(LexiconRow(["تيميمون", "تيميمون", "city"]), to: .places)
    /// ArabicExtractor(lexicons: lexicons).extract("وصل الوفد إلى تيميمون").entities.map(\.text)   // ["تيميمون"]
    /// ```
    public mutating func add(_ row: LexiconRow, to name: LexiconName) {
        tables[name, default: []].append(row)
    }
}

/// The name of a lexicon: the file name in `Lexicons/data/` without `.tsv`.
///
/// `"organization-heads"` names `organization-heads.tsv`, the head nouns وزارة، شركة، هيئة…
public struct LexiconName: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The file name without extension, such as `"organization-heads"`.
    ///
    /// `LexiconName.weekdays.rawValue` → `"weekdays"` (the file of الأحد، الاثنين…).
    public var rawValue: String

    /// Creates a name.
    ///
    /// ```swift
    /// LexiconName(rawValue: "places") == .places   // true: مسقط، سلطنة عمان…
    /// ```
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a name from a literal.
    ///
    /// ```swift
    /// LexiconSet.builtIn.rows(of: "places")[0].form   // "سلطنة عمان"
    /// ```
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The raw name.
    ///
    /// `"\(LexiconName.organizationHeads)"` → `"organization-heads"` (وزارة، شركة، هيئة…).
    public var description: String { rawValue }
}

/// One entry of a lexicon: its columns, the first being the Arabic form.
///
/// The line `عمان⇥سلطنة عمان⇥country⇥` of `places.tsv` (⇥ is a tab) is the row
/// `["عمان", "سلطنة عمان", "country", ""]`: the form, its canonical name, its kind.
public struct LexiconRow: Sendable, Hashable {
    /// The columns as written.
    ///
    /// `LexiconSet.builtIn.rows(of: .weekdays)[0].columns` → `["الأحد", "1"]`.
    public var columns: [String]

    /// Creates a row from its columns.
    ///
    /// ```swift
    /// LexiconRow(["ريال عماني", "OMR"])   // a currency and its ISO code, as in currencies.tsv
    /// ```
    public init(_ columns: [String]) { self.columns = columns }

    /// The first column: the form to find in text.
    ///
    /// `LexiconRow(["ريال عماني", "OMR"]).form` → `"ريال عماني"`.
    public var form: String { columns.first ?? "" }

    /// Column `index`, or `nil` when the row is shorter or the column is empty.
    ///
    /// ```swift
    /// let row = LexiconRow(["عمان", "سلطنة عمان", "country", ""])
    /// row[1]   // "سلطنة عمان"
    /// row[3]   // nil (empty)
    /// row[9]   // nil (no such column)
    /// ```
    public subscript(index: Int) -> String? {
        index < columns.count && !columns[index].isEmpty ? columns[index] : nil
    }

    /// Parses a line; `nil` for comments and blank lines.
    init?(line: Substring) {
        guard let first = line.unicodeScalars.first(where: { $0 != " " }), first != "#" else { return nil }
        columns = line.split(separator: "\t", omittingEmptySubsequences: false).map {
            String($0).trimmingSpaces()
        }
    }

    static func parse(tsv: String) -> [LexiconRow] {
        tsv.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).compactMap(LexiconRow.init(line:))
    }
}

/// A lexicon that cannot be read.
///
/// ```swift
/// var lexicons = LexiconSet.builtIn
/// try lexicons.add(tsv: "ديوان\n\tعمود\n", to: .organizationHeads)   // throws LexiconError.emptyRow(line: 2)
/// ```
public enum LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A line whose first column is empty: line 2 of `"ديوان\n\tعمود\n"`.
    case emptyRow(line: Int)

    /// A readable message.
    ///
    /// For `"ديوان\n\tعمود\n"`: `"lexicon line 2: the first column (the form) is empty"`.
    public var description: String {
        switch self {
        case .emptyRow(let line): "lexicon line \(line): the first column (the form) is empty"
        }
    }
}

extension String {
    /// The string without leading and trailing U+0020 spaces.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " }),
            let last = scalars.lastIndex(where: { $0 != " " })
        else { return "" }
        return String(scalars[first...last])
    }
}
