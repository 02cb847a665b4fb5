import Dispatch
import NQArticle
import NQSource

/// Runs plans against a corpus and produces result tables.
public struct Evaluator {
    /// The corpus queries run against.
    public let corpus: Corpus
    /// Polled in long loops: Ctrl-C stops the statement.
    public var cancellation: Cancellation

    /// Creates an evaluator over a corpus.
    public init(corpus: Corpus, cancellation: Cancellation = Cancellation()) {
        self.corpus = corpus
        self.cancellation = cancellation
    }

    /// The rows a plan selects, filtered, sorted and cut, before projection and grouping.
    public func rows(_ plan: Plan) throws(Diagnostic) -> [RowRef] {
        var rows = candidates(plan)
        var context = EvaluationContext(corpus: corpus, rowSpan: plan.collection.rowSpan)
        if let written = residualFilter(plan) {
            let filter = try prepare(written, in: plan.collection)
            if let scan = TextScan(filter) {
                rows = try scan.filterInParts(rows, in: corpus, check: cancellation)
            } else {
                var kept: [RowRef] = []
                for (index, row) in rows.enumerated() {
                    if index & 1023 == 0 { try cancellation.poll() }
                    if context.test(filter, row) { kept.append(row) }
                }
                rows = kept
            }
        }
        let order = try plan.clauses.order.map { (key) throws(Diagnostic) in (try prepare(key.0), key.1) }
        let per = try plan.clauses.per.map { (key) throws(Diagnostic) in try prepare(key) }
        if order.count == 1, per.isEmpty, case .field(let field) = order[0].0, field.span != nil {
            // One text key read from the articles: sorted by integer prefixes, then bytes.
            let top = plan.limit.map { $0 + (plan.offset ?? 0) }
            var picked = try SpanTextOrdering(descending: order[0].1, check: cancellation).order(
                rows, by: field, of: plan.collection, in: corpus, top: top)
            let skip = min(plan.offset ?? 0, picked.count)
            if skip > 0 { picked.removeFirst(skip) }
            if let limit = plan.limit, picked.count > limit { picked.removeLast(picked.count - limit) }
            return picked.map { rows[$0] }
        }
        let picked = try cut(
            rows.count, order: order, per: per, limit: plan.limit, offset: plan.offset,
            sortKey: { expr, index in sortKey(expr, rows[index], &context) }
        ) { (expr, index) in context.value(expr, rows[index]) }
        return picked.map { rows[$0] }
    }

    /// The sort key of a row: for text that is a span of the article, made from its bytes
    /// without a string in between.
    func sortKey(_ expr: BoundExpr, _ row: RowRef, _ context: inout EvaluationContext) -> SortKey {
        if case .field(let field) = expr, let spanOf = field.span {
            guard let span = spanOf(corpus, row) else { return .null }
            let bytes = corpus.articles[Int(row.article)].text.bytes[span.lower..<span.upper]
            return SortKey.text(bytes)
        }
        return SortKey(context.value(expr, row))
    }

    /// When an expression names rows of a collection (a link such as a quote's `article`, or the
    /// collection's own key such as `id` of articles): the link (nil for the key) and the
    /// collection named.
    func rowNames(_ expr: BoundExpr, in collection: CollectionDef?) -> (Link?, String)? {
        guard case .field(let field) = expr else { return nil }
        // Only links to a collection with a key show that key (an article's id), so that rows
        // are the same exactly when the values are; an entity's name is shared across articles.
        if let link = field.link {
            return Schema.collection(named: link.target)?.key != nil ? (link, link.target) : nil
        }
        if let collection, let key = collection.key, field.name == key, Schema.collection(named: collection.name) != nil
        {
            return (nil, collection.name)
        }
        return nil
    }

    /// The rows of `target` that a query's first column names, when it names rows of it.
    func namedRows(_ plan: Plan, target: String) throws(Diagnostic) -> Set<RowRef>? {
        guard plan.grouping == nil, let first = plan.columns.first,
            let (link, named) = rowNames(first.expr, in: plan.collection), named == target
        else { return nil }
        var found: Set<RowRef> = []
        for row in try rows(plan) {
            if let link {
                if let target = link.resolve(corpus, row) { found.insert(target) }
            } else {
                found.insert(row)
            }
        }
        return found
    }

