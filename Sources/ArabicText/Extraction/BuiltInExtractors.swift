extension ArabicExtractor {
    /// The built-in extractors in pipeline order. Each extractor's file adds itself here.
    static func builtInExtractors(lexicons: LexiconSet) -> [any EntityExtractor] {
        [
            NumberExtractor(lexicons: lexicons),
            DateExtractor(lexicons: lexicons),
            PlaceExtractor(lexicons: lexicons),
            OrganizationExtractor(lexicons: lexicons),
            TitleExtractor(lexicons: lexicons),
        ]
    }
}
