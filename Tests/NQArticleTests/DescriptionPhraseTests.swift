import Testing

@testable import NQArticle

/// Descriptions read to their end as a reader takes them: the name in apposition after them, the
/// owner before them, the name a "to" joins, and no function word left dangling.
@Suite struct DescriptionPhraseTests {
    @Test func theNameInAppositionAfterADescriptionWithANameInsideIsTheSpeaker() {
        let body = """
            “It is wrong,” said another Twitter user, Jane Dove.
            """
        #expect(speakers(body) == ["Jane Dove"])
    }

    @Test func theNameInAppositionAfterAShortPhraseIsTheSpeaker() {
        let body = """
            “He was always the leader,” said his best friend at college, Bruce Tally.
            """
        #expect(speakers(body) == ["Bruce Tally"])
    }

    @Test func theOwnerOfARoleBelongsToTheDescription() {
        let body = """
            Donald Trump held a rally in Ohio on Monday.

            “We will win the state,” Donald Trump’s campaign manager said.
            """
        #expect(speakers(body) == ["Donald Trump’s campaign manager"])
    }

    @Test func anAdviserToAPersonSpeaksForThatPerson() {
        // As "a Trump adviser" does: the representative rule, not the adviser's own name.
        let body = """
            Jane Harper announced her campaign in Ohio on Monday.

            “It was a mistake,” said a longtime adviser to Jane Harper.
            """
        #expect(speakers(body) == ["Jane Harper"])
    }

    @Test func aLetterToSomeoneIsNotTheirs() {
        let body = """
            “The company has failed its users,” according to a letter to Facebook from the committee.
            """
        #expect(speakers(body) == ["a letter to Facebook from the committee"])
    }

    @Test func aPersonCloseToSomeoneKeepsTheWholeDescription() {
        let body = """
            “It is a mess,” said a person close to the Clintons.
            """
        #expect(speakers(body) == ["a person close to the Clintons"])
    }

    @Test func aDescriptionDoesNotEndOnAFunctionWord() {
        let body = """
            “That is new,” wrote the authors of the “Growth and Opportunity Project.”
            """
        #expect(speakers(body) == ["the authors"])
    }

    @Test func thatAfterAVerbOpensWhatIsSaidNotWhoSaysIt() {
        let body = """
            The ad, titled “Unifier?”, concludes that Trump is too “dangerous and reckless” to be president.
            """
        let found = speakers(body)
        #expect(found.count == 1)
        #expect(!found.contains("that Trump is too"))
    }
}
