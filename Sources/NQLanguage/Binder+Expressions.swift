import NQArticle
import NQSource

extension Binder {
    /// Binds and types an expression.
    func bind(_ expr: Expr, in scope: Scope, depth: Int) throws(Diagnostic) -> Typed {
        // The parser keeps trees shallower than this; a tree built otherwise is refused here
        // rather than walked into a stack overflow.
        if depth > Parser.maxHeight { throw Messages.tooDeep(at: expr.span, limit: Parser.maxHeight) }
        let next = depth + 1
        switch expr {
        case .field(let name):
            return try bindName(name, in: scope)
        case .literal(let value, _):
            return Typed(expr: .literal(value), type: Self.type(of: value))
        case .list(let items, _):
            var bound: [BoundExpr] = []
            for item in items { bound.append(try bind(item, in: scope, depth: next).expr) }
            return Typed(expr: .list(bound), type: .list)
        case .binary(.and, let lhs, let rhs, _), .binary(.or, let lhs, let rhs, _):
            let left = try bind(lhs, in: scope, depth: next)
            let right = try bind(rhs, in: scope, depth: next)
            let isAnd: Bool
            if case .binary(.and, _, _, _) = expr { isAnd = true } else { isAnd = false }
            try requireCondition(left, lhs, clause: isAnd ? "and" : "or")
            try requireCondition(right, rhs, clause: isAnd ? "and" : "or")
            return Typed(expr: isAnd ? .and(left.expr, right.expr) : .or(left.expr, right.expr), type: .bool)
        case .binary(let op, let lhs, let rhs, let span):
            return try bindComparison(op, lhs, rhs, span, in: scope, depth: next)
        case .not(let inner, _):
            let bound = try bind(inner, in: scope, depth: next)
            try requireCondition(bound, inner, clause: "not")
            return Typed(expr: .not(bound.expr), type: .bool)
        case .isNull(let inner, let negated, _):
            return Typed(expr: .isNull(try bind(inner, in: scope, depth: next).expr, negated: negated), type: .bool)
        case .matches(let inner, let pattern, let flags, let span):
            let bound = try bind(inner, in: scope, depth: next)
            try requireText(bound, inner, for: "matches")
            return Typed(expr: .matches(bound.expr, try Self.regex(pattern, flags: flags, span: span)), type: .bool)
        case .mentions(let inner, let span):
            guard case .rows(let collection) = scope, collection.rowSpan != nil else {
                throw Messages.mentionsNotText(scope.name, at: span)
            }
            guard case .literal(.text(let name), _) = inner else { throw Messages.mentionsName(at: inner.span) }
            return Typed(expr: .mentions(name), type: .bool)
        case .call(let name, let arguments, let distinct, let span):
            return try bindCall(name, arguments, distinct: distinct, span, in: scope, depth: next)
        case .arithmetic(let op, let lhs, let rhs, _):
            let left = try bind(lhs, in: scope, depth: next)
            let right = try bind(rhs, in: scope, depth: next)
            for (typed, side) in [(left, lhs), (right, rhs)] where typed.type != nil && typed.type != .number {
                throw Messages.notANumber(side.description, type: typed.type!, operator: op.rawValue, at: side.span)
            }
            return Typed(expr: .arithmetic(op, left.expr, right.expr), type: .number)
        case .subquery(_, let span):
            throw Messages.subqueryPlace(at: span)
        case .within(let count, let source, let span):
            guard case .rows(let collection) = scope, collection.rowSpan != nil else {
                throw Messages.withinNotText(scope.name, at: span)
            }
            let plan = try subplan(source)
            guard plan.grouping == nil, plan.collection.rowSpan != nil else {
                throw Messages.withinNotText(plan.collection.name, at: source.span)
            }
            return Typed(expr: .within(count, plan), type: .bool)
        }
    }

    /// A name: a field of the rows, or after `group by` a key or `count`.
    func bindName(_ name: Name, in scope: Scope) throws(Diagnostic) -> Typed {
        switch scope {
        case .rows(let collection):
            let field = try field(name, in: collection)
            return Typed(expr: .field(field), type: field.type)
        case .groups(let groups):
            if let key = groups.key(name.text) { return Typed(expr: .slot(key), type: groups.keys[key].type) }
            if name.text.lowercased() == "count" { return Typed(expr: .slot(groups.keys.count), type: .number) }
            // A name of a saved aggregate column (`… select avg(x) as mean … order by mean`).
            throw Messages.notAGroupKey(name, keys: groups.keys.map(\.item.name))
        }
    }

