import NQArticle
import Testing

@testable import NQLanguage

/// A stream of one article at a time hands the corpus identities made elsewhere (the corpus keeps
/// them only where they are the identities of its articles) and may leave names unindexed.
@Suite struct CorpusStreamingTests {
    static let text = """
        Budget talks

        "We will not sign it," Mark Rutte said on Monday. Rutte spoke to Angela Merkel in Berlin.
        """

    static func article(_ id: String) -> Article {
        ArticleAnalyzer().analyze(id: id, source: id, text: ArticleText(text))
    }

    @Test func identitiesMadeForTheOnlyArticleAreTheOnesItWouldMake() {
        let article = Self.article("a")
        let given = IdentityTable(articles: [article])
        let corpus = Corpus()
        corpus.add(article, identities: given)
        let made = IdentityTable(articles: [article])
        #expect(corpus.identities.identities.map(\.id) == made.identities.map(\.id))
        #expect(corpus.identities.byEntity == made.byEntity)
        #expect(corpus.speakerName(of: RowRef(article: 0, item: 0)) == "Mark Rutte")
    }

    @Test func givenIdentitiesAreKeptForAFirstArticleOnly() {
        // An empty table stands out: the corpus would never make it for an article with names.
        let corpus = Corpus()
        corpus.add(Self.article("a"), identities: IdentityTable())
        #expect(corpus.identities.identities.isEmpty, "the first article's table is used as given")
        corpus.add(Self.article("b"), identities: IdentityTable())
        #expect(!corpus.identities.identities.isEmpty, "a second article's makes the corpus work them out")
        corpus.removeAll(keepingQuoteNumbers: true)
        corpus.add(Self.article("c"), identities: IdentityTable())
        #expect(corpus.identities.identities.isEmpty, "after removing every article the next one is first")
    }

    @Test func anArticleAddedWithoutKeysIsFoundByNoNameButGivesEveryRow() {
        let indexed = Corpus()
        indexed.add(Self.article("a"))
        let unindexed = Corpus()
        unindexed.add(Self.article("a"), keys: .empty)
        #expect(!indexed.entityRows(named: "rutte").isEmpty)
        #expect(unindexed.entityRows(named: "rutte").isEmpty)
        for collection in Schema.collections {
            #expect(collection.rows(in: unindexed) == collection.rows(in: indexed), "\(collection.name)")
        }
    }
}
