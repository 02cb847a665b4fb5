import Testing

@testable import NQArticle

/// Names as a careful reader takes them: the person at the end of a long title, a surname that is
/// also an ordinary word, an appositive after a description, the body behind a document.
@Suite struct SpeakerNameFormTests {
    /// The speakers of an article's quotes, in order.
    func speakers(_ body: String) -> [String?] {
        analyzeMarked(body).0.quotes.map(\.speaker)
    }

    @Test func aLongTitleBeforeAGivenNameIsNotPartOfTheName() {
        let body = """
            “We made some mistakes, and I apologise for that,” Harbour County Recorder Helen Marsh said.
            """
        #expect(speakers(body) == ["Helen Marsh"])
    }

    @Test func aTitleWordAfterAnInitialIsASurname() {
        // "King" is a title, but not after "Peter T.": the speaker is the person, not the place.
        let body = """
            “We will not back down,” said Representative Peter T. King of New York.
            """
        #expect(speakers(body) == ["Peter T. King"])
    }

    @Test func anOrganisationKeepsItsNameAfterOf() {
        let body = """
            “The candidate is eligible,” the Harbour Board of Elections said on Monday.
            """
        #expect(speakers(body) == ["Harbour Board of Elections"])
    }

    @Test func aSurnameThatIsAnOrdinaryWordStillNamesThePerson() {
        let body = """
            The fund raised $24 million, said Steven Law, who runs it. The law is clear on that.

            “What I see is a flight to quality,” Law said.
            """
        #expect(speakers(body) == ["Steven Law"])
    }

    @Test func aSurnameNamesThePersonBeforeAnOrganisationOfThatName() {
        // "Guardian" is also a newspaper's name; after "Mayor Don Guardian" it is the mayor.
        let body = """
            Atlantic City Mayor Don Guardian spoke on Monday.

            “It was a good run,” Guardian said.
            """
        #expect(speakers(body) == ["Don Guardian"])
    }

    @Test func aBareSurnamePrefersAPersonOverANameOpeningWithAnOrdinaryWord() {
        let body = """
            Donald Trump spoke in Ohio. Are you on Team Trump? The team sells hats.

            Trump said: “Radical ideas have no place here.”
            """
        #expect(speakers(body) == ["Donald Trump"])
    }

    @Test func aDescriptionTakesTheNameInAppositionAfterIt() {
        let body = """
            The agency found no “ties of any consequence,” said the bureau’s director, James B. Comey, on Monday.
            """
        #expect(speakers(body) == ["James B. Comey"])
    }

    @Test func aDocumentSpeaksForTheBodyThatIssuedIt() {
        let body = """
            The talks went on. “It was close,” according to a Pentagon readout released on Monday.

            “She is too far behind,” according to a Quinnipiac poll conducted in February.
            """
        #expect(speakers(body) == ["Pentagon", "Quinnipiac"])
    }

    @Test func aPronounFollowsItsChainPastANearerNameOfTheSameGender() {
        // Every "she" after Marsh continues Marsh: Ana Lind, named in between as someone Marsh
        // spoke of, is not the speaker, though she is the nearest woman named.
        let body = """
            Juanita Marsh, who sued the county in 1998, spoke on the radio on Sunday. She said the \
            county had ignored her, while the clerk, Ana Lind, kept the files. She repeated the claim twice.

            “Nobody called me back,” she said.
            """
        #expect(speakers(body) == ["Juanita Marsh"])
    }

    @Test func aShortNameOfAnOrganisationIsTheOrganisationNamedInFull() {
        let body = """
            The Harbour Gazette published the papers on Monday, and the Justice Department read them.

            “We stand by the story,” the Gazette said in a statement.

            “No comment,” the Department said.
            """
        #expect(speakers(body) == ["Harbour Gazette", "Justice Department"])
    }
}
