import Testing

@testable import NQArticle

/// People who share a surname, and a pronoun read across a long quote.
@Suite struct SpeakerNamesakeTests {
    @Test func aBareSurnameIsNotTheNamesakeTheArticleCallsByTheGivenName() {
        // The mother, named second, is "Grace" from then on: "Okonkwo" is the daughter, also
        // when the surname follows a phrase opening the sentence ("By sixteen Okonkwo had").
        let body = """
            Nadia Okonkwo is a marine biologist. Her mother, Grace Okonkwo, is a retired nurse. “She was always stubborn,” Grace says.

            “I love the sea,” Okonkwo says.

            By sixteen Okonkwo had her diving certificate. “The first year was a disaster,” she says.
            """
        #expect(speakers(body) == ["Grace Okonkwo", "Nadia Okonkwo", "Nadia Okonkwo"])
    }

    @Test func aGivenNameBeforeTheFullNameTellsNoOneApart() {
        // "brothers Ammon and Ryan Bundy" is no call by the given name: the nearer Bundy speaks.
        let body = """
            Brothers Ammon and Ryan Bundy led the occupation. Santilli marched with Ammon Bundy on Sunday.

            “Let everybody know,” Bundy says on camera.
            """
        #expect(speakers(body) == ["Ammon Bundy"])
    }

    @Test func aPronounAfterALongQuoteIsReadFromWhereTheQuoteOpened() {
        // Two Whitfields; "she" rules out Mark, though the quote's two sentences come between.
        let body = """
            Chief executive Dana Whitfield said the slowdown was temporary. The finance chief, Mark Whitfield, said margins would fall.

            “We will assess it,” said Lea Zuber.

            Whitfield was defiant. “People say the boom is over. Check back in a year,” she said.
            """
        #expect(speakers(body) == ["Lea Zuber", "Dana Whitfield"])
    }
}
