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
                "error: unknown collection '\(name)'; collections: \(Schema.collectionNames.joined(separator: ", "))\n")
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
        for problem in problems { errors.write("error: \(problem.path): \(problem.message)\n") }
        var succeeded = problems.isEmpty
        output.write(writer.header())
        // A batch at a time, analysed in parallel, then written and dropped: memory stays that of
        // one batch, and batches large enough keep every core busy.
        let corpus = Corpus()
        let batch = max(128, ProcessInfoLite.activeProcessorCount * 64)
        var start = 0
        while start < files.count {
            let slice = Array(files[start..<min(files.count, start + batch)])
            let outcome = ParallelLoader(referenceDate: nil, isCancelled: { false }).load(slice, progress: nil)
            corpus.removeAll(keepingQuoteNumbers: true)
            for result in outcome.results {
                switch result {
                case .success(let loaded): corpus.add(loaded.article, keys: loaded.keys)
                case .failure(let problem):
                    errors.write("warning: skipped \(problem.path): \(problem.message)\n")
                    succeeded = false
                }
            }
            var text = ""
            for row in collection.rows(in: corpus) {
                writer.append(collection.fields.map { $0.get(corpus, row) }, to: &text)
            }
            output.write(text)
            start += batch
        }
        return succeeded
    }
}
