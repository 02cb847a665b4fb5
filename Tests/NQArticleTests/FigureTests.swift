import Testing

@testable import NQArticle

/// The figures of a marked text: marked spans must be found exactly, with these values and units.
func expectFigures(
    _ marked: String, _ expected: [(Double, String?, Figure.Kind)],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let sample = MarkedText(marked)
    let figures = sample.analyze().figures
    #expect(
        figures.map(\.span) == sample.marks.map(\.span), "in: \(sample.text)",
        sourceLocation: sourceLocation)
    guard figures.count == expected.count else { return }
    for (figure, (value, unit, kind)) in zip(figures, expected) {
        #expect(
            figure.value.map { abs($0 - value) <= abs(value) * 1e-9 } == true,
            sourceLocation: sourceLocation)
        #expect(figure.unit == unit, sourceLocation: sourceLocation)
        #expect(figure.kind == kind, sourceLocation: sourceLocation)
    }
}

@Suite struct FigureTests {
    @Test func moneyWithScalesAndCurrencies() {
        expectFigures(
            "They pledged ⟦800 billion euros⟧ (⟦$874 billion⟧), then ⟦£3.2m⟧ and ⟦€15⟧ more, plus ⟦50 cents⟧.",
            [
                (800e9, "EUR", .money), (874e9, "USD", .money), (3.2e6, "GBP", .money), (15, "EUR", .money),
                (0.5, "USD", .money),
            ])
    }

    @Test func currencySymbolsAmongOtherMarks() {
        expectFigures(
            "Costs fell — ⟦₹10⟧ to ⟦¥300⟧ … then ⟦US$7⟧, US 5 – UK 6.",
            [(10, "INR", .money), (300, "JPY", .money), (7, "USD", .money)])
    }

    @Test func moneyInWords() {
        expectFigures(
            "He was paid ⟦twenty thousand dollars⟧ and later ⟦a million dollars⟧.",
            [(20000, "USD", .money), (1e6, "USD", .money)])
    }

    @Test func percentages() {
        expectFigures(
            "Spending reached ⟦2%⟧ of GDP, up from ⟦1.5 percent⟧, or ⟦three per cent⟧ by another count.",
            [(2, "percent", .percent), (1.5, "percent", .percent), (3, "percent", .percent)])
    }

    @Test func ratiosDurationsSizesAndCounts() {
        expectFigures(
            "A record ⟦23 out of 32⟧ NATO nations backed a ⟦30-day⟧ ceasefire and the ⟦27-member⟧ bloc sent ⟦400 troops⟧.",
            [
                (23.0 / 32.0, "nation", .ratio), (30, "day", .duration), (27, "member", .size),
                (400, "troop", .count),
            ])
    }

    @Test func pollFiguresRangesAndPoints() {
        expectFigures(
            "⟦Sixty-six percent⟧ agreed, ⟦58%-33%⟧, a lead of ⟦nine percentage points⟧, worth ⟦$5-10 billion⟧.",
            [
                (66, "percent", .percent), (58, "percent", .percent), (9, "percentage point", .count),
                (10e9, "USD", .money),
            ])
    }

    @Test func wordsAfterANumberInAnyCase() {
        // The words a number's figure looks for after it are found in any case, and a word none of
        // them is still counts, unless capitalised.
        expectFigures(
            "Up ⟦5 PERCENT⟧, ⟦3 Euros⟧, ⟦2 Per Cent⟧, ⟦7 OUT OF 9⟧ votes, ⟦12 Pct⟧, ⟦40 people⟧, 6 People, ⟦8 cafés⟧.",
            [
                (5, "percent", .percent), (3, "EUR", .money), (2, "percent", .percent),
                (7.0 / 9.0, "vote", .ratio), (12, "percent", .percent), (40, "people", .count),
                (8, "café", .count),
            ])
    }

    @Test func yearsAreNotCounts() {
        let figures = MarkedText("In 2024 the budget grew.").analyze().figures
        #expect(figures.isEmpty)
    }

    @Test func figureCandidatesSkipArticlesAndLongWordsWithoutAHyphen() {
        // "a" and "an" are candidates only before a possible number word; a long word starting
        // like a number word only with a hyphen where one would end ("thirty-year-old").
        let text = "A man saw a million people, an hour of thirty-year-old thirtysomething fans"
        let article = Article(id: "t", source: "<test>", text: ArticleText(text))
        let context = AnalysisContext(article: article, language: .plain())
        let reader = NumberReader(context: context)
        var candidates: [String] = []
        var index = 0
        while true {
            index = reader.nextCandidate(from: index)
            guard index < context.tokens.count else { break }
            candidates.append(context.string(context.tokens[index]))
            index += 1
        }
        #expect(candidates == ["a", "million", "thirty-year-old"])
    }

    @Test func numberWordValuesOnBytesAreThoseOfTheLowerCasedText() {
        let text = "Twenty-five THOUSAND, a Million an half dozen forty-two-year Zero-sum café ninety-nine"
        let article = Article(id: "t", source: "<test>", text: ArticleText(text))
        let context = AnalysisContext(article: article, language: .plain())
        let reader = NumberReader(context: context)
        for index in context.tokens.indices {
            let word = reader.word(index)
            #expect(reader.wordValue(at: index) == word.flatMap(NumberReader.wordValue), "\(word ?? "-")")
            #expect(reader.listedValue(at: index) == word.flatMap { Gazetteer.numberWords[$0] }, "\(word ?? "-")")
        }
        #expect(reader.wordValue(at: 0) == 25)
    }

    @Test func articlesBeforeOtherWordsStartNoFigure() {
        expectFigures(
            "A man paid ⟦a million dollars⟧ and an hour later ⟦a hundred euros⟧ more.",
            [
                (1e6, "USD", .money), (100, "EUR", .money),
            ])
    }

    @Test func demoArticleFigures() throws {
        let article = try demoArticle()
        let found = article.figures.map {
            (article.string($0.span), $0.value ?? -1, $0.unit ?? "", $0.kind)
        }
        #expect(
            found.contains { $0.0 == "800 billion euros" && $0.1 == 800_000_000_000 && $0.2 == "EUR" })
        #expect(found.contains { $0.0 == "$874 billion" && $0.1 == 874_000_000_000 && $0.2 == "USD" })
        #expect(found.contains { $0.0 == "2%" && $0.1 == 2 && $0.2 == "percent" && $0.3 == .percent })
        #expect(found.contains { $0.0 == "23 out of 32" && $0.3 == .ratio })
        #expect(found.contains { $0.0 == "27-member" && $0.3 == .size && $0.2 == "member" })
        #expect(found.contains { $0.0 == "30-day" && $0.3 == .duration && $0.2 == "day" })
    }
}
