import NQArticle
import NQLanguage
import NQRender
import NQSource

extension Session {
    /// Runs one parsed statement; returns false when it failed (its diagnostic is reported).
    func execute(_ statement: Statement, in source: SourceText) -> Bool {
        // An interrupt belongs to the statement it stopped: the next one starts clean.
        clearCancellation()
        wasInterrupted = false
        do throws(Diagnostic) {
            try perform(statement, in: source)
            return true
        } catch {
            if error.id == "interrupted" {
                wasInterrupted = true
                clearCancellation()
            }
            if error.id != DotCommands.alreadyReported { report(error, in: source) }
            return false
        }
    }

    /// `load PATH`: a path that names nothing is an error with a caret; files that fail are
    /// reported and skipped, and the statement fails only when none of them loaded.
    func loadStatement(_ path: String, at span: SourceSpan) throws(Diagnostic) {
        if path != ArticleReader.standardInput, case .failure(let problem) = ArticleLoader().files(for: path) {
            throw Diagnostic(id: "loadFailed", message: "\(problem.message): '\(path)'", span: span)
        }
        let before = corpus.count
        if !load(paths: [path]) && corpus.count == before {
            throw Diagnostic(id: DotCommands.alreadyReported, message: "nothing was loaded from '\(path)'", span: span)
        }
    }

    func perform(_ statement: Statement, in source: SourceText) throws(Diagnostic) {
        let binder = Binder(saved: saved)
        let evaluator = Evaluator(corpus: corpus, cancellation: Cancellation(isCancelled))
        switch statement {
        case .query(let query):
            let plan = try binder.bind(query)
            for note in evaluator.speakerNotes(plan) { report(note) }
            present(try evaluator.table(plan))
        case .count(let query):
            let plan = try binder.bind(query)
            for note in evaluator.speakerNotes(plan) { report(note) }
            present(try evaluator.count(plan))
        case .assign(let name, let query):
            if Schema.collection(named: name.text) != nil { throw Messages.letShadowsCollection(name) }
            let plan = try binder.bind(query)
            let key = name.text.lowercased()
            if plan.grouping != nil {
                let table = try evaluator.table(plan)
                saved[key] = SavedResult(name: key, table: table)
                report("\(name.text): \(ResultRenderer.rowCount(table.rows.count)) of groups")
                return
            }
            let rows = try evaluator.rows(plan)
            var select = query.select
            if query.clauses.selectAll {
                select = plan.collection.fields.map { SelectItem(expr: .field(Name($0.name, span: name.span))) }
            }
            saved[key] = SavedResult(collection: plan.collection, rows: rows, select: select)
            report("\(name.text): \(ResultRenderer.rowCount(rows.count)) of \(plan.collection.name)")
        case .quit:
            wantsToQuit = true
        case .load(let path, let span):
            try loadStatement(path, at: span)
        case .describe(let name):
            try describe(name)
        case .show(let name, let number, let span):
            try show(name, number, at: span)
        case .explainRow(let name, let number, let span):
            try explainRow(name, number, at: span)
        case .explainQuery(let query):
            let explanation = try QueryExplainer.explain(
                query, plan: try binder.bind(query), evaluator: evaluator, saved: saved)
            emit(TerminalText.visible(explanation))
        case .help(let topic):
            emit(try HelpTopics.text(for: topic))
        case .print(let text):
            output.write(TerminalText.visible(text) + "\n")
        case .date(let text, let span):
            guard DateText.isValid(text) else { throw Messages.badDate(text, at: span) }
            setReferenceDate(text)
        case .expect(let expectation):
            try check(expectation, in: source)
        case .pause(let text):
            try pause(text)
        }
    }

    /// `describe`: the collections; `describe X`: the fields of X.
    func describe(_ name: Name?) throws(Diagnostic) {
        guard let name else {
            let rows =
                Schema.collections.map { collection -> [Value] in
                    let count = collection.rows(in: corpus).count
                    return [.text(collection.name), .number(Double(count)), .text(collection.summary)]
                }
                + savedNames.map { savedName -> [Value] in
                    let result = saved[savedName]!
                    return [
                        .text(savedName), .number(Double(result.rows.count)),
                        .text(result.isTable ? "saved table of groups" : "saved result of \(result.collection.name)"),
                    ]
                }
            present(
                ResultTable(
                    columns: [
                        .init(name: "collection", type: .text), .init(name: "rows", type: .number),
                        .init(name: "one row is", type: .text),
                    ],
                    rows: rows))
            return
        }
        let collection: CollectionDef
        if let found = saved[name.text.lowercased()]?.collection ?? Schema.collection(named: name.text) {
            collection = found
        } else {
            _ = try Binder(saved: saved).bind(Query(source: name, span: name.span))
            return
        }
        present(
            ResultTable(
                columns: [
                    .init(name: "field", type: .text), .init(name: "type", type: .text),
                    .init(name: "meaning", type: .text),
                ],
                rows: collection.fields.map { [.text($0.name), .text($0.type.rawValue), .text($0.summary)] }))
    }

    /// Sets the reference date and normalises again the dates of articles that have no date of
    /// their own.
    func setReferenceDate(_ date: String) {
        referenceDate = date
        corpus.updateAll { article in
            guard article.date == nil || article.dateIsReference else { return }
            article.date = date
            article.dateIsReference = true
            article.dates = DateAnnotator().annotate(AnalysisContext(article: article, language: .plain()))
        }
        report("reference date set to \(date)")
    }
}

/// Checks dates given as `YYYY-MM-DD` (the `date` statement, `--date`).
public enum DateText {
    /// Whether `text` is a real day written `YYYY-MM-DD`.
    public static func isValid(_ text: String) -> Bool {
        DateAnnotator.isValidDate(text)
    }
}
