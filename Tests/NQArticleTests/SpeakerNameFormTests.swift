import Testing

@testable import NQArticle

/// Names as a careful reader takes them: the person at the end of a long title, a surname that is
/// also an ordinary word, an appositive after a description, the body behind a document.
@Suite struct SpeakerNameFormTests {
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

    @Test func aSurnameEndingLikeAnAdverbOpensASentenceAsTheName() {
        // "Schlafly" ends in -ly like "Additionally", but the article named Phyllis Schlafly.
        let body = """
            Conservative icon Phyllis Schlafly used her final column to praise the candidate.

            Schlafly also noted that both men had shown resolve. “Voters finally have a choice,” she said.
            """
        let article = analyzeMarked(body).0
        #expect(article.entity(named: "Phyllis Schlafly")?.mentionCount == 2 + 1)
        #expect(speakers(body) == ["Phyllis Schlafly"])
    }

    @Test func aNameInAnOpeningClauseIsNotTheSubjectAPronounContinues() {
        // "Noting that both Reagan and Dole …": Reagan opens the sentence but Schlafly is its
        // subject, and "she" cannot be Reagan, whose gender the article never tells.
        let body = """
            Conservative writer Phyllis Schlafly wrote about the race on Monday.

            The column, which quoted President Reagan and Senator Dole, ran in forty papers. Few read \
            it at first. It spread later.

            Noting that both Reagan and Dole fought the press, Schlafly puts her finger on one facet of the race.

            “The candidate is comfortable with the vocabulary of winning,” she wrote.
            """
        #expect(speakers(body) == ["Phyllis Schlafly"])
    }

    @Test func aGivenNameBeforeANationalityIsAPerson() {
        let body = """
            “He is not ready,” said Mark Cuban, who owns a basketball team.
            """
        #expect(speakers(body) == ["Mark Cuban"])
    }

    @Test func aCapitalisedOrdinaryWordGuessedAsSpeakerIsNoSpeaker() {
        // The paragraph's first capitalised word is only a guess; "Transcript" names no one, and
        // the quotes continuing it get no speaker either.
        let body = """
            The candidate spoke for an hour in Ohio on Monday night.

            Transcript of the remarks follows, as the campaign released it in a transcript:

            “We are going to win this state, and we are going to win it big, believe me.”

            “And then we are going to win the whole country, every single state of it.”
            """
        #expect(speakers(body).allSatisfy { $0 == nil })
        #expect(!speakers(body).isEmpty)
    }

    @Test func aNameAfterAPlacePrepositionIsAPlaceNotAPerson() {
        let article = analyzeMarked("The club opened in Port Marlow last year, and members came from Ardle Heath.").0
        #expect(article.entity(named: "Port Marlow")?.type == .place)
        #expect(article.entity(named: "Ardle Heath")?.type == .place)
    }

    @Test func aMonthAfterInIsNoGivenName() {
        let article = analyzeMarked("In June Trump said the race was over, and Donald Trump repeated it.").0
        #expect(article.entity(named: "June Trump") == nil)
        #expect(article.entity(named: "Donald Trump")?.mentionCount == 2)
    }

    @Test func theSubjectOfAClauseSaidCountsLessThanTheSpeaker() {
        // "who said Gail Rand took the money": Rand is the subject of what Ward said, not of the
        // sentence; the later "she" continues Ward, the sentence's subject.
        let body = """
            The inquiry heard from two women on Monday.

            Ruth Ward, who said Gail Rand took the money in 1998, spoke to the committee for an hour.

            “Nobody listened to me for twenty years,” she said.
            """
        #expect(speakers(body) == ["Ruth Ward"])
    }

