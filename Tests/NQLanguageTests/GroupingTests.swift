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
            let plan = Plan(
                collection: collection, sourceName: name, baseRows: nil, filter: nil, order: [], limit: nil,
                offset: nil, columns: collection.fields)
            let whole = evaluator.count(plan, by: fields, inPartsFrom: Int.max)
            #expect(!whole.rows.isEmpty, "\(name) by \(by)")
            #expect(evaluator.count(plan, by: fields, inPartsFrom: 1) == whole, "\(name) by \(by)")
        }
    }
}
