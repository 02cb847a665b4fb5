import NQArticle
import NQLanguage
import NQRender
import NQSource

/// Streams the rows of one collection for many articles, analysing one article at a time so
/// that memory stays constant (`nq export`).
public struct Exporter {
    /// Creates an exporter.
    public init() {}

    /// Writes every row of `collection` for the articles under `paths` in `format` (jsonl or
    /// csv); returns false when a path or file failed (the others are still exported).
    ///
    /// The path `-` reads `standardInput`: JSON Lines stream through piece by piece, in
    /// constant memory; any other format is read whole as one input.
    public func export(
        collection name: String, format: OutputFormat, paths: [String], output: OutputSink, errors: OutputSink,
        options: InputOptions = InputOptions(), standardInput: LineChunks? = nil
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
        output.write(writer.header())
        // Articles are analysed in parallel batches and written one by one as they arrive, then
        // dropped: memory stays that of two batches, however large the corpus. The corpus holds
        // one article at a time but numbers quotes as a whole corpus would.
        let corpus = Corpus()
        let rows = ExportRows(collection: collection, writer: writer)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.flushSize + (1 << 12))
        func flush() {
            bytes.withUnsafeBufferPointer { output.write(bytes: $0) }
            bytes.removeAll(keepingCapacity: true)
        }
        var succeeded = true
        var ids: [String: String] = [:]
        var languages = LanguageCount()
        var loader = ParallelLoader(referenceDate: nil, isCancelled: { false }, options: options)
        loader.largestBatch = Self.largestBatch
        loader.batchesInFlight = 2
        // Each article's speakers' identities are worked out on the workers, where the exporting
        // thread would otherwise spend half its time; only quotes read them (speaker, speaker_id).
        loader.identitiesPerArticle = Self.collectionsReadingIdentities.contains(collection.name)
        // Every row is written, none looked up by name: the names need no index.
        loader.indexesNames = false
        loader.layers = Self.layers(for: collection.name)
        func run(_ inputs: [LoadInput]) {
            _ = loader.load(inputs, progress: nil) { result in
                switch result {
                case .success(let loaded):
                    let article = loaded.article
                    languages.add(article)
                    if let taken = ids[article.id] {
                        var number = 2
                        while ids["\(article.id)-\(number)"] != nil { number += 1 }
                        let renamed = "\(article.id)-\(number)"
                        errors.write(
                            TerminalText.visible(
                                "warning: \(article.source): the id '\(article.id)' is taken by \(taken); exported as '\(renamed)'",
                                lineBreaks: false) + "\n")
                        article.id = renamed
                    }
                    ids[article.id] = article.source
                    corpus.removeAll(keepingQuoteNumbers: true)
                    corpus.add(article, keys: loaded.keys, identities: loaded.identities)
                    rows.append(corpus, to: &bytes)
                    if bytes.count >= Self.flushSize { flush() }
                case .failure(let problem):
                    errors.write(
                        TerminalText.visible("warning: skipped \(problem.path): \(problem.message)", lineBreaks: false)
                            + "\n")
                    succeeded = false
                }
            }
        }
        var files: [LoadInput] = []
        for path in paths {
            guard path == ArticleReader.standardInput else {
                var skipped: [LoadProblem] = []
                switch ArticleLoader().files(for: path, skipped: &skipped) {
                case .success(let found): files += found.map { .file($0) }
                case .failure(let problem):
                    errors.write(
                        TerminalText.visible("error: \(problem.path): \(problem.message)", lineBreaks: false) + "\n")
                    succeeded = false
                }
                for problem in skipped {
                    errors.write(
                        TerminalText.visible("warning: skipped \(problem.path): \(problem.message)", lineBreaks: false)
                            + "\n")
                }
                continue
            }
            run(files)
            files = []
            guard let standardInput else {
                errors.write("error: -: standard input is not available here\n")
                succeeded = false
                continue
            }
            exportStandardInput(standardInput, options: options, run: run)
            if let failure = standardInput.failure {
                errors.write("error: -: \(failure)\n")
                succeeded = false
            }
        }
        run(files)
        flush()
        if let notice = languages.notice() { errors.write(notice + "\n") }
        return succeeded
    }

    /// The most articles analysed at once: enough to keep every core busy, few enough that
    /// the two batches in flight stay small whatever the corpus.
    static let largestBatch = 128

    /// How many bytes of rows are gathered before they are written.
    static let flushSize = 1 << 16

    /// The analysis layers the rows of a collection are made from: sentences need none, figures
    /// no speech, quotes no figures or dates (an article's row counts its quotes).
    static func layers(for collection: String) -> AnalysisLayers {
        switch collection {
        case "sections", "paragraphs", "sentences": []
        case "figures": .figures
        case "dates": .dates
        default: .speech
        }
    }

    /// The collections with fields that read the corpus-wide identities.
    static let collectionsReadingIdentities: Set<String> = ["quotes"]

    /// Sends standard input through `run`: JSON Lines piece by piece, anything else whole.
    func exportStandardInput(_ input: LineChunks, options: InputOptions, run: ([LoadInput]) -> Void) {
        let source = ArticleReader.standardInput
        guard let first = input.next() else { return }
        let format = options.format ?? InputFormat.detect(path: source, bytes: first.bytes)
        guard format == .jsonl else {
            var bytes = first.bytes
            while let more = input.next() { bytes += more.bytes }
            run([.bytes(source: source, stem: "stdin", firstLine: 1, bytes)])
            return
        }
        var piece: (bytes: [UInt8], firstLine: Int)? = first
        while let current = piece {
            run([.bytes(source: source, stem: "stdin", firstLine: current.firstLine, current.bytes)])
            piece = input.next()
        }
    }
}
