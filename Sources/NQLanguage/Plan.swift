import NQArticle
import NQSource

/// A result kept under a name by `let`: rows of a collection, or a table of groups.
public struct SavedResult: Sendable {
    /// The collection the rows belong to (for a table, a collection made from its columns).
    public var collection: CollectionDef
    /// The rows, in the result's order.
    public var rows: [RowRef]
    /// The columns the defining query selected (empty for the collection's defaults).
    public var select: [SelectItem]
    /// Whether it is a table of groups rather than rows of a collection.
    public var isTable = false

    /// Creates a saved result.
    public init(collection: CollectionDef, rows: [RowRef], select: [SelectItem]) {
        self.collection = collection
        self.rows = rows
        self.select = select
    }

    /// A saved table: its columns become the fields of a collection of its own.
    public init(name: String, table: ResultTable) {
        let fields = table.columns.enumerated().map { index, column in
            FieldDef(
                name: column.name.lowercased(), type: column.type, summary: "a column of \(name)",
                get: { _, row in table.rows[Int(row.item)][index] })
        }
        collection = CollectionDef(
            name: name, summary: "a saved table", itemCount: { _ in 0 }, include: nil, rowSpan: nil,
            fields: fields, defaultColumns: fields.map(\.name))
        rows = table.rows.indices.map { RowRef(article: 0, item: $0) }
        select = []
        isTable = true
    }
}

/// An expression whose names are resolved and whose types are checked.
public indirect enum BoundExpr: @unchecked Sendable {
    case field(FieldDef)
    case literal(Value)
    case list([BoundExpr])
    case compare(BinaryOperator, BoundExpr, BoundExpr)
    /// A name field equal to one of several names (`speaker = "Rutte"`, `speaker in [...]`).
    case nameIn(FieldDef, [String])
    case and(BoundExpr, BoundExpr)
    case or(BoundExpr, BoundExpr)
    case not(BoundExpr)
    case isNull(BoundExpr, negated: Bool)
    case matches(BoundExpr, LinearRegex)
    case mentions(String)
    /// A scalar function of its arguments.
    case call(ScalarFunction, [BoundExpr])
    case arithmetic(ArithmeticOperator, BoundExpr, BoundExpr)
    /// After grouping: the value at an index of a group's row (a key or an aggregate).
    case slot(Int)
    /// `x in (QUERY)`: the query runs once, before the rows are tested.
    case inQuery(BoundExpr, Plan)
    /// `x in (QUERY)` once the query ran: its first column, each value folded (`ValueOrder.key`).
    case inSet(BoundExpr, Set<Value>)
    /// `x in (QUERY)` once the query ran, when both sides name rows of one collection (a link,
    /// or the key of the collection itself): the rows they name, compared without their text.
    /// The link leads from a row to the row it names; nil when the row names itself.
    case inRows(Link?, Set<RowRef>)
    /// `within N sentences of (QUERY)`.
    case within(Int, Plan)
    /// `within N sentences of …` once the query ran: per article, its rows' sentence ranges.
    case withinRanges(Int, [Int32: [ClosedRange<Int>]])
}

/// A column of a result: its name, type and value.
public struct BoundColumn: @unchecked Sendable {
    /// The column's name.
    public var name: String
    /// The type of its values.
    public var type: FieldType
    /// Its value for a row (or, after grouping, for a group).
    public var expr: BoundExpr
    /// Whether it is a group's row count (drawn with a bar).
    public var isCount = false
}

/// An aggregate of a grouping: count, sum, avg, min or max of an expression over a group's rows.
public struct Aggregate: @unchecked Sendable {
    /// Which aggregate.
    public var function: AggregateFunction
    /// Its argument (none for `count`).
    public var argument: BoundExpr?
    /// `count(distinct x)`.
    public var distinct: Bool
    /// The aggregate as written, which identifies it.
    public var text: String
}

/// The grouping of a plan: keys, aggregates and the clauses on groups.
public struct GroupPlan: @unchecked Sendable {
    /// The keys, evaluated on rows.
    public var keys: [BoundColumn]
    /// The aggregates, evaluated on each group's rows; a group's row is its keys then these.
    public var aggregates: [Aggregate]
    /// The clauses on the groups, whose expressions read a group's row (`.slot`).
    public var clauses: BoundClauses
    /// Whether it was written `count … by` (the default columns are the keys and the count).
    public var countStyle: Bool
}

/// The clauses of a plan, bound.
public struct BoundClauses: @unchecked Sendable {
    /// The filter.
    public var filter: BoundExpr?
    /// Sort keys: a value and whether it is descending.
    public var order: [(BoundExpr, Bool)] = []
    /// The most rows to keep (per `per` key when there is one).
    public var limit: Int?
    /// How many rows to skip first.
    public var offset: Int?
    /// `limit N per KEY`.
    public var per: [BoundExpr] = []
    /// The columns of the result.
    public var columns: [BoundColumn] = []
}

/// A query checked against the schema and ready to run.
public struct Plan: @unchecked Sendable {
    /// The collection rows come from.
    public var collection: CollectionDef
    /// The name of the source as written (a collection or a saved result).
    public var sourceName: String
    /// The rows of a saved result, when the source is one.
    public var baseRows: [RowRef]?
    /// The clauses on rows.
    public var clauses: BoundClauses
    /// The grouping, when the query groups.
    public var grouping: GroupPlan?

    /// The filter on rows.
    public var filter: BoundExpr? { clauses.filter }
    /// The most rows to keep.
    public var limit: Int? { clauses.limit }
    /// How many rows to skip first.
    public var offset: Int? { clauses.offset }
    /// The columns of the result (of the groups, when it groups).
    public var columns: [BoundColumn] { grouping?.clauses.columns ?? clauses.columns }
}
