import Testing

@testable import NQArticle

/// The bundled demo article, fully analysed.
func demoArticle() throws -> Article {
    let path = try #require(BundledArticle.path)
    let text = try ArticleLoader().readText(at: path).get()
    return ArticleAnalyzer().analyze(id: "demo", source: path, text: text)
}
