import Foundation
import Testing
@testable import ArabicText

/// One extractor shared by hundreds of concurrent tasks gives exactly the serial results.
///
/// ```swift
/// let extractor = ArabicExtractor()   // built once, shared by every task
/// async let a = extractor.extract("عقدت وزارة العمل اجتماعا")
/// async let b = extractor.extract("في مسقط يوم الأحد")
/// ```
struct ConcurrencyTests {
    /// A document of the seed or the dev set.
    struct Document: Sendable {
        var id: String
        var text: String
        var referenceDate: CalendarDate?
    }

    /// The seed article and every dev-set document.
    static let documents: [Document] = {
        var documents = [Document(id: "seed", text: Fixtures.seedText, referenceDate: CalendarDate(iso: "2025-11-29"))]
        for line in Fixtures.devLines {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String, let text = object["text"] as? String
            else { continue }
            let date = (object["reference_date"] as? String).flatMap { CalendarDate(iso: $0) }
            documents.append(Document(id: id, text: text, referenceDate: date))
        }
        return documents
    }()

    /// Rounds over all documents, each document of each round its own task.
    static let rounds = 10

    @Test func fixturesAreLoaded() {
        #expect(Self.documents.count == 41)
        #expect(Self.documents.allSatisfy { !$0.text.isEmpty })
    }

    @Test func sharedExtractorMatchesSerialResults() async {
        let extractor = ArabicExtractor()
        let documents = Self.documents
        let serial = documents.map { extractor.extract($0.text, id: $0.id, referenceDate: $0.referenceDate) }

        let concurrent = await withTaskGroup(of: (Int, ExtractionResult).self) { group in
            for round in 0..<Self.rounds {
                // Alternate the order so tasks on different documents really interleave.
                let order = round.isMultiple(of: 2) ? Array(documents.indices) : documents.indices.reversed()
                for index in order {
                    let document = documents[index]
                    group.addTask {
                        (index, extractor.extract(document.text, id: document.id, referenceDate: document.referenceDate))
                    }
                }
            }
            var results: [(Int, ExtractionResult)] = []
            for await result in group { results.append(result) }
            return results
        }

        #expect(concurrent.count == documents.count * Self.rounds)
        #expect(concurrent.count >= 400)
        for (index, result) in concurrent where result != serial[index] {
            Issue.record("document \(documents[index].id): concurrent result differs from the serial one")
        }
        for (index, result) in serial.enumerated() {
            let problems = ResultInvariants.problems(in: result, of: documents[index].text)
            #expect(problems.isEmpty, "\(documents[index].id): \(problems)")
        }
    }

    @Test func extractorsBuiltConcurrentlyAgree() async {
        // Building the lexicon tables from many tasks at once must not race either.
        let text = Fixtures.seedText
        let reference = ArabicExtractor().extract(text)
        let results = await withTaskGroup(of: ExtractionResult.self) { group in
            for _ in 0..<8 {
                group.addTask { ArabicExtractor().extract(text) }
            }
            var results: [ExtractionResult] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == reference })
    }

    @Test func analysisIsSendableAcrossTasks() async {
        // A TextAnalysis made on one task and extracted on others gives one result.
        let analysis = TextAnalysis(Fixtures.seedText, referenceDate: CalendarDate(iso: "2025-11-29"))
        let extractor = ArabicExtractor()
        let reference = extractor.extract(analysis)
        let results = await withTaskGroup(of: ExtractionResult.self) { group in
            for _ in 0..<64 {
                group.addTask { extractor.extract(analysis) }
            }
            var results: [ExtractionResult] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 == reference })
    }
}
