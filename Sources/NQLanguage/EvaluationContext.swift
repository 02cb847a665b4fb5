import NQArticle
import NQSource

/// Evaluates bound expressions row by row, with caches that live for one query.
struct EvaluationContext {
    let corpus: Corpus
    /// The span of text a row covers, for `mentions`.
    let rowSpan: (@Sendable (Article, Int) -> SourceSpan)?
    /// For `mentions "X"`: per article, the entities that answer to X.
    var mentionCache: [String: [Int32: Set<Int>]] = [:]

    init(corpus: Corpus, rowSpan: (@Sendable (Article, Int) -> SourceSpan)?) {
        self.corpus = corpus
        self.rowSpan = rowSpan
    }

    /// Whether a row passes a filter (null counts as false).
    mutating func test(_ expr: BoundExpr, _ row: RowRef) -> Bool {
        switch expr {
        case .and(let lhs, let rhs): return test(lhs, row) && test(rhs, row)
        case .or(let lhs, let rhs): return test(lhs, row) || test(rhs, row)
        case .not(let inner): return !test(inner, row)
        case .nameIn(let field, let names):
            guard let match = field.nameMatch else { return false }
            return names.contains { match(corpus, row, $0) }
        case .isNull(let inner, let negated):
            return value(inner, row).isNull != negated
        case .matches(let inner, let regex):
            if case .field(let field) = inner, let spanOf = field.span {
                guard let span = spanOf(corpus, row) else { return false }
                return corpus.articles[Int(row.article)].text.bytes.withUnsafeBufferPointer {
                    regex.firstMatch(in: $0, range: span.lower..<span.upper) != nil
                }
            }
            switch value(inner, row) {
            case .null: return false
            case let other: return regex.matches(other.displayText)
            }
        case .mentions(let name):
            return mentions(name, row)
        case .compare(let op, let lhs, let rhs):
            return compare(op, lhs, rhs, row)
        case .field, .literal, .list:
            if case .bool(let flag) = value(expr, row) { return flag }
            return !value(expr, row).isNull
        }
    }

    /// The value of an operand.
    func value(_ expr: BoundExpr, _ row: RowRef) -> Value {
        switch expr {
        case .field(let field): return field.get(corpus, row)
        case .literal(let value): return value
        case .list(let items): return .list(items.map { value($0, row) })
        default: return .null
        }
    }

    mutating func compare(_ op: BinaryOperator, _ lhs: BoundExpr, _ rhs: BoundExpr, _ row: RowRef) -> Bool {
        // Text search straight on the article's bytes, without making a string per row.
        if op == .contains, case .field(let field) = lhs, let spanOf = field.span,
            case .literal(.text(let needle)) = rhs
        {
            guard let span = spanOf(corpus, row) else { return false }
            return ByteSearch.contains(corpus.articles[Int(row.article)].text.bytes, span, needle: needle)
        }
        let left = value(lhs, row)
        let right = value(rhs, row)
        if left.isNull || right.isNull {
            switch op {
            case .equal: return left.isNull && right.isNull
            case .notEqual: return left.isNull != right.isNull
            default: return false
            }
        }
        switch op {
        case .equal: return ValueOrder.equal(left, right)
        case .notEqual: return !ValueOrder.equal(left, right)
        case .less: return ValueOrder.compare(left, right) < 0
        case .lessOrEqual: return ValueOrder.compare(left, right) <= 0
        case .greater: return ValueOrder.compare(left, right) > 0
        case .greaterOrEqual: return ValueOrder.compare(left, right) >= 0
        case .contains:
            if case .list(let items) = left { return items.contains { ValueOrder.equal($0, right) } }
            return left.displayText.lowercased().contains(right.displayText.lowercased())
        case .startsWith: return left.displayText.lowercased().hasPrefix(right.displayText.lowercased())
        case .endsWith: return left.displayText.lowercased().hasSuffix(right.displayText.lowercased())
        case .in:
            guard case .list(let items) = right else { return false }
            return items.contains { ValueOrder.equal(left, $0) }
        case .and, .or: return false
        }
    }

    /// Whether the row's text holds a mention of an entity that answers to `name`.
    mutating func mentions(_ name: String, _ row: RowRef) -> Bool {
        let article = corpus.articles[Int(row.article)]
        let entities: Set<Int>
        if let cached = mentionCache[name]?[row.article] {
            entities = cached
        } else {
            entities = Set(article.entities.indices.filter { article.entities[$0].isNamed(name) })
            mentionCache[name, default: [:]][row.article] = entities
        }
        guard !entities.isEmpty, let rowSpan else { return false }
        let span = rowSpan(article, Int(row.item))
        let mentions = article.mentions
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].span.start < span.start { low = mid + 1 } else { high = mid }
        }
        while low < mentions.count, mentions[low].span.start < span.end {
            if entities.contains(mentions[low].entity) { return true }
            low += 1
        }
        return false
    }
}
