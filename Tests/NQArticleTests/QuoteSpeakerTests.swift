import Testing

@testable import NQArticle

@Suite struct QuoteSpeakerTests {
    @Test func nameThenVerbAfterTheQuote() {
        expectQuotes("“⟦It was a good day for all of us,⟧” ⟨Jane Doe⟩ said.", speakers: [0])
    }

    @Test func verbThenNameAfterTheQuote() {
        expectQuotes("“⟦It was a good day for all of us,⟧” said ⟨Jane Doe⟩, an analyst at the bank.", speakers: [0])
        expectQuotes("“⟦Is this the end?⟧” asked ⟨Sen. John Roe⟩ of Ohio.", speakers: [0])
    }

    @Test func abbreviatedTitlesBeforeTheName() {
        // Attorney, detective and president, as the Philippine, police and US press write them.
        expectQuotes(
            "Aid groups warned of disease. “⟦Clean water comes first,⟧” ⟨Atty. Alberto Muyot⟩ said.", speakers: [0])
        expectQuotes("“⟦We found the car,⟧” ⟨Det. Jan Varga⟩ said.", speakers: [0])
    }

    @Test func invertedVerbAndNameJustBeforeTheQuote() {
        expectQuotes(
            "Because of how Democrats crafted the schedule, explained ⟨Jane Doe⟩, “⟦we will need every single vote.⟧”",
            speakers: [0])
        // A pronoun after the inverted verb is left to the other rules.
        expectQuotes("Later, ⟨she⟩ said, “⟦The country is ready for change.⟧”", speakers: [0])
    }

    @Test func colonIntroduction() {
        expectQuotes("⟨Doe⟩ said: “⟦The country is ready for change.⟧”", speakers: [0])
        expectQuotes(
            """
            As ⟨the governor⟩ explained in her speech:

            “⟦We have to rebuild the roads first.⟧”
            """, speakers: [0])
    }

    @Test func aClauseSubjectPastATimePhraseAndInAContrastingClause() {
        // "Albanese on Monday defended …, saying": the subject before the time phrase; "…, while
        // Roe, the former governor, proposed we “…”": the contrasting clause's own subject.
        expectQuotes(
            "⟨Prime Minister Jan Varga⟩ on Monday defended the fund, saying the Greens were “⟦playing politics with homes⟧”.",
            speakers: [0])
        expectQuotes(
            "Gov. Jan Varga on Monday signed an order, while ⟨Jane Roe⟩, the former governor, proposed we “⟦wake up and smell the coffee⟧” at once.",
            speakers: [0])
    }

    @Test func descriptionBeforeAParticipleClause() {
        // "An official, speaking on condition of anonymity, said:": the description the clause
        // follows speaks, and a short quote it introduces is still a quote.
        expectQuotes(
            "The yen fell. ⟨A government official⟩, speaking on condition of anonymity, said: “⟦Nobody should bet against us.⟧”",
            speakers: [0])
        expectQuotes(
            "⟨The lawyer⟩, standing outside the court, told reporters: “⟦We will appeal.⟧”", speakers: [0])
    }

    @Test func commaIntroduction() {
        expectQuotes("Later, ⟨she⟩ said, “⟦The country is ready for change.⟧”", speakers: [0])
    }

    @Test func partialQuoteInReportedSpeech() {
        expectQuotes("⟨Doe⟩ said the growth was “⟦really staggering⟧” this year.", speakers: [0])
    }

    @Test func quoteWithoutCueContinuesThePreviousSpeaker() {
        expectQuotes(
            """
            “⟦We are done here,⟧” ⟨Doe⟩ said.

            “⟦Nobody will change my mind about this plan.⟧”
            """, speakers: [0, 0])
    }

    @Test func sentenceOpeningQuoteTakesThePreviousSentencesCue() {
        expectQuotes("Roe spoke first. ⟨Doe⟩ agreed. “⟦The plan will work for everyone here.⟧”", speakers: [0])
    }

