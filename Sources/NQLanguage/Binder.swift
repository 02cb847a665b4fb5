import NQArticle
import NQSource

/// An expression bound and typed; `type` is nil for `null`, which goes with any type.
struct Typed {
    var expr: BoundExpr
    var type: FieldType?
}

/// What the names of an expression refer to: the fields of a collection's rows, or, after
/// `group by`, a group's keys and aggregates.
enum Scope {
    case rows(CollectionDef)
    case groups(GroupScope)
}

/// The names after `group by`: the keys, and the aggregates found so far (a group's row is its
/// keys, then its aggregates; the first aggregate is always the row count).
final class GroupScope {
    let collection: CollectionDef
    let keys: [(item: SelectItem, type: FieldType)]
    var aggregates: [Aggregate]
    var aggregateTypes: [FieldType]

    init(collection: CollectionDef, keys: [(item: SelectItem, type: FieldType)]) {
        self.collection = collection
        self.keys = keys
        aggregates = [Aggregate(function: .count, argument: nil, distinct: false, text: "count")]
        aggregateTypes = [.number]
    }

    /// The slot of a key named or written as `text`, if any.
    func key(_ text: String) -> Int? {
        let lowered = text.lowercased()
        return keys.firstIndex {
            $0.item.name.lowercased() == lowered || $0.item.expr.description.lowercased() == lowered
        }
    }

    /// The slot of an aggregate, added when it is new.
    func slot(of aggregate: Aggregate, type: FieldType) -> Int {
        if let index = aggregates.firstIndex(where: { $0.text == aggregate.text }) { return keys.count + index }
        aggregates.append(aggregate)
        aggregateTypes.append(type)
        return keys.count + aggregates.count - 1
    }
}

