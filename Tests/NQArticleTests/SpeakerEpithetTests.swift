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
