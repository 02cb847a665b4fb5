import Dispatch
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
        if let filter = residualFilter(plan) {
            if let scan = TextScan(filter) {
                rows = scan.filter(rows, in: corpus)
            } else {
                var context = EvaluationContext(corpus: corpus, rowSpan: plan.collection.rowSpan)
                rows = rows.filter { context.test(filter, $0) }
            }
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
        if let groups = speakerGroups(plan, by: fields) { return groups }
        return count(plan, by: fields, inPartsFrom: 65_536)
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
    func count(_ plan: Plan, by fields: [FieldDef], inPartsFrom threshold: Int) -> ResultTable {
        let rows = rows(plan)
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
