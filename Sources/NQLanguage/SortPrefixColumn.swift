import NQArticle
import NQSource

/// The sort prefix (`SortKey.prefix`) of one text field for every item of a collection, article
/// after article: sorting by the field starts from integers read out of one array instead of
/// from the text. The corpus keeps it until its articles change, so that it is made once.
final class SortPrefixColumn {
    /// For each article, where its first item is in `prefixes`.
    let first: [Int]
    /// Every item's prefix.
    let prefixes: [UInt64]
    /// Whether an item has no text (its value is null).
    let nulls: [Bool]

    init(first: [Int], prefixes: [UInt64], nulls: [Bool]) {
        self.first = first
        self.prefixes = prefixes
        self.nulls = nulls
    }

    /// The column of a field that is a span of its article's text, for every item
    /// `collection.itemCount` counts (those a typed view leaves out too).
    convenience init(
        _ field: FieldDef, of collection: CollectionDef, in corpus: Corpus, check: Cancellation
    ) throws(Diagnostic) {
        var first: [Int] = []
        var prefixes: [UInt64] = []
        var nulls: [Bool] = []
        first.reserveCapacity(corpus.count)
        let span = field.span ?? { _, _ in nil }
        for (index, article) in corpus.articles.enumerated() {
            if index & 255 == 0 { try check.poll() }
            first.append(prefixes.count)
            let count = collection.itemCount(article)
            article.text.bytes.withUnsafeBufferPointer { bytes in
                for item in 0..<count {
                    guard let found = span(corpus, RowRef(article: index, item: item)) else {
                        prefixes.append(0)
                        nulls.append(true)
                        continue
                    }
                    let (lower, upper) = Self.clamped(found, bytes.count)
                    prefixes.append(SortKey.prefix(bytes, from: lower, to: upper))
                    nulls.append(false)
                }
            }
        }
        self.init(first: first, prefixes: prefixes, nulls: nulls)
    }

    /// A span's bounds kept inside an article's bytes.
    @inline(__always)
    static func clamped(_ span: SourceSpan, _ count: Int) -> (Int, Int) {
        let upper = max(0, min(span.upper, count))
        return (max(0, min(span.lower, upper)), upper)
    }
}

extension Corpus {
    /// The sort prefixes of a text field of a collection, made now unless kept from before.
    func sortPrefixColumn(
        _ field: FieldDef, of collection: CollectionDef, check: Cancellation
    ) throws(Diagnostic) -> SortPrefixColumn {
        let key = collection.name + "\u{0}" + field.name
        if let known = sortPrefixColumns[key] { return known }
        let made = try SortPrefixColumn(field, of: collection, in: self, check: check)
        sortPrefixColumns[key] = made
        return made
    }

    /// Whether the sort prefixes of a field are kept already.
    func hasSortPrefixColumn(_ field: FieldDef, of collection: CollectionDef) -> Bool {
        sortPrefixColumns[collection.name + "\u{0}" + field.name] != nil
    }
}
