import NQSource
import Testing

@testable import NQLanguage

@Suite struct ParserTests {
    func statement(_ text: String) throws -> Statement {
        let parsed = try #require(Parser.parseStatement(text))
        if let diagnostic = parsed.diagnostic { Issue.record("unexpected: \(diagnostic.message)") }
        return try #require(parsed.statement)
    }

    func diagnostic(_ text: String) throws -> Diagnostic {
        try #require(Parser.parseStatement(text)?.diagnostic)
    }

    static let roundTrips = [
        #"quotes where speaker = "Rutte""#,
        #"quotes where speaker = "Trump" and text contains "NATO" order by paragraph limit 3"#,
        #"quotes where (cue = "said" or cue = "told") and not (speaker = "A" or speaker = "B")"#,
        "sentences where a = 1 and (b = 2 or c = 3)",
        "sentences where a = 1 or b = 2 or c = 3 or d = 4 or e = 5",
        "count quotes where cue = \"said\" by speaker where count > 2 order by count desc limit 10",
        "quotes group by speaker, article.outlet where count >= 2 limit 3 per article.outlet select speaker, count as n",
        "quotes where words(text) * 2 - 1 > 10 order by chars(text) desc select text, year(article.date) as y",
        "articles where id in (quotes where speaker = \"Trump\" select article) and id in trump",
        "sentences where within 1 sentence of (quotes where quote = 3)",
        "quotes select *",
        "count quotes group by speaker select speaker, count(distinct article), avg(words(text))",
        "count quotes by speaker",
        "count mentions by entity, type",
        #"sentences where text matches /cease-?fire/i"#,
        #"paragraphs where section = 2 select paragraph, text"#,
        #"let trump = quotes where speaker = "Trump""#,
        "people order by mentions desc, name limit 5 offset 2",
        #"figures where unit in ["EUR", "USD"]"#,
        "quotes where addressee is not null",
        #"sentences where not mentions "Putin""#,
        #"explain quote 3"#,
        #"show sentence 2"#,
        #"print "hello \"you\"""#,
        #"date "2025-03-13""#,
        "describe quotes",
        "help where",
    ]

    @Test(arguments: roundTrips)
    func printsCanonicalTextThatParsesBackToTheSameTree(_ text: String) throws {
        let first = try statement(text)
        let again = try statement(first.description)
        #expect(first == again)
        #expect(first.description == text)
    }

    @Test func andBindsTighterThanOr() throws {
        let loose = try statement("quotes where a = 1 or b = 2 and c = 3")
        #expect(loose == (try statement("quotes where a = 1 or (b = 2 and c = 3)")))
        #expect(loose != (try statement("quotes where (a = 1 or b = 2) and c = 3")))
    }

    @Test func clausesOnFollowingLinesContinueTheStatement() {
        let statements = Parser.parse("quotes\n  where speaker = \"Trump\"\n  order by paragraph\ncount quotes")
        #expect(statements.count == 2)
        #expect(statements[0].statement?.description == #"quotes where speaker = "Trump" order by paragraph"#)
    }

    @Test func backslashJoinsLinesAndSemicolonsSplitThem() {
        #expect(Parser.parse("count \\\n quotes; count sentences").count == 2)
    }

    @Test func loadTakesARawPath() throws {
        guard case .load(let path, let span) = try statement("load ../shared/articles/*.txt") else {
            Issue.record("not a load")
            return
        }
        #expect(path == "../shared/articles/*.txt")
        #expect(span == SourceSpan(5, 29))
        guard case .load(let quoted, _) = try statement(#"load "my folder/a.txt""#) else { return }
        #expect(quoted == "my folder/a.txt")
    }

    @Test func reportsWhatWasExpectedWithItsPlace() throws {
        let missingValue = try diagnostic("quotes where speaker =")
        #expect(missingValue.id == "expected")
        #expect(missingValue.message == "expected a field or a value, found end of statement")
        #expect(missingValue.span == SourceSpan(22, 22))

        let stray = try diagnostic("quotes speaker")
        #expect(stray.id == "unexpectedToken")
        #expect(stray.span == SourceSpan(7, 14))

        #expect(try diagnostic("quotes limit 2.5").id == "notACount")
        #expect(try diagnostic("quotes where a = 1 where b = 2").id == "repeatedClause")
        #expect(try diagnostic(#"quotes where text matches "x""#).message.hasPrefix("expected a regular expression"))
    }

    @Test func oneBadStatementDoesNotStopTheOthers() {
        let statements = Parser.parse("quotes where\ncount quotes")
        #expect(statements.count == 2)
        #expect(statements[0].diagnostic != nil)
        #expect(statements[1].statement != nil)
    }

    @Test func aVeryLongStatementParses() {
        let long = "sentences where " + Array(repeating: #"text contains "x""#, count: 5000).joined(separator: " or ")
        #expect(long.utf8.count > 100_000)
        let parsed = Parser.parse(long)
        #expect(parsed.count == 1)
        #expect(parsed[0].statement != nil)
    }
}
