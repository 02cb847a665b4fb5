import NQArticle
import Testing

@testable import NQLanguage

/// Every input the fuzz targets (`make fuzz`) found crashing, run through the same code path
/// (`FuzzPipelines`). Each test names what crashed and where.
@Suite struct FuzzRegressionTests {
    /// FuzzArticles: a speaker whose name leaves no identity key ("ℝ": one letter) had no
    /// identity (IdentityTable kept -1), and reading the quote's `speaker` trapped on an index
    /// out of range (Corpus.speakerName). Fixed: such a name is an identity of its own.
    @Test func speakerEntityWithoutNameKey() throws {
        let text =
            "Talks in The Hague\n\n“We will stay,” stay,ℝ said Ana Ruiz, the minister.\n\n“\u{0E}No,” Bo Chen said. "
            + "“Never,” CAna Ruiz, the minister.\n\n“No,” Bo Chen said. “Never,” Chen added.\n"
        #expect(FuzzPipelines.runArticle(Array(text.utf8)) > 0)

        let corpus = Corpus()
        corpus.add(ArticleAnalyzer().analyze(id: "t", source: "t", text: ArticleText(text)))
        let item = try #require(corpus.articles[0].quotes.firstIndex { $0.speaker == "ℝ" })
        let entity = try #require(corpus.articles[0].quotes[item].speakerEntity)
        #expect(corpus.identities.identity(article: 0, entity: entity) >= 0)
        #expect(corpus.speakerName(of: RowRef(article: 0, item: item)) == "ℝ")
    }
}
