import NQLanguage
import NQSource
import Testing

@testable import NQShell

/// A flag as a signal handler would set it.
private final class Flag: @unchecked Sendable {
    var up = false
    var cleared = 0
}

/// Ctrl-C stops the statement that is running, and the next statement starts clean.
@Suite struct InterruptTests {
    @Test func aRaisedFlagStopsEvaluationWithInterrupted() throws {
        let corpus = Corpus()
        let session = Session(output: BufferSink(), errors: BufferSink())
        session.loadBundledArticle()
        for article in session.corpus.articles { corpus.add(article) }
        let query = try #require(
            Parser.parseStatement("sentences where text contains \"a\" order by text").flatMap { parsed -> Query? in
                if case .query(let query) = parsed.statement { return query }
                return nil
            })
        let plan = try Binder(saved: [:]).bind(query)
        let stopped = Evaluator(corpus: corpus, cancellation: Cancellation { true })
        #expect(throws: Diagnostic.self) { try stopped.rows(plan) }
        #expect(try Evaluator(corpus: corpus).rows(plan).count > 0)
    }

    @Test func theInterruptBelongsToOneStatement() {
        let output = BufferSink()
        let errors = BufferSink()
        let session = Session(output: output, errors: errors)
        session.loadBundledArticle()
        let flag = Flag()
        session.isCancelled = { flag.up }
        session.clearCancellation = {
            flag.up = false
            flag.cleared += 1
        }
        // A Ctrl-C that arrives while a statement runs (here: raised before it polls).
        flag.up = true
        session.clearCancellation = {
            flag.cleared += 1
        }
        #expect(!session.run(SourceText(name: "<input>", text: "sentences order by text")))
        #expect(errors.text.contains("interrupted"))
        #expect(session.wasInterrupted)
        #expect(output.text.isEmpty)
        // The shell lowers the flag; the next statement runs to the end.
        session.clearCancellation = {
            flag.up = false
            flag.cleared += 1
        }
        #expect(session.run(SourceText(name: "<input>", text: "count sentences")))
        #expect(!session.wasInterrupted)
        #expect(output.text == "25\n")
        #expect(flag.cleared >= 2)
    }
}
