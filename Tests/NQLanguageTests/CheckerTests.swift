import NQArticle
import NQSource
import Testing

@testable import NQLanguage

/// Every expression is typed before it runs: a mistake is a diagnostic with a stable id, at the
/// place it is, and nothing is evaluated.
@Suite struct CheckerTests {
    func problem(_ text: String, saved: [String: SavedResult] = [:]) throws -> Diagnostic {
        let parsed = try #require(Parser.parseStatement(text))
        if let diagnostic = parsed.diagnostic { return diagnostic }
        let statement = try #require(parsed.statement)
        let query: Query
        switch statement {
        case .query(let found), .count(let found), .assign(_, let found): query = found
        default:
            Issue.record("not a query: \(text)")
            return Diagnostic(id: "none", message: "")
        }
        do throws(Diagnostic) {
            _ = try Binder(saved: saved).bind(query)
        } catch {
            return error
        }
        Issue.record("no problem found in: \(text)")
        return Diagnostic(id: "none", message: "")
    }

    /// The text a diagnostic's span covers.
    func place(_ diagnostic: Diagnostic, in text: String) -> String {
        guard let span = diagnostic.span else { return "" }
        return String(decoding: Array(text.utf8)[span.lower..<span.upper], as: UTF8.self)
    }

    static let mistakes: [(String, String, String)] = [
        ("quotes where speaker > 3", "typeMismatch", "3"),
        ("articles where date > 2020", "typeMismatch", "2020"),
        (#"quotes where paragraph = "3""#, "typeMismatch", #""3""#),
        (#"quotes where paragraph contains "3""#, "notText", "paragraph"),
        ("quotes where speaker", "notACondition", "speaker"),
        (#"quotes where not cue"#, "notACondition", "cue"),
        ("quotes where words(paragraph) > 3", "badArgument", "paragraph"),
        ("quotes select text + 1", "notANumber", "text"),
        ("articles where id in (quotes select quote)", "inColumnMismatch", "(quotes select quote)"),
        ("quotes group by speaker select text", "notAGroupKey", "text"),
        ("quotes where avg(paragraph) > 2", "aggregateOutsideGroup", "avg"),
        ("quotes group by speaker select sum(text)", "notANumber", "text"),
        ("sentences where text in 3", "expectedList", "3"),
        ("quotes select speaker group by speaker", "selectBeforeGroup", "group"),
        ("quotes where text.title = 1", "notALink", "text"),
        ("quotes where speaker.nme = 1", "unknownField", "nme"),
        ("quotes select sqrt(text)", "unknownFunction", "sqrt"),
        (#"quotes where speaker = Trump"#, "bareWord", "Trump"),
        (#"quotes where speaker = 'Trump'"#, "singleQuotes", "'Trump'"),
        (#"quotes where text like "%NATO""#, "sqlHabit", "like"),
        ("select * from quotes", "sqlHabit", "select"),
        ("quotes sort by speaker", "sqlHabit", "sort by"),
        ("quotes where a = 1 || b = 2", "sqlHabit", "||"),
        ("figures where value between 1 and 2", "sqlHabit", "between"),
        ("quotes where (quotes where quote = 1)", "subqueryPlace", "(quotes where quote = 1)"),
        ("people where within 1 sentence of (quotes)", "withinNotText", "within 1 sentence of (quotes)"),
        ("let x = count quotes", "countIsANumber", "count"),
    ]

    @Test(arguments: mistakes)
    func reportsTheMistakeAtItsPlace(_ mistake: (String, String, String)) throws {
        let (text, id, at) = mistake
        let diagnostic = try problem(text)
        #expect(diagnostic.id == id, "\(text): \(diagnostic.message)")
        #expect(place(diagnostic, in: text) == at, "\(text)")
        #expect(diagnostic.label != nil || !diagnostic.notes.isEmpty, "\(text) has no suggestion")
    }

    @Test func acceptsWhatGoesTogether() throws {
        for text in [
            #"quotes where speaker = "Trump" and words(text) > 3"#,
            #"articles where date >= "2025-01-01" and year(date) = 2025"#,
            #"entities where aliases = "Rutte""#,
            "quotes where paragraph = null",
            "count quotes by speaker where count > 1 and avg(words(text)) > 2 order by max(chars(text)) desc",
            "quotes group by article.outlet as outlet, speaker order by outlet limit 1 per outlet",
            "sentences where within 2 sentences of (quotes where quote = 3)",
        ] {
            let parsed = try #require(Parser.parseStatement(text))
            guard case .query(let query) = try #require(parsed.statement, "\(text)") else { continue }
            #expect(throws: Never.self) { try Binder(saved: [:]).bind(query) }
        }
    }
}
