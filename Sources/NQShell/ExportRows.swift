import NQArticle
import NQLanguage
import NQRender
import NQSource

/// Writes every row of one collection for the articles of a corpus as bytes of JSON Lines or
/// CSV (`nq export`).
///
/// A field that is a span of the article's text (a quote's words, a sentence) is copied from
/// the article's bytes, with no String made for it; every other field is read as a value.
struct ExportRows {
    let collection: CollectionDef
    let writer: RowStreamWriter
    /// How each field is read, in field order: kept apart from the fields' definitions, so that
    /// writing a field does not copy (and retain) every part of its definition.
    private let readers: [Reader]

    /// How one field is read.
    private enum Reader {
        /// A value.
        case value(@Sendable (Corpus, RowRef) -> Value)
        /// A span of the article's text (nil: a null field).
        case span(@Sendable (Corpus, RowRef) -> SourceSpan?)
        /// A code-point offset, from the UTF-8 offset read (nil: a null field).
        case offset(@Sendable (Corpus, RowRef) -> Int?)
    }

    init(collection: CollectionDef, writer: RowStreamWriter) {
        self.collection = collection
        self.writer = writer
        readers = collection.fields.map { field in
            field.span.map(Reader.span) ?? field.utf8Offset.map(Reader.offset) ?? .value(field.get)
        }
    }

    /// Appends every row of the collection in `corpus`, in article and text order.
    func append(_ corpus: Corpus, to output: inout [UInt8]) {
        for (index, article) in corpus.articles.enumerated() {
            let count = collection.itemCount(article)
            article.text.bytes.withUnsafeBufferPointer { text in
                // Rows come in text order: their offsets are counted on from the last one read.
                var mark = CodePointMark()
                for item in 0..<count where collection.include?(article, item) ?? true {
                    appendRow(
                        RowRef(article: index, item: item), of: corpus, text: text, article.text, mark: &mark,
                        to: &output)
                }
            }
        }
    }

    /// Appends one row; `text` is the bytes of the row's article `articleText`, `mark` the last
    /// offset read in it.
    private func appendRow(
        _ row: RowRef, of corpus: Corpus, text: UnsafeBufferPointer<UInt8>, _ articleText: ArticleText,
        mark: inout CodePointMark, to output: inout [UInt8]
    ) {
        for index in readers.indices {
            writer.appendFieldStart(index, to: &output)
            switch readers[index] {
            case .value(let get):
                writer.appendValue(get(corpus, row), to: &output)
            case .offset(let offsetOf):
                guard let offset = offsetOf(corpus, row) else {
                    writer.appendNull(to: &output)
                    continue
                }
                writer.appendValue(.number(Double(articleText.codePointOffset(offset, from: &mark))), to: &output)
            case .span(let spanOf):
                // As `Article.string(_:)` reads a span: clamped to the text.
                guard let span = spanOf(corpus, row) else {
                    writer.appendNull(to: &output)
                    continue
                }
                let lower = max(0, min(span.lower, text.count))
                let upper = max(lower, min(span.upper, text.count))
                writer.appendText(UnsafeBufferPointer(rebasing: text[lower..<upper]), to: &output)
            }
        }
        writer.appendRowEnd(to: &output)
    }
}
