import Testing

@testable import NQArticle

/// Every common quotation-mark style pairs, in an article of its language.
@Suite struct QuoteMarkStyleTests {
    /// A short article in one language, the language nq should see, and its quotes.
    struct Case: Sendable, CustomTestStringConvertible {
        var style: String
        var text: String
        var language: String
        var quotes: [String]
        var testDescription: String { style }
    }

    static let cases: [Case] = [
        Case(
            style: "“…” English", text: "“We will build the bridge,” said Mayor Ana Ruiz on Monday.\n", language: "en",
            quotes: ["We will build the bridge,"]),
        Case(
            style: "„…“ German",
            text:
                "„Wir werden die Brücke bauen“, sagte die Bürgermeisterin. „Das ist nicht einfach“, sagte sie. Die Stadt hat das Geld und die Pläne sind fertig.\n",
            language: "de", quotes: ["Wir werden die Brücke bauen", "Das ist nicht einfach"]),
        Case(
            style: "»…« German",
            text:
                "»Wir werden die Brücke bauen«, sagte die Bürgermeisterin. Die Stadt hat das Geld und die Pläne sind nicht fertig, sagte sie auch.\n",
            language: "de", quotes: ["Wir werden die Brücke bauen"]),
        Case(
            style: "«…» Spanish",
            text:
                "«Vamos a construir el puente», dijo la alcaldesa. La ciudad tiene el dinero para la obra y los planes, según el consejo.\n",
            language: "es", quotes: ["Vamos a construir el puente"]),
        Case(
            style: "‹…› French",
            text:
                "Le maire a dit : ‹ Nous allons construire le pont pour la ville ›. Le conseil est pour le projet et la ville a les fonds selon le maire.\n",
            language: "fr", quotes: ["Nous allons construire le pont pour la ville"]),
        Case(
            style: "”…” Swedish",
            text:
                "”Vi ska bygga bron”, säger borgmästaren. Det är en fråga som har tagit tid för oss och att det är klart nu är bra.\n",
            language: "sv", quotes: ["Vi ska bygga bron"]),
        Case(
            style: "「…」 Japanese", text: "市長は「橋を建設します」と述べた。市の予算は十分にある。\n", language: "ja",
            quotes: ["橋を建設します"]),
    ]

    @Test(arguments: cases)
    func pairs(_ example: Case) {
        let article = ArticleAnalyzer().analyze(id: "t", source: "<test>", text: ArticleText(example.text))
        #expect(article.language == example.language)
        let candidates = QuoteMarkScanner().scan(
            AnalysisContext(
                article: article, language: LanguageTables.builtIn().profile(example.language)),
            lines: QuoteMarkScanner.lines(
                AnalysisContext(article: article, language: LanguageTables.builtIn().profile(example.language))))
        let found = candidates.map { article.string($0.span).trimmingCharacters(in: " ") }
        #expect(found == example.quotes)
    }

    @Test func germanClosingMarkDoesNotOpenAnEnglishQuote() {
        // The bug this table fixes: „…“ read with English marks restarts the quote at “.
        let text =
            "„Wir bleiben“, sagte Merz. „Wir gehen nicht“, sagte er. Das ist nicht das Ende und die Partei ist für ihn.\n"
        let article = ArticleAnalyzer().analyze(id: "t", source: "<test>", text: ArticleText(text))
        #expect(article.language == "de")
        let context = AnalysisContext(article: article, language: LanguageTables.builtIn().profile("de"))
        let spans = QuoteMarkScanner().scan(context, lines: QuoteMarkScanner.lines(context)).map {
            article.string($0.span)
        }
        #expect(spans == ["Wir bleiben", "Wir gehen nicht"])
    }

