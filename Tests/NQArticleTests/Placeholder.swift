import Foundation
import Testing

@testable import NQArticle

/// The demo article, read from the shared folder beside the package (or the bundled copy).
func demoArticle() throws -> Article {
    let path = try #require(BundledArticle.path)
    let text = try ArticleLoader().readText(at: path).get()
    return ArticleAnalyzer().analyze(id: "demo", source: path, text: text)
}

@Test func demoLayout() throws {
    let article = try demoArticle()
    #expect(article.titleText == "NATO Chief Praises Trump for Boosting Alliance Defense Spending")
    #expect(article.sections.count == 6)
    #expect(article.paragraphs.count == 14)
    for s in article.sentences { print(s.number, s.paragraph, article.string(s.span)) }
    for s in article.sections { print(s.number, s.heading.map(article.string) ?? "-", s.paragraphs) }
}
