import NQSource
import Testing

@testable import NQArticle

/// Parses a text into an article (layout only, no annotators).
func layout(_ text: String) -> Article {
    var article = Article(id: "t", source: "<test>", text: ArticleText(text))
    ArticleParser().parse(&article)
    return article
}

@Suite struct LayoutTests {
    @Test func demoArticleHasItsHeadlineSectionsAndParagraphs() throws {
        let path = try #require(BundledArticle.path)
        let text = try ArticleLoader().readText(at: path).get()
        let article = layout(text.string)
        #expect(article.titleText == "NATO Chief Praises Trump for Boosting Alliance Defense Spending")
        #expect(
            article.sections.map { $0.heading.map(article.string) ?? "" } == [
                "Rutte Applauds Trump’s Influence on NATO",
                "A Surge in European Defense Investments",
                "Trump’s Criticism of NATO’s Spending Levels",
                "Trump Takes Credit for NATO’s Increased Defense Budgets",
                "Ceasefire Talks on Russia-Ukraine War",
                "Looking Ahead",
            ])
        #expect(article.paragraphs.count == 14)
        #expect(article.sections.map(\.paragraphs.count) == [2, 2, 2, 3, 3, 2])
        #expect(article.sentences.count == 25)
    }

    @Test func blankLineSeparatedArticleHasOneUntitledSection() {
        let article = layout(
            "Senate Passes the Budget\n\nThe Senate voted on Tuesday.\nIt was close.\n\n“We won,” she said.\n")
        #expect(article.titleText == "Senate Passes the Budget")
        #expect(article.sections.count == 1)
        #expect(article.sections[0].heading == nil)
        #expect(article.paragraphs.count == 2)
        // A block's inner line break stays inside its paragraph.
        #expect(article.string(article.paragraphs[0].span) == "The Senate voted on Tuesday.\nIt was close.")
        #expect(article.sentences.count == 3)
    }

    @Test func headingIsRecognisedByItsFormOnly() {
        let article = layout(
            """
            Title Line
            First paragraph of the story, which runs on for a while.
            What Comes Next for the City
            Another paragraph that ends with a period.
            This line is a sentence, not a heading
            Final paragraph.
            """)
        #expect(article.sections.count == 2)
        #expect(article.sections[1].heading.map(article.string) == "What Comes Next for the City")
        #expect(article.paragraphs.count == 4)
    }

    @Test func spansAreExactAndCodePointOffsetsAreComputed() {
        let text = "Müller Speaks\n\n“Ja,” said Müller.\n"
        let article = layout(text)
        let paragraph = article.paragraphs[0].span
        #expect(article.string(paragraph) == "“Ja,” said Müller.")
        #expect(article.text.codePointOffset(paragraph.lower) == 15)
        #expect(article.text.utf8Offset(ofCodePoint: 15) == paragraph.lower)
    }

    @Test func emptyAndBinaryInputAreRefused() {
        #expect(throws: LoadProblem.self) { try ArticleLoader.validate([], path: "e").get() }
        #expect(throws: LoadProblem.self) { try ArticleLoader.validate([0x61, 0x00], path: "b").get() }
        #expect(throws: LoadProblem.self) { try ArticleLoader.validate([0x63, 0xE9, 0x20], path: "l").get() }
        #expect((try? ArticleLoader.validate(Array("ok".utf8), path: "g").get()) != nil)
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSplitter().split(bytes, SourceSpan(0, bytes.count)).map {
            String(decoding: bytes[$0.lower..<$0.upper], as: UTF8.self)
        }
    }

    @Test func abbreviationsTitlesAndInitialsDoNotEndASentence() {
        #expect(
            sentences("Mr. Smith met Gov. Jones in the U.S. capital on Jan. 5. They talked.") == [
                "Mr. Smith met Gov. Jones in the U.S. capital on Jan. 5.", "They talked.",
            ])
        #expect(
            sentences("J. K. Rowling wrote it. George W. Bush read it.") == [
                "J. K. Rowling wrote it.", "George W. Bush read it.",
            ])
    }

    @Test(arguments: [
        (" \u{00A0}\u{FEFF}\tHi there.\u{2009} \n", "Hi there."), (" x\u{FEFF}", "x\u{FEFF}"),
        ("“Yes.”\u{00A0}", "“Yes.”"),
        ("\u{3000}", ""), ("ab", "ab"),
    ])
    func trimmingTakesWhiteSpaceOfAnyWidthFromBothEnds(text: String, trimmed: String) {
        let bytes = Array(text.utf8)
        let span = ArticleParser.trimmed(bytes, SourceSpan(0, bytes.count))
        #expect(String(decoding: bytes[span.lower..<span.upper], as: UTF8.self) == trimmed)
    }

    @Test func abbreviationsInAnyCaseAndTheSpaceAfterAStop() {
        #expect(
            sentences("Shares of Acme Inc. Rose. The INTERNATIONAL.\tThen MR. Smith spoke.\u{00A0}He left.") == [
                "Shares of Acme Inc.", "Rose.", "The INTERNATIONAL.", "Then MR. Smith spoke.", "He left.",
            ])
    }

    @Test func theWordBeforeAPeriodMayMixASCIIAndOtherLetters() {
        #expect(
            sentences("She met Dr. Ruiz at the café. Then Á. Gómez came to Zürich. No. 5 left.") == [
                "She met Dr. Ruiz at the café.", "Then Á. Gómez came to Zürich.", "No. 5 left.",
            ])
    }

    @Test func decimalsStayWhole() {
        #expect(sentences("Growth was 2.5 percent. Costs rose.") == ["Growth was 2.5 percent.", "Costs rose."])
    }

    @Test func aQuotationEndsTheSentenceOnlyWhereTheSentenceEnds() {
        #expect(
            sentences("“We will win,” she said. “It is over.” He left.") == [
                "“We will win,” she said.", "“It is over.”", "He left.",
            ])
        #expect(sentences("He said “no.” and left.") == ["He said “no.” and left."])
    }

    @Test func questionsExclamationsAndEllipses() {
        #expect(sentences("Why? Because! Then… nothing. End") == ["Why?", "Because!", "Then… nothing.", "End"])
    }
}
