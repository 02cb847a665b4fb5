import Testing

@testable import NQArticle

/// Descriptions read to their end as a reader takes them: the name in apposition after them, the
/// owner before them, the name a "to" joins, and no function word left dangling.
@Suite struct DescriptionPhraseTests {
    @Test func theNameInAppositionAfterADescriptionWithANameInsideIsTheSpeaker() {
        let body = """
            “It is wrong,” said another Twitter user, Jane Dove.
            """
        #expect(speakers(body) == ["Jane Dove"])
    }

    @Test func aNationalityInADescriptionMustFitTheTitle() {
        // "the Turkish president" is not the French one whose title names no country; it is the
        // person the passage is about.
        let body = """
            President Emmanuel Macron met the press in Paris on Friday.

            Recep Tayyip Erdoğan also spoke. “Turkey will not be left out,” the Turkish president said.
            """
        #expect(speakers(body) == ["Recep Tayyip Erdoğan"])
    }

    @Test func aDescriptionReadsPastItsComplementToItsHead() {
        // "a source close to Doe" is not Doe; "A person familiar with the matter" opening its
        // sentence is one description; the name a role speaks for still speaks.
        let body = """
            Helen Varga met the harbour board on Monday.

            “It will be a long night,” a source close to Varga said.

            A person familiar with the matter said: “It is over.”

            “We regret it,” a spokesman for the Harbour Authority said.
            """
        #expect(
            speakers(body) == ["a source close to Varga", "a person familiar with the matter", "Harbour Authority"])
    }

    @Test func aPlaceInADescriptionsComplementIsWhereNotWho() {
        // "the senator from Vermont" is the senator the article named, not Vermont.
        let body = """
            Sen. Helen Varga of Vermont toured the harbour on Monday with Peter Olsen.

            “It will be a long night,” the senator from Vermont said.
            """
        #expect(speakers(body) == ["Helen Varga"])
    }

    @Test func anAgeIsAnEpithetForThePersonThePassageIsAbout() {
        // "the 78-year-old" is one phrase, number and all, and stands for the person the
        // passage is about, as "the veteran" would.
        let body = """
            Jonas Kowalczyk has fought the harbour plan for decades. Kowalczyk now leads the \\
            residents' group.

            “It is long overdue,” said the 78-year-old.

            The 78-year-old added that the talks were “a waste of everyone's time and money.”
            """
        #expect(speakers(body) == ["Jonas Kowalczyk", "Jonas Kowalczyk"])
    }

    @Test func aSubjectStandsBeforeAPhraseBetweenItAndTheVerb() {
        // "Olsen in his maiden speech called": the phrase is where, Olsen is who.
        let body = """
            Peter Olsen opened the session on Monday.

            Olsen in his maiden speech called the plan “a gift to the developers.”
            """
        #expect(speakers(body) == ["Peter Olsen"])
    }

    @Test func aDescriptionBeforeARelativeClauseIsTheSubject() {
        // "The lawmaker, who wrote the bill, said": the relative clause follows the description,
        // which stands for the person the passage is about.
        let body = """
            Jonas Kowalczyk wrote the harbour bill last year. Kowalczyk has defended it since.

            The lawmaker, who leads the harbour committee, warned of “a rigged vote in the spring.”
            """
        #expect(speakers(body) == ["Jonas Kowalczyk"])
    }

    @Test func anIngWordAfterADeterminerIsAnAdjective() {
        // "the outgoing mayor", "his opening speech": the description reads past the -ing word.
        let (article, _) = analyzeMarked(
            """
            Mayor Helen Varga and Peter Olsen opened the session on Monday.

            “⟦We are ready for the vote,⟧” the outgoing mayor said.

            Olsen in his opening speech called the plan “⟦a gift to the developers.⟧”
            """)
        #expect(article.quotes.map { $0.speakerMention.map(article.string) } == ["the outgoing mayor", "Olsen"])
        #expect(article.quotes.map(\.speaker) == ["Helen Varga", "Peter Olsen"])
    }

    @Test func aDescriptionKnownAsANameIsThatName() {
        let body = """
            “There never was such an order,” said the harbour chief known as Karl, speaking for the first time.
            """
        #expect(speakers(body) == ["Karl"])
    }

    @Test func theNameInAppositionAfterAShortPhraseIsTheSpeaker() {
        let body = """
            “He was always the leader,” said his best friend at college, Bruce Tally.
            """
        #expect(speakers(body) == ["Bruce Tally"])
    }

    @Test func theOwnerOfARoleBelongsToTheDescription() {
        let body = """
            Donald Trump held a rally in Ohio on Monday.

            “We will win the state,” Donald Trump’s campaign manager said.
            """
        #expect(speakers(body) == ["Donald Trump’s campaign manager"])
    }

    @Test func anAdviserToAPersonSpeaksForThatPerson() {
        // As "a Trump adviser" does: the representative rule, not the adviser's own name.
        let body = """
            Jane Harper announced her campaign in Ohio on Monday.

            “It was a mistake,” said a longtime adviser to Jane Harper.
            """
        #expect(speakers(body) == ["Jane Harper"])
    }

    @Test func aLetterToSomeoneIsNotTheirs() {
        let body = """
            “The company has failed its users,” according to a letter to Facebook from the committee.
            """
        #expect(speakers(body) == ["a letter to Facebook from the committee"])
    }

    @Test func aPersonCloseToSomeoneKeepsTheWholeDescription() {
        let body = """
            “It is a mess,” said a person close to the Clintons.
            """
        #expect(speakers(body) == ["a person close to the Clintons"])
    }

    @Test func aDescriptionDoesNotEndOnAFunctionWord() {
        let body = """
            “That is new,” wrote the authors of the “Growth and Opportunity Project.”
            """
        #expect(speakers(body) == ["the authors"])
    }

    @Test func thatAfterAVerbOpensWhatIsSaidNotWhoSaysIt() {
        let body = """
            The ad, titled “Unifier?”, concludes that Trump is too “dangerous and reckless” to be president.
            """
        let found = speakers(body)
        #expect(found.count == 1)
        #expect(!found.contains("that Trump is too"))
    }

    @Test func aCueAfterTheQuoteBeatsAnInfinitiveBeforeIt() {
        // "to begin" holds a verb of speech but reports no speech.
        let body = """
            But Mrs. Clinton would do well to begin “building bridges” to Mr. Sanders, said David \
            Axelrod, a former strategist.
            """
        #expect(speakers(body) == ["David Axelrod"])
    }

    @Test func aNameHeadingAShortDescriptionActsAfterAQuote() {
        let body = """
            Donald Trump claimed that France had lost its identity.

            “France will always be France,” an angry Hollande retaliated.
            """
        #expect(speakers(body) == ["Hollande"])
    }

    @Test func aCueWordUsedAsANounIsNoCue() {
        // "call" is a cue ("they call it “…”"), but not in "a phone call".
        let body = """
            Majority Leader Mitch McConnell agreed to a phone call on Wednesday, but only to tell the \
            judge that the Senate “will not act.”
            """
        #expect(speakers(body) == ["Mitch McConnell"])
    }

    @Test func aCueWordAfterSeveralModifiersIsStillANoun() {
        // "his now-familiar campaign promise" is a noun; "used his keynote speech to offer" is a
        // verb after "to".
        let body = """
            Peter Olsen tweaked his now-familiar campaign promise on Saturday when he announced his \
            running mate, calling Jonas Roe “my partner in this campaign.”

            Jonas Roe used his keynote speech to offer “encouragement” to the crowd.
            """
        #expect(speakers(body) == ["Peter Olsen", "Jonas Roe"])
    }

    @Test func aParticipleAfterAClauseIsItsSubjects() {
        // ", as Jane Roe echoed the criticism, saying …": Roe, not "It"; but a thing that opens
        // the clause before ("after her statement was shown false, stating") leaves the subject of
        // the sentence.
        let body = """
            It was a potent punch, as Jane Roe echoed the criticism, saying Mr. Smith “is not in it for the people.”

            Mary Poe changed her story, after her statement was shown to be false, stating that she had not sent emails “marked secret at the time.”
            """
        #expect(speakers(body) == ["Jane Roe", "Mary Poe"])
    }

    @Test func aModalEndsADescriptionReadAfterItsVerb() {
        // "said the candidate could win": the description is "the candidate", the person the
        // sentence is about, not "the candidate could win".
        let body = "Mary Poe, citing “the unique magic of Smith,” said the candidate could win the state."
        #expect(speakers(body) == ["Mary Poe"])
    }

    @Test func aCapitalisedModifierMakesANounOnlyAlone() {
        // "a Varga-style retort" is a noun; in "the Harbour Daily newspaper calls it" the
        // verb stays a verb (and the newspaper is the one named); "confided" is a verb of speech.
        let body = """
            Jonas Roe offered a Varga-style retort on Monday, calling the plan “a gift to the rich.”

            Today, the Harbour Daily newspaper calls it “the pearl of the coast.”

            Peter Olsen confided to her that the board was “in a panic about the vote.”
            """
        #expect(speakers(body) == ["Jonas Roe", "Harbour Daily", "Peter Olsen"])
    }

    @Test func aPossessedRepresentativeOpeningTheSentenceIsItsSubject() {
        // "Varga’s campaign sent out a release saying Olsen owes …": the campaign speaks for
        // Varga; Olsen is the subject of what is said.
        let body = """
            Jan Varga and Peter Olsen are running for the seat.

            After Olsen’s call ended, Varga’s campaign sent out a release saying Olsen owes “the city an explanation for his votes.”
            """
        #expect(speakers(body) == ["Jan Varga"])
    }

    @Test func aWifeAndAResolutionCanSpeak() {
        // A relative of someone and a document of a council are speakers as written.
        let body = """
            Jan Varga took the stage. His wife had warned him to act “calm and presidential,” but he did not.

            The council voted for the resolution which said the city “condemns hateful speech.”
            """
        #expect(speakers(body) == ["his wife", "the resolution"])
    }

    @Test func pointsAfterAModifiedNounAreTalkingPoints() {
        // "the same campaign points" is a noun: the subject of the sentence speaks.
        let body = """
            Jonas Roe repeated accusations that Olsen recites the same campaign points, calling him a “talented speaker.”
            """
        #expect(speakers(body) == ["Jonas Roe"])
    }

    @Test func aPlaceOpeningADescriptionIsNotItsSpeaker() {
        let body = """
            “Trump will be defeated,” said a New Hampshire Republican, who responded anonymously.
            """
        #expect(speakers(body) == ["a New Hampshire Republican"])
    }

    @Test func theObjectOfAPrepositionIsNoSubjectOfAParticiple() {
        let body = """
            Hillary Clinton responded to the question on Facebook writing, “Yes, I will.”
            """
        #expect(speakers(body) == ["Hillary Clinton"])
    }

    @Test func aNameAfterWithIsTheSubjectOfAParticiple() {
        let body = """
            Republicans were quick to chime in, with Donald Trump tweeting that it was a “disaster.”
            """
        #expect(speakers(body) == ["Donald Trump"])
    }

    @Test func aRetortIsANounAfterAModifier() {
        let body = """
            Bernie Sanders delivered a snappy retort: “No one is tearing this up.”
            """
        #expect(speakers(body) == ["Bernie Sanders"])
    }

    @Test func aSecondThatClauseIsTheSameReport() {
        let body = """
            Helen Varga said on Saturday that “this cannot be our fight alone” and that the country \
            should not bear “the bulk of the responsibility.”
            """
        #expect(speakers(body) == ["Helen Varga", "Helen Varga"])
    }

    @Test func thatOpeningAClauseIsNoDescription() {
        let body = """
            Two analysts found in 2014 that the Harbour Air Force is “the best in the world.”
            """
        let found = speakers(body)
        #expect(found.count == 1)
        #expect(!found.contains("that the Harbour Air Force") && !found.contains("Two"))
    }

    @Test func aQuoteRunningOnKeepsItsSpeakerPastAColonInsideIt() {
        // "Here they are:" is inside the quote; it introduces the next paragraph, but the
        // speaker is still the one who introduced the whole quote.
        let body = """
            The letter was paid for by the Liberty Fund PAC.

            Helen Varga then listed the qualities she looks for:

            "In the piece I wrote last year, I discussed several factors. Here they are:

            "Has the candidate a record of leadership for the principles we share?
            """
        #expect(speakers(body) == ["Helen Varga", "Helen Varga"])
    }

    @Test func aNamedAideIsTheSpeakerNotTheOneTheyServe() {
        let body = """
            Hillary Clinton spoke in Ohio on Monday.

            “This has to be the first time,” said Clinton’s top foreign policy aide Jake Sullivan.
            """
        #expect(speakers(body) == ["Jake Sullivan"])
    }

    @Test func aNameAfterToBeforeAColonIsAddressedNotSpeaking() {
        let body = """
            Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: “Stop \
            attacking the judge.”

            More from Jones: “The partisanship of the state is a starting point.”
            """
        #expect(speakers(body) == ["Mitch McConnell", "Jones"])
    }

    @Test func aClauseAfterACommaIsNoAppositive() {
        let body = """
            Facing criticism from Democrats and Republicans, Mr. Trump released a statement on Saturday \
            night, describing the family as “wonderful.”
            """
        #expect(speakers(body) == ["Trump"])
    }

    @Test func aDescriptionOpeningAClauseSpeaksForTheNameInIt() {
        // As "said the Clinton campaign" does; and no "on Monday" or "who" is left on it.
        let body = """
            Hillary Clinton spoke in Iowa on Sunday.

            The Clinton campaign on Monday doubled down, saying she is ready “on day one.”
            """
        #expect(speakers(body) == ["Hillary Clinton"])
    }

    @Test func aNameAfterAPrepositionOfPlaceIsNoHead() {
        let body = """
            “It is a disaster,” said one operative inside Trump Tower.
            """
        #expect(speakers(body) == ["one operative inside Trump Tower"])
    }

    @Test func capitalisedWordsAfterAnArticleAreADescription() {
        let body = """
            Ben Carson spoke in Ohio on Monday.

            “It might surprise you,” the Republican said this week.

            Speaking in the capital, the Prime Minister said: “We had to make tough choices.”
            """
        #expect(speakers(body) == ["the Republican", "the Prime Minister"])
    }
}
