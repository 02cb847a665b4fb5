import NQSource
import Testing

@testable import NQLanguage

/// Statements nested or chained far beyond any written by hand get a diagnostic at the place, or
/// run, and never overflow the stack (each of these crashed the whole session before).
@Suite struct LimitTests {
    func diagnostic(_ text: String) throws -> Diagnostic? {
        try #require(Parser.parseStatement(text)).diagnostic
    }

    @Test func parenthesesNested3600DeepAreRefusedAtTheFirstTooDeep() throws {
        let text = "quotes where " + String(repeating: "(", count: 3600) + "true" + String(repeating: ")", count: 3600)
        let problem = try #require(try diagnostic(text))
        #expect(problem.id == "tooDeep")
        #expect(problem.span?.lower == 13 + Parser.maxNesting)
    }

    @Test func listsNested8900DeepAreRefused() throws {
        let text =
            "quotes where paragraph in " + String(repeating: "[", count: 8900) + "1"
            + String(repeating: "]", count: 8900)
        #expect(try diagnostic(text)?.id == "tooDeep")
    }

    @Test func tenThousandNotsAreRefused() throws {
        let text = "quotes where " + String(repeating: "not ", count: 10_000) + "true"
        #expect(try diagnostic(text)?.id == "tooDeep")
    }

    @Test func aChainOfTenThousandAndsAndOrsRunsAsABalancedTree() throws {
        let terms = (0..<10_000).map { "paragraph = \($0 % 7)" }
        var text = "quotes where "
        for (index, term) in terms.enumerated() {
            text += (index == 0 ? "" : (index % 3 == 0 ? " or " : " and ")) + term
        }
        let parsed = try #require(Parser.parseStatement(text))
        #expect(parsed.diagnostic == nil)
        guard case .query(let query) = try #require(parsed.statement) else { return }
        let filter = try #require(query.filter)
        #expect(filter.height < 40)
        // It binds and runs, and prints back to the same tree.
        let plan = try Binder(saved: [:]).bind(query)
        _ = try Evaluator(corpus: Corpus()).rows(plan)
        #expect(Parser.parseStatement(query.description)?.statement == .query(query))
    }

    @Test func aLongArithmeticChainIsRefusedBeforeItIsBuilt() throws {
        let text = "quotes where paragraph" + String(repeating: " + 1", count: 10_000) + " > 2"
        let problem = try #require(try diagnostic(text))
        #expect(problem.id == "tooLong")
    }

    @Test func theBinderRefusesATreeBuiltDeeperThanTheParserAllows() throws {
        var expr = Expr.literal(.bool(true), SourceSpan(0, 4))
        for _ in 0..<(Parser.maxHeight + 10) { expr = .not(expr, SourceSpan(0, 4)) }
        var query = Query(source: Name("quotes", span: SourceSpan(0, 6)), span: SourceSpan(0, 6))
        query.filter = expr
        #expect(throws: Diagnostic.self) { try Binder(saved: [:]).bind(query) }
    }
}
