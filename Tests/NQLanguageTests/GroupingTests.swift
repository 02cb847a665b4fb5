import Foundation
import NQArticle
import NQSource
import Testing

@testable import NQLanguage

@Suite struct GroupingTests {
    @Test func countsInPartsAsInOneGo() throws {
        let path = try #require(BundledArticle.path)
        let text = try #require(FileManager.default.contents(atPath: path))
        let corpus = Corpus()
        for copy in 1...5 {
            corpus.add(
                ArticleAnalyzer().analyze(
                    id: "copy\(copy)", source: "copy\(copy)", text: ArticleText(bytes: Array(text))))
        }
        let evaluator = Evaluator(corpus: corpus)
        for (name, by) in [("quotes", ["speaker"]), ("sentences", ["paragraph"]), ("quotes", ["speaker", "cue"])] {
            let collection = try #require(Schema.collection(named: name))
            let fields = try by.map { try #require(collection.field(named: $0)) }
            let plan = Plan(collection: collection, sourceName: name, baseRows: nil, clauses: BoundClauses())
            let whole = try evaluator.count(plan, by: fields, inPartsFrom: Int.max)
            #expect(!whole.rows.isEmpty, "\(name) by \(by)")
            #expect(try evaluator.count(plan, by: fields, inPartsFrom: 1) == whole, "\(name) by \(by)")
        }
    }

    @Test func speakerCountsKeptAtLoadEqualCountingEveryQuote() throws {
        let corpus = Corpus()
        let texts = [
            "Talks\n\n“We will stay,” said Ana Ruiz.\n\n“No,” Bo Chen said. “Never,” Chen added.",
            "More\n\n“Yes,” Ana Ruiz told reporters.\n\n“Quoted words” were on the sign.",
        ]
        for (index, text) in texts.enumerated() {
            corpus.add(ArticleAnalyzer().analyze(id: "t\(index)", source: "t\(index)", text: ArticleText(text)))
        }
        let quotes = try #require(Schema.collection(named: "quotes"))
        let speaker = try #require(quotes.field(named: "speaker"))
        let plan = Plan(collection: quotes, sourceName: "quotes", baseRows: nil, clauses: BoundClauses())
        let evaluator = Evaluator(corpus: corpus)
        let kept = try #require(evaluator.speakerGroups(plan, by: [speaker]))
        #expect(kept.rows.count >= 2)
        #expect(try kept == evaluator.count(plan, by: [speaker], inPartsFrom: Int.max))
    }
}
