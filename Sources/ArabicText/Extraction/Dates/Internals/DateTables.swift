/// The date extractor's word tables and number parser, built once and shared by reference.
///
/// ``DateLexicon`` and ``ArabicNumberParser`` are large values (dozens of tables); a
/// ``DateScanner`` made for each document holds this one reference instead of copying them:
/// `DateScanner(analysis: analysis, tables: tables, calendar: calendar)`.
final class DateTables: Sendable {
    /// Month names, weekdays, era marks, relative dates and cue words.
    let lexicon: DateLexicon
    /// The number parser for ordinal days (`الأول من`) and number words (`منذ ثلاثة أيام`).
    let numbers: ArabicNumberParser

    /// The tables of `lexicons`.
    init(_ lexicons: LexiconSet) {
        lexicon = DateLexicon(lexicons)
        numbers = ArabicNumberParser(lexicons: lexicons)
    }
}
