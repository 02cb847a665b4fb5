import NQArticle
import NQSource

/// Runs plans against a corpus and produces result tables.
public struct Evaluator {
    /// The corpus queries run against.
    public let corpus: Corpus

    /// Creates an evaluator over a corpus.
    public init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// The rows a plan selects, filtered, sorted and cut, before projection.
    public func rows(_ plan: Plan) -> [RowRef] {
        var rows = candidates(plan)
        if let filter = plan.filter {
            var context = EvaluationContext(corpus: corpus, rowSpan: plan.collection.rowSpan)
            rows = rows.filter { context.test(filter, $0) }
        }
        if !plan.order.isEmpty {
            let keyed = rows.map { row in (row, plan.order.map { $0.0.get(corpus, row) }) }
            let sorted = keyed.enumerated().sorted { lhs, rhs in
                for (index, key) in plan.order.enumerated() {
                    let order = ValueOrder.compare(lhs.element.1[index], rhs.element.1[index])
                    if order != 0 { return key.1 ? order > 0 : order < 0 }
                }
                return lhs.offset < rhs.offset
            }
            rows = sorted.map(\.element.0)
        }
        let skip = min(plan.offset ?? 0, rows.count)
        if skip > 0 { rows.removeFirst(skip) }
        if let limit = plan.limit, rows.count > limit { rows.removeLast(rows.count - limit) }
        return rows
    }

    /// The starting rows: a saved result, an index lookup for a name equality, or every row.
    public func candidates(_ plan: Plan) -> [RowRef] {
        if let base = plan.baseRows { return base }
        if let names = indexableNames(plan), let index = nameIndex(for: plan) {
            var found: Set<RowRef> = []
            for name in names { found.formUnion(index[name.lowercased()] ?? []) }
            return found.sorted { ($0.article, $0.item) < ($1.article, $1.item) }
        }
        return plan.collection.rows(in: corpus)
    }

    /// The index for a plan's name field, when the collection has one.
    func nameIndex(for plan: Plan) -> [String: [RowRef]]? {
        switch plan.collection.name {
        case "quotes": return corpus.quotesBySpeakerName
        case "mentions": return corpus.mentionsByEntityName
        default: return nil
        }
    }

    /// The names of a top-level `speaker = …`/`entity = …` conjunct, which an index can answer.
    public func indexableNames(_ plan: Plan) -> [String]? {
        guard let filter = plan.filter, ["quotes", "mentions"].contains(plan.collection.name) else { return nil }
        let indexed = plan.collection.name == "quotes" ? "speaker" : "entity"
        func search(_ expr: BoundExpr) -> [String]? {
            switch expr {
            case .nameIn(let field, let names) where field.name == indexed: return names
            case .and(let lhs, let rhs): return search(lhs) ?? search(rhs)
            default: return nil
            }
        }
        return search(filter)
    }

    /// The table of a plan's rows and columns.
    public func table(_ plan: Plan) -> ResultTable {
        table(rows(plan), columns: plan.columns)
    }

    /// The table of given rows and columns.
    public func table(_ rows: [RowRef], columns: [FieldDef]) -> ResultTable {
        ResultTable(
            columns: columns.map { ResultTable.Column(name: $0.name, type: $0.type) },
            rows: rows.map { row in columns.map { $0.get(corpus, row) } })
    }

    /// `count QUERY`: one number.
    public func count(_ plan: Plan) -> ResultTable {
        ResultTable(
            columns: [ResultTable.Column(name: "count", type: .number)],
            rows: [[.number(Double(rows(plan).count))]], shape: .scalar)
    }

    /// `count QUERY by FIELD, …`: groups and their counts, largest first, ties by key.
    public func count(_ plan: Plan, by fields: [FieldDef]) -> ResultTable {
        var counts: [[Value]: Int] = [:]
        var firstSeen: [[Value]] = []
        for row in rows(plan) {
            let key = fields.map { field -> Value in
                let value = field.get(corpus, row)
                return value
            }
            if counts[key] == nil { firstSeen.append(key) }
            counts[key, default: 0] += 1
        }
        let ordered = firstSeen.sorted { lhs, rhs in
            let (left, right) = (counts[lhs]!, counts[rhs]!)
            if left != right { return left > right }
            for (a, b) in zip(lhs, rhs) {
                let order = ValueOrder.compare(a, b)
                if order != 0 { return order < 0 }
            }
            return false
        }
        return ResultTable(
            columns: fields.map { ResultTable.Column(name: $0.name, type: $0.type) }
                + [ResultTable.Column(name: "count", type: .number)],
            rows: ordered.map { $0 + [.number(Double(counts[$0]!))] }, shape: .groups)
    }
}