    @Test func pronounResolvesToTheEarlierName() throws {
        let (article, _) = analyzeMarked(
            "Former Mayor Mark Rutte spoke to reporters. Later, Rutte left.\n\n“It is over,” he said.")
        let quote = try #require(article.quotes.first)
        #expect(quote.speakerMention.map(article.string) == "he")
        #expect(quote.antecedent.map(article.string) == "Rutte")
        #expect(quote.speaker == "Mark Rutte")
        #expect(quote.resolution == .pronoun)
        #expect(article.resolution(of: quote)?.contains("pronoun ‘he’ → ‘Rutte’") == true)
    }

    @Test func surnameTakesTheFullName() throws {
        let (article, _) = analyzeMarked("U.S. President Donald Trump arrived.\n\n“We won,” Trump said.")
        let quote = try #require(article.quotes.first)
        #expect(quote.speaker == "Donald Trump")
        #expect(quote.rule == .quoteNameVerb)
        #expect(quote.cue.map(article.string) == "said")
    }

    @Test func descriptions() {
        expectQuotes("“⟦We disagree with the ruling,⟧” ⟨a spokesman for the campaign⟩ said.", speakers: [0])
        expectQuotes("“⟦Prices will rise again,⟧” ⟨the newspaper⟩ wrote on Sunday.", speakers: [0])
    }

    @Test func addressee() throws {
        let (article, _) = analyzeMarked("“I think they want to work with you,” Rutte told Trump.")
        let quote = try #require(article.quotes.first)
        #expect(quote.speakerMention.map(article.string) == "Rutte")
        #expect(quote.addressee.map(article.string) == "Trump")
        #expect(quote.cue.map(article.string) == "told")
    }

    @Test func accordingTo() {
        expectQuotes("“⟦Prices will rise again next year,⟧” according to ⟨the report⟩.", speakers: [0])
    }

    @Test func coordinatedVerbTakesTheMainClauseSubject() {
        expectQuotes(
            "⟨Doe⟩ noted that he taught law for years and added: “⟦I know a little about this.⟧”", speakers: [0])
        expectQuotes(
            "After the Paris talks, ⟨Doe⟩ released a statement calling the deal “⟦a disaster for the region⟧”.",
            speakers: [0])
        // Only a subordinate clause has a subject: it is still taken.
        expectQuotes(
            "When ⟨she⟩ took office and began calling the plan “⟦a total failure of leadership⟧”, prices rose.",
            speakers: [0])
        expectQuotes("⟨Doe⟩ spoke for an hour and then said “⟦the war is over for good⟧”.", speakers: [0])
        // The subject of a reported clause ("reported Roe is …") is not the main clause's.
        expectQuotes(
            "As aides reported Roe is leaving, ⟨Doe⟩ smiled and said “⟦good luck to him in the new job.⟧”",
            speakers: [0])
        // A subject separated from its verb by an appositive.
        expectQuotes(
            "⟨Jane Doe⟩, also campaigning in the state, argued Roe is to blame and accused him of “⟦inciting violence.⟧”",
            speakers: [0])
        // A clause with its own pronoun subject after the comma is no appositive.
        expectQuotes(
            "When I asked Roe about Jane Doe, ⟨he⟩ looked at the camera, smiled and said, “⟦I will back her!⟧”",
            speakers: [0])
    }

    @Test func whatSomeoneCallsBelongsToTheClauseSubject() {
        expectQuotes("⟨Doe⟩ has railed against what he calls the “⟦political class⟧” for years.", speakers: [0])
        expectQuotes("⟨The senator⟩ denounced what she called a “⟦reckless budget⟧” on Monday.", speakers: [0])
        // A thing named by "it" keeps its own pronoun.
        expectQuotes(
            "The group works for the passage of what ⟨it⟩ calls “⟦sensible gun laws for every state⟧”.",
            speakers: [0])
        // Without "what" the pronoun stays the speaker.
        expectQuotes("Doe left after ⟨he⟩ called the plan “⟦a waste of money⟧”.", speakers: [0])
    }

    @Test func timePhraseOpeningASentenceIsNoSubject() {
        expectQuotes(
            "A week later, ⟨he⟩ paid a visit to the border and portrayed migrants as “⟦a threat to every town⟧”.",
            speakers: [0])
        // A description with a time word later in it still is one, without the time phrase.
        expectQuotes(
            "⟨The group⟩ on Tuesday released a site mocking the senator as “⟦the worst deal maker of all time⟧”.",
            speakers: [0])
    }

