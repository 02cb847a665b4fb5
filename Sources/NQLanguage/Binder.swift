import NQArticle
import NQSource

/// A result kept under a name by `let`: the rows of a collection.
public struct SavedResult: Sendable {
    /// The collection the rows belong to.
    public var collection: CollectionDef
    /// The rows, in the result's order.
    public var rows: [RowRef]
    /// The fields the defining query selected (empty for the collection's defaults).
    public var select: [String]

    /// Creates a saved result.
    public init(collection: CollectionDef, rows: [RowRef], select: [String]) {
        self.collection = collection
        self.rows = rows
        self.select = select
    }
}

/// An expression whose names are resolved against a collection.
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
}

/// A query checked against the schema and ready to run.
public struct Plan: Sendable {
    /// The collection rows come from.
    public var collection: CollectionDef
    /// The name of the source as written (a collection or a saved result).
    public var sourceName: String
    /// The rows of a saved result, when the source is one.
    public var baseRows: [RowRef]?
    /// The filter.
    public var filter: BoundExpr?
    /// Sort keys: a field and whether it is descending.
    public var order: [(FieldDef, Bool)]
    /// The most rows to keep.
    public var limit: Int?
    /// How many rows to skip first.
    public var offset: Int?
    /// The columns of the result.
    public var columns: [FieldDef]
}

/// Checks names and types of a query against the schema and saved results, with suggestions.
public struct Binder {
    /// The saved results by lower-cased name.
    public var saved: [String: SavedResult]

    /// Creates a binder that knows the saved results.
    public init(saved: [String: SavedResult]) {
        self.saved = saved
    }

    /// Binds a query, or returns the diagnostic for its first mistake.
    public func bind(_ query: Query) throws(Diagnostic) -> Plan {
        let (collection, baseRows, savedSelect) = try source(query.source)
        let filter = try query.filter.map { (expr) throws(Diagnostic) -> BoundExpr in try bind(expr, in: collection) }
        var order: [(FieldDef, Bool)] = []
        for key in query.order { order.append((try field(key.field, in: collection), key.descending)) }
        var columns: [FieldDef] = []
        for name in query.select { columns.append(try field(name, in: collection)) }
        if columns.isEmpty {
            let names = savedSelect.isEmpty ? collection.defaultColumns : savedSelect
            columns = names.compactMap { collection.field(named: $0) }
        }
        return Plan(
            collection: collection, sourceName: query.source.text, baseRows: baseRows, filter: filter,
            order: order, limit: query.limit, offset: query.offset, columns: columns)
    }

    func source(_ name: Name) throws(Diagnostic) -> (CollectionDef, [RowRef]?, [String]) {
        if let saved = saved[name.text.lowercased()] { return (saved.collection, saved.rows, saved.select) }
        if let collection = Schema.collection(named: name.text) { return (collection, nil, []) }
        let known = Schema.collectionNames + saved.keys.sorted()
        throw Messages.unknownCollection(
            name, suggestion: Suggestion.closest(to: name.text, in: known), known: known)
    }

    /// The field of a collection with a name, or an unknown-field diagnostic.
    public func field(_ name: Name, in collection: CollectionDef) throws(Diagnostic) -> FieldDef {
        if let field = collection.field(named: name.text) { return field }
        let names = collection.fields.map(\.name)
        throw Messages.unknownField(
            name, of: collection.name, suggestion: Suggestion.closest(to: name.text, in: names), fields: names)
    }

    func bind(_ expr: Expr, in collection: CollectionDef) throws(Diagnostic) -> BoundExpr {
        switch expr {
        case .field(let name):
            return .field(try field(name, in: collection))
        case .literal(let value, _):
            return .literal(value)
        case .list(let items, _):
            var bound: [BoundExpr] = []
            for item in items { bound.append(try bind(item, in: collection)) }
            return .list(bound)
        case .binary(.and, let lhs, let rhs, _):
            return .and(try bind(lhs, in: collection), try bind(rhs, in: collection))
        case .binary(.or, let lhs, let rhs, _):
            return .or(try bind(lhs, in: collection), try bind(rhs, in: collection))
        case .binary(let op, let lhs, let rhs, _):
            let left = try bind(lhs, in: collection)
            let right = try bind(rhs, in: collection)
            if case .field(let field) = left, field.nameMatch != nil {
                if op == .equal, case .literal(.text(let name)) = right { return .nameIn(field, [name]) }
                if op == .notEqual, case .literal(.text(let name)) = right { return .not(.nameIn(field, [name])) }
                if op == .in, case .list(let items) = right {
                    let names = items.compactMap { item -> String? in
                        if case .literal(.text(let name)) = item { return name }
                        return nil
                    }
                    if names.count == items.count { return .nameIn(field, names) }
                }
            }
            if op == .in {
                guard case .list = right else {
                    throw Diagnostic(
                        id: "expectedList", message: "'in' takes a list such as [\"a\", \"b\"]", span: rhs.span)
                }
            }
            return .compare(op, left, right)
        case .not(let inner, _):
            return .not(try bind(inner, in: collection))
        case .isNull(let inner, let negated, _):
            return .isNull(try bind(inner, in: collection), negated: negated)
        case .matches(let inner, let pattern, let flags, let span):
            let bound = try bind(inner, in: collection)
            do {
                return .matches(bound, try LinearRegex(pattern, flags: flags))
            } catch {
                // Point at the place in the pattern (the literal is `/pattern/flags`).
                let literalStart = Int(span.end) - pattern.utf8.count - flags.utf8.count - 2
                let offset = max(Int(span.start), literalStart + 1 + error.offset)
                let at = SourceSpan(min(offset, Int(span.end) - 1), min(offset + 1, Int(span.end)))
                throw Messages.badRegex(error.message, at: at)
            }
        case .mentions(let inner, let span):
            guard collection.rowSpan != nil else {
                throw Diagnostic(
                    id: "mentionsNotText", message: "'mentions' works on collections of text, not '\(collection.name)'",
                    span: span, label: "try sentences, paragraphs, sections, quotes or articles")
            }
            guard case .literal(.text(let name), _) = inner else {
                throw Diagnostic(id: "mentionsName", message: "'mentions' takes a name in quotes", span: inner.span)
            }
            return .mentions(name)
        }
    }
}
