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
        collection name: String, format: OutputFormat, paths: [String], output: OutputSink, errors: OutputSink
    ) -> Bool {
        guard let collection = Schema.collection(named: name) else {
            errors.write(
                "error: unknown collection '\(TerminalText.visible(name, lineBreaks: false))'; collections: \(Schema.collectionNames.joined(separator: ", "))\n"
            )
            return false
        }
        guard
            let writer = RowStreamWriter(
                columns: collection.fields.map { .init(name: $0.name, type: $0.type) }, format: format)
        else {
            errors.write("error: export writes jsonl or csv, not \(format.rawValue)\n")
            return false
        }
        let (files, problems) = ArticleLoader().files(for: paths)
        for problem in problems {
            errors.write(TerminalText.visible("error: \(problem.path): \(problem.message)", lineBreaks: false) + "\n")
        }
        var succeeded = problems.isEmpty
        output.write(writer.header())
        // Articles are analysed in parallel batches and written one by one as they arrive, then
        // dropped: memory stays that of two batches, however large the corpus. The corpus holds
        // one article at a time but numbers quotes as a whole corpus would.
        let corpus = Corpus()
        var text = ""
        _ = ParallelLoader(referenceDate: nil, isCancelled: { false }).load(files, progress: nil) { result in
            switch result {
            case .success(let loaded):
                corpus.removeAll(keepingQuoteNumbers: true)
                corpus.add(loaded.article, keys: loaded.keys)
                for row in collection.rows(in: corpus) {
                    writer.append(collection.fields.map { $0.get(corpus, row) }, to: &text)
                }
                if text.utf8.count >= 1 << 16 {
                    output.write(text)
                    text.removeAll(keepingCapacity: true)
                }
            case .failure(let problem):
                errors.write(
                    TerminalText.visible("warning: skipped \(problem.path): \(problem.message)", lineBreaks: false)
                        + "\n")
                succeeded = false
            }
        }
        output.write(text)
        return succeeded
    }
}
