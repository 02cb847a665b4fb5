import Testing

@testable import NQArticle

@Suite struct QuoteMarkTests {
    @Test func typographicMarks() {
        expectQuotes("“⟦We will win this race,⟧” ⟨Jane Doe⟩ said on Monday.", speakers: [0])
    }

    @Test func straightMarks() {
        expectQuotes("\"⟦We will win this race,⟧\" ⟨Jane Doe⟩ said on Monday.", speakers: [0])
    }

    @Test func twoApostropheMarks() {
        expectQuotes("''⟦We will win this race,⟧'' ⟨Mr. Doe⟩ said on Monday.", speakers: [0])
    }

    @Test func apostrophesAreNotMarks() {
        expectQuotes("We’re told Russia’s economy shrank in the ’90s, and the Smiths’ farm didn't.", speakers: [])
        expectQuotes("It's the workers' union and the 'old guard' of the '80s.", speakers: [])
    }

    @Test func nestedQuoteBelongsToTheEnclosingQuote() {
        expectQuotes(
            "“⟦I just said, ‘We’re not going to pay for you,’ and they paid,⟧” ⟨Doe⟩ recalled.", speakers: [0])
    }

    @Test func interruptedQuoteIsTwoQuotesWithOneSpeaker() {
        expectQuotes(
            "“⟦I told them the truth,⟧” ⟨Doe⟩ recalled. “⟦And the money started pouring in.⟧”", speakers: [0, 0])
        expectQuotes(
            "“⟦I told them,⟧” ⟨she⟩ said, “⟦and they listened.⟧”", speakers: [0, 0])
    }

    @Test func multiParagraphQuoteIsOneQuotePerParagraph() {
        expectQuotes(
            """
            “⟦The plan is simple,⟧” ⟨Doe⟩ said. “⟦We build first.⟧

            “⟦Then we sell what we built.⟧”
            """, speakers: [0, 0, 0])
    }

    @Test func multiParagraphQuoteAttributedAtItsEnd() {
        expectQuotes(
            """
            “⟦The plan is simple and we will follow it to the letter.⟧

            “⟦Then we sell what we built,⟧” ⟨Doe⟩ said.
            """, speakers: [0, 0])
    }

    @Test func feetAndInchesAreNoMarks() {
        expectQuotes("“⟦I admit, he is like 6’2”, and I am 5'10\",⟧” ⟨Doe⟩ said.", speakers: [0])
    }

    @Test func titlesAndScareQuotesAreNotQuotes() {
        expectQuotes("The host of “Morning Report” spoke about the show “Late Night Live” again.", speakers: [])
        expectQuotes("The so-called “reform” failed, and the “elites” left.", speakers: [])
        expectQuotes(
            "Speaking on Sunday on the network’s “Morning Report,” Jane Doe said the plan failed.", speakers: [])
    }

    @Test func shortCapitalisedWordsOpeningASentenceBeforeTheirCueAreSpeech() {
        expectQuotes("Doe was asked if he would quit. “⟦Not Now,⟧” ⟨he⟩ said.", speakers: [0])
        expectQuotes("Jane Doe welcomed the news.\n\n“⟦Elections Now,⟧” ⟨she⟩ wrote.", speakers: [0])
    }

    @Test func tweetNumbersAndHandlesAreNotQuotes() {
        expectQuotes("The post “768166957728358400” was shared by “@SomeHandle” later.", speakers: [])
    }
}
