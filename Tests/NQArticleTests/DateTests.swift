import Testing

@testable import NQArticle

/// The dates of a marked text: marked spans must be found exactly, normalised as given.
func expectDates(
    _ marked: String, date: String?, _ expected: [(String?, DateMention.Kind)],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let sample = MarkedText(marked)
    let dates = sample.analyze(date: date).dates
    #expect(
        dates.map(\.span) == sample.marks.map(\.span), "in: \(sample.text)",
        sourceLocation: sourceLocation)
    #expect(dates.map(\.normalized) == expected.map(\.0), sourceLocation: sourceLocation)
    #expect(dates.map(\.kind) == expected.map(\.1), sourceLocation: sourceLocation)
}

@Suite struct DateTests {
    @Test func weekdaysAreTheLatestOnOrBeforeTheArticleDate() {
        // 2025-03-13 is a Thursday.
        expectDates(
            "They met on ⟦Thursday⟧ after talks on ⟦Monday⟧ and ⟦Sunday⟧.", date: "2025-03-13",
            [("2025-03-13", .weekday), ("2025-03-10", .weekday), ("2025-03-09", .weekday)])
    }

    @Test func relativeExpressions() {
        expectDates(
            "⟦Last year⟧ spending rose; ⟦last week⟧ it fell, ⟦yesterday⟧ it held and ⟦next month⟧ it may rise.",
            date: "2025-03-13",
            [
                ("2024", .relative), ("2025-03-03", .relative), ("2025-03-12", .relative),
                ("2025-04", .relative),
            ])
    }

    @Test func explicitDates() {
        expectDates(
            "Signed ⟦March 3, 2025⟧, revised ⟦4 July 2024⟧, due ⟦2026-01-15⟧, begun in ⟦2019⟧ and ⟦May 2020⟧.",
            date: nil,
            [
                ("2025-03-03", .explicit), ("2024-07-04", .explicit), ("2026-01-15", .explicit),
                ("2019", .year),
                ("2020-05", .month),
            ])
    }

    @Test func monthsAndWeekdaysInAnyCaseAndWithAPossessive() {
        // The full date on the first line is the article's own: Tuesday 2024-09-03.
        expectDates(
            "⟦THURSDAY’s⟧ vote, set on ⟦sept. 3, 2024⟧ and moved to ⟦FRIDAY⟧, follows ⟦Dec 2023⟧.",
            date: "2025-03-13",
            [("2024-08-29", .weekday), ("2024-09-03", .explicit), ("2024-08-30", .weekday), ("2023-12", .month)])
    }

    @Test func withoutArticleDateRelativeDatesStayAsWritten() {
        expectDates(
            "They met ⟦Thursday⟧ and ⟦last year⟧.", date: nil, [(nil, .weekday), (nil, .relative)])
    }

    @Test func datelineGivesTheArticleDate() {
        let article = MarkedText("Talks resume\nBRUSSELS, March 13, 2025 — Ministers met on Thursday.")
            .analyze()
        #expect(article.date == "2025-03-13")
        #expect(article.dates.first { $0.kind == .weekday }?.normalized == "2025-03-13")
        #expect(MarkedText("No date here. They met.").analyze().date == nil)
        let body =
            "Talks resume\nMinisters met today in a long session that ran late, and agreed on March 3, 2025 to go on."
        #expect(MarkedText(body).analyze().date == nil)
    }

    @Test func aDateUnderTheBylineGivesTheDateAndTheBylineTheAuthor() {
        let article = MarkedText(
            "Council votes on budget\n\nBY JANE DOE and Ann Roe, Staff Writers\nMarch 3, 2016\n\nThe vote was 5 to 2."
        )
        .analyze()
        #expect(article.date == "2016-03-03")
        #expect(article.author == "Jane Doe and Ann Roe")
        #expect(MarkedText("Budget\n\nBy the way, the vote was 5 to 2.").analyze().author == nil)
        #expect(MarkedText("Budget\n\nBy Monday, the vote was over.").analyze().author == nil)
    }

    @Test func calendarArithmetic() {
        let date = CalendarDate(year: 2024, month: 2, day: 28)
        #expect(date.adding(days: 1).iso == "2024-02-29")
        #expect(date.adding(days: 2).iso == "2024-03-01")
        #expect(CalendarDate(year: 2025, month: 3, day: 13).weekday == 3)
        #expect(CalendarDate(year: 2024, month: 12, day: 5).addingMonths(1).isoMonth == "2025-01")
        #expect(CalendarDate(iso: "2025-02-30") == nil)
    }
}
