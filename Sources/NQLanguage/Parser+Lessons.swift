import NQSource

// The statements of checked lessons:
//
//   statement  = … | "expect" ( query | "count" query [ "by" … ] ) compare literal
//              | "pause" [ string ] ;
//   literal    = string | number | "true" | "false" | "null" ;

extension Parser {
    /// `expect …` or `pause …`, at the keyword.
    mutating func parseLessonStatement() throws(Diagnostic) -> Statement {
        let keyword = advance()
        if keyword.isKeyword("pause") {
            guard current.kind == .string else { return .pause(nil) }
            return .pause(advance().value)
        }
        guard current.kind == .identifier else {
            throw Messages.expected("a query or count after 'expect', as in 'expect count quotes = 6'", found: current)
        }
        let subject = try parseStatement()
        switch subject {
        case .query, .count: break
        default:
            throw Messages.expected("a query or count after 'expect', as in 'expect count quotes = 6'", found: keyword)
        }
        let comparisons: [String: BinaryOperator] = [
            "=": .equal, "==": .equal, "!=": .notEqual, "<>": .notEqual, "<": .less, "<=": .lessOrEqual,
            ">": .greater, ">=": .greaterOrEqual,
        ]
        guard current.kind == .symbol, let comparison = comparisons[current.text] else {
            throw Messages.expected("'=' and the value expected, as in 'expect count quotes = 6'", found: current)
        }
        position += 1
        let valueToken = current
        guard case .literal(let value, let span) = try parseOperand() else {
            throw Messages.expected("a value (a string, number, true, false or null)", found: valueToken)
        }
        return .expect(Expectation(subject: subject, comparison: comparison, expected: value, expectedSpan: span))
    }
}
