/// Finds honorifics, offices and people's names, and links each person to their titles and the
/// organisation of their office.
///
/// Runs after the organisation extractor and reads its candidates: an organisation inside an
/// office is the office's organisation, and one that ran on into a ل-phrase qualifying the
/// office (per the `lam` column of `offices.tsv`) is trimmed.
///
/// ```swift
/// let doc = ArabicExtractor().extract("تحت رعاية سعادة السيد سالم بن مسلم البوسعيدي، وكيل وزارة العمل لتنمية الموارد البشرية.")
/// // title (honorific)  سعادة السيد
/// // person             سالم بن مسلم البوسعيدي
/// // title (position)   وكيل وزارة العمل لتنمية الموارد البشرية
/// // organization       وزارة العمل
/// // links: person → [سعادة السيد, وكيل …], organization وزارة العمل
/// ```
///
/// Lexicons: `honorifics`, `offices`, `given-names`, `name-particles`, `title-stops`, `role-adjectives`,
/// `ordinal-words` (regnal ordinals: `الملك الحسن الثاني`).
///
/// - Complexity: O(n) dictionary lookups in the number of tokens, plus O(p × t) to link p
///   people to t titles.
public struct TitleExtractor: EntityExtractor {
    let lexicons: TitleLexicons

    /// Builds the tables from `lexicons`.
    ///
    /// ```swift
    /// // Titles read the organisations found before them: run both, in this order.
    /// let extractor = ArabicExtractor(extractors: [OrganizationExtractor(), TitleExtractor()])
    /// let result = extractor.extract("صرّح معالي الدكتور أحمد بن علي الهاشمي، وزير العمل")
    /// result.entities.map(\.text)   // ["معالي الدكتور", "أحمد بن علي الهاشمي", "وزير العمل"]
    /// result.links                  // [EntityLink(person: 1, titles: [0, 2], organization: nil)]
    /// ```
    public init(lexicons: LexiconSet = .builtIn) {
        self.lexicons = TitleLexicons(lexicons: lexicons)
    }

    /// Appends titles and persons, their links, and trims organisations overrun by an office's ل-phrase.
    public func extract(from analysis: TextAnalysis, into candidates: inout EntityCandidates) {
        guard !analysis.tokens.isEmpty else { return }
        var text = analysis.text
        text.withUTF8 { bytes in
            // The scan reads the words' bytes in place; it lives only inside this closure.
            var scan = TitleScan(analysis: analysis, text: bytes, lexicons: lexicons, candidates: candidates)
            scan.run()
            scan.emit(into: &candidates)
        }
    }
}