    func bindComparison(
        _ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, _ span: SourceSpan, in scope: Scope, depth: Int
    ) throws(Diagnostic) -> Typed {
        let left = try bind(lhs, in: scope, depth: depth)
        if op == .in { return try bindIn(left, lhs, rhs, in: scope, depth: depth) }
        let right: Typed
        do throws(Diagnostic) {
            right = try bind(rhs, in: scope, depth: depth)
        } catch {
            // `speaker = Trump`: a bare word where text in quotes was meant.
            if case .field(let word) = rhs, error.id == "unknownField", error.label == nil {
                throw Messages.bareWord(word)
            }
            throw error
        }
        switch op {
        case .contains:
            if left.type != .list { try requireText(left, lhs, for: op.rawValue) }
            try requireText(right, rhs, for: op.rawValue)
        case .startsWith, .endsWith:
            try requireText(left, lhs, for: op.rawValue)
            try requireText(right, rhs, for: op.rawValue)
        default:
            try requireComparable(left, lhs, right, rhs, op: op)
        }
        if case .field(let field) = left.expr, field.nameMatch != nil, case .literal(.text(let name)) = right.expr {
            if op == .equal { return Typed(expr: .nameIn(field, TextFolding.variants(name)), type: .bool) }
            if op == .notEqual { return Typed(expr: .not(.nameIn(field, TextFolding.variants(name))), type: .bool) }
        }
        return Typed(expr: .compare(op, left.expr, right.expr), type: .bool)
    }

    /// `x in [list]`, `x in NAME` (a saved result), `x in (QUERY)`.
    func bindIn(_ left: Typed, _ lhs: Expr, _ rhs: Expr, in scope: Scope, depth: Int) throws(Diagnostic) -> Typed {
        switch rhs {
        case .list(let items, _):
            var bound: [BoundExpr] = []
            var names: [String] = []
            for item in items {
                let typed = try bind(item, in: scope, depth: depth)
                try requireComparable(left, lhs, typed, item, op: .in)
                bound.append(typed.expr)
                if case .literal(.text(let name)) = typed.expr { names += TextFolding.variants(name) }
            }
            if case .field(let field) = left.expr, field.nameMatch != nil, names.count >= bound.count {
                return Typed(expr: .nameIn(field, names), type: .bool)
            }
            return Typed(expr: .compare(.in, left.expr, .list(bound)), type: .bool)
        case .field(let name) where isSavedResult(name, notAFieldOf: scope):
            return try bindInQuery(left, lhs, .subquery(Query(source: name, span: name.span), name.span))
        case .subquery:
            return try bindInQuery(left, lhs, rhs)
        default:
            throw Messages.expectedList(at: rhs.span, saved: saved.keys.sorted())
        }
    }

    func isSavedResult(_ name: Name, notAFieldOf scope: Scope) -> Bool {
        guard saved[name.text.lowercased()] != nil else { return false }
        if case .rows(let collection) = scope, collection.field(named: name.text) != nil { return false }
        return true
    }

    /// `x in (QUERY)`: compared with the query's first column, whose type must go with x's.
    func bindInQuery(_ left: Typed, _ lhs: Expr, _ rhs: Expr) throws(Diagnostic) -> Typed {
        let plan = try subplan(rhs)
        guard let first = plan.columns.first else { throw Messages.subqueryPlace(at: rhs.span) }
        if let type = left.type, !Self.compatible(type, first.type) {
            throw Messages.inColumnMismatch(
                lhs.description, type: type, column: first.name, columnType: first.type, at: rhs.span)
        }
        return Typed(expr: .inQuery(left.expr, plan), type: .bool)
    }

    /// The plan of a subquery or of a saved result's name.
    func subplan(_ source: Expr) throws(Diagnostic) -> Plan {
        switch source {
        case .subquery(let query, _): return try bind(query)
        case .field(let name): return try bind(Query(source: name, span: name.span))
        default: throw Messages.subqueryPlace(at: source.span)
        }
    }

