import Testing

@testable import NQArticle

/// Owners, appositives and epithets around a speaker's name: "said Redsky's daughter, Amanda",
/// "Fellowes' captain, Liam Doherty,", ", former Ghanaian president John Mahama, said", "the
/// 44-year-old Portuguese said".
@Suite struct SpeakerOwnerAndAppositiveTests {
    @Test func aPossessiveNameAfterTheCueOwnsThePersonWhoSpeaks() {
        // The daughter is named in apposition; the brother is not named, and stays described;
        // a memoir speaks for its owner.
        let body = """
            Chief Dwayne Redsky said his community would appeal the ruling.

            “It's disappointing, but it's not the end,” said Redsky's daughter, Amanda, who organised a vigil.

            “We will be back next year,” said Redsky's brother.

            The fight went back decades. “We were never asked,” according to Redsky's memoir.

            “We will appeal,” said Redsky's lawyer, barrister Jane Roe.
            """
        #expect(speakers(body) == ["Amanda", "Redsky's brother", "Dwayne Redsky", "Jane Roe"])
    }

    @Test func anOwnerLeavesTheSubjectToTheNameInAppositionToWhatItOwns() {
        let body = """
            Gary Fellowes blamed his defence. “We gave them three goals,” he said.

            Fellowes' captain, Liam Doherty, said the dressing room was quiet.

            “Nobody needs to say anything,” he said.
            """
        #expect(speakers(body) == ["Gary Fellowes", "Liam Doherty"])
    }

    @Test func anOwnerOpeningItsSentenceStaysItsSubjectWithoutAnAppositive() {
        // "Mr. Okafor's temperament" names no one else: a later "he" is still Okafor.
        let body = """
            Sam Reid spoke first. Mr. Okafor's temperament came under scrutiny next, but he kept calm.

            “I answered every question,” he said.
            """
        #expect(speakers(body) == ["Okafor"])
    }

    @Test func roleWordsBetweenCommasLeadTheNameThatSpeaks() {
        let body = """
            Observers said the vote had been peaceful.

            The head of the mission, former Ghanaian president John Mahama, said: “We saw long queues, but we did not see violence.”
            """
        #expect(speakers(body) == ["John Mahama"])
    }

    @Test func anAgeBeforeANationalityMakesItOnePersonsEpithet() {
        let body = """
            Ines Duarte was delighted with the win. Duarte said the club would not get carried away.

            “It's one game. We have a long way to go,” the 44-year-old Portuguese said.
            """
        #expect(speakers(body) == ["Ines Duarte"])
    }

    @Test func aPronounInTheRelativeClauseOfADescriptionIsTheDescribedPersons() {
        let body = """
            “People should not have to worry,” said Priya Raman, the foundation's policy director.

            A former engineer at the company, who asked not to be named because she feared legal action, said staff had raised concerns.

            “We told them it was a problem,” she said.
            """
        #expect(speakers(body) == ["Priya Raman", "a former engineer at the company"])
    }

    @Test func theAndTheWholeOfANameIsThatNamesEntity() {
        let body = """
            The Ministry of Health on Wednesday defended its response, saying it had acted “as quickly as the law allows.”
            """
        #expect(speakers(body) == ["Ministry of Health"])
    }

    @Test func aTitledPersonOfUnknownGenderIsSurelyAPersonForHeOrShe() {
        // "Kgosientsho" tells no gender; the title says he is a person, the subject just before.
        let body = """
            Eskom's chief operating officer, Jan Oberholzer, told a briefing that units had broken down. “We are doing everything we can,” he said.

            Minister of Electricity Kgosientsho Ramokgopa said the government was adding capacity. He said: “We will see an improvement, but not overnight.”
            """
        #expect(speakers(body) == ["Jan Oberholzer", "Kgosientsho Ramokgopa"])
    }

    @Test func aLongOpeningDescriptionStillStandsForHeOrShe() {
        // Ten words before the relative clause; the party named before is no person.
        let body = """
            Sinn Féin's housing spokesman Eoin Ó Broin said the minister was “in denial”.

            A mother of three living in a hotel in Dublin, who did not want to be named, said her children had no home. “My youngest thinks a hotel room is a house,” she said.
            """
        #expect(speakers(body) == ["Eoin Ó Broin", "a mother of three living in a hotel in Dublin"])
    }
}