/// Checks names and types of a query against the schema and saved results before it runs,
/// with suggestions; nothing runs until the whole query checks.
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
        let scope = Scope.rows(collection)
        var clauses = try bind(query.clauses, in: scope)
        if query.grouping == nil && clauses.columns.isEmpty {
            if query.clauses.selectAll {
                clauses.columns = collection.fields.map { BoundColumn(name: $0.name, type: $0.type, expr: .field($0)) }
            } else if !savedSelect.isEmpty {
                clauses.columns = try columns(savedSelect, in: scope)
            } else {
                clauses.columns = collection.defaultColumns.compactMap { name in
                    collection.field(named: name).map { BoundColumn(name: $0.name, type: $0.type, expr: .field($0)) }
                }
            }
        }
        var plan = Plan(
            collection: collection, sourceName: query.source.text, baseRows: baseRows, clauses: clauses)
        if let grouping = query.grouping {
            if query.clauses.selectAll || !query.clauses.select.isEmpty {
                throw Messages.selectBeforeGroup(at: grouping.span)
            }
            plan.grouping = try bind(grouping, in: collection)
        }
        return plan
    }

    func bind(_ grouping: Grouping, in collection: CollectionDef) throws(Diagnostic) -> GroupPlan {
        var keys: [BoundColumn] = []
        var keyTypes: [(item: SelectItem, type: FieldType)] = []
        for item in grouping.keys {
            let typed = try bind(item.expr, in: .rows(collection), depth: 0)
            if case .list = typed.type { throw Messages.groupByList(item.expr.description, at: item.expr.span) }
            keys.append(BoundColumn(name: item.name, type: typed.type ?? .text, expr: typed.expr))
            keyTypes.append((item, typed.type ?? .text))
        }
        let scope = GroupScope(collection: collection, keys: keyTypes)
        var clauses = try bind(grouping.clauses, in: .groups(scope))
        if clauses.columns.isEmpty && !grouping.clauses.selectAll {
            clauses.columns =
                keys.indices.map { BoundColumn(name: keys[$0].name, type: keys[$0].type, expr: .slot($0)) }
                + [BoundColumn(name: "count", type: .number, expr: .slot(keys.count), isCount: true)]
        } else if grouping.clauses.selectAll {
            clauses.columns = keys.indices.map {
                BoundColumn(name: keys[$0].name, type: keys[$0].type, expr: .slot($0))
            }
            for (index, aggregate) in scope.aggregates.enumerated() {
                clauses.columns.append(
                    BoundColumn(
                        name: aggregate.text, type: scope.aggregateTypes[index], expr: .slot(keys.count + index),
                        isCount: index == 0))
            }
        }
        return GroupPlan(
            keys: keys, aggregates: scope.aggregates, clauses: clauses, countStyle: grouping.countStyle)
    }

    func bind(_ written: Clauses, in scope: Scope) throws(Diagnostic) -> BoundClauses {
        var bound = BoundClauses()
        // Names given with `as` may be used in where, order by and per.
        var aliases: [String: Expr] = [:]
        for item in written.select { if let alias = item.alias { aliases[alias.text.lowercased()] = item.expr } }
        var clauses = written
        if !aliases.isEmpty {
            clauses.filter = clauses.filter.map { Self.substitute($0, aliases) }
            clauses.order = clauses.order.map {
                OrderKey(expr: Self.substitute($0.expr, aliases), descending: $0.descending)
            }
            clauses.per = clauses.per.map { Self.substitute($0, aliases) }
        }
        if let filter = clauses.filter {
            let typed = try bind(filter, in: scope, depth: 0)
            try requireCondition(typed, filter, clause: "where")
            bound.filter = typed.expr
        }
        for key in clauses.order { bound.order.append((try bind(key.expr, in: scope, depth: 0).expr, key.descending)) }
        for key in clauses.per { bound.per.append(try bind(key, in: scope, depth: 0).expr) }
        bound.limit = clauses.limit
        bound.offset = clauses.offset
        bound.columns = try columns(clauses.select, in: scope)
        return bound
    }

    /// The expression with each name given by `as` replaced by what it names.
    static func substitute(_ expr: Expr, _ aliases: [String: Expr]) -> Expr {
        switch expr {
        case .field(let name): return aliases[name.text.lowercased()] ?? expr
        case .list(let items, let span): return .list(items.map { substitute($0, aliases) }, span)
        case .binary(let op, let lhs, let rhs, let span):
            return .binary(op, substitute(lhs, aliases), substitute(rhs, aliases), span)
        case .arithmetic(let op, let lhs, let rhs, let span):
            return .arithmetic(op, substitute(lhs, aliases), substitute(rhs, aliases), span)
        case .not(let inner, let span): return .not(substitute(inner, aliases), span)
        case .isNull(let inner, let negated, let span):
            return .isNull(substitute(inner, aliases), negated: negated, span)
        case .matches(let inner, let pattern, let flags, let span):
            return .matches(substitute(inner, aliases), pattern: pattern, flags: flags, span)
        case .call(let name, let items, let distinct, let span):
            return .call(name, items.map { substitute($0, aliases) }, distinct: distinct, span)
        case .literal, .mentions, .subquery, .within: return expr
        }
    }

    func columns(_ items: [SelectItem], in scope: Scope) throws(Diagnostic) -> [BoundColumn] {
        var columns: [BoundColumn] = []
        for item in items {
            let typed = try bind(item.expr, in: scope, depth: 0)
            var column = BoundColumn(name: item.name, type: typed.type ?? .text, expr: typed.expr)
            if case .groups(let groups) = scope, case .slot(let slot) = typed.expr, slot == groups.keys.count {
                column.isCount = true
            }
            columns.append(column)
        }
        return columns
    }

    func source(_ name: Name) throws(Diagnostic) -> (CollectionDef, [RowRef]?, [SelectItem]) {
        if let saved = saved[name.text.lowercased()] { return (saved.collection, saved.rows, saved.select) }
        if let collection = Schema.collection(named: name.text) { return (collection, nil, []) }
        let known = Schema.collectionNames + saved.keys.sorted()
        throw Messages.unknownCollection(
            name, suggestion: Suggestion.closest(to: name.text, in: known), known: known)
    }

    /// The field of a collection with a name, following links for a dotted name
    /// (`article.title`), or an unknown-field diagnostic at the part that is unknown.
    public func field(_ name: Name, in collection: CollectionDef) throws(Diagnostic) -> FieldDef {
        let parts = name.text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var current = collection
        var links: [Link] = []
        var offset = Int(name.span.start)
        for (index, part) in parts.enumerated() {
            let span = SourceSpan(offset, offset + part.utf8.count)
            guard let field = current.field(named: part) else {
                let names = current.fields.map(\.name)
                throw Messages.unknownField(
                    Name(part, span: span), of: current.name, suggestion: Suggestion.closest(to: part, in: names),
                    fields: names)
            }
            if index == parts.count - 1 { return Self.following(links, to: field, named: name.text.lowercased()) }
            guard let link = field.link, let target = Schema.collection(named: link.target) else {
                throw Messages.notALink(
                    part, of: current.name, at: span, links: current.fields.filter { $0.link != nil }.map(\.name))
            }
            links.append(link)
            current = target
            offset += part.utf8.count + 1
        }
        throw Messages.expected("a field", found: QueryToken(kind: .end, span: name.span, text: ""))
    }

    /// A field read through links: the row each link leads to, then the field there.
    static func following(_ links: [Link], to field: FieldDef, named name: String) -> FieldDef {
        guard !links.isEmpty else { return field }
        @Sendable func target(_ corpus: Corpus, _ row: RowRef) -> RowRef? {
            var current = row
            for link in links {
                guard let next = link.resolve(corpus, current) else { return nil }
                current = next
            }
            return current
        }
        var followed = field
        followed.name = name
        followed.get = { corpus, row in target(corpus, row).map { field.get(corpus, $0) } ?? .null }
        if let span = field.span { followed.span = { corpus, row in target(corpus, row).flatMap { span(corpus, $0) } } }
        if let match = field.nameMatch {
            followed.nameMatch = { corpus, row, name in target(corpus, row).map { match(corpus, $0, name) } ?? false }
        }
        if let link = field.link {
            followed.link = Link(to: link.target) { corpus, row in
                target(corpus, row).flatMap { link.resolve(corpus, $0) }
            }
        }
        return followed
    }

    /// Checks that an expression is a condition (true or false), as `where`, `and`, `or` and
    /// `not` need.
    func requireCondition(_ typed: Typed, _ expr: Expr, clause: String) throws(Diagnostic) {
        guard let type = typed.type, type != .bool else { return }
        throw Messages.notACondition(expr.description, type: type, clause: clause, at: expr.span)
    }
}
