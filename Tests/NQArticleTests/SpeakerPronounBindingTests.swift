import Testing

@testable import NQArticle

/// Whom a "he" or "she" cannot be, and whom it must be when no one named agrees with it.
@Suite struct SpeakerPronounBindingTests {
    @Test func aPronounWhoseCueInterruptsUnquotedWordsIsNoOneNamedInThem() {
        // "Ms. Grant is wrong …, she said": she reports the words, so she is not Ms. Grant; "Mr.
        // Bell has done nothing for us, he said." likewise. A name in a clause that opens the
        // sentence may be the pronoun's ("After Mr. Bell lost the vote, he said").
        let body = """
            Maria Lopez, a senator from Iowa, spoke first. “I've studied this closely,” she said. “We go after the risk.”

            Ms. Grant is wrong about the banks, she said, because “the shadow banks are the problem.”

            Paul Ames runs a bakery near the office of the mayor, Tom Bell. Mr. Bell has done nothing for us, he said. “I just pay the bills.”

            After Mr. Bell lost the vote, he said, “I will be back.”
            """
        #expect(speakers(body) == ["Maria Lopez", "Maria Lopez", "Maria Lopez", "Paul Ames", "Tom Bell"])
    }

    @Test func aPronounBeforeQuotedWordsReportsThoseWordsOnly() {
        // The cue reports the quote after it: the owner named before may be the speaker.
        let body = """
            Ana Ruiz spoke at length. Ms. Ruiz's remarks were aimed at her critics, including, she said, “people who tweet all day.”
            """
        #expect(speakers(body) == ["Ana Ruiz"])
    }

    @Test func aPronounNoOneNamedAgreesWithOverrulesTheGivenNamesUsualGender() {
        // "Marty" is usually a man's name; "She said" right after Keane is the article's word.
        let body = """
            “We talk a lot,” said Marty Keane, chair of the council.

            Union president Steven Toll is on the other side. “This is a wolf in sheep’s clothing,” Toll told reporters.

            Keane approaches it more calmly. She said she would rather see the money spent to elect Joan Park.

            “They’re trying to defeat opportunity for kids,” she said.
            """
        #expect(speakers(body) == ["Marty Keane", "Steven Toll", "Marty Keane"])
    }
}
