import NQArticle
import NQSource

extension Evaluator {
    /// The groups of a plan: each group's row (keys, then aggregates) filtered, sorted, cut and
    /// shown as the grouping's columns.
    func groups(_ plan: Plan, _ grouping: GroupPlan) throws(Diagnostic) -> ResultTable {
        let tuples = try groupRows(plan, grouping)
        let clauses = grouping.clauses
        var context = EvaluationContext(corpus: corpus, rowSpan: nil)
        let none = RowRef(article: 0, item: 0)
        func value(_ expr: BoundExpr, _ index: Int) -> Value {
            context.tuple = tuples[index]
            return context.value(expr, none)
        }
        var kept = Array(tuples.indices)
        if let filter = clauses.filter {
            let prepared = try prepare(filter)
            kept = kept.filter { index in
                context.tuple = tuples[index]
                return context.test(prepared, none)
            }
        }
        // Groups come largest first, ties by key, unless the query orders them; its keys come
        // first and that order breaks their ties.
        var order = try clauses.order.map { (key) throws(Diagnostic) in (try prepare(key.0), key.1) }
        order.append((.slot(grouping.keys.count), true))
        for index in grouping.keys.indices { order.append((.slot(index), false)) }
        let per = try clauses.per.map { (key) throws(Diagnostic) in try prepare(key) }
        let picked = try cut(kept.count, order: order, per: per, limit: clauses.limit, offset: clauses.offset) {
            expr, index in value(expr, kept[index])
        }
        let columns = clauses.columns
        let rows = picked.map { index in columns.map { value($0.expr, kept[index]) } }
        let isGroups = columns.last?.isCount == true
        return ResultTable(
            columns: columns.map { ResultTable.Column(name: $0.name, type: $0.type) }, rows: rows,
            shape: isGroups ? .groups : .rows)
    }

    /// Each group's row: its key values, then its aggregates.
    func groupRows(_ plan: Plan, _ grouping: GroupPlan) throws(Diagnostic) -> [[Value]] {
        let fields = grouping.keys.compactMap { column -> FieldDef? in
            if case .field(let field) = column.expr { return field }
            return nil
        }
        if fields.count == grouping.keys.count, grouping.aggregates.count == 1 {
            // Only counts of plain fields: the tally that counts in parts (or reads the corpus's
            // counts of quotes by speaker).
            return try count(plan, by: fields).rows
        }
        let rows = try rows(plan)
        var context = EvaluationContext(corpus: corpus, rowSpan: plan.collection.rowSpan)
        var slots: [[Value]: Int] = [:]
        var keys: [[Value]] = []
        var members: [[RowRef]] = []
        for (index, row) in rows.enumerated() {
            if index & 1023 == 0 { try cancellation.poll() }
            let key = grouping.keys.map { context.value($0.expr, row) }
            if let slot = slots[key] {
                members[slot].append(row)
            } else {
                slots[key] = keys.count
                keys.append(key)
                members.append([row])
            }
        }
        var tuples: [[Value]] = []
        tuples.reserveCapacity(keys.count)
        for (slot, key) in keys.enumerated() {
            if slot & 255 == 0 { try cancellation.poll() }
            var tuple = key
            for aggregate in grouping.aggregates {
                guard let argument = aggregate.argument else {
                    tuple.append(.number(Double(members[slot].count)))
                    continue
                }
                let values = members[slot].map { context.value(argument, $0) }
                tuple.append(aggregate.function.apply(values, distinct: aggregate.distinct))
            }
            tuples.append(tuple)
        }
        return tuples
    }
}