    func bindCall(
        _ name: Name, _ arguments: [Expr], distinct: Bool, _ span: SourceSpan, in scope: Scope, depth: Int
    ) throws(Diagnostic) -> Typed {
        if let aggregate = AggregateFunction.named(name.text) {
            guard case .groups(let groups) = scope else { throw Messages.aggregateOutsideGroup(name) }
            if aggregate == .count && arguments.isEmpty {
                if distinct {
                    throw Messages.expected(
                        "a field after 'distinct'", found: QueryToken(kind: .end, span: span, text: ")"))
                }
                return Typed(expr: .slot(groups.keys.count), type: .number)
            }
            guard arguments.count == 1 else { throw Messages.argumentCount(name.text, expected: 1, at: span) }
            let argument = try bind(arguments[0], in: .rows(groups.collection), depth: depth)
            if aggregate == .sum || aggregate == .avg, let type = argument.type, type != .number {
                throw Messages.notANumber(
                    arguments[0].description, type: type, operator: name.text, at: arguments[0].span)
            }
            let type: FieldType = aggregate == .min || aggregate == .max ? (argument.type ?? .text) : .number
            let text = Expr.call(name, arguments, distinct: distinct, span).description.lowercased()
            let slot = groups.slot(
                of: Aggregate(function: aggregate, argument: argument.expr, distinct: distinct, text: text), type: type)
            return Typed(expr: .slot(slot), type: type)
        }
        guard let function = ScalarFunction.named(name.text) else {
            let known = ScalarFunction.allCases.map(\.rawValue) + AggregateFunction.allCases.map(\.rawValue)
            throw Messages.unknownFunction(name, suggestion: Suggestion.closest(to: name.text, in: known), known: known)
        }
        if case .groups(let groups) = scope,
            let key = groups.key(Expr.call(name, arguments, distinct: false, span).description)
        {
            return Typed(expr: .slot(key), type: groups.keys[key].type)
        }
        guard arguments.count == 1 else { throw Messages.argumentCount(name.text, expected: 1, at: span) }
        let argument = try bind(arguments[0], in: scope, depth: depth)
        if let type = argument.type, !Self.compatible(type, function.argumentType) || type == .list {
            throw Messages.badArgument(function.signature, given: type, at: arguments[0].span)
        }
        return Typed(expr: .call(function, [argument.expr]), type: function.resultType)
    }

    func requireText(_ typed: Typed, _ expr: Expr, for op: String) throws(Diagnostic) {
        guard let type = typed.type, type != .text, type != .date else { return }
        throw Messages.notText(expr.description, type: type, operator: op, at: expr.span)
    }

    func requireComparable(_ left: Typed, _ lhs: Expr, _ right: Typed, _ rhs: Expr, op: BinaryOperator)
        throws(Diagnostic)
    {
        guard let a = left.type, let b = right.type, !Self.compatible(a, b) else { return }
        // A list compares element by element: `aliases = "Rutte"`, `aliases in ["A", "B"]`.
        if a == .list && (op == .equal || op == .notEqual || op == .in) { return }
        throw Messages.typeMismatch(
            lhs.description, a, rhs.description, b, op: op.rawValue, rhsIsLiteral: Self.isLiteral(rhs), at: rhs.span)
    }

    static func isLiteral(_ expr: Expr) -> Bool {
        if case .literal = expr { return true }
        return false
    }

    /// Whether values of two types can be compared: the same type, or text with dates.
    static func compatible(_ a: FieldType, _ b: FieldType) -> Bool {
        a == b || (a == .text && b == .date) || (a == .date && b == .text)
    }

    static func type(of value: Value) -> FieldType? {
        switch value {
        case .null: return nil
        case .bool: return .bool
        case .number: return .number
        case .text: return .text
        case .list: return .list
        }
    }

    /// A compiled regular expression; the `q` flag makes every apostrophe or quotation mark
    /// in the pattern stand for all of its kind.
    static func regex(_ pattern: String, flags: String, span: SourceSpan) throws(Diagnostic) -> LinearRegex {
        let marks = flags.contains("q")
        do {
            return try LinearRegex(
                marks ? TextFolding.regexPattern(pattern) : pattern, flags: flags.filter { $0 != "q" })
        } catch {
            // Point at the place in the pattern (the literal is `/pattern/flags`).
            let literalStart = Int(span.end) - pattern.utf8.count - flags.utf8.count - 2
            let offset = max(Int(span.start), literalStart + 1 + error.offset)
            let at = SourceSpan(min(offset, Int(span.end) - 1), min(offset + 1, Int(span.end)))
            throw Messages.badRegex(error.message, at: at)
        }
    }
}

extension Scope {
    /// The collection's name, for messages.
    var name: String {
        switch self {
        case .rows(let collection): return collection.name
        case .groups: return "groups"
        }
    }
}
