/// A readable failure of `evaluate` (bad gold or prediction files).
struct EvaluationError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
