import NQArticle
import NQLanguage

/// The code paths the fuzz targets drive (see `Fuzz/`, which links this file), shared with the
/// regression tests that keep every input a fuzzer found crashing. Both take arbitrary bytes.
enum FuzzPipelines {
    /// The bundled demo article in a corpus: what statements run over.
    static func demoCorpus() -> Corpus {
        let corpus = Corpus()
        if let path = BundledArticle.path, case .success(let text) = ArticleLoader().readText(at: path) {
            corpus.add(ArticleAnalyzer().analyze(id: BundledArticle.id, source: path, text: text))
        }
        return corpus
    }

    /// Statements as a script holds them: every statement parsed, and every query bound and run
    /// over the corpus, as the shell runs it (saved results included). Returns the number of
    /// statements that ran, so that the work is not optimised away.
    @discardableResult
    static func runStatements(_ bytes: [UInt8], over corpus: Corpus) -> Int {
        let source = String(decoding: bytes, as: UTF8.self)
        var saved: [String: SavedResult] = [:]
        var ran = 0
        for parsed in Parser.parse(source) {
            guard let statement = parsed.statement else { continue }
            _ = statement.description
            let binder = Binder(saved: saved)
            let evaluator = Evaluator(corpus: corpus)
            do {
                switch statement {
                case .query(let query), .explainQuery(let query):
                    let plan = try binder.bind(query)
                    _ = evaluator.speakerNotes(plan)
                    _ = evaluator.table(plan)
                case .count(let query, let by):
                    let plan = try binder.bind(query)
                    _ = evaluator.speakerNotes(plan)
                    let fields = try by.map { try binder.field($0, in: plan.collection) }
                    _ = fields.isEmpty ? evaluator.count(plan) : evaluator.count(plan, by: fields)
                case .assign(let name, let query):
                    let plan = try binder.bind(query)
                    saved[name.text.lowercased()] = SavedResult(
                        collection: plan.collection, rows: evaluator.rows(plan), select: query.select.map(\.text))
                default:
                    continue
                }
                ran += 1
            } catch {
                _ = "\(error)"
            }
        }
        return ran
    }

    /// An article file's bytes as `load` reads them: checked as text, analysed (layout,
    /// sentences, entities, quotes, figures, dates), indexed in a corpus, and every field of
    /// every collection read. Returns the number of rows read.
    @discardableResult
    static func runArticle(_ bytes: [UInt8]) -> Int {
        guard case .success(let text) = ArticleLoader.validate(bytes, path: "fuzz.txt") else { return 0 }
        let article = ArticleAnalyzer().analyze(id: "fuzz", source: "fuzz.txt", text: text, date: "2025-06-24")
        let corpus = Corpus()
        corpus.add(article, keys: Corpus.IndexKeys(for: article))
        _ = corpus.identities
        var rows = 0
        for collection in Schema.collections {
            guard let parsed = Parser.parseStatement("\(collection.name) select *"),
                case .query(let query) = parsed.statement,
                let plan = try? Binder(saved: [:]).bind(query)
            else { continue }
            rows += Evaluator(corpus: corpus).table(plan).rows.count
        }
        return rows
    }
}
