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

/// An expression of a `where` clause.
public indirect enum Expr: Sendable, Equatable, CustomStringConvertible {
    case field(Name)
    case literal(Value, SourceSpan)
    case list([Expr], SourceSpan)
    case binary(BinaryOperator, Expr, Expr, SourceSpan)
    case not(Expr, SourceSpan)
    case isNull(Expr, negated: Bool, SourceSpan)
    case matches(Expr, pattern: String, flags: String, SourceSpan)
    case mentions(Expr, SourceSpan)

    /// Where the whole expression is.
    public var span: SourceSpan {
        switch self {
        case .field(let name): return name.span
        case .literal(_, let span), .list(_, let span), .binary(_, _, _, let span), .not(_, let span),
            .isNull(_, _, let span), .matches(_, _, _, let span), .mentions(_, let span):
            return span
        }
    }

    /// The expression as canonical nq text, with parentheses only where the tree needs them.
    public var description: String { text(within: 0) }

    /// How tightly an expression binds: or < and < not < predicate < operand.
    var precedence: Int {
        switch self {
        case .binary(.or, _, _, _): return 1
        case .binary(.and, _, _, _): return 2
        case .not: return 3
        case .binary, .isNull, .matches, .mentions: return 4
        case .field, .literal, .list: return 5
        }
    }

    func text(within parent: Int) -> String {
        let body: String
        switch self {
        case .field(let name): body = name.text
        case .literal(let value, _): body = Expr.literalText(value)
        case .list(let items, _): body = "[" + items.map { $0.text(within: 0) }.joined(separator: ", ") + "]"
        case .binary(.or, let lhs, let rhs, _): body = lhs.text(within: 1) + " or " + rhs.text(within: 2)
        case .binary(.and, let lhs, let rhs, _): body = lhs.text(within: 2) + " and " + rhs.text(within: 3)
        case .binary(let op, let lhs, let rhs, _): body = "\(lhs.text(within: 5)) \(op.rawValue) \(rhs.text(within: 5))"
        case .not(let inner, _): body = "not " + inner.text(within: 3)
        case .isNull(let inner, let negated, _): body = "\(inner.text(within: 5)) is \(negated ? "not " : "")null"
        case .matches(let inner, let pattern, let flags, _):
            body = "\(inner.text(within: 5)) matches /\(Expr.escaping(pattern, "/"))/\(flags)"
        case .mentions(let inner, _): body = "mentions " + inner.text(within: 5)
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

/// One key of an `order by` clause.
public struct OrderKey: Sendable, Equatable {
    /// The field to sort by.
    public var field: Name
    /// Whether larger values come first.
    public var descending: Bool

    /// Creates a key.
    public init(field: Name, descending: Bool) {
        self.field = field
        self.descending = descending
    }
}

/// A query: a source, then optional where, order by, limit/offset and select clauses.
public struct Query: Sendable, Equatable, CustomStringConvertible {
    /// Queries are equal when they print the same canonical text.
    public static func == (lhs: Query, rhs: Query) -> Bool { lhs.description == rhs.description }

    /// The collection or saved result the rows come from.
    public var source: Name
    /// The filter.
    public var filter: Expr?
    /// The sort keys.
    public var order: [OrderKey] = []
    /// The most rows to keep.
    public var limit: Int?
    /// How many rows to skip first.
    public var offset: Int?
    /// The fields to show; empty means the collection's default columns.
    public var select: [Name] = []
    /// The whole query's extent in the source.
    public var span: SourceSpan

    /// Creates a query from a source.
    public init(source: Name, span: SourceSpan) {
        self.source = source
        self.span = span
    }

    public var description: String {
        var text = source.text
        if let filter { text += " where \(filter)" }
        if !order.isEmpty {
            text +=
                " order by "
                + order.map { "\($0.field.text)\($0.descending ? " desc" : "")" }
                .joined(separator: ", ")
        }
        if let limit { text += " limit \(limit)" }
        if let offset { text += " offset \(offset)" }
        if !select.isEmpty { text += " select " + select.map(\.text).joined(separator: ", ") }
        return text
    }
}

/// A statement of the nq language.
public enum Statement: Sendable, Equatable, CustomStringConvertible {
    /// Statements are equal when they print the same canonical text.
    public static func == (lhs: Statement, rhs: Statement) -> Bool { lhs.description == rhs.description }

    /// Rows of a query.
    case query(Query)
    /// `count QUERY [by FIELD, …]`.
    case count(Query, by: [Name])
    /// `let NAME = QUERY`.
    case assign(Name, Query)
    /// `load PATH`.
    case load(String, SourceSpan)
    /// `describe [COLLECTION]`.
    case describe(Name?)
    /// `show COLLECTION N`: one row in its context.
    case show(Name, Int, SourceSpan)
    /// `explain quote N` or `explain QUERY`.
    case explainRow(Name, Int, SourceSpan)
    /// `explain QUERY`: how a query would be evaluated.
    case explainQuery(Query)
    /// `help [TOPIC]`.
    case help(Name?)
    /// `print "text"`.
    case print(String)
    /// `date "YYYY-MM-DD"`: the reference date for articles without one.
    case date(String, SourceSpan)
    /// `expect QUERY = VALUE`: a lesson's check (see `Expectation`).
    case expect(Expectation)
    /// `pause ["text"]`: waits for Enter at a terminal, does nothing in batch.
    case pause(String?)

    public var description: String {
        switch self {
        case .query(let query): return query.description
        case .count(let query, let by):
            return "count \(query)" + (by.isEmpty ? "" : " by " + by.map(\.text).joined(separator: ", "))
        case .assign(let name, let query): return "let \(name) = \(query)"
        case .load(let path, _): return "load \(Expr.literalText(.text(path)))"
        case .describe(let name): return "describe" + (name.map { " \($0)" } ?? "")
        case .show(let name, let number, _): return "show \(name) \(number)"
        case .explainRow(let name, let number, _): return "explain \(name) \(number)"
        case .explainQuery(let query): return "explain \(query)"
        case .help(let topic): return "help" + (topic.map { " \($0)" } ?? "")
        case .print(let text): return "print \(Expr.literalText(.text(text)))"
        case .date(let text, _): return "date \(Expr.literalText(.text(text)))"
        case .expect(let expectation): return expectation.description
        case .pause(let text): return "pause" + (text.map { " \(Expr.literalText(.text($0)))" } ?? "")
        }
    }
}
