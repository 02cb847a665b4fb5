import NQSource

/// `expect QUERY OP VALUE`: what a lesson states about a result, checked when it runs.
///
/// The subject is a query or a `count` whose result is one value (one row of one column); the
/// run fails at the value's place when the comparison does not hold.
public struct Expectation: Sendable, CustomStringConvertible {
    // An array boxes the statement: a struct cannot hold its own enum directly.
    private let boxed: [Statement]
    /// The query or count whose one value is checked.
    public var subject: Statement { boxed[0] }
    /// How the value compares with the expected one: `=`, `!=`, `<`, `<=`, `>` or `>=`.
    public let comparison: BinaryOperator
    /// The value as written in the lesson.
    public let expected: Value
    /// Where the expected value is written.
    public let expectedSpan: SourceSpan

    /// Creates an expectation.
    public init(subject: Statement, comparison: BinaryOperator, expected: Value, expectedSpan: SourceSpan) {
        boxed = [subject]
        self.comparison = comparison
        self.expected = expected
        self.expectedSpan = expectedSpan
    }

    public var description: String {
        "expect \(subject) \(comparison.rawValue) \(Expr.literalText(expected))"
    }

    /// Whether `actual` satisfies the comparison (numbers by value, text exactly).
    public func holds(for actual: Value) -> Bool {
        switch comparison {
        case .equal: return actual == expected
        case .notEqual: return actual != expected
        default: break
        }
        switch (actual, expected) {
        case (.number(let a), .number(let b)):
            switch comparison {
            case .less: return a < b
            case .lessOrEqual: return a <= b
            case .greater: return a > b
            case .greaterOrEqual: return a >= b
            default: return false
            }
        case (.text(let a), .text(let b)):
            switch comparison {
            case .less: return a < b
            case .lessOrEqual: return a <= b
            case .greater: return a > b
            case .greaterOrEqual: return a >= b
            default: return false
            }
        default:
            return false
        }
    }
}
