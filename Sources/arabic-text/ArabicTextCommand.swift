import ArgumentParser

/// The `arabic-text` demo tool: normalise, tokenise and extract entities from Arabic text.
@main
struct ArabicTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arabic-text",
        abstract: "Normalise Arabic text, tokenise it, and extract organisations, titles, people, places, dates and counts.",
        discussion: """
            Reads a UTF-8 file, or standard input when FILE is - or absent.

            Examples:
              arabic-text extract seeds/000_1428f3e7ba48094e.txt
              arabic-text extract article.txt --format json --reference-date 2025-09-14
              arabic-text extract --input jsonl --format jsonl < documents.jsonl
              echo 'أَحْمَدُ فِي ٱلْمَدْرَسَةِ' | arabic-text normalize --preset search
              arabic-text tokenize article.txt --count
              arabic-text extract article.txt --format html > article.html
              arabic-text evaluate seeds/000_1428f3e7ba48094e.gold.json
            """,
        subcommands: [ExtractCommand.self, NormalizeCommand.self, TokenizeCommand.self, EvaluateCommand.self],
        defaultSubcommand: nil
    )
}