    @Test func subjectAndPastVerbAfterACommaQuote() {
        expectQuotes(
            "Roe spoke first.\n\n“⟦You are all wrong about this,⟧” ⟨Doe⟩ shot back with a laugh.", speakers: [0])
        expectQuotes("“⟦France will always be France,⟧” ⟨Doe⟩ retaliated.", speakers: [0])
        // A modal is no past-tense verb: the quote continues the previous speaker.
        expectQuotes(
            """
            “⟦We will get this done for everyone,⟧” ⟨she⟩ said.

            “⟦It is a plan that works for all of us,⟧” Doe could only hope.
            """, speakers: [0, 0])
    }

    @Test func appositiveBetweenNameAndVerb() {
        expectQuotes(
            "“⟦We will appeal the decision,⟧” ⟨Jane Doe⟩, a lawyer for the family, said.", speakers: [0])
        // A name inside the appositive is not the speaker; the name heading it is.
        expectQuotes(
            "⟨Jane Doe⟩, the editor of the city's paper, The Planet, said the mayor was “⟦out of touch.⟧”",
            speakers: [0])
        expectQuotes(
            "⟨Doe⟩, at a town hall in Columbus, Ohio, said she was “⟦going to fight for every job.⟧”",
            speakers: [0])
        // A name after a description in apposition is still the speaker.
        expectQuotes(
            "The family's lawyer, ⟨Jane Doe⟩, said the ruling was “⟦a victory for all of us.⟧”", speakers: [0])
        // "did" between a subject and its verb of speech, after a quote in an opening clause.
        expectQuotes(
            "Acknowledging that the plan “⟦has a lot of flaws,⟧” though, ⟨Varga⟩ did suggest it could work.",
            speakers: [0])
        // A title in quotes inside an appositive: "said the days when" far after it is no
        // inverted cue; the subject before the title says the next quote.
        expectQuotes(
            "⟨Varga⟩, the author of “Harbour Lights,” about the old port, said the days when the city had "
                + "“⟦a single story to tell⟧” are gone.",
            speakers: [0])
        // A name opening a subordinate clause heads its appositive: "after Olsen, asked …, had said".
        expectQuotes(
            "The issue came up on Friday after ⟨Mr. Olsen⟩, asked about the harbour, had said, “⟦I will fix it.⟧”",
            speakers: [0])
        // A name in apposition inside a "whose" clause is no speaker.
        expectQuotes(
            "⟨Mr. Olsen⟩, whose latest start-up, Harbourdata, sells maps, said he was “⟦not worried at all.⟧”",
            speakers: [0])
        // Age, home town and a clause in apposition: the state after its city is no speaker.
        expectQuotes(
            "“⟦Both of them scare me,⟧” ⟨Jan Varga⟩, 30, of Tallinn, Harju, who was polled, said on Monday.",
            speakers: [0])
    }

    @Test func aPersonalPronounAfterACommaKeepsItsOwnReading() {
        // "…, the year he returned to Bucknell, he explained that … “…” and “…”": the second
        // quote continues "he", not the place before the comma ("Doe, who said" is the case
        // where the name before the comma stands in).
        expectQuotes(
            """
            ⟨Jonas Kowalczyk⟩ taught in Tallinn for years.

            When Kowalczyk founded the group in 2008, the year he returned to teaching at Tallinn, ⟨he⟩ \
            explained that it would seek to “⟦organize civil disobedience⟧” inside the country and \
            “⟦put pressure on the government to negotiate.⟧”
            """, speakers: [1, 1])
    }

    @Test func ofTwoSubjectsJoinedByAndTheFirstLeads() {
        // Before the verb, "Roe and Olsen" and "Roe and other Harbour officials" are led by Roe;
        // a right-wing kind of word is an adjective there, not a verb.
        expectQuotes(
            """
            ⟨Jane Roe⟩ and Peter Olsen called the plan “⟦a disaster for the harbour.⟧”

            ⟨Jane Roe⟩ and other right-wing Harbour officials called it “⟦a gift to developers.⟧”
            """, speakers: [0, 1])
        // Each with an appositive of their own: still the first.
        expectQuotes(
            "“⟦This decision is flawed,⟧” ⟨Nick Clegg⟩, the company's president, and Jane Roe, its chief legal officer, said in a blog post.",
            speakers: [0])
    }

