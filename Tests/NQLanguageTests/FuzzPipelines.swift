import NQArticle
import NQLanguage

/// The code paths the fuzz targets drive (see `Fuzz/`, which links this file), shared with the
/// regression tests that keep every input a fuzzer found crashing. Both take arbitrary bytes.
enum FuzzPipelines {
    /// The bundled demo article in a corpus: what statements run over.
    static func demoCorpus() -> Corpus {
        let corpus = Corpus()
        let demo = ArticleAnalyzer().analyze(
            id: BundledArticle.id, source: BundledArticle.source, text: BundledArticle.text)
        corpus.add(demo)
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
                    _ = try evaluator.table(plan)
                case .count(let query):
                    let plan = try binder.bind(query)
                    _ = evaluator.speakerNotes(plan)
                    _ = try evaluator.count(plan)
                case .assign(let name, let query):
                    let plan = try binder.bind(query)
                    let key = name.text.lowercased()
                    if plan.grouping != nil {
                        saved[key] = SavedResult(name: key, table: try evaluator.table(plan))
                    } else {
                        var select = query.select
                        if query.clauses.selectAll {
                            select = plan.collection.fields.map {
                                SelectItem(expr: .field(Name($0.name, span: name.span)))
                            }
                        }
                        let rows = try evaluator.rows(plan)
                        saved[key] = SavedResult(collection: plan.collection, rows: rows, select: select)
                    }
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

    /// An input's bytes as `load -` reads them: the format sniffed from the content (text,
    /// Markdown, HTML, JSON, JSON Lines) and read, each article analysed (layout, sentences,
    /// entities, quotes, figures, dates) and indexed in a corpus, and every field of every
    /// collection read. Returns the number of rows read.
    @discardableResult
    static func runArticle(_ bytes: [UInt8]) -> Int {
        let corpus = Corpus()
        for record in ArticleReader().read(bytes: bytes, source: "fuzz", stem: "fuzz") {
            guard case .success(let record) = record else { continue }
            let article = ArticleAnalyzer().analyze(record, date: "2025-06-24")
            corpus.add(article, keys: Corpus.IndexKeys(for: article))
        }
        _ = corpus.identities
        var rows = 0
        for collection in Schema.collections {
            guard let parsed = Parser.parseStatement("\(collection.name) select *"),
                case .query(let query) = parsed.statement,
                let plan = try? Binder(saved: [:]).bind(query)
            else { continue }
            rows += (try? Evaluator(corpus: corpus).table(plan))?.rows.count ?? 0
        }
        return rows
    }
}
