import NQSource

/// One key of an `order by` clause.
public struct OrderKey: Sendable, Equatable {
    /// What to sort by: a field or any expression.
    public var expr: Expr
    /// Whether larger values come first.
    public var descending: Bool

    /// Creates a key.
    public init(expr: Expr, descending: Bool) {
        self.expr = expr
        self.descending = descending
    }

    var text: String { expr.description + (descending ? " desc" : "") }
}

/// One item of a `select` or `group by` list: an expression and the name it is shown under.
public struct SelectItem: Sendable, Equatable {
    /// The value.
    public var expr: Expr
    /// The name given with `as`.
    public var alias: Name?

    /// Creates an item.
    public init(expr: Expr, alias: Name? = nil) {
        self.expr = expr
        self.alias = alias
    }

    /// The column's name: the alias, or the expression as written.
    public var name: String { alias?.text ?? expr.description }

    var text: String { expr.description + (alias.map { " as \($0.text)" } ?? "") }
}

/// The clauses that apply to rows (or, after `group by`, to groups): where, order by,
/// limit/offset (optionally per a key) and select.
public struct Clauses: Sendable, Equatable {
    /// The filter.
    public var filter: Expr?
    /// The sort keys.
    public var order: [OrderKey] = []
    /// The most rows to keep (in each `per` group when there is one).
    public var limit: Int?
    /// How many rows to skip first.
    public var offset: Int?
    /// `limit N per KEY`: the limit applies within each value of these.
    public var per: [Expr] = []
    /// The columns to show; empty means the defaults.
    public var select: [SelectItem] = []
    /// `select *`: every field.
    public var selectAll = false

    /// Creates empty clauses.
    public init() {}

    var text: String {
        var text = ""
        if let filter { text += " where \(filter)" }
        if !order.isEmpty { text += " order by " + order.map(\.text).joined(separator: ", ") }
        if let limit {
            text += " limit \(limit)"
            if !per.isEmpty { text += " per " + per.map(\.description).joined(separator: ", ") }
        }
        if let offset { text += " offset \(offset)" }
        if selectAll { text += " select *" }
        if !select.isEmpty { text += " select " + select.map(\.text).joined(separator: ", ") }
        return text
    }

    /// Whether any clause is given.
    public var isEmpty: Bool { self == Clauses() }
}

/// `group by KEY, …` and the clauses on the groups after it.
public struct Grouping: Sendable, Equatable {
    /// The keys rows are grouped by.
    public var keys: [SelectItem]
    /// The clauses on the groups.
    public var clauses = Clauses()
    /// Whether it was written `count QUERY by KEY` (printed back the same way).
    public var countStyle = false
    /// Where `group`/`by` is.
    public var span: SourceSpan

    /// Creates a grouping.
    public init(keys: [SelectItem], span: SourceSpan) {
        self.keys = keys
        self.span = span
    }
}

/// A query: a source, then optional where, order by, limit/offset and select clauses, and
/// optionally a grouping with its own clauses.
public struct Query: Sendable, Equatable, CustomStringConvertible {
    /// Queries are equal when they print the same canonical text.
    public static func == (lhs: Query, rhs: Query) -> Bool { lhs.description == rhs.description }

    /// The collection or saved result the rows come from.
    public var source: Name
    /// The clauses on the rows, before any grouping.
    public var clauses = Clauses()
    /// `group by …` and what follows it.
    public var grouping: Grouping?
    /// The whole query's extent in the source.
    public var span: SourceSpan

    /// Creates a query from a source.
    public init(source: Name, span: SourceSpan) {
        self.source = source
        self.span = span
    }

    /// The filter on rows.
    public var filter: Expr? {
        get { clauses.filter }
        set { clauses.filter = newValue }
    }
    /// The sort keys of rows.
    public var order: [OrderKey] {
        get { clauses.order }
        set { clauses.order = newValue }
    }
    /// The most rows to keep.
    public var limit: Int? {
        get { clauses.limit }
        set { clauses.limit = newValue }
    }
    /// How many rows to skip first.
    public var offset: Int? {
        get { clauses.offset }
        set { clauses.offset = newValue }
    }
    /// The columns to show.
    public var select: [SelectItem] {
        get { clauses.select }
        set { clauses.select = newValue }
    }

    public var description: String {
        guard let grouping else { return source.text + clauses.text }
        let keys = grouping.keys.map(\.text).joined(separator: ", ")
        if grouping.countStyle { return "count " + source.text + clauses.text + " by " + keys + grouping.clauses.text }
        return source.text + clauses.text + " group by " + keys + grouping.clauses.text
    }
}

/// A statement of the nq language.
public enum Statement: Sendable, Equatable, CustomStringConvertible {
    /// Statements are equal when they print the same canonical text.
    public static func == (lhs: Statement, rhs: Statement) -> Bool { lhs.description == rhs.description }

    /// Rows of a query (or groups, when it has `group by` or was written `count … by`).
    case query(Query)
    /// `count QUERY`: one number.
    case count(Query)
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
    /// `exit` or `quit`: leave the shell (or end the script).
    case quit
    /// `expect QUERY = VALUE`: a lesson's check (see `Expectation`).
    case expect(Expectation)
    /// `pause ["text"]`: waits for Enter at a terminal, does nothing in batch.
    case pause(String?)

    public var description: String {
        switch self {
        case .query(let query): return query.description
        case .count(let query): return "count \(query)"
        case .assign(let name, let query): return "let \(name) = \(query)"
        case .load(let path, _): return "load \(Expr.literalText(.text(path)))"
        case .describe(let name): return "describe" + (name.map { " \($0)" } ?? "")
        case .show(let name, let number, _): return "show \(name) \(number)"
        case .explainRow(let name, let number, _): return "explain \(name) \(number)"
        case .explainQuery(let query): return "explain \(query)"
        case .help(let topic): return "help" + (topic.map { " \($0)" } ?? "")
        case .print(let text): return "print \(Expr.literalText(.text(text)))"
        case .date(let text, _): return "date \(Expr.literalText(.text(text)))"
        case .quit: return "exit"
        case .expect(let expectation): return expectation.description
        case .pause(let text): return "pause" + (text.map { " \(Expr.literalText(.text($0)))" } ?? "")
        }
    }
}
