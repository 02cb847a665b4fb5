import NQArticle
import NQSource

/// Evaluates bound expressions row by row, with caches that live for one query.
struct EvaluationContext {
    let corpus: Corpus
    /// The span of text a row covers, for `mentions`.
    let rowSpan: (@Sendable (Article, Int) -> SourceSpan)?
    /// For `mentions "X"`: per article, the entities that answer to X.
    var mentionCache: [String: [Int32: Set<Int>]] = [:]
    /// The needle of the last `contains` on article text, prepared once for every row.
    var pattern: ByteSearch.Pattern?

    init(corpus: Corpus, rowSpan: (@Sendable (Article, Int) -> SourceSpan)?) {
        self.corpus = corpus
        self.rowSpan = rowSpan
    }

    /// After grouping: the group's row that `.slot` reads.
    var tuple: [Value] = []

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
        case .inSet(let lhs, let set):
            switch value(lhs, row) {
            case .null: return false
            case .list(let items): return items.contains { set.contains(ValueOrder.key($0)) }
            case let other: return set.contains(ValueOrder.key(other))
            }
        case .inRows(let link, let set):
            guard let link else { return set.contains(row) }
            return link.resolve(corpus, row).map(set.contains) ?? false
        case .withinRanges(let distance, let ranges):
            guard let rowSpan, let near = ranges[row.article] else { return false }
            let article = corpus.articles[Int(row.article)]
            let span = rowSpan(article, Int(row.item))
            guard let first = article.sentenceIndex(containing: span.lower) else { return false }
            let last = article.sentenceIndex(containing: max(span.lower, span.upper - 1)) ?? first
            return near.contains { first <= $0.upperBound + distance && last >= $0.lowerBound - distance }
        case .inQuery, .within:
            // Prepared into `.inSet` and `.withinRanges` before any row is tested.
            return false
        case .field, .literal, .list, .call, .arithmetic, .slot:
            let result = value(expr, row)
            if case .bool(let flag) = result { return flag }
            return !result.isNull
        }
    }

    /// The value of an expression for a row.
    mutating func value(_ expr: BoundExpr, _ row: RowRef) -> Value {
        switch expr {
        case .field(let field): return field.get(corpus, row)
        case .literal(let value): return value
        case .slot(let index): return index < tuple.count ? tuple[index] : .null
        case .list(let items): return .list(items.map { value($0, row) })
        case .call(let function, let arguments):
            return function.apply(arguments.first.map { value($0, row) } ?? .null)
        case .arithmetic(let op, let lhs, let rhs):
            guard case .number(let a) = value(lhs, row), case .number(let b) = value(rhs, row) else { return .null }
            switch op {
            case .add: return .number(a + b)
            case .subtract: return .number(a - b)
            case .multiply: return .number(a * b)
            case .divide: return b == 0 ? .null : .number(a / b)
            }
        default:
            return .bool(test(expr, row))
        }
    }

    mutating func compare(_ op: BinaryOperator, _ lhs: BoundExpr, _ rhs: BoundExpr, _ row: RowRef) -> Bool {
        // Text search straight on the article's bytes, without making a string per row (a needle
        // with apostrophes or quotation marks is compared folded, below).
        if op == .contains, case .field(let field) = lhs, let spanOf = field.span,
            case .literal(.text(let needle)) = rhs, !TextFolding.hasMarks(needle)
        {
            guard let span = spanOf(corpus, row) else { return false }
            if pattern?.needle != needle { pattern = ByteSearch.Pattern(needle) }
            return ByteSearch.contains(corpus.articles[Int(row.article)].text.bytes, span, pattern!)
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
            return TextFolding.key(left.displayText).contains(TextFolding.key(right.displayText))
        case .startsWith: return TextFolding.key(left.displayText).hasPrefix(TextFolding.key(right.displayText))
        case .endsWith: return TextFolding.key(left.displayText).hasSuffix(TextFolding.key(right.displayText))
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
            let names = TextFolding.variants(name)
            entities = Set(
                article.entities.indices.filter { index in names.contains { article.entities[index].isNamed($0) } })
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