    /// Sorts and cuts `count` items (rows or groups): the indices kept, in order.
    func cut(
        _ count: Int, order: [(BoundExpr, Bool)], per: [BoundExpr], limit: Int?, offset: Int?,
        sortKey: ((BoundExpr, Int) -> SortKey)? = nil, value: (BoundExpr, Int) -> Value
    ) throws(Diagnostic) -> [Int] {
        var indices = Array(0..<count)
        if !order.isEmpty {
            var keys: [[SortKey]] = []
            keys.reserveCapacity(count)
            for index in 0..<count {
                if index & 4095 == 0 { try cancellation.poll() }
                keys.append(order.map { sortKey?($0.0, index) ?? SortKey(value($0.0, index)) })
            }
            let top = per.isEmpty ? limit.map { $0 + (offset ?? 0) } : nil
            indices = try Ordering(descending: order.map(\.1), check: cancellation).order(keys, top: top)
        }
        guard per.isEmpty else {
            // `limit N per KEY`: the offset and limit count within each key's items.
            var seen: [[Value]: Int] = [:]
            return indices.filter { index in
                let key = per.map { ValueOrder.key(value($0, index)) }
                let position = seen[key, default: 0]
                seen[key] = position + 1
                return position >= (offset ?? 0) && position < (offset ?? 0) + (limit ?? Int.max)
            }
        }
        let skip = min(offset ?? 0, indices.count)
        if skip > 0 { indices.removeFirst(skip) }
        if let limit, indices.count > limit { indices.removeLast(indices.count - limit) }
        return indices
    }

    /// The filter with its subqueries run: `in (QUERY)` becomes a set of values, `within … of`
    /// a table of sentence ranges.
    func prepare(_ expr: BoundExpr, in collection: CollectionDef? = nil) throws(Diagnostic) -> BoundExpr {
        switch expr {
        case .and(let lhs, let rhs): return .and(try prepare(lhs, in: collection), try prepare(rhs, in: collection))
        case .or(let lhs, let rhs): return .or(try prepare(lhs, in: collection), try prepare(rhs, in: collection))
        case .not(let inner): return .not(try prepare(inner, in: collection))
        case .isNull(let inner, let negated): return .isNull(try prepare(inner, in: collection), negated: negated)
        case .compare(let op, let lhs, let rhs):
            return .compare(op, try prepare(lhs, in: collection), try prepare(rhs, in: collection))
        case .arithmetic(let op, let lhs, let rhs):
            return .arithmetic(op, try prepare(lhs, in: collection), try prepare(rhs, in: collection))
        case .inQuery(let lhs, let plan):
            if let (link, target) = rowNames(lhs, in: collection), let rows = try namedRows(plan, target: target) {
                return .inRows(link, rows)
            }
            let table = try table(plan)
            var set: Set<Value> = []
            for row in table.rows {
                guard let first = row.first else { continue }
                if case .list(let items) = first {
                    for item in items { set.insert(ValueOrder.key(item)) }
                } else if !first.isNull {
                    set.insert(ValueOrder.key(first))
                }
            }
            return .inSet(try prepare(lhs), set)
        case .within(let distance, let plan):
            var ranges: [Int32: [ClosedRange<Int>]] = [:]
            guard let rowSpan = plan.collection.rowSpan else { return .withinRanges(distance, [:]) }
            for row in try rows(plan) {
                let article = corpus.articles[Int(row.article)]
                let span = rowSpan(article, Int(row.item))
                guard let first = article.sentenceIndex(containing: span.lower) else { continue }
                let last = article.sentenceIndex(containing: max(span.lower, span.upper - 1)) ?? first
                ranges[row.article, default: []].append(first...max(first, last))
            }
            return .withinRanges(distance, ranges)
        default:
            return expr
        }
    }

    /// The starting rows: a saved result, an index lookup for a name equality, or every row.
    public func candidates(_ plan: Plan) -> [RowRef] {
        if let base = plan.baseRows { return base }
        if let names = indexableNames(plan), hasNameIndex(plan) {
            // One name's rows are already in article and text order, each once.
            if names.count == 1 { return indexedRows(plan, names[0].lowercased()) }
            var found: Set<RowRef> = []
            for name in names { found.formUnion(indexedRows(plan, name.lowercased())) }
            return found.sorted { ($0.article, $0.item) < ($1.article, $1.item) }
        }
        return plan.collection.rows(in: corpus)
    }

