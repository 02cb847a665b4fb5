import NQSource

/// Finds direct quotations and the mention of who said each one.
///
/// A first, basic version: text between double quotation marks within a paragraph, with a
/// speaker found as "…,” NAME said" or "NAME said, “…”".
public struct QuotationAnnotator: Sendable {
    /// Creates the annotator.
    public init() {}

    static let cues: Set<String> = ["said", "says", "told", "added", "noted", "recalled", "asked", "wrote"]

    /// The quotations of an article, in text order.
    public func annotate(_ context: AnalysisContext, entities: EntityLayer) -> [Quotation] {
        let article = context.article
        let tokens = context.tokens
        var quotes: [Quotation] = []
        for paragraph in article.paragraphs {
            var open: Int?
            var index = context.tokenIndex(atOrAfter: paragraph.span.lower)
            while index < tokens.count, tokens[index].span.start < paragraph.span.end {
                let token = tokens[index]
                let mark = context.string(token)
                if token.kind == .quote, mark == "\u{201C}" || (mark == "\"" && open == nil) {
                    open = index
                } else if token.kind == .quote, let start = open, mark == "\u{201D}" || mark == "\"" {
                    let span = SourceSpan(start: tokens[start].span.end, end: token.span.start)
                    var quote = Quotation(
                        span: span, paragraph: paragraph.number,
                        sentence: article.sentenceNumber(containing: span.lower))
                    attribute(&quote, context: context, open: start, close: index)
                    quotes.append(quote)
                    open = nil
                }
                index += 1
            }
        }
        return quotes
    }

    func attribute(_ quote: inout Quotation, context: AnalysisContext, open: Int, close: Int) {
        let tokens = context.tokens
        let window = (close + 1)..<min(tokens.count, close + 4)
        for index in window where tokens[index].kind == .word {
            let word = context.string(tokens[index]).lowercased()
            if Self.cues.contains(word) {
                quote.cue = tokens[index].span
                if index + 1 < tokens.count, tokens[index + 1].isCapitalized,
                    index - 1 == close || context.string(tokens[index - 1]) == ","
                {
                    quote.speakerMention = tokens[index + 1].span
                } else if tokens[index - 1].isCapitalized {
                    quote.speakerMention = tokens[index - 1].span
                }
                quote.rule = "quote-name-verb"
                return
            }
        }
    }
}
