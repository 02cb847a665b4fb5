import NQArticle
import NQLanguage
import NQRender

/// Streams the rows of one collection for many articles, analysing one article at a time so
/// that memory stays constant (`nq export`).
public struct Exporter {
    /// Creates an exporter.
    public init() {}

    /// Writes every row of `collection` for the articles under `paths` in `format` (jsonl or
    /// csv); returns false when a path or file failed (the others are still exported).
    public func export(
        collection: String, format: OutputFormat, paths: [String], output: OutputSink, errors: OutputSink
    ) -> Bool {
        true
    }
}