    @Test func britishSingleMarksPairAroundApostrophesAndNestedDoubles() {
        // Quoting with ‘…’: apostrophes inside words, a plural possessive and a nested “…” stay
        // inside the quote, and the speaker is found as for double marks.
        let text = """
            LONDON — The bank held rates on Thursday.

            ‘We don’t see Britain’s workers’ pay rising fast,’ said Mr Andrew Bailey, the governor. \
            ‘The word “transitory” is not one we use.’

            Rachel Reeves welcomed it. ‘It is good news,’ she said.
            """
        let article = ArticleAnalyzer().analyze(id: "t", source: "<test>", text: ArticleText(text))
        #expect(
            article.quotes.map { article.string($0.span) } == [
                "We don’t see Britain’s workers’ pay rising fast,", "The word “transitory” is not one we use.",
                "It is good news,",
            ])
        #expect(article.quotes.map(\.speaker) == ["Andrew Bailey", "Andrew Bailey", "Rachel Reeves"])
    }

    @Test func straightSingleMarksQuoteLikeTypographicOnes() {
        // Text typed with straight marks ('…'): apostrophes inside words and a plural possessive
        // stay inside the quote; a particle pair joins the speaker's name.
        let text = """
            THE HAGUE — The government held its budget on Thursday.

            'We don't see the workers' pay rising fast,' said Dr Anneke van der Berg, an economist. \
            'It is not one we use.'

            Rachel Reeves welcomed it. 'It is good news,' she said. She added that it was 'a relief'.
            """
        let article = ArticleAnalyzer().analyze(id: "t", source: "<test>", text: ArticleText(text))
        #expect(
            article.quotes.map { article.string($0.span) } == [
                "We don't see the workers' pay rising fast,", "It is not one we use.", "It is good news,",
                "a relief",
            ])
        #expect(
            article.quotes.map(\.speaker) == [
                "Anneke van der Berg", "Anneke van der Berg", "Rachel Reeves", "Rachel Reeves",
            ])
    }

    @Test func doubledApostrophesAreDoubleMarksNotSingleOnes() {
        // ''…'' with a nested 'no' stays a double-quoted article.
        let text = """
            The council voted on Thursday.

            ''They told us 'no' and 'never' and left,'' said Ana Ruiz. ''We are still waiting,'' she said.
            """
        let article = ArticleAnalyzer().analyze(id: "t", source: "<test>", text: ArticleText(text))
        #expect(
            article.quotes.map { article.string($0.span) } == [
                "They told us 'no' and 'never' and left,", "We are still waiting,",
            ])
    }

    @Test func aSingleMarkInsideDoubleQuotesOpensNothing() {
        let text = """
            “He told me ‘never again’ and left,” said Ana Ruiz. “We are still waiting,” she said.
            """
        let article = ArticleAnalyzer().analyze(id: "t", source: "<test>", text: ArticleText(text))
        #expect(
            article.quotes.map { article.string($0.span) } == [
                "He told me ‘never again’ and left,", "We are still waiting,",
            ])
    }

    @Test func aPhraseInTheOtherStyleOfMarksStaysInsideTheQuote() {
        // A writer quoting with straight marks and naming a title with typographic ones, or the
        // other way round: the inner pair is part of the quote, not a quote of its own.
        let text = """
            The council voted on Thursday.

            "The agency is not about “Equal Justice” anymore," said Ana Ruiz.

            “The agency is not about "Equal Justice" any more,” she said.
            """
        let article = ArticleAnalyzer().analyze(id: "t", source: "<test>", text: ArticleText(text))
        #expect(
            article.quotes.map { article.string($0.span) } == [
                "The agency is not about “Equal Justice” anymore,",
                "The agency is not about \"Equal Justice\" any more,",
            ])
        #expect(article.quotes.map(\.speaker) == ["Ana Ruiz", "Ana Ruiz"])
    }

    @Test func aStatementOverParagraphsKeepsItsVoiceThroughAPhraseInOtherMarks() {
        // Paragraphs opened with " and closed only at the end, the first holding a “title”:
        // every paragraph is the statement introduced by the colon.
        let text = """
            Roe calls for a resignation.

            Senator Jane Roe stated:

            "The agency is not about “Equal Justice” anymore. It is about power.

            "The latest example is Bob Smith suing the state over its “Bathroom Bill,” which is wrong.

            "Bob Smith should resign. The Senate was supposed to guard the states."

            The bill took effect in March.
            """
        let article = ArticleAnalyzer().analyze(id: "t", source: "<test>", text: ArticleText(text))
        #expect(article.quotes.count == 3)
        #expect(article.quotes.first.map { article.string($0.span).hasPrefix("The agency is not") } == true)
        #expect(article.quotes.map(\.speaker) == ["Jane Roe", "Jane Roe", "Jane Roe"])
    }

    @Test func speechInTheOtherStyleOfMarksIsAQuoteOfItsOwn() {
        // A passage quoted in straight marks that quotes a person in full sentences: the person's
        // words are the quote (the inner marks restart it, as before).
        let text = """
            The paper reported:

            "The mayor spoke on Monday. “We will build the bridge before winter comes,” she said at the hall."
            """
        let article = ArticleAnalyzer().analyze(id: "t", source: "<test>", text: ArticleText(text))
        #expect(article.quotes.map { article.string($0.span) } == ["We will build the bridge before winter comes,"])
    }

    @Test func theLanguageTableIsOneOfData() {
        let tables = LanguageTables.builtIn()
        #expect(tables.english.code == "en")
        #expect(Set(tables.profiles.map(\.code)).count == tables.profiles.count)
        for profile in tables.profiles { #expect(!profile.marks.pairs.isEmpty) }
    }
}

extension String {
    /// The string without the given characters at either end.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
