import Testing

@testable import NQArticle

/// Names as news of many countries writes them: particles, titles before and honours after a
/// name, a nickname in quotation marks, and words no one says ("A sign read:").
@Suite struct SpeakerNamesAbroadTests {
    @Test func particlesOfManyLanguagesStayInsideTheName() {
        let body = """
            Narok Governor Samuel ole Sankale said counties were not to blame. “Counties cannot pay,” said the governor.

            “They never gave up,” said coach Erik ten Brink.

            “We are the grass,” said Mr William arap Kiprono, a retired teacher.
            """
        #expect(speakers(body) == ["Samuel ole Sankale", "Erik ten Brink", "William arap Kiprono"])
    }

    @Test func titlesBeforeAndHonoursAfterANameAreNoPartOfIt() {
        let body = """
            Judge Nicholas Dean KC said the case was grave. “You showed no remorse,” Judge Dean said.

            Sarah Mills MP said the law must change. “This cannot happen again,” Ms Mills said.

            Union Home Minister Amit Shah dismissed the claims. “Not a single seat will be lost,” Shri Shah said.

            “We are keen to hear from anyone,” DCI Fiona Marsh added.

            “Enough is enough,” said Comrade Ikechukwu Nwafor, the union chairman.
            """
        #expect(
            speakers(body) == ["Nicholas Dean", "Sarah Mills", "Amit Shah", "Fiona Marsh", "Ikechukwu Nwafor"])
    }

    @Test func aNicknameInQuotationMarksIsPartOfTheNameAndNoQuote() {
        // The nickname is no quotation; the name without it is the person's, as other articles
        // write it; straight marks too.
        let body = """
            “Where are the dikes? We paid for them,” Sen. Teodoro “Teddy” Villaraza said on Tuesday.

            Juan "Chico" Manriquez of Oakland carried a photo. "I cried the whole parade," he said.
            """
        let (article, _) = analyzeMarked(body)
        #expect(
            article.quotes.map { article.string($0.span) } == [
                "Where are the dikes? We paid for them,", "I cried the whole parade,",
            ])
        #expect(article.quotes.map(\.speaker) == ["Teodoro Villaraza", "Juan Manriquez"])
    }

    @Test func wordsASignReadsHaveNoSpeaker() {
        let body = """
            Jane Roe closed the shop. A sign on the door read: “Closed until further notice.”

            “Where did the money go?” read a tarpaulin hung along the highway.

            The statement was short. “We regret the delay,” Roe said.
            """
        let (article, _) = analyzeMarked(body)
        #expect(article.quotes.map(\.speaker) == [nil, nil, "Jane Roe"])
        #expect(article.quotes.map(\.resolution) == [.writing, .writing, .name])
    }

    @Test func aSecondGivenNameOfTheOtherGenderLeavesTheGenderUnknown() {
        // "Marine" is a woman's given name, and here a Marine's rank: "he" may be Tiegen.
        let body = """
            Former Marine John Tiegen spoke after the hearing. Libya's leader Moammar Gadhafi had fallen.

            Tiegen was troubled by the handling of the files. “Who wants to work with us?” he wondered.
            """
        // (The rank stays in the name, "Marine John Tiegen": a known flaw of the name's form.)
        #expect(speakers(body).map { $0?.hasSuffix("John Tiegen") } == [true])
    }
}
