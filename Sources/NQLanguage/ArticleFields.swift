import NQArticle
import NQSource

/// The layout collections: articles, sections, paragraphs, sentences.
enum ArticleFields {
    static let articles = CollectionDef(
        name: "articles", summary: "a loaded article", itemCount: { _ in 1 }, include: nil,
        rowSpan: { article, _ in SourceSpan(0, article.text.count) },
        fields: [
            Fields.text("id", "the article's id (its file name without extension)") { article, _ in article.id },
            Fields.spanText("title", "the headline") { article, _ in article.title },
            Fields.text("source", "the file it was read from") { article, _ in article.source },
            Fields.text("outlet", "who published it: from the input, or the name of the folder holding the file") {
                article, _ in ArticleFields.outlet(of: article)
            },
            Fields.date("date", "its date (YYYY-MM-DD): from the input, or its date line or byline") { article, _ in
                article.date
            },
            Fields.text("author", "who wrote it, when the input or its byline says") { article, _ in article.author },
            Fields.text("url", "where it was published, when the input says") { article, _ in article.url },
            Fields.number("words", "how many words it has") { article, _ in Double(article.words) },
            Fields.number("sections", "how many sections") { article, _ in Double(article.sections.count) },
            Fields.number("paragraphs", "how many paragraphs") { article, _ in Double(article.paragraphs.count) },
            Fields.number("sentences", "how many sentences") { article, _ in Double(article.sentences.count) },
            Fields.number("quotes", "how many direct quotations") { article, _ in Double(article.quotes.count) },
            Fields.number("bytes", "its size in bytes (UTF-8)") { article, _ in Double(article.text.count) },
        ],
        defaultColumns: ["id", "title", "outlet", "date", "words", "quotes"], key: "id")

    /// The outlet of an article: the one its input names, or else the name of the folder that
    /// holds its file (`news/reuters/a.txt` → reuters); none for a file named without a folder.
    static func outlet(of article: Article) -> String? {
        if let outlet = article.outlet, !outlet.isEmpty { return outlet }
        guard !article.source.hasPrefix("<"), article.source != BundledArticle.path else { return nil }
        let parts = article.source.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 2 else { return nil }
        let folder = parts[parts.count - 2]
        return folder == "." || folder == ".." ? nil : String(folder)
    }

    static let sections = CollectionDef(
        name: "sections", summary: "a headed part of an article (one untitled part when it has no headings)",
        itemCount: { $0.sections.count }, include: nil,
        rowSpan: { article, item in article.sections[item].span },
        fields: [
            Fields.article(),
            Fields.number("section", "its number in the article, from 1") { article, item in
                Double(article.sections[item].number)
            },
            Fields.spanText("heading", "its heading (empty for an untitled section)") { article, item in
                article.sections[item].heading
            },
            Fields.number("paragraphs", "how many paragraphs it has") { article, item in
                Double(article.sections[item].paragraphs.count)
            },
            Fields.spanText("text", "its whole text, heading included") { article, item in article.sections[item].span
            },
            Fields.offset("start", "where it starts (code points into the article)") { article, item in
                article.sections[item].span.lower
            },
            Fields.offset("end", "where it ends") { article, item in article.sections[item].span.upper },
        ],
        defaultColumns: ["article", "section", "heading", "paragraphs"])

    static let paragraphs = CollectionDef(
        name: "paragraphs", summary: "a paragraph", itemCount: { $0.paragraphs.count }, include: nil,
        rowSpan: { article, item in article.paragraphs[item].span },
        fields: [
            Fields.article(),
            Fields.number("section", "the number of its section") { article, item in
                Double(article.sectionNumber(ofParagraph: item))
            },
            Fields.spanText("heading", "its section's heading") { article, item in
                article.sections[article.sectionNumber(ofParagraph: item) - 1].heading
            },
            Fields.number("paragraph", "its number in the article, from 1") { article, item in
                Double(item + 1)
            },
            Fields.spanText("text", "its text") { article, item in article.paragraphs[item].span },
            Fields.number("sentences", "how many sentences it has") { article, item in
                Double(article.paragraphs[item].sentences.count)
            },
            Fields.offset("start", "where it starts (code points into the article)") { article, item in
                article.paragraphs[item].span.lower
            },
            Fields.offset("end", "where it ends") { article, item in article.paragraphs[item].span.upper },
        ],
        defaultColumns: ["article", "section", "paragraph", "text"])

    static let sentences = CollectionDef(
        name: "sentences", summary: "a sentence", itemCount: { $0.sentences.count }, include: nil,
        rowSpan: { article, item in article.sentences[item].span },
        fields: [
            Fields.article(),
            Fields.number("section", "the number of its section") { article, item in
                Double(Fields.section(ofParagraph: article.paragraphNumber(ofSentence: item), in: article))
            },
            Fields.number("paragraph", "the number of its paragraph; paragraph.text reads it") { article, item in
                Double(article.paragraphNumber(ofSentence: item))
            }.linking(.paragraph { article, item in article.paragraphNumber(ofSentence: item) }),
            Fields.number("sentence", "its number in the article, from 1") { article, item in
                Double(item + 1)
            },
            Fields.spanText("text", "its text") { article, item in article.sentences[item].span },
            Fields.offset("start", "where it starts (code points into the article)") { article, item in
                article.sentences[item].span.lower
            },
            Fields.offset("end", "where it ends") { article, item in article.sentences[item].span.upper },
        ],
        defaultColumns: ["article", "paragraph", "sentence", "text"])
}
