import NQLanguage
import NQSource

/// The diagnostics the shell layer makes (the language's own are in `NQLanguage.Messages`),
/// alphabetical.
enum ShellMessages {
    /// `expect` whose comparison does not hold.
    static func expectationFailed(_ expectation: Expectation, actual: Value) -> Diagnostic {
        let expected = literal(expectation.expected)
        let wanted = expectation.comparison == .equal ? expected : "\(expectation.comparison.rawValue) \(expected)"
        return Diagnostic(
            id: "expectationFailed", message: "expectation not met: expected \(wanted), got \(literal(actual))",
            span: expectation.expectedSpan, label: "got \(literal(actual))",
            notes: ["the statement: \(expectation.subject)"])
    }

    /// `expect` on a result that is not one value.
    static func expectationNeedsOneValue(rows: Int, columns: Int, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            id: "expectationNeedsOneValue",
            message: "'expect' compares one value, but the result has \(rows) row\(rows == 1 ? "" : "s") "
                + "of \(columns) column\(columns == 1 ? "" : "s")",
            span: span, label: "select one field and one row, or use count")
    }

    /// `.output FILE` or `.once FILE` naming a file that cannot be written.
    static func outputFailed(_ path: String, reason: String) -> Diagnostic {
        Diagnostic(id: "outputFailed", message: "cannot write '\(path)': \(reason)")
    }

    /// A value as a lesson would write it: text in quotes (the renderer makes control characters visible).
    static func literal(_ value: Value) -> String {
        switch value {
        case .text(let text): return "\"" + text + "\""
        case .null: return "null"
        default: return value.displayText
        }
    }
}
