import Testing

@testable import NQArticle

/// One example for every attribution rule: the rule that attributes the example's quote, and
/// the speaker it finds.
@Suite struct AttributionRuleTests {
    /// An example text, the quote of it to check (from 0) and the speaker expected.
    struct Example: CustomTestStringConvertible, Sendable {
        var rule: AttributionRule
        var body: String
        var quote = 0
        var speaker: String? = "Helen Varga"
        var testDescription: String { rule.rawValue }
    }

    static let examples: [Example] = [
        Example(rule: .quoteVerbName, body: "“We are ready for the vote,” said Helen Varga."),
        Example(rule: .quoteNameVerb, body: "“We are ready for the vote,” Helen Varga said."),
        Example(rule: .quoteAccordingTo, body: "“We are ready for the vote,” according to Helen Varga."),
        Example(
            rule: .verbNameQuote, body: "Because of the delay, explained Helen Varga, “we are ready for the vote.”"),
        Example(rule: .nameVerbQuote, body: "Helen Varga said, “We are ready for the vote.”"),
        Example(rule: .accordingToQuote, body: "According to Helen Varga, “the vote is ready to go ahead.”"),
        Example(
            rule: .quotedAsSaying,
            body: "The Harbour Gazette quoted Helen Varga as saying the vote was “ready to go ahead.”"),
        Example(
            rule: .quotedAsSaying, body: "“The vote is ready,” the Harbour Gazette quoted Helen Varga as saying."),
        Example(
            rule: .quotedAsSaying,
            body: "Helen Varga was quoted by the Harbour Gazette as saying the vote was “ready to go ahead.”"),
        Example(
            rule: .quotedAsSaying,
            body: "Helen Varga was quoted by state media as saying the vote was “ready to go ahead.”"),
        Example(
            rule: .clauseSubjectVerbQuote,
            body: "Helen Varga arrived late and then said “the vote must go ahead this week.”"),
        Example(
            rule: .passiveCue, body: "Helen Varga was described as “a fighter for the harbour” on Monday.",
            speaker: nil),
        Example(rule: .nameColonQuote, body: "Helen Varga: “We are ready for the vote.”"),
        Example(rule: .nameColonQuote, body: "Helen Varga and Peter Olsen: “We are ready for the vote.”"),
        Example(
            rule: .accordingToSource,
            body: "“We are ready for the vote,” Helen Varga said, according to the Harbour Gazette.",
            speaker: "Harbour Gazette"),
        Example(
            rule: .reportedBySource,
            body: "“We are ready for the vote,” Helen Varga said, the Harbour Gazette reported.",
            speaker: "Harbour Gazette"),
        Example(rule: .previousSentenceCue, body: "Peter Olsen spoke first. Helen Varga agreed. “We are ready.”"),
        Example(
            rule: .previousSentenceCue,
            body: "Peter Olsen was asked about the vote. Helen Varga shrugged. “We are ready.”"),
        Example(
            rule: .continuesPrevious,
            body: "“We are ready,” Helen Varga said. The vote is this week. “Nobody will stop it.”", quote: 1),
        Example(
            rule: .continuesVoice,
            body: "“We are ready,” Helen Varga said.\n\n“The vote is this week and nobody will stop it.”", quote: 1),
        Example(
            rule: .multiParagraphQuote,
            body: "“We are ready for the vote this week.\n\n“And nobody will stop it,” Helen Varga said."),
        Example(
            rule: .continuesParagraph,
            body: "“We are ready for the vote,” Helen Varga said. “It is this week.\n\n“And nobody will stop it.”",
            quote: 2),
        Example(
            rule: .joinedQuote,
            body: "Guns are “the ultimate public health crisis” and “a plague,” Helen Varga, the former governor, said."
        ),
        Example(rule: .sentenceSubject, body: "Helen Varga wants “a fair and open process for everyone in it.”"),
        Example(
            rule: .colonIntroduction,
            body: "Helen Varga put it this way:\n\n“We are ready for the vote and nobody will stop it this week.”"),
        Example(
            rule: .signature,
            body: "“We are ready for the vote and nobody will stop it this week.”\n\n— Helen Varga"),
        Example(
            rule: .firstMention,
            body: "For Helen Varga, “we are ready for the vote and nobody will stop it now or ever.”"),
    ]

    @Test(arguments: examples)
    func ruleFindsItsSpeaker(_ example: Example) throws {
        let (article, _) = analyzeMarked(example.body)
        let quote = try #require(article.quotes.dropFirst(example.quote).first)
        #expect(quote.rule == example.rule)
        #expect(quote.speaker == example.speaker)
    }

    @Test func putItIsACueWhoseSpeakerIsTheSubject() {
        let found = speakers(
            "“Scale is everything,” as the chief executive, Helen Varga, put it in her memo.\n\n"
                + "As Peter Olsen, author of “The Harbour Book,” put it, “the vote can wait.”")
        #expect(found == ["Helen Varga", "Peter Olsen"])
    }

    @Test func aPossessiveNounOfSpeechWhoseComplementHoldsTheQuoteNamesItsOwner() {
        // Olsen's claim, not Helen Varga's; but Varga's word for Olsen's comments is hers, as is
        // what she calls his statement.
        let found = speakers(
            "Helen Varga blamed the press for Peter Olsen's claim that the harbour board “never met at all.”\n\n"
                + "Helen Varga called Peter Olsen's comments “a disgrace to the town.”\n\n"
                + "Helen Varga described Peter Olsen's statement that he had won as “a fairy tale.”")
        #expect(found == ["Peter Olsen", "Helen Varga", "Helen Varga"])
    }