    /// The filter left to test on the candidates: without the name conjunct an index answered,
    /// since every row the index gives for a name answers to that name (the index keys are
    /// names that `nameMatch` accepts; see `Corpus.nameKeys`).
    func residualFilter(_ plan: Plan) -> BoundExpr? {
        guard let filter = plan.filter, plan.baseRows == nil, indexableNames(plan) != nil, hasNameIndex(plan)
        else { return plan.filter }
        let indexed = plan.collection.name == "quotes" ? "speaker" : "entity"
        // The conjunct `indexableNames` finds: the first, left side before right.
        func removing(_ expr: BoundExpr) -> (rest: BoundExpr?, found: Bool) {
            switch expr {
            case .nameIn(let field, _) where field.name == indexed: return (nil, true)
            case .and(let lhs, let rhs):
                let left = removing(lhs)
                if left.found { return (left.rest.map { .and($0, rhs) } ?? rhs, true) }
                let right = removing(rhs)
                if right.found { return (right.rest.map { .and(lhs, $0) } ?? lhs, true) }
                return (expr, false)
            default: return (expr, false)
            }
        }
        return removing(filter).rest
    }

    /// Whether the collection has a name index (quotes by speaker, mentions by entity).
    func hasNameIndex(_ plan: Plan) -> Bool {
        plan.collection.name == "quotes" || plan.collection.name == "mentions"
    }

    /// The rows the name index gives for a lower-cased name.
    func indexedRows(_ plan: Plan, _ key: String) -> [RowRef] {
        plan.collection.name == "quotes" ? corpus.quotesBySpeakerName[key] ?? [] : corpus.mentionRows(named: key)
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

    /// The table of a plan: its rows and columns, or its groups.
    public func table(_ plan: Plan) throws(Diagnostic) -> ResultTable {
        if let grouping = plan.grouping { return try groups(plan, grouping) }
        return try table(try rows(plan), columns: plan.columns, rowSpan: plan.collection.rowSpan)
    }

    /// The table of given rows and columns.
    public func table(
        _ rows: [RowRef], columns: [BoundColumn], rowSpan: (@Sendable (Article, Int) -> SourceSpan)? = nil
    )
        throws(Diagnostic) -> ResultTable
    {
        var context = EvaluationContext(corpus: corpus, rowSpan: rowSpan)
        var values: [[Value]] = []
        values.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            if index & 4095 == 0 { try cancellation.poll() }
            values.append(
                columns.map { column in
                    if case .field(let field) = column.expr { return field.get(corpus, row) }
                    return context.value(column.expr, row)
                })
        }
        return ResultTable(columns: columns.map { ResultTable.Column(name: $0.name, type: $0.type) }, rows: values)
    }

    /// `count QUERY`: one number (of rows, or of groups).
    public func count(_ plan: Plan) throws(Diagnostic) -> ResultTable {
        let count = plan.grouping == nil ? try rows(plan).count : try table(plan).rows.count
        return ResultTable(
            columns: [ResultTable.Column(name: "count", type: .number)],
            rows: [[.number(Double(count))]], shape: .scalar)
    }

    /// `count QUERY by FIELD, …`: groups and their counts, largest first, ties by key.
    public func count(_ plan: Plan, by fields: [FieldDef]) throws(Diagnostic) -> ResultTable {
        if let groups = speakerGroups(plan, by: fields) { return groups }
        return try count(plan, by: fields, inPartsFrom: 65_536)
    }

