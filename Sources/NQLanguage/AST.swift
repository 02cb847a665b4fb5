import NQSource

/// A name as written, with where it is.
public struct Name: Sendable, Equatable, CustomStringConvertible {
    /// The name as written.
    public var text: String
    /// Where it is.
    public var span: SourceSpan

    /// Creates a name.
    public init(_ text: String, span: SourceSpan) {
        self.text = text
        self.span = span
    }

    public var description: String { text }

    /// Equality ignores where the names are.
    public static func == (lhs: Name, rhs: Name) -> Bool { lhs.text == rhs.text }
}

/// A comparison or text operator.
public enum BinaryOperator: String, Sendable, Equatable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case contains = "contains"
    case startsWith = "starts with"
    case endsWith = "ends with"
    case `in` = "in"
    case and = "and"
    case or = "or"
}

/// An arithmetic operator.
public enum ArithmeticOperator: String, Sendable, Equatable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
}

/// An expression: a condition of `where`, a value of `select`, `order by` or `group by`.
public indirect enum Expr: Sendable, Equatable, CustomStringConvertible {
    case field(Name)
    case literal(Value, SourceSpan)
    case list([Expr], SourceSpan)
    case binary(BinaryOperator, Expr, Expr, SourceSpan)
    case not(Expr, SourceSpan)
    case isNull(Expr, negated: Bool, SourceSpan)
    case matches(Expr, pattern: String, flags: String, SourceSpan)
    case mentions(Expr, SourceSpan)
    /// `NAME(ARG, …)`: a function or an aggregate; `count(distinct x)` sets `distinct`.
    case call(Name, [Expr], distinct: Bool, SourceSpan)
    /// `A + B`, `A - B`, `A * B`, `A / B`.
    case arithmetic(ArithmeticOperator, Expr, Expr, SourceSpan)
    /// `(QUERY)`: the rows of a query, as the right side of `in` or `of`.
    case subquery(Query, SourceSpan)
    /// `within N sentences of SOURCE`: rows in the same article as a row of SOURCE, at most N
    /// sentences away.
    case within(Int, Expr, SourceSpan)

    /// Where the whole expression is.
    public var span: SourceSpan {
        switch self {
        case .field(let name): return name.span
        case .literal(_, let span), .list(_, let span), .binary(_, _, _, let span), .not(_, let span),
            .isNull(_, _, let span), .matches(_, _, _, let span), .mentions(_, let span), .call(_, _, _, let span),
            .arithmetic(_, _, _, let span), .subquery(_, let span), .within(_, _, let span):
            return span
        }
    }

    /// The expression's direct parts.
    public var children: [Expr] {
        switch self {
        case .field, .literal, .subquery: return []
        case .list(let items, _): return items
        case .call(_, let items, _, _): return items
        case .binary(_, let lhs, let rhs, _), .arithmetic(_, let lhs, let rhs, _): return [lhs, rhs]
        case .not(let inner, _), .isNull(let inner, _, _), .matches(let inner, _, _, _), .mentions(let inner, _),
            .within(_, let inner, _):
            return [inner]
        }
    }

    /// How many levels the tree has, counted without recursion (a tree too deep to walk
    /// recursively is measured before anything else walks it).
    public var height: Int {
        var deepest = 0
        var stack: [(Expr, Int)] = [(self, 1)]
        while let (expr, level) = stack.popLast() {
            deepest = max(deepest, level)
            for child in expr.children { stack.append((child, level + 1)) }
        }
        return deepest
    }

    /// The expression as canonical nq text, with parentheses only where the tree needs them.
    public var description: String { text(within: 0) }

    /// How tightly an expression binds: or < and < not < predicate < sum < product < operand.
    var precedence: Int {
        switch self {
        case .binary(.or, _, _, _): return 1
        case .binary(.and, _, _, _): return 2
        case .not: return 3
        case .binary, .isNull, .matches, .mentions, .within: return 4
        case .arithmetic(.add, _, _, _), .arithmetic(.subtract, _, _, _): return 5
        case .arithmetic: return 6
        case .field, .literal, .list, .call, .subquery: return 7
        }
    }

    func text(within parent: Int) -> String {
        let body: String
        switch self {
        case .field(let name): body = name.text
        case .literal(let value, _): body = Expr.literalText(value)
        case .list(let items, _): body = "[" + items.map { $0.text(within: 0) }.joined(separator: ", ") + "]"
        // And and or are associative: a chain prints flat however it is balanced.
        case .binary(.or, let lhs, let rhs, _): body = lhs.text(within: 1) + " or " + rhs.text(within: 1)
        case .binary(.and, let lhs, let rhs, _): body = lhs.text(within: 2) + " and " + rhs.text(within: 2)
        case .binary(let op, let lhs, let rhs, _): body = "\(lhs.text(within: 5)) \(op.rawValue) \(rhs.text(within: 5))"
        case .not(let inner, _): body = "not " + inner.text(within: 3)
        case .isNull(let inner, let negated, _): body = "\(inner.text(within: 5)) is \(negated ? "not " : "")null"
        case .matches(let inner, let pattern, let flags, _):
            body = "\(inner.text(within: 5)) matches /\(Expr.escaping(pattern, "/"))/\(flags)"
        case .mentions(let inner, _): body = "mentions " + inner.text(within: 7)
        case .call(let name, let items, let distinct, _):
            body =
                name.text + "(" + (distinct ? "distinct " : "")
                + items.map { $0.text(within: 0) }.joined(separator: ", ") + ")"
        case .arithmetic(let op, let lhs, let rhs, _):
            let level = precedence
            body = "\(lhs.text(within: level)) \(op.rawValue) \(rhs.text(within: level + 1))"
        case .subquery(let query, _): body = "(" + query.description + ")"
        case .within(let count, let source, _):
            body = "within \(count) sentence\(count == 1 ? "" : "s") of " + source.text(within: 7)
        }
        return precedence < parent ? "(" + body + ")" : body
    }

    /// Trees are equal when they print the same canonical text (where they are is ignored).
    public static func == (lhs: Expr, rhs: Expr) -> Bool { lhs.description == rhs.description }

    /// The text with a backslash before every `character`.
    static func escaping(_ text: String, _ character: Character) -> String {
        var result = ""
        for item in text {
            if item == character { result.append("\\") }
            result.append(item)
        }
        return result
    }

    /// A literal value as nq text.
    static func literalText(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return Value.format(number)
        case .text(let text):
            return "\"" + escaping(escaping(text, "\\"), "\"") + "\""
        case .list(let items): return "[" + items.map(literalText).joined(separator: ", ") + "]"
        }
    }
}