    @Test func aPassiveReportRelaysTheWordsOfTheirSpeaker() {
        // "the Gazette reported" is the source the report rests on; "as reported by the Gazette"
        // only relays what Varga noted.
        let found = speakers(
            "“We are ready for the vote,” Helen Varga said, the Harbour Gazette reported.\n\n"
                + "“We are ready for the vote,” Helen Varga noted in an interview, as reported by the Harbour Gazette.")
        #expect(found == ["Harbour Gazette", "Helen Varga"])
    }

    @Test func aPassiveNamesNoSpeakerUnlessItsAgentOrAReportOfSpeakingDoes() {
        let found = speakers(
            "Helen Varga is quoted as saying “the vote can wait until spring.”\n\n"
                + "“The harbour is ours,” was written by Peter Olsen.\n\n"
                + "Olsen said the plan was described as “a fighter's plan” by nobody.\n\n"
                + "Jonas Roe was said to be “furious” with the council.")
        #expect(found == ["Helen Varga", "Peter Olsen", "Peter Olsen", nil])
    }

    @Test func aColonIntroductionTakesItsSentencesSubject() {
        // No cue word: the subject of the sentence, past an opening phrase and a title, not the
        // first capitalised word.
        let found = speakers(
            "In response to the loss of life, Republican nominee Helen Varga issued the following statement:\n\n"
                + "“Our hearts go out to the families of the victims of this attack.”")
        #expect(found == ["Helen Varga"])
    }

    @Test func aQuotesOwnCueRightBeforeItOutranksAnEarlierPlainOne() {
        // "replied" right before the quote, with a name for its subject, is the quote's cue, not
        // "asked" earlier in the sentence; "many Nordic states" is no cue; a name a preposition
        // of address governs before a colon is who is spoken to, the subject is who speaks.
        let found = speakers(
            "After Peter Olsen asked her who would win the vote, Jane Varga replied, “If I had to bet, I would bet on "
                + "the harbour.”\n\n"
                + "The plan has provoked mixed feelings in many Nordic states, and it has used “velvet gloves” in its "
                + "dealings, said Helen Roe, an expert at the Harbour Institute.\n\n"
                + "Jonas Kowalczyk broke down what was wrong with the plan to the Dutch newspaper Harbour Daily: “It "
                + "is an insult to all of them.”")
        #expect(found == ["Jane Varga", "Helen Roe", "Jonas Kowalczyk"])
    }

    @Test func phrasalVerbsOfSpeechAndAQuestionersAgentAreCues() {
        // "shot back", "fired back": the quote's own cue, not the opening clause's verb; "was
        // asked by X, “…”": X asks.
        let found = speakers(
            "After Peter Olsen criticized the plan during a debate, Jane Varga shot back, “I could have chosen to stay "
                + "home.”\n\n"
                + "“I could have stayed home,” fired back Helen Roe.\n\n"
                + "Jonas Kowalczyk was asked by host Peter Olsen, “Are you tired of hearing about the harbour?”")
        #expect(found == ["Jane Varga", "Helen Roe", "Peter Olsen"])
    }

    @Test func aTimeWordOrAPluralAfterANameIsNoSubject() {
        // "Hours later, Olsen …": a time phrase; "at Harbour headquarters, Varga said": a plural
        // noun after a name ends its phrase at the comma ("Joel sings, “…”" is still a verb).
        let found = speakers(
            "Peter Olsen met the board.\n\n"
                + "Hours later, Olsen returned the compliment, telling reporters, “She is an amazing woman.”\n\n"
                + "Appearing at Harbour headquarters, Jane Varga said it was too early but added, “I think you know "
                + "the results.”\n\n"
                + "In his song, Billy Joel sings, “Don't go changing to try and please me.”")
        #expect(found == ["Peter Olsen", "Jane Varga", "Billy Joel"])
    }

    @Test func aCueAfterWouldOrAContrastIsNotTheQuotes() {
        // "records” that would respond …" is no report; "…,” while Roe suggested" is another's.
        let found = speakers(
            "“If the office finds more records, it will search them for records” that would respond to the "
                + "requests, senior counsel Jane Varga wrote in a filing.\n\n"
                + "Helen Roe's campaign said she would “support the nominee” but “is not planning to endorse anyone,” "
                + "while Peter Olsen and Jonas Kowalczyk suggested they would wait.")
        #expect(found == ["Jane Varga", "Helen Roe", "Helen Roe"])
    }

    @Test func anOpeningAskedByGivesTheQuestionToWhoAsks() {
        // "Asked by Roe if the mayor “gets” it, Varga avoided a direct answer": Roe asks; "a
        // direct answer" is a noun, no cue.
        let found = speakers("Asked by Peter Roe if the mayor “gets” the harbour, Jane Varga avoided a direct answer.")
        #expect(found == ["Peter Roe"])
    }

    @Test func everyRuleHasAnExample() {
        let covered = Set(Self.examples.map(\.rule))
        #expect(AttributionRule.allCases.filter { !covered.contains($0) } == [])
    }

    @Test func strongerRulesComeFirst() {
        // The order of the cases is the precedence; a guess never outranks a cue.
        let strengths = AttributionRule.allCases.map(\.strength)
        #expect(strengths.first == 0.95)
        #expect(strengths.last == strengths.min())
    }
}
