import Foundation
import NQArticle
import NQSource
import Testing

@testable import NQLanguage

/// Sorting by keys made once per row gives the order `ValueOrder` defines.
@Suite struct SortingTests {
    func corpus(_ texts: [String]) -> Corpus {
        let corpus = Corpus()
        for (index, text) in texts.enumerated() {
            corpus.add(ArticleAnalyzer().analyze(id: "t\(index)", source: "t\(index)", text: ArticleText(text)))
        }
        return corpus
    }

    func plan(_ text: String) throws -> Plan {
        guard case .query(let query) = try #require(Parser.parseStatement(text)?.statement) else {
            throw Diagnostic(id: "notAQuery", message: text)
        }
        return try Binder(saved: [:]).bind(query)
    }

    static let texts = [
        "Title\n\nÉcole first. ecole second. Zebra runs. apple falls. Apple rises. “Quoted” words.\n\nÀ la carte. a la carte. 10 items. 9 items. Ωmega ends. ωmega too.",
        "Other\n\nBanana split. banana bread. Éclair time. The end. the End.",
    ]

    @Test(arguments: ["asc", "desc"])
    func textKeysSortAsValueOrderDoes(_ direction: String) throws {
        let corpus = corpus(Self.texts)
        let evaluator = Evaluator(corpus: corpus)
        let sorted = try evaluator.rows(try plan("sentences order by text \(direction)"))
        let field = try #require(Schema.collection(named: "sentences")?.field(named: "text"))
        let texts = sorted.map { field.get(corpus, $0) }
        let rows = try evaluator.rows(try plan("sentences"))
        let expected = rows.enumerated().sorted { lhs, rhs in
            let order = ValueOrder.compare(field.get(corpus, lhs.element), field.get(corpus, rhs.element))
            if order != 0 { return direction == "desc" ? order > 0 : order < 0 }
            return lhs.offset < rhs.offset
        }.map { field.get(corpus, $0.element) }
        #expect(texts == expected)
        // The best few are the first few of the whole order.
        let top = try evaluator.rows(try plan("sentences order by text \(direction) limit 3 offset 1"))
        #expect(top.map { field.get(corpus, $0) } == Array(expected[1..<4]))
    }

    @Test func numberKeysAndSeveralKeysSortAsValueOrderDoes() throws {
        let corpus = corpus(Self.texts)
        let evaluator = Evaluator(corpus: corpus)
        let rows = try evaluator.rows(try plan("sentences order by words(text) desc, text limit 5"))
        let table = try evaluator.table(rows, columns: try plan("sentences select words(text), text").columns)
        let pairs = table.rows.map { ($0[0], $0[1]) }
        for (a, b) in zip(pairs, pairs.dropFirst()) {
            let first = ValueOrder.compare(a.0, b.0)
            #expect(first > 0 || (first == 0 && ValueOrder.compare(a.1, b.1) <= 0))
        }
    }
}

/// `in` over a query compares the rows both sides name when they name articles, and values
/// otherwise; either way it keeps the rows the values would.
@Suite struct RelationTests {
    @Test func rowsNamedThroughLinksAgreeWithValues() throws {
        let corpus = Corpus()
        let texts = [
            "One\n\n“Yes,” said Ana Ruiz. “No,” said Bo Chen.",
            "Two\n\n“Maybe,” said Ana Ruiz.",
            "Three\n\n“Never,” said Bo Chen. “Again,” said Carl Diaz.",
        ]
        for (index, text) in texts.enumerated() {
            corpus.add(ArticleAnalyzer().analyze(id: "a\(index)", source: "a\(index)", text: ArticleText(text)))
        }
        func rows(_ text: String) throws -> [RowRef] {
            guard case .query(let query) = try #require(Parser.parseStatement(text)?.statement) else { return [] }
            return try Evaluator(corpus: corpus).rows(try Binder(saved: [:]).bind(query))
        }
        let both = try rows(
            #"articles where id in (quotes where speaker = "Ruiz" select article) and id in (quotes where speaker = "Chen" select article)"#
        )
        #expect(both == [RowRef(article: 0, item: 0)])
        // The same through a value that is not a link (lower-cased ids are still ids).
        let byValue = try rows(
            #"articles where lower(id) in (quotes where speaker = "Ruiz" select article) and lower(id) in (quotes where speaker = "Chen" select article)"#
        )
        #expect(byValue == both)
        let sameArticles = try rows(#"quotes where article in (quotes where speaker = "Diaz" select article)"#)
        #expect(sameArticles.map(\.article) == [2, 2])
    }
}
