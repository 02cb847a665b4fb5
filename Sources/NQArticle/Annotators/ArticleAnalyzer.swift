import NQSource

/// Turns article text into a fully annotated `Article`: layout, entities, quotations,
/// figures and dates.
public struct ArticleAnalyzer: Sendable {
    /// The languages' quotation marks and function words, built once per analyzer.
    public let languages: LanguageTables
    /// The layers made beyond the layout (all, unless a stream needs fewer).
    public let layers: AnalysisLayers

    /// Creates an analyzer with the given language tables, making the given layers.
    public init(languages: LanguageTables, layers: AnalysisLayers = .all) {
        self.languages = languages
        self.layers = layers
    }

    /// Creates an analyzer with the built-in languages; make one per load and share it, so the
    /// tables are built once.
    public init() {
        self.init(languages: .builtIn())
    }

    /// Parses and annotates one article.
    public func analyze(id: String, source: String, text: ArticleText, date: String? = nil) -> Article {
        analyze(ArticleRecord(id: id, source: source, text: text), date: date)
    }

    /// Parses and annotates one article read from an input, with the input's layout and
    /// metadata; `date` is the reference date for an article that gives none.
    public func analyze(_ record: ArticleRecord, date: String? = nil) -> Article {
        var article = Article(id: record.id, source: record.source, text: record.text, date: date)
        article.url = record.metadata.url
        article.outlet = record.metadata.outlet
        article.author = record.metadata.author ?? Byline.author(in: record.text)
        ArticleParser().parse(&article, layout: record.layout)
        // Made once: the date line is looked for among the first of these tokens.
        let tokens = Tokenizer().tokenize(article.text.bytes, SourceSpan(0, article.text.count))
        // The input's own date wins, then the article's date line, then a date given from outside.
        if let given = record.metadata.date {
            article.date = given
        } else if let own = DateAnnotator.datelineDate(in: article, tokens: tokens) {
            article.date = own
        } else {
            article.date = date
            article.dateIsReference = date != nil
        }
        let language = LanguageGuess(tables: languages).guess(article.text.bytes)
        article.language = language.code
        let context = AnalysisContext(article: article, language: language, tokens: tokens, layers: layers)
        if layers.contains(.speech) {
            var entityLayer = EntityAnnotator().annotate(context)
            let quotes = QuotationAnnotator().annotate(context, entities: &entityLayer)
            article.entities = entityLayer.entities
            article.mentions = entityLayer.mentions
            article.quotes = quotes
        }
        if layers.contains(.figures) { article.figures = FigureAnnotator().annotate(context) }
        if layers.contains(.dates) { article.dates = DateAnnotator().annotate(context) }
        return article
    }
}
