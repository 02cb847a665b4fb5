import NQLanguage
import NQSource

/// Says how a query is evaluated: its source, whether an index answers it, its clauses.
enum QueryExplainer {
    static func explain(_ query: Query, plan: Plan, evaluator: Evaluator, saved: [String: SavedResult])
        throws(Diagnostic) -> String
    {
        let binderSaved = saved
        var lines: [(String, String)] = []
        let all = plan.baseRows?.count ?? plan.collection.rows(in: evaluator.corpus).count
        let kind = plan.baseRows == nil ? "collection" : "saved result of \(plan.collection.name)"
        lines.append(("source", "\(plan.sourceName): \(kind), \(all) rows"))
        if let names = evaluator.indexableNames(plan), plan.baseRows == nil {
            let field = plan.collection.name == "quotes" ? "speaker" : "entity"
            let candidates = evaluator.candidates(plan).count
            lines.append(
                (
                    "lookup",
                    "index of \(field) names for " + names.map { "\"\($0)\"" }.joined(separator: ", ")
                        + ": \(candidates) candidate rows, no scan"
                ))
        } else if plan.filter != nil {
            lines.append(("scan", "every row is tested"))
        }
        if let filter = query.filter { lines.append(("where", filter.description)) }
        for (index, subquery) in subqueries(of: query.filter).enumerated() {
            let rows = try evaluator.table(try Binder(saved: binderSaved).bind(subquery)).rows.count
            lines.append(("subquery \(index + 1)", "\(subquery): \(rows) rows, run once before the rows are tested"))
        }
        if !query.order.isEmpty {
            lines.append(
                (
                    "order",
                    query.order.map { $0.expr.description + ($0.descending ? " desc" : "") }.joined(separator: ", ")
                ))
        }
        if let grouping = query.grouping {
            lines.append(("group by", grouping.keys.map(\.name).joined(separator: ", ")))
            let aggregates = plan.grouping?.aggregates.map(\.text) ?? []
            lines.append(("aggregates", aggregates.joined(separator: ", ")))
            if let filter = grouping.clauses.filter { lines.append(("where", filter.description + " (on groups)")) }
            if !grouping.clauses.order.isEmpty {
                lines.append(
                    (
                        "order",
                        grouping.clauses.order.map { $0.expr.description + ($0.descending ? " desc" : "") }
                            .joined(separator: ", ") + " (groups)"
                    ))
            }
            if let limit = grouping.clauses.limit { lines.append(("limit", "\(limit) groups")) }
        }
        if let limit = plan.limit { lines.append(("limit", "\(limit)" + (plan.offset.map { " offset \($0)" } ?? ""))) }
        lines.append(("columns", plan.columns.map(\.name).joined(separator: ", ")))
        let count = plan.grouping == nil ? try evaluator.rows(plan).count : try evaluator.table(plan).rows.count
        lines.append(("result", "\(count) \(plan.grouping == nil ? "rows" : "groups")"))
        let width = lines.map(\.0.count).max() ?? 0
        return lines.map { $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }
            .joined(separator: "\n") + "\n"
    }

    /// The queries in parentheses of a filter (not those inside them), in order.
    static func subqueries(of filter: Expr?) -> [Query] {
        guard let filter else { return [] }
        var found: [Query] = []
        var stack = [filter]
        while let expr = stack.popLast() {
            if case .subquery(let query, _) = expr {
                found.append(query)
                continue
            }
            stack.append(contentsOf: expr.children.reversed())
        }
        return found
    }
}
