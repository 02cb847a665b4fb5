import Testing

@testable import NQArticle

@Test func demoArticleQuotes() throws {
    let article = try demoArticle()
    let quotes = article.quotes
    #expect(quotes.count == 6)
    #expect(
        quotes.map { $0.speaker ?? "-" } == [
            "Mark Rutte", "Mark Rutte", "Donald Trump", "Donald Trump", "Donald Trump", "Donald Trump",
        ])
    #expect(
        quotes.map { $0.cue.map(article.string) ?? "-" } == [
            "told", "said", "recalled", "recalled", "noted", "noted",
        ])
    #expect(!quotes.contains { $0.speaker?.contains("Putin") == true })
    #expect(quotes.first?.addressee.map(article.string) == "Trump")
}