    @Test func aSecondReportJoinedByAndKeepsTheFirstQuotesSpeaker() {
        // "and said Harbour leaders will face a “…”": the verb has no subject of its own; the
        // name after it is the subject of what was said.
        expectQuotes(
            """
            ⟨Harbour Watch President Jane Varga⟩ issued a statement saying the plan “⟦has no place in this city⟧” \
            and said Harbour leaders will face “⟦a day of reckoning.⟧”
            """, speakers: [0, 0])
    }

    @Test func aPersonBeforeANestedAffiliationIsTheSpeaker() throws {
        // "of the Harbour Church of Ely": the organisation and its place both follow "of".
        let (article, _) = analyzeMarked(
            "As Bishop Jan Varga of the Harbour Church of Ely told reporters, “⟦the plan is wrong.⟧”")
        #expect(article.quotes.first?.speaker == "Jan Varga")
    }

    @Test func anAffiliationMayOpenWithTheOrJoinItsWordsWithAnd() throws {
        // "of The Harbour Gazette" (a title's capital "The") and "Institute for Science and
        // Security" (an "and" inside the organisation's name) both follow the person.
        let (article, _) = analyzeMarked(
            """
            Jan Varga of The Harbour Gazette wrote, “⟦If you care about this, you act on it.⟧”

            “⟦The plant could run for years,⟧” experts Ada Moreno of the Institute for Science and \
            Harbour Security wrote.
            """)
        #expect(article.quotes.map(\.speaker) == ["Jan Varga", "Ada Moreno"])
    }

    @Test func questionedIsAVerbOfSpeech() {
        expectQuotes("“⟦What was the turning point?⟧” ⟨Varga⟩ questioned.", speakers: [0])
    }

    @Test func aQuoteAfterAndRunsOnInTheReportItsSentenceOpened() {
        // No cue of its own after "and": the report "He said" opened goes on, though "Moreno"
        // is the subject of the quote's clause.
        expectQuotes(
            "Varga spoke. ⟨He⟩ said Moreno has been “⟦a vital part of my team,⟧” and Moreno would need to "
                + "“⟦trust her judgment⟧” in the fall.", speakers: [0, 0])
    }

    @Test func anAppositiveWithoutItsClosingCommaKeepsItsHead() {
        // The name after "for" ends the appositive, not the subject; "that" before a plural opens
        // a clause and stays out of the description.
        expectQuotes(
            "⟨Jan Varga⟩, a former bodyguard for Mayor Helen Roe has written a book on her “⟦eruptive⟧” temper.",
            speakers: [0])
        expectQuotes(
            "⟨Ada Moreno⟩, president and CEO of Harbour Restaurant Association stated, “⟦It hurts us all.⟧”",
            speakers: [0])
        expectQuotes(
            "Tunnels are so common that ⟨harbour agents⟩ described the ground as “⟦Swiss cheese.⟧”",
            speakers: [0])
    }

    @Test func anIndefiniteBeforeANameMakesADescription() throws {
        // One of a group, not the place its name holds.
        let (article, _) = analyzeMarked(
            "“⟦Iowa proved the polls are misleading,⟧” another ⟨New Hampshire Republican⟩ added.")
        let quote = try #require(article.quotes.first)
        #expect(quote.speakerMention.map(article.string) == "another New Hampshire Republican")
        #expect(quote.speakerEntity == nil)
    }

    @Test func anotherSpeakerIsNotThePreviousOne() throws {
        // "Another said:" is someone else of the group: a description with no entity, not the
        // speaker of the quote before it.
        expectQuotes(
            "⟨One Labour backbencher⟩ said the mood was “⟦the worst I have seen it⟧”. ⟨Another⟩ said: "
                + "“⟦The whips have misjudged this.⟧”", speakers: [0, 1])
        let (article, _) = analyzeMarked(
            "One Labour backbencher said the mood was “the worst I have seen it”. Another said: “It is over.”")
        #expect(article.quotes.last?.speakerEntity == nil)
    }

