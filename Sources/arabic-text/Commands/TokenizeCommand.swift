import ArabicText
import ArgumentParser

/// `arabic-text tokenize`: prints tokens with their kind and Unicode-scalar offsets.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Print the tokens of the text with their kind and offsets.",
        discussion: """
            Offsets count Unicode scalars from the start of the input, end exclusive.

            Examples:
              echo 'نما الاقتصاد ٣٫٥٪ عام ۲۰۲۳' | arabic-text tokenize
              arabic-text tokenize article.txt --format json
              arabic-text tokenize big.txt --count          # tokens of each kind, like wc
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A UTF-8 text file, or - for standard input.")
    var file: String?

    @Option(help: "text: one token a line (start, end, kind, text); json: an array of {kind, start, end, text}.")
    var format: Format = .text

    @Flag(help: "Print only the number of tokens of each kind.")
    var count = false

    @Flag(help: "Replace bytes that are not UTF-8 instead of failing.")
    var lossy = false

    func run() throws {
        let tokenizer = Tokenizer()
        var reader = LineReader(source: try InputSource(path: file), lossy: lossy)
        let output = OutputWriter()
        var counts = TokenCounts()
        var lineStart = 0
        var first = true
        if !count && format == .json { output.write("[") }
        while let line = try reader.next() {
            if count {
                counts.add(tokenizer.counts(in: line))
            } else {
                tokenizer.forEachToken(in: line) { token in
                    let start = lineStart + token.scalarRange.lowerBound
                    let end = lineStart + token.scalarRange.upperBound
                    let text = String(token.text(in: line))
                    switch format {
                    case .text:
                        output.line("\(start)\t\(end)\t\(token.kind)\t\(text)")
                    case .json:
                        output.write(first ? "\n" : ",\n")
                        output.write("{\"kind\":\"\(token.kind)\",\"start\":\(start),\"end\":\(end),\"text\":\(JSONText.quoted(text))}")
                    }
                    first = false
                }
            }
            lineStart += line.unicodeScalars.count + reader.lastTerminatorLength
        }
        if count {
            for kind in TokenKind.allCases {
                output.line("\(kind)\t\(counts[kind])")
            }
            output.line("total\t\(counts.total)")
        } else if format == .json {
            output.line(first ? "]" : "\n]")
        }
        output.flush()
        reportReplacements(reader.replacements)
    }
}
