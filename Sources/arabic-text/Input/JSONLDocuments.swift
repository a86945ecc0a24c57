import ArabicText
import Foundation

/// Reads one JSONL input line: `{"id": …, "text": …, "reference_date": "YYYY-MM-DD"?}`.
struct JSONLDocuments {
    /// A document to extract from.
    struct Document {
        var id: String?
        var text: String
        var referenceDate: CalendarDate
    }

    /// A line that is not a document; printed as an error object in its place.
    struct Failure: Error {
        var lineNumber: Int
        var id: String?
        var message: String

        var jsonLine: String {
            var object: [String] = []
            if let id { object.append("\"id\":\(JSONText.quoted(id))") }
            object.append("\"line\":\(lineNumber)")
            object.append("\"error\":\(JSONText.quoted(message))")
            object.append("\"entities\":[]")
            object.append("\"links\":[]")
            return "{" + object.joined(separator: ",") + "}"
        }
    }

    let defaultReferenceDate: CalendarDate

    func parse(_ line: String, lineNumber: Int) -> Result<Document, Failure> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            let message = line.allSatisfy(\.isWhitespace) ? "empty line" : "not a JSON object"
            return .failure(Failure(lineNumber: lineNumber, id: nil, message: message))
        }
        let id: String?
        switch object["id"] {
        case let text as String: id = text
        case let number as NSNumber: id = number.stringValue
        default: id = nil
        }
        guard let text = object["text"] as? String else {
            return .failure(Failure(lineNumber: lineNumber, id: id, message: "missing \"text\" (a string)"))
        }
        var reference = defaultReferenceDate
        if let value = object["reference_date"] as? String {
            guard let date = CalendarDate(iso: value) else {
                return .failure(Failure(lineNumber: lineNumber, id: id, message: "invalid \"reference_date\" '\(value)': expected YYYY-MM-DD"))
            }
            reference = date
        }
        return .success(Document(id: id, text: text, referenceDate: reference))
    }
}
