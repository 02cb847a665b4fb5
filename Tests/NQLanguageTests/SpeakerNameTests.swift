import NQArticle
import Testing

@testable import NQLanguage

@Suite struct SpeakerNameTests {
    @Test func aSpeakerAnswersToRunsOfTheWordsOfTheNameShown() {
        let corpus = Corpus()
        let texts = [
            "Test headline\n\nPresident Luiz Ignacio Lula da Silva spoke. “We will win,” Lula said.\n",
            "Test headline\n\nJane Roe spoke. “We will lose,” Roe said.\n",
        ]
        for (index, text) in texts.enumerated() {
            corpus.add(ArticleAnalyzer().analyze(id: "t\(index)", source: "t\(index)", text: ArticleText(text)))
        }
        for name in ["Lula da Silva", "da silva", "Ignacio Lula", "Lula", "Luiz Ignacio Lula da Silva"] {
            #expect(corpus.speakerIdentities(named: name).map(\.name) == ["Luiz Ignacio Lula da Silva"], "\(name)")
        }
        // Only runs of the name's own words, in order.
        for name in ["Silva da", "Lula Silva", "Silva Roe"] {
            #expect(corpus.speakerIdentities(named: name).isEmpty, "\(name)")
        }
    }
}
