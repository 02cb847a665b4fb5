import NQSource
import Testing

@testable import NQArticle

/// A test text with its expected quotations (`⟦…⟧`) and speaker mentions (`⟨…⟩`) marked.
struct QuoteMarkedText {
    /// The text without markers.
    let text: String
    /// The expected quote spans, in order.
    let quotes: [SourceSpan]
    /// The marked speaker mentions, in order.
    let speakers: [SourceSpan]

    /// Strips the markers from `marked`, recording UTF-8 spans of the marked stretches.
    init(_ marked: String) {
        var bytes: [UInt8] = []
        var quotes: [SourceSpan] = []
        var speakers: [SourceSpan] = []
        var quoteStart = 0
        var speakerStart = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦": quoteStart = bytes.count
            case "⟧": quotes.append(SourceSpan(quoteStart, bytes.count))
            case "⟨": speakerStart = bytes.count
            case "⟩": speakers.append(SourceSpan(speakerStart, bytes.count))
            default: bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        self.text = String(decoding: bytes, as: UTF8.self)
        self.quotes = quotes
        self.speakers = speakers
    }
}

/// Analyses a marked body text (given a headline so the body is all paragraphs) and returns the
/// article and the expectations shifted to its offsets.
func analyzeMarked(_ body: String) -> (Article, QuoteMarkedText) {
    let headline = "Test headline\n\n"
    let marked = QuoteMarkedText(headline + body)
    let article = ArticleAnalyzer().analyze(id: "test", source: "test", text: ArticleText(marked.text))
    return (article, marked)
}

/// Checks that an article's quotations are exactly the marked ones, each with the marked
/// speaker mention of index `speakers[i]` (nil: no speaker expected).
func expectQuotes(
    _ body: String, speakers expected: [Int?], sourceLocation: SourceLocation = #_sourceLocation
) {
    let (article, marked) = analyzeMarked(body)
    let found = article.quotes.map { article.string($0.span) }
    let wanted = marked.quotes.map { article.string($0) }
    #expect(found == wanted, sourceLocation: sourceLocation)
    guard found == wanted else { return }
    for (index, quote) in article.quotes.enumerated() where index < expected.count {
        let speaker = quote.speakerMention.map(article.string)
        let want = expected[index].map { article.string(marked.speakers[$0]) }
        #expect(
            speaker == want, "quote \(index + 1) (\(quote.rule?.rawValue ?? "no rule"))", sourceLocation: sourceLocation
        )
        if let index = expected[index] {
            #expect(quote.speakerMention == marked.speakers[index], sourceLocation: sourceLocation)
        }
    }
}

/// The speakers of a short article's quotes, in order.
func speakers(_ body: String) -> [String?] {
    analyzeMarked(body).0.quotes.map(\.speaker)
}
