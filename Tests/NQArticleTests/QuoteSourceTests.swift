import Testing

@testable import NQArticle

/// Rules for sources, transcripts, signatures and carried-over speakers.
@Suite struct QuoteSourceTests {
    @Test func newsSourceNamedAfterTheCue() {
        expectQuotes("“⟦We will not give up the fight,⟧” Doe said, according to ⟨the newspaper⟩.", speakers: [0])
        expectQuotes("“⟦We will not give up the fight,⟧” said Jane Doe, reports ⟨the Daily Planet⟩.", speakers: [0])
    }

    @Test func accordingToBeforeTheQuoteNamesTheSource() {
        expectQuotes(
            "In the long run, according to ⟨the budget office⟩, the rise in costs “⟦is due to the aging population.⟧”",
            speakers: [0])
        expectQuotes(
            "According to ⟨Jane Doe⟩, the tax was once popular but is now “⟦a burden on every family.⟧”",
            speakers: [0])
        // A source named before the speaker's own cue is what the report rests on.
        expectQuotes(
            "According to ⟨the local paper⟩, Doe said the vote was “⟦a clear sign of change.⟧”", speakers: [0])
        // A cue after the quote is not overruled by it.
        expectQuotes(
            "According to the local paper, Doe said the vote was “⟦a clear sign of change,⟧” ⟨Roe⟩ said.",
            speakers: [0])
        // A participle of speech still defers to the subject of its clause.
        expectQuotes(
            "⟨Doe⟩ left the room, adding that the plan “⟦will never work in this city.⟧”", speakers: [0])
    }

    @Test func transcriptLine() {
        expectQuotes(
            """
            ⟨Roe⟩: “⟦Our goal is to win the state by a wide margin.⟧”

            ⟨Doe⟩: “⟦The mission is to win every state.⟧”
            """, speakers: [0, 1])
    }

    @Test func signatureLine() {
        expectQuotes(
            """
            “⟦Nobody builds walls better than the people who pay for them.⟧”

            - ⟨Jane Doe⟩.
            """, speakers: [0])
    }

    @Test func relativePronounIsTheSpeakerInItsSentenceOnly() {
        expectQuotes(
            "Most agreed with Roe, ⟨who⟩ said the plan was “⟦a disaster for everyone⟧” and left.", speakers: [0])
        expectQuotes(
            "“⟦It will pass,⟧” said ⟨Roe⟩, who said he would vote for it. “⟦We have the votes in the house.⟧”",
            speakers: [0, 0])
    }

    @Test func conjunctionAfterAQuoteStartsANewClause() {
        expectQuotes(
            "⟨Doe⟩ called the attack “⟦an outrage against all of us,⟧” but he also noted the risks.", speakers: [0])
    }

    @Test func shortAttributionSentenceAfterAQuote() {
        expectQuotes("“⟦There is a clear need for the new rules.⟧” ⟨Doe⟩ added.", speakers: [0])
    }

    @Test func nestedTypographicDoubleQuotes() {
        expectQuotes(
            "⟨Doe⟩ wrote, “⟦You must act even when “your team” is at fault. Otherwise, nobody listens.⟧” Roe left.",
            speakers: [0])
    }

    @Test func quoteWithoutAnySpeakerIsDropped() {
        expectQuotes("“The weather was cold and the roads were icy all week long.”", speakers: [])
    }

    @Test func numericAndQuantifierSubjects() {
        expectQuotes("Asked about the race, ⟨21 percent⟩ said “⟦not too likely⟧” in the poll.", speakers: [0])
        expectQuotes("Among the workers, ⟨most⟩ said they were “⟦very worried⟧” about jobs.", speakers: [0])
    }

    @Test func descriptionOpeningTheClause() {
        expectQuotes(
            "⟨The Florida senator⟩ is telling reporters that he will have “⟦a lot of delegates⟧” soon.", speakers: [0])
    }
}
