import ArabicText

extension ExtractCommand {
    /// `--format html` with `--input jsonl`: every document of the input on one page.
    ///
    /// A line that is not a document is shown as an empty document whose id carries the error.
    func writeHTMLPage(reader: inout LineReader, documents: JSONLDocuments, extractor: ArabicExtractor,
                       output: OutputWriter, progress: ProgressLine) throws {
        var pageDocuments: [HTMLRenderer.Document] = []
        while let line = try reader.next() {
            let number = reader.lineNumber - 1
            switch documents.parse(line, lineNumber: number) {
            case .success(let document):
                let result = extractor.extract(document.text, id: document.id ?? "line \(number)", referenceDate: document.referenceDate)
                pageDocuments.append(.init(result: result, text: document.text))
            case .failure(let failure):
                pageDocuments.append(.init(result: ExtractionResult(id: "line \(number): \(failure.message)"), text: ""))
            }
            progress.update(bytes: reader.byteOffset)
        }
        progress.finish()
        output.write(HTMLRenderer(title: file.map { $0 == "-" ? "standard input" : $0 } ?? "standard input").page(pageDocuments))
    }
}
