import NQSource
import Testing

@testable import NQArticle

/// Checks that the candidates found in one pass over an article's tokens are those the plain
/// scans find: the figure and date starts, and the quotation marks.
@Suite struct TokenCandidatesTests {
    @Test(arguments: [
        "A man saw a million people, an hour of thirty-year-old thirtysomething fans",
        "On Thursday, March 13, 2025 — US$5 and £3.2m, €40 or $5-10 billion; 58%-33% an a A An",
        "Twenty-five THOUSAND, a Million an half dozen forty-two-year Zero-sum café ninety-nine",
        "“Last year,” she said, ‘this week’ and \"next month\" — ''today'' `yesterday' Sept. 9 Mayday",
        "Un Up UN U.S. Us ¥ ₹ ₩ ₪ … – — 2024-03-13 13 March 2025 in 2024 tonight's Monday’s an",
        "a", "", "thirty-", "supercalifragilisticexpialidocious-thirty one-hundred-and-twenty-three a",
    ])
    func candidatesAreThoseOfThePlainScans(text: String) {
        let article = Article(id: "t", source: "<test>", text: ArticleText(text))
        let context = AnalysisContext(article: article, language: .plain())
        let count = context.tokens.count
        let reader = NumberReader(context: context)
        let words = DateWords(context: context)
        var figures = CandidateCursor(context.candidates.figures)
        var dates = CandidateCursor(context.candidates.dates)
        for index in 0...count {
            #expect(figures.first(atOrAfter: index, end: count) == reader.nextCandidate(from: index), "\(index)")
            #expect(dates.first(atOrAfter: index, end: count) == words.nextCandidate(from: index), "\(index)")
        }
        // Asked again from the start, a cursor finds the same.
        #expect(figures.first(atOrAfter: 0, end: count) == reader.nextCandidate(from: 0))
        let quotes = context.tokens.indices.filter { context.tokens[$0].kind == .quote }
        #expect(context.candidates.quotes.map(Int.init) == quotes)
        // An analysis with neither figures nor dates finds the same quotation marks, and nothing
        // else.
        let speechOnly = TokenCandidates(bytes: context.bytes, tokens: context.tokens, figuresAndDates: false)
        #expect(speechOnly.quotes == context.candidates.quotes)
        #expect(speechOnly.figures.isEmpty && speechOnly.dates.isEmpty)
    }
}