    /// `count quotes by speaker` over every quote, read from the counts the corpus keeps as
    /// quotes are added; nil when the query filters, cuts or groups otherwise.
    func speakerGroups(_ plan: Plan, by fields: [FieldDef]) -> ResultTable? {
        guard plan.collection.name == "quotes", plan.filter == nil, plan.baseRows == nil, plan.limit == nil,
            plan.offset == nil, fields.count == 1, fields[0].name == "speaker"
        else { return nil }
        // Sorted as the scan sorts groups (count, then name ignoring case, nulls first). Indexes
        // are sorted rather than the groups themselves, with each name lower-cased once, so that
        // the sort moves integers, not strings.
        let names = Array(corpus.quoteCountsBySpeaker.keys)
        let counts = names.map { corpus.quoteCountsBySpeaker[$0]! }
        let folded = names.map { $0?.lowercased() }
        let order = names.indices.sorted { lhs, rhs in
            if counts[lhs] != counts[rhs] { return counts[lhs] > counts[rhs] }
            switch (folded[lhs], folded[rhs]) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case (let a?, let b?): return a != b ? a < b : names[lhs]! < names[rhs]!
            }
        }
        let groups = order.map { (key: names[$0].map(Value.text) ?? .null, count: counts[$0]) }
        return ResultTable(
            columns: [
                ResultTable.Column(name: "speaker", type: .text), ResultTable.Column(name: "count", type: .number),
            ],
            rows: groups.map { [$0.key, .number(Double($0.count))] }, shape: .groups)
    }

    /// `count QUERY by …`, tallied in parts once there are `threshold` rows or more.
    func count(_ plan: Plan, by fields: [FieldDef], inPartsFrom threshold: Int) throws(Diagnostic) -> ResultTable {
        let rows = try rows(plan)
        // Many rows are tallied in parts on every core, then merged part by part, so that the
        // groups keep the order in which they were first seen.
        let partCount = rows.count >= threshold ? 8 : 1
        let partSize = (rows.count + partCount - 1) / partCount
        let parts = TallyParts(count: partCount)
        // The corpus is only read while the parts are tallied.
        nonisolated(unsafe) let corpus = self.corpus
        DispatchQueue.concurrentPerform(iterations: partCount) { part in
            let range = min(rows.count, part * partSize)..<min(rows.count, (part + 1) * partSize)
            parts.set(part, Self.tally(rows[range], by: fields, in: corpus))
        }
        try cancellation.poll()
        var firstSeen: [[Value]] = []
        var tally: [Int] = []
        var slots: [[Value]: Int] = [:]
        for part in 0..<partCount {
            let (keys, counts) = parts.get(part)
            for (key, count) in zip(keys, counts) {
                if let slot = slots[key] {
                    tally[slot] += count
                } else {
                    slots[key] = firstSeen.count
                    firstSeen.append(key)
                    tally.append(count)
                }
            }
        }
        let ordered = firstSeen.indices.sorted { lhs, rhs in
            let (left, right) = (tally[lhs], tally[rhs])
            if left != right { return left > right }
            for (a, b) in zip(firstSeen[lhs], firstSeen[rhs]) {
                let order = ValueOrder.compare(a, b)
                if order != 0 { return order < 0 }
            }
            return false
        }
        return ResultTable(
            columns: fields.map { ResultTable.Column(name: $0.name, type: $0.type) }
                + [ResultTable.Column(name: "count", type: .number)],
            rows: ordered.map { firstSeen[$0] + [.number(Double(tally[$0]))] }, shape: .groups)
    }

    /// The groups of some rows in first-seen order and their counts, with one hash lookup per
    /// row (a single field is keyed by its value, without an array per row).
    static func tally(_ rows: ArraySlice<RowRef>, by fields: [FieldDef], in corpus: Corpus) -> (
        keys: [[Value]], counts: [Int]
    ) {
        var firstSeen: [[Value]] = []
        var tally: [Int] = []
        if fields.count == 1 {
            let field = fields[0]
            var slots: [Value: Int] = [:]
            for row in rows {
                let value = field.get(corpus, row)
                if let slot = slots[value] {
                    tally[slot] += 1
                } else {
                    slots[value] = firstSeen.count
                    firstSeen.append([value])
                    tally.append(1)
                }
            }
        } else {
            var slots: [[Value]: Int] = [:]
            for row in rows {
                let key = fields.map { $0.get(corpus, row) }
                if let slot = slots[key] {
                    tally[slot] += 1
                } else {
                    slots[key] = firstSeen.count
                    firstSeen.append(key)
                    tally.append(1)
                }
            }
        }
        return (firstSeen, tally)
    }
}

/// The tallies of the parts of a grouping, each slot written by exactly one worker before any
/// is read.
private final class TallyParts: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<(keys: [[Value]], counts: [Int])>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: ([], []))
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ tally: (keys: [[Value]], counts: [Int])) { slots[index] = tally }

    func get(_ index: Int) -> (keys: [[Value]], counts: [Int]) { slots[index] }
}
