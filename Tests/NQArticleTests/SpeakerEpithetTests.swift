import Testing

@testable import NQArticle

/// Epithets for the person just named, and unnamed people who stay unnamed.
@Suite struct SpeakerEpithetTests {
    @Test func anEpithetForAnOccupationOrAgeIsThePersonJustNamed() {
        let body = """
            The introduction of 19-year-old winger Tomás Ferreira changed the game. “Matteo did the hard part,” the teenager said.

            John Smith said he had started eating bread. “My grandchildren laugh at me,” the retired engineer said.
            """
        #expect(speakers(body) == ["Tomás Ferreira", "John Smith"])
    }

    @Test func someoneReportedSpeakingEndingTheParagraphBeforeIsThePersonAnEpithetStandsFor() {
        // Bello speaks in the paragraph before the quote; Shehu spoke last. Someone merely doing
        // something there is no such person: "De Blasio disbanded the unit" leaves the epithet.
        let body = """
            Adamu Shehu urged both parties to continue dialogue. “We will invite the Accountant-General,” Shehu said.

            Musa Bello said pensioners had been left out.

            “Nobody is talking about us,” the 71-year-old said.

            Mayor Bill de Blasio disbanded the unit in 2014.

            “There is hatred like nobody has ever seen,” the Republican presidential candidate said.
            """
        #expect(
            speakers(body) == ["Adamu Shehu", "Musa Bello", "the Republican presidential candidate"])
    }

    @Test func oneUnnamedPersonStaysUnnamedWhenTheDescriptionReturns() {
        let body = """
            Kemi Badenoch attacked the chancellor. “They lied,” she said.

            One cabinet minister, speaking on condition of anonymity, said the handling had been poor. “We lost six months of goodwill,” the minister said.
            """
        #expect(speakers(body) == ["Kemi Badenoch", "the minister"])
    }
}

/// Sources named by "according to", described with an age, or named right after a description.
@Suite struct SpeakerSourceFormTests {
    @Test func aSourceAfterAccordingToIsThatSentencesSubject() {
        let body = """
            Stefan Bauer, head of the works council, said workers would resist. “They promised us job security,” he said.

            According to analyst Philippe Houle, the stock could fall further. “We see downside to 38 euros,” he said.
            """
        #expect(speakers(body) == ["Stefan Bauer", "Philippe Houle"])
    }

    @Test func anAgeBeforeARoleCountsAsOneWordOfTheDescription() {
        // "The 24-year-old paceman said:" was read as no speaker, and the quote was lost.
        let body = """
            Naseem Shah took five wickets. The 24-year-old paceman said: “I just bowled fast.”

            The party's flagbearer is Kwabena Asante-Darko. Asante-Darko addressed supporters. “We will not accept it,” the flagbearer said.

            Opener Abdullah Khan made 67. “I was dropped twice,” Khan said.
            """
        #expect(speakers(body) == ["Naseem Shah", "Kwabena Asante-Darko", "Abdullah Khan"])
    }

    @Test func aDescriptionNamedRightAfterIsThatPerson() {
        let body = """
            The senator was rallying for a 70-year-old academic named Eric Kingson, who worked the crowd, praising “his genuineness and indisputable integrity.”

            One lawmaker called Trump “the orange prince of self-publicity.”
            """
        let found = speakers(body)
        #expect(found.first == "Eric Kingson")
        #expect(found.dropFirst().allSatisfy { $0 != "Trump" })
    }

    @Test func aPlaceSettingTheSceneIsNoNameAnAppositiveFollows() {
        // "In Montevideo," opens the sentence; a name after "of" further back still heads its
        // appositives ("Harry Bond, 30, of Raleigh, N.C., who …, said").
        let body = """
            In Montevideo, his widow, Lucía Topolansky, said the founders would be “ashamed of what they see.”

            “Both scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.
            """
        #expect(speakers(body) == ["Lucía Topolansky", "Harry Bond"])
    }
}