    @Test func aDescriptionReadsTheSameAtASentenceStart() {
        let body = """
            The plant closed in May.

            The company said: “We had no other choice.”

            “It was a hard year,” said the company.
            """
        #expect(speakers(body) == ["the company", "the company"])
    }
    @Test func aRoleNounFindsThePersonWhoseTitleAbbreviatesIt() {
        let body = """
            New Jersey Gov. Chris Christie spoke on his radio show on Monday. Christie defended his choice.

            “I have known him for 14 years,” the governor said.
            """
        #expect(speakers(body) == ["Chris Christie"])
    }
    @Test func anEpithetStandsForThePersonThePassageIsAbout() {
        let body = """
            Donald Trump spoke to a crowd in Ohio on Monday and attacked the press again.

            “They are the most dishonest people,” the billionaire businessman said.
            """
        #expect(speakers(body) == ["Donald Trump"])
    }

    @Test func anEpithetWithNoPersonBeforeItStaysADescription() {
        // No person named before it: "the candidate" is left as written.
        let body = """
            The rally drew a crowd of two thousand in Ohio on Monday.

            “We will win this district,” the candidate said.
            """
        #expect(speakers(body) == ["the candidate"])
    }
    @Test func aPlaceNameBeforeAVerbOfSpeechIsThePersonOfThatSurname() {
        let body = """
            “We are not there yet,” said Joe Madison, a radio host.

            “A black man won Idaho?” Madison said. Madison is the capital of Wisconsin.
            """
        #expect(speakers(body) == ["Joe Madison", "Joe Madison"])
    }

    @Test func theSubjectIsTheNameBeforeSeveralAppositives() {
        let body = """
            But Tom Fitter, the president of Harbour Watch, a group that has sued to obtain records from Mrs. \
            Dole's time at the State Department, said that “the damage is done.”
            """
        #expect(speakers(body) == ["Tom Fitter"])
    }

    @Test func aQuoteItsCueInterruptsKeepsItsSpeaker() {
        // The appositive after the name holds a clause of its own ("who is the director"); the
        // second part of the quote is still the economist's.
        let body = """
            “The risk,” said Edward Leaman, an economist who is the director of the Harbour Forecast, “is \
            that we are going to be attracting workers and repelling jobs.”
            """
        #expect(speakers(body) == ["Edward Leaman", "Edward Leaman"])
    }

    @Test func aNameInAPhraseOpeningTheSentenceIsNoSubject() {
        let body = """
            Senator Jane Moss spoke in the state capital on Monday.

            Here in Columbia, Moss stepped up her emphasis on justice issues, saying, “We have to act.”
            """
        #expect(speakers(body) == ["Jane Moss"])
    }

    @Test func aTitleBeforeOfIsNoPersonOfAnAffiliation() {
        let body = """
            Former Secretary of State Helen Varga said that “there is a special place for them.”
            """
        #expect(speakers(body) == ["Helen Varga"])
    }

    @Test func twoNamesJoinedByAndGiveTheFirstAsTheSubject() {
        let body = """
            Helen Varga and Peter Olsen issued a statement describing their meeting as “a very positive step.”
            """
        #expect(speakers(body) == ["Helen Varga"])
    }

    @Test func aNameBeforeAPartyLabelIsTheSubjectWhateverPrecedesIt() {
        let body = """
            Tuesday on the show, while discussing a tweet from the nominee featuring an image of a \
            star, Speaker of the House Rep. Peter Olsen (R-WI) said “such images have no place in a campaign.”
            """
        #expect(speakers(body) == ["Peter Olsen"])
    }

    @Test func aVerbOfSpeechInThePresentTenseIsACue() {
        let body = """
            For Helen Varga, the writer is exposing a perverse logic. “The market has not failed the \
            working class,” she mocks.
            """
        #expect(speakers(body) == ["Helen Varga"])
    }

    @Test func anyListedGivenNameEndsALongTitleRun() {
        // "Trish" is in the long list of given names (with their gender), not the short list of
        // common ones the entity layer reads every word against.
        let body = """
            “He voted twice to protect gun dealers,” New York City Public Advocate Trish James said.
            """
        #expect(speakers(body) == ["Trish James"])
    }

    @Test func aGivenNameOpeningALongRunNamesOnePerson() {
        let body = """
            “It kind of scares me,” says Jorge Antonio Villasenor Llamas, 31, of Tujunga, Calif.
            """
        #expect(speakers(body) == ["Jorge Antonio Villasenor Llamas"])
    }
}
