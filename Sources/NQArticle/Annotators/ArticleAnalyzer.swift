import NQSource

/// Turns article text into a fully annotated `Article`: layout, entities, quotations,
/// figures and dates.
public struct ArticleAnalyzer: Sendable {
    /// Creates an analyzer.
    public init() {}

    /// Parses and annotates one article.
    public func analyze(id: String, source: String, text: ArticleText, date: String? = nil) -> Article {
        var article = Article(id: id, source: source, text: text, date: date)
        ArticleParser().parse(&article)
        // The article's own date line wins over a date given from outside.
        if let own = DateAnnotator.datelineDate(in: article) {
            article.date = own
        } else {
            article.date = date
            article.dateIsReference = date != nil
        }
        let context = AnalysisContext(article: article)
        var entityLayer = EntityAnnotator().annotate(context)
        let quotes = QuotationAnnotator().annotate(context, entities: &entityLayer)
        article.entities = entityLayer.entities
        article.mentions = entityLayer.mentions
        article.quotes = quotes
        article.figures = FigureAnnotator().annotate(context)
        article.dates = DateAnnotator().annotate(context)
        return article
    }
}