    @Test func anAdjectiveBetweenTheIndefiniteAndTheNameKeepsADescription() throws {
        // "a second MP": one of a group, with a word between the article and the title.
        let (article, _) = analyzeMarked("⟨A second MP⟩ said: “⟦The whips have misjudged this.⟧”")
        let quote = try #require(article.quotes.first)
        #expect(quote.speakerMention.map(article.string) == "A second MP")
        #expect(quote.speakerEntity == nil)
    }

    @Test func aGivenNameWrittenWithAccentsTellsAPronounsGender() {
        // "María" is listed as "Maria": she is a person, and a woman.
        #expect(
            speakers("“It is hard,” said Juan Ortiz, a farmer. His wife, María, nodded. “We pray for rain,” she said.")
                == ["Juan Ortiz", "María"])
    }

    @Test func aFamilyNameWrittenFirstTellsNoGender() {
        // "Yang" and "Moon" open Chinese and Korean names as family names; the US Census lists
        // them as women's given names, which sent "he" to nobody.
        #expect(
            speakers(
                "Senator Mary Collins spoke first. “We made progress,” Ms Collins said. Chinese envoy Yang Jiechi "
                    + "said Beijing wanted calm. “We do not seek conflict,” he said. President Moon Jae-in welcomed "
                    + "the talks. “This is a good day,” he said.")
                == ["Mary Collins", "Yang Jiechi", "Moon Jae-in"])
        #expect(Gazetteer.givenNameGenders["Yang"] == nil)
        #expect(Gazetteer.givenNameGenders.isListed("Moon"))
    }

    @Test func aSubjectNamedInAppositionIntroducesAQuoteAfterAColon() {
        // No verb of speech: the sentence's subject, named in apposition to a possessive
        // description, introduces the quote, not the party that owns the description.
        #expect(
            speakers(
                "The minister spoke first. Labour’s environment spokesman, Tim Farron, was unimpressed: “It is a "
                    + "drop in the ocean compared to what the Tories cut.”")
                == ["Tim Farron"])
    }

    @Test func aSurnameOpeningWithTheArabicArticleIsFoundWithoutIt() {
        #expect(
            speakers(
                "Egypt's President Abdel Fattah al-Sisi spoke first. “We warned from the first day,” Mr Sisi said. "
                    + "Bashar al-Assad was absent. “He will lose,” Assad's rival Omar Kassem said.")
                == ["Abdel Fattah al-Sisi", "Omar Kassem"])
        #expect(EntityResolver.withoutArticle("el-Erian") == "Erian")
        #expect(EntityResolver.withoutArticle("Alan") == nil)
        #expect(EntityResolver.withoutArticle("al-qaida") == nil, "a lower-case rest is no surname")
    }

    @Test func aDescriptionBeforeAnAppositiveSpeaks() {
        // "The airline, Europe's largest, said": the appositive opens with a possessive or a
        // determiner, and the description before it is the subject.
        expectQuotes(
            "Ryanair cut fares. ⟨The airline⟩, Europe's largest by passengers, said fares would be “⟦materially lower⟧”.",
            speakers: [0])
        expectQuotes(
            "Ryanair cut fares. ⟨The airline⟩, the largest in Europe, said fares would be “⟦materially lower⟧”.",
            speakers: [0])
        #expect(
            speakers("Ryanair cut fares. The airline, the largest in Europe, said fares would be “materially lower”.")
                == ["Ryanair"])
    }

    @Test func aCueWordAfterADeterminerIsTheSubjectsNoun() {
        // "report" is a cue word, but after "the" it is the noun the cue after it has for subject.
        expectQuotes("A report was published. “⟦Families were ignored,⟧” ⟨the report⟩ said.", speakers: [0])
        expectQuotes("She posted again. “⟦We will win,⟧” ⟨her tweet⟩ said.", speakers: [0])
        // A relative pronoun is no determiner: "“…” that advised" keeps its cue.
        expectQuotes("The judge ordered the release of “⟦playbooks⟧” ⟨that⟩ advised staff.", speakers: [0])
    }

    @Test func courtRolesGivenInAppositionNameTheirPerson() {
        #expect(
            speakers(
                "The defendant showed no emotion. His barrister, Paul Gill, said his client was ill. "
                    + "“He is deeply ashamed,” the barrister said.") == ["Paul Gill"])
    }

    @Test func anUnlistedNameInAppositionAfterARelationIsAPerson() {
        // "Halina" is in no list of given names; "Their mother, Halina," makes her a person.
        #expect(
            speakers(
                "Marta Nowak runs the bakery. “People said we were mad,” she says. Their mother, Halina, still "
                    + "shapes the rye. “My hands know the dough,” she says.") == ["Marta Nowak", "Halina"])
    }

    @Test func aParticiplePhraseAfterADescriptionBelongsToIt() {
        // "following the talks" says which diplomat; "the talks" do not speak.
        expectQuotes(
            "Talks stalled. “⟦Both sides are betting on victory,⟧” ⟨a Western diplomat following the talks⟩ told "
                + "reporters.", speakers: [0])
    }

    @Test func particlesOpeningASurnameBelongToTheName() {
        expectQuotes(
            "Commission President Ursula von der Leyen spoke. “⟦We will act decisively,⟧” ⟨von der Leyen⟩ told reporters.",
            speakers: [0])
    }

    @Test func aSentenceAttributedAtItsEndIsTheSpeakersWhole() {
        // No cue before the first quote: the cue ending the sentence covers it too.
        expectQuotes(
            "The board found no “⟦ties of any consequence,⟧” aside from two men knowing each other "
                + "“⟦casually,⟧” said ⟨the director, Ada Moreno⟩, on Monday.", speakers: [0, 0])
    }

    @Test func verbsJoinedInASubordinateClauseShareItsSubject() {
        // "when Varga lamented … and criticized …": Varga, not the main clause's subject; "Roe
        // and other harbour leaders shunned …, claiming": Roe leads the group.
        expectQuotes(
            "The worry was plain on Wednesday when ⟨Mayor Helen Varga⟩ of Ely lamented the “⟦disheartened⟧” "
                + "state of the town and criticized the “⟦identity politics⟧” on display.", speakers: [0, 0])
        expectQuotes(
            "⟨Roe⟩ and other right-wing harbour leaders shunned the envoy, claiming that he is “⟦anti-harbour.⟧”",
            speakers: [0])
    }

    @Test func aRelativeSpeakerAfterAPlacePhraseIsThePerson() {
        // "…, who said" after "from Ely": the next quote is Varga's, not the town's.
        expectQuotes(
            "“⟦I have never voted before, but I will now,⟧” said ⟨Jan Varga⟩, 24, from Ely, who said the mayor "
                + "was best suited to the job. “⟦It is supposed to be for the people.⟧”", speakers: [0, 0])
    }

    @Test func aLaterCueWithItsOwnSubjectAfterAndIsTheQuotes() {
        // "said" is the plainer cue, but "Olsen vowed" opens a clause of its own.
        expectQuotes(
            "⟨Varga⟩ said she would make the sea “⟦glow in the dark,⟧” for instance, and ⟨Olsen⟩ vowed to "
                + "“⟦sink every boat⟧” in the bay.", speakers: [0, 1])
    }

    @Test func asidesAndOpenAppositivesLeaveTheSubjectStanding() {
        // ", who is chairman of Our Harbour Fund said": the head of the unclosed appositive;
        // "― much like he did … ―": an aside between dashes is not the sentence's subject.
        expectQuotes(
            "“⟦The plan says different things to different people,⟧” ⟨Ada Moreno⟩, who is chairman of Our "
                + "Harbour Fund said in a statement.", speakers: [0])
        expectQuotes(
            "Hastily politicizing the storm ― much like he did after the flood ― ⟨Varga⟩ cast the blame on his "
                + "rivals, and emphasized the threat that “⟦harbour terror⟧” poses.", speakers: [0])
    }

    @Test func aReportRunsOnThroughItsSubordinateClauses() {
        // "if she gave “…”": still the report "he suggested" opened; "Varga of Ely, who mused …":
        // the report after it is Varga's, not Ely's.
        expectQuotes(
            "Jan Olsen spoke. Later ⟨he⟩ suggested that Ada Moreno “⟦should resign at once and leave the harbour "
                + "board for good⟧” if she gave “⟦secret papers to the press.⟧”", speakers: [0, 0])
        let found = speakers(
            "It gave fodder to Sen. Jan Varga of Ely, who mused that Moreno was “unfit to lead” because she lied "
                + "and “her first act may be a pardon.”")
        #expect(found == ["Jan Varga", "Jan Varga"])
    }

    @Test func anInvertedCueVerbOfJoyIsACue() throws {
        let (article, _) = analyzeMarked("“⟦This is fantastic!⟧” beamed Jan Varga of Tallinn, who came early.")
        #expect(article.quotes.first?.speaker == "Jan Varga")
    }

    @Test func aCueAfterAModalGivesWayToTheVerbOfTheSentence() {
        // "would demand" reports nothing said; "declared" does.
        expectQuotes(
            "When talk turned to the merger, ⟨Okafor⟩ declared in a heated argument with Roe that any new deal "
                + "under her watch would demand not just scrutiny but “⟦absolute secrecy.⟧”",
            speakers: [0])
    }

    @Test func theSubjectOfAnOpeningClauseIsNotTheMainClauses() {
        // "When asked whom she supported": she opens a clause before the subject who speaks.
        expectQuotes(
            "When asked whom she supported, ⟨Ms. Jane Sherry⟩ smiled and said, “⟦I am waiting for Tom Roe.⟧”",
            speakers: [0])
    }

    @Test func aCommonWordOpeningTheSentenceBeforeASubordinatorIsNoSubject() {
        // "Ever since she endorsed …": the subject of the main clause speaks, not "Ever".
        expectQuotes(
            "Ever since she endorsed Tom Roe, ⟨Ms. Jane Sherry⟩ has been his surrogate, with a simple message: “⟦Do not give up on this race!⟧”",
            speakers: [0])
    }

    @Test func aCueWordAfterAPrepositionIsANoun() {
        // "in states across the country": no verb of saying; the cue after the quote speaks.
        expectQuotes(
            "Her wins solidify her argument that she is popular in states across the country, rather than just a “⟦regional⟧” candidate, as ⟨her rival’s campaign manager⟩ suggested after she swept the South.",
            speakers: [0])
    }

    @Test func reactedIsACue() throws {
        // Not the person the quote names, who spoke in the sentence before.
        let (article, _) = analyzeMarked(
            "Olsen spoke about the plan on Sunday.\n\n“⟦What is Olsen talking about?⟧” reacted Jan Varga.")
        #expect(article.quotes.first?.speaker == "Jan Varga")
    }

    @Test func quoteEndingItsSentenceIsNotAttributedByTheNextSentence() {
        expectQuotes(
            "⟨Doe⟩ said the plan was “⟦a disaster for the city.⟧” He later left for Paris.", speakers: [0])
    }

    @Test func quoteInsideAQuoteIsNotAttributedToItsPronoun() throws {
        let (article, _) = analyzeMarked(
            "“He (Roe) put out a statement,” Doe noted. “Now we will see.”")
        #expect(article.quotes.count == 2)
        #expect(article.quotes.allSatisfy { $0.speakerMention.map(article.string) == "Doe" })
    }
}

@Suite struct PronounReferenceTests {
    @Test func aResolvedPronounSpeakerCountsAsAReferenceButIsNoMentionRow() throws {
        let (article, _) = analyzeMarked("Mayor Ana Ruiz spoke on Monday.\n\n“We will rebuild,” she said.")
        let quote = try #require(article.quotes.first)
        #expect(quote.resolution == .pronoun)
        let entity = try #require(quote.speakerEntity)
        let rows = article.mentions.filter { $0.entity == entity }
        #expect(article.entities[entity].mentionCount == rows.count + 1)
        #expect(!rows.contains { article.string($0.span) == "she" })
    }
}
