import Testing

@testable import NQArticle

/// Speaker resolution: which person or organisation a quote's mention stands for.
@Suite struct SpeakerResolutionTests {
    @Test func sheResolvesToTheWomanNotTheNearerMan() {
        let body = """
            Senator Helen Varga met Governor Peter Olsen on Monday to discuss the harbour plan.

            “We will not wait another year for this,” she said.
            """
        #expect(speakers(body) == ["Helen Varga"])
    }

    @Test func heResolvesToTheManNotTheNearerWoman() {
        let body = """
            Governor Peter Olsen met Senator Helen Varga on Monday to discuss the harbour plan.

            “We will not wait another year for this,” he said.
            """
        #expect(speakers(body) == ["Peter Olsen"])
    }

    @Test func aSpeakersResolvedDescriptionIsAMentionLaterPronounsSee() {
        // "the senator" said the first quote: the latest mention of Varga, the subject "he"
        // continues, not Olsen, named after Varga's own name.
        let body = """
            Sen. John Varga toured the harbour on Monday. Peter Olsen had left the town years ago.

            “It is our future,” the senator said.

            “We will build it,” he added.
            """
        #expect(speakers(body) == ["John Varga", "John Varga"])
    }

    @Test func honorificsTellTheGenderOfUnlistedNames() {
        let body = """
            Mrs. Zrinka Kowalczyk and Mr. Obiora Abara argued about the budget for an hour.

            “The figures simply do not add up,” she said.
            """
        #expect(speakers(body) == ["Zrinka Kowalczyk"])
    }

    @Test func aPronounTeachesTheGenderOfAnEarlierResolution() {
        // Neither given name is listed. "she" can only be Sato, which teaches that Sato is a
        // woman; so the later "he" is Tanaka, though Sato spoke last and is named nearer.
        let body = """
            Tavi Sato spoke to the board on Monday morning.

            “We are ready to start the work,” she said.

            The board then heard Reo Tanaka and thanked Sato.

            “The money is not there yet,” he said.
            """
        #expect(speakers(body) == ["Tavi Sato", "Reo Tanaka"])
    }

    @Test func aReflexiveTeachesTheGenderOfTheSubject() {
        // "Varek" has no given name to tell a gender, and opens its sentence before an adverb and
        // a verb of speech; "himself" tells that Varek is a man, so "he" is Varek, not Trump.
        let body = """
            Donald Trump went with the odds on Sunday, pointing out that the Broncos would win.

            Varek openly admitted that the pick was political, and defended himself. “With an eye to \
            the primary,” he said.
            """
        #expect(speakers(body) == ["Varek"])
    }

    @Test func aNameInAppositionBeforeAVerbOfSpeechIsTheSubjectAPronounContinues() {
        // Nunberg is the subject of what Garten said; "He" in the next sentence is Garten.
        let body = """
            Trump's attorney, Alan Garten, said Nunberg was “looking for free publicity.” He said \
            Nunberg was bound by an agreement that is “standard practice.”
            """
        #expect(speakers(body) == ["Alan Garten", "Alan Garten"])
    }

    @Test func initialsOpenAPersonsName() {
        // "J.M." is all capitals, but initials before a surname name a person, whom "He" can be.
        let body = """
            “Twitter has ramped up its response,” said J.M. Berger, a fellow at a university. He \
            added that Facebook has also “been very aggressive.”
            """
        #expect(speakers(body) == ["J.M. Berger", "J.M. Berger"])
    }

    @Test func anHonorificPicksTheNamesakeOfItsGender() {
        // Saeed Abedini is named last; "Mrs." before the shared surname is his wife.
        let body = """
            The president called Naghmeh Abedini. Her husband, Saeed Abedini, was free and would soon \
            be coming home. “I could see his love,” Mrs. Abedini wrote on Sunday.
            """
        #expect(speakers(body) == ["Naghmeh Abedini"])
    }

    @Test func aNameInAnOpeningParticipleClauseIsNoSubject() {
        // "Dismayed by …" opens the sentence before its main clause, whose subject is Reyes.
        let body = """
            Tom Reyes joined the campaign in May.

            Dismayed by the record of Peter Olsen in office, Reyes has since knocked on a thousand doors.

            “We need a change in this town,” he said.
            """
        #expect(speakers(body) == ["Tom Reyes"])
    }

    @Test func thePersonBeforeWhoSaidIsTheOneAPronounContinues() {
        let body = """
            Hillary Clinton's position was supported Friday by Sen. Dianne Feinstein of California, the \
            ranking Democrat on the committee, who said none of the emails originated with Clinton.

            “It has never made sense to me,” she said in a statement.
            """
        #expect(speakers(body) == ["Dianne Feinstein"])
    }

    @Test func aNameAfterSaidWithAModalIsTheSubjectOfWhatWasSaid() {
        // "said Tomas Vidal would be assessed": Vidal is who the coach spoke about, so "he" is
        // the coach, the sentence's subject.
        let body = """
            The team trained on Monday after the match.

            Ruben Castell said Tomas Vidal would be assessed. “He felt something in his ankle,” he said.
            """
        #expect(speakers(body) == ["Ruben Castell"])
    }

    @Test func aNationalityEpithetStandsForThePersonNamedBefore() {
        // "the Spaniard" is the coach the sentence before names, though the last speaker is near;
        // "the Syrian refugees" is no one.
        let body = """
            Tomas Vidal scored twice on Sunday. “It was a special night,” Vidal said.

            Ruben Castell, the visiting coach, was left frustrated. “We deserved more,” the Spaniard said.

            “We are safe now,” the Syrian refugees said.
            """
        #expect(speakers(body) == ["Tomas Vidal", "Ruben Castell", "the Syrian refugees"])
    }

    @Test func aPoliticalLabelIsAnEpithetForThePersonNamedBefore() {
        // "the communist" is the candidate the passage is about, as "the senator" would be.
        let body = """
            Ana Jara called the plan unworkable. She said it would cost billions. “It is a fantasy,” the communist said.
            """
        #expect(speakers(body) == ["Ana Jara"])
    }

    @Test func anOccupationIsAnEpithetForThePersonNamedBefore() {
        // "the singer", "the gambling tycoon": the person the passage is about.
        let singer =
            "Maya Lindqvist played to a record crowd on Friday. “You've outdone yourselves,” the singer told fans."
        #expect(speakers(singer) == ["Maya Lindqvist"])
        let tycoon = "Casino owner Ralf Osterberg met him on Monday. “It was very nice,” the gambling tycoon said."
        #expect(speakers(tycoon) == ["Ralf Osterberg"])
    }

    @Test func aPlayersPositionIsAnEpithetToo() {
        // "The Norwegian captain", "the striker": the player the passage is about.
        let body = """
            Arsenal face Liverpool next week. “It will be a huge game,” Lars Haugen said. The Norwegian captain added: “We are ready.”
            """
        #expect(speakers(body) == ["Lars Haugen", "Lars Haugen"])
    }

    @Test func aNationalityEpithetOpeningItsSentenceStandsForThePersonToo() {
        // "The Qatari" at a sentence's start, before a quote: the chairman, not a name "Qatari";
        // the mention is the epithet with its "The".
        let body = """
            Club chairman Nasser Al-Rahim thanked the striker on Friday. The Qatari added that the door would “always be open”.
            """
        #expect(speakers(body) == ["Nasser Al-Rahim"])
        let (article, _) = analyzeMarked(body)
        #expect(article.quotes.first?.speakerMention.map { article.string($0) } == "The Qatari")
    }

    @Test func theCarmakerIsTheBusinessThePassageIsAbout() {
        // Voltrana is a business by its "its"; the agency that reports and the ministry are no
        // business; "a company" names none.
        let body = """
            FRANKFURT (Reuters) - Voltrana cut its forecast on Thursday, the Finance Ministry said.

            “The situation remains tense,” the carmaker said in a statement.

            “We will see,” a company said.
            """
        #expect(speakers(body) == ["Voltrana", "a company"])
    }

    @Test func aRoleGivenInAppositionStandsForItsPersonLater() {
        // "the former mayor" is Matthei, whose apposition names the role, not Kast, the more
        // salient name; "the lawyer" is Kast by his; a description right after a name is no
        // apposition of its own ("Lena Ortiz, the candidate said").
        let body = """
            Evelyn Matthei, a former mayor of Providencia, faces José Antonio Kast, Chile's best-known lawyer, on Sunday. \
            Kast leads in the polls.

            “We will win this,” the former mayor said at a rally. “The country wants order,” the lawyer said.

            In a talk with Lena Ortiz, the candidate said “I am ready.”
            """
        #expect(speakers(body) == ["Evelyn Matthei", "José Antonio Kast", "José Antonio Kast"])
    }

    @Test func aRoleGivenEarlierDoesNotOutweighTheLastSpeakerJustBefore() {
        // Milanesi was called an analyst three sentences before; Ives, named just before as the
        // last speaker, is "the analyst" as an epithet for the person the passage is about, not
        // Milanesi (a holder a sentence or two back still wins: see the lawyer above).
        let body = """
            “Apple is clearly trying to win back upgraders,” said Carolina Milanesi, an analyst at Creative Strategies. \
            She said sales in China remained a concern.

            Samsung launched its own slim phone last month. A Samsung spokeswoman declined to comment.

            Shares rose 2 percent. “Investors like what they see,” said Dan Ives of Wedbush Securities. \
            The analyst added that he expected “a supercycle” of upgrades.
            """
        #expect(speakers(body) == ["Carolina Milanesi", "Dan Ives", "Dan Ives"])
    }

    @Test func aRoleInAppositionBeforeANameOrCapitalisedStandsForItsPerson() {
        // "The director, Professor Ruth Alder," gives Alder the role a later "the director"
        // repeats, though Okoye is named nearer; "Omar Hadid, the Treasurer," gives Hadid a
        // capitalised one, however long ago; "According to the statement, Okoye …" opens no
        // apposition.
        let body = """
            The director, Professor Ruth Alder, wrote to staff on Monday. Omar Hadid, the Treasurer, backed her. \
            A long meeting followed. Nobody left early. The rooms were cold. Tea ran out. Chairs were short.

            Alder said she was open to talks. Sara Okoye, a lecturer, was on the picket line. \
            “My door is open,” the director said. Hadid was firm. “The money is gone,” the Treasurer said.

            According to the statement, Okoye met the union. “We met,” the statement said.
            """
        #expect(speakers(body) == ["Ruth Alder", "Omar Hadid", "the statement"])
    }

    @Test func aPronounOverrulesTheUsualGenderOfAGivenName() {
        // Lindsay is most often a woman's name, but "he" with no one else to stand for is Marsh,
        // and stays him; a title's gender is not overruled ("Mrs Ede … he" is no one).
        let body = """
            Mayor Lindsay Marsh said the pool would be sold. “We had no choice,” he said.             “It breaks my heart,” he added.

            """
        #expect(speakers(body) == ["Lindsay Marsh", "Lindsay Marsh"])
        #expect(speakers("Mrs Joan Ede wrote to the board. “It is a scandal,” he said.") == [nil])
    }

    @Test func aNameInAppositionToAnObjectIsNoSubject() {
        // Ashby is the first person the second sentence names, but in apposition to its object:
        // "he" is still Reilly, of whom the sentence speaks ("The coach refused …"). Not so after
        // an opening clause ("Asked …, Piet Lund, Brandt's agent, suggested").
        let body = """
            Dan Reilly was asked about the defeat. The coach refused to blame his captain, Tom Ashby, \
            who missed two kicks. “Nobody loses a game on one kick,” he said.

            Ivo Brandt is out of contract. Asked if there had been any offer for the player, Piet Lund, Brandt's agent, \
            suggested the club had called. “We are talking,” he said.
            """
        #expect(speakers(body) == ["Dan Reilly", "Piet Lund"])
    }

    @Test func aDescribedPersonIsFoundPastTheQuotesOwnSentences() {
        // "she" after a quote of two sentences is the nurse described before the quote (her noun
        // heads "a nurse on one of the wards"), not Carey, the woman named before her.
        let body = """
            Lisa Carey said members were angry. A nurse on one of the wards, who asked not to be named, \
            described long shifts.

            “You go twelve hours without water. You go home and you cry,” she said.
            """
        #expect(speakers(body) == ["a nurse on one of the wards"])
    }

    @Test func aSharedSurnameThePronounRulesOutForOneIsTheOthers() {
        // "Doyle" opening the sentence before "she" names Margaret, not her son Alan, the Doyle
        // named last, nor Grant, the woman named before.
        let body = """
            Margaret Doyle took up pottery at 68. Her son, Alan Doyle, is a teacher. Her tutor, Fiona Grant, \
            praised her glazes. Doyle works three days a week in a studio.

            “I'm not precious about it,” she says.
            """
        #expect(speakers(body) == ["Margaret Doyle"])
    }

    @Test func aRoleBeforeANameIsTheOneADescriptionRepeats() {
        // "the Greens leader" repeats "Greens leader Adam Barr", though the prime minister is named
        // nearer; one word ("the actor") fits too many to count.
        let body = """
            Greens leader Adam Barr said the major parties were protecting investors. Prime Minister Tom Hale \
            disagreed. “Labor and the Liberals are in lockstep,” the Greens leader said.
            """
        #expect(speakers(body) == ["Adam Barr"])
    }

    @Test func aRoleOpeningASentenceLeavesThePersonForLaterPronouns() {
        // The role is no part of the name, even before a given name alone or a name that puts the
        // family name first; the pronoun then finds the person, not an earlier one.
        let body = """
            Trade Minister Paul Webb spoke first. Economist Goh Seng Kiat said the currency would recover.             “It is oversold,” he said. Singer Beatriz cancelled her tour. “I need to rest,” she said.
            """
        #expect(speakers(body) == ["Goh Seng Kiat", "Beatriz"])
    }

    @Test func aCompanyNamedByItsFirstWordIsTheCompany() {
        // "Veltrix" after "Veltrix Semiconductor", whose other word is a head word: the company,
        // not a person of that name; its spokesman speaks for it.
        let body = """
            Shares of Veltrix Semiconductor fell 9% after the rules were widened.
            “We are disappointed by the decision,” Veltrix said in a statement. Its largest customer, \
            Ondra Systems, was reviewing orders. An Ondra spokesman said the company “remains committed” to the deal.
            """
        #expect(speakers(body) == ["Veltrix Semiconductor", "Ondra Systems"])
    }

    @Test func whoIsAccusedIsNoSubjectButWhoIsAskedAnswers() {
        // The object of "accused" is no subject a later "he" continues; the one asked answers.
        let body = """
            Talks between Prime Minister Henrik Dahl and opposition leader Mads Lund broke down.
            Dahl accused Lund of lying. “I cannot negotiate with a moving target,” he said.
            A reporter, Tom Berg, asked Lund whether he would resign. “Not today,” he said.
            """
        #expect(speakers(body) == ["Henrik Dahl", "Mads Lund"])
    }

    @Test func aFamilyNameThatIsAlsoAWordIsThePersonItOpens() {
        // "Park" is a place word and no mention of its own; it opens one person's name.
        let body = """
            Prosecutors raided the offices on Monday. His lawyer, Park Soo-min, said the raid was \
            unlawful. “He has nothing to hide,” Park said.
            """
        #expect(speakers(body) == ["Park Soo-min"])
    }

    @Test func aNumberSignEndsNoSentence() {
        // "No. 10" and "No. 2" are numbered names inside a sentence, not its end.
        let body = """
            The government held firm on Monday.

            “The policy stands,” a No. 10 spokesman said.

            As Jane Roe, the No. 2 in the party, put it: “This bill will not pass the house.”
            """
        #expect(speakers(body) == ["a No. 10 spokesman", "Jane Roe"])
    }

    @Test func someoneTheQuoteSpeaksOfIsSeldomItsSpeaker() {
        // Mr Varma, the most salient, is named in the quote's own words: the 53-year-old is not
        // him (and no one else is sure enough). A person the whole passage is about may still
        // name himself; a name inside words the quote quotes in turn counts for nothing.
        let body = """
            Prime Minister Arjun Varma claimed victory on Tuesday, and his rival Rohan Mehta conceded. Mr Varma thanked his allies and his party.

            “The country has told Mr Varma it does not want him,” the 53-year-old said.

            Rahul Anand is making his case to voters in Pune. Anand is outlining his plans. He says if they want the old ways, “it’s not Rahul Anand.”

            Dinesh Rao met Lena Costa and her brother Marco Costa in 1999. “She always whispered, ‘Dinesh Rao, you are the one,’” he said.
            """
        #expect(speakers(body) == ["the 53-year-old", "Rahul Anand", "Dinesh Rao"])
    }

    @Test func theDiplomatIsTheUnnamedDiplomatJustBefore() {
        // "the diplomat" repeats "A diplomat in Hanoi": the same unnamed someone, not Le Thi Ha,
        // the last speaker; "a department spokesperson" speaks for the department just named.
        let body = """
            Her lawyer, Le Thi Ha, said the charges were baseless. “My client has done nothing wrong,” Ha said.

            A diplomat in Hanoi, who declined to be identified, said embassies were following the case. “We are concerned,” the diplomat said.

            The U.S. State Department said it was aware of the reports. “We urge Vietnam to release them,” a department spokesperson said.
            """
        #expect(speakers(body) == ["Le Thi Ha", "the diplomat", "U.S. State Department"])
    }

    @Test func theChiefMinisterIsNoFinanceMinister() {
        // A title holding the head word ("Finance Minister") is not the office a qualifier names
        // ("the chief minister"); "the finance minister" is.
        let body = """
            Finance Minister Imran Qadir said the programme was on track. He said reserves had improved.

            Talking to reporters, Sana Malik said the province would lead the recovery. “We are committed,” the chief minister said.

            “The deficit will fall,” the finance minister said.
            """
        let found = speakers(body)
        #expect(found.first != "Imran Qadir")
        #expect(found.last == "Imran Qadir")
    }

    @Test func theKesslerUnionIsKesslerAndNoAirline() {
        // An organisation called what it is ("The Kessler union") is that organisation, for "it"
        // and for itself; an organisation the article calls a union is no airline, Lufthansa is.
        let body = """
            Lufthansa cancelled 800 flights on Wednesday. The Kessler union said the strike would last 27 hours. “Our members have had enough,” it said.

            Lufthansa called the walkout unnecessary. “We have made a fair offer,” the airline said.

            Kessler's chief negotiator, Anna Berg, said talks were open. “We are ready,” the Kessler union said.
            """
        #expect(speakers(body) == ["Kessler", "Lufthansa", "Kessler"])
    }

    @Test func aKnownCompanyIsTheCarmakerThoughItsOwnersCourtIsNoInstitution() {
        // Volkswagen is a listed company (no longer passed over as a well-known name); "in
        // Lufthansa's court" calls Lufthansa nothing.
        let carmaker = "Volkswagen cut its forecast on Thursday. “The situation remains tense,” the carmaker said."
        #expect(speakers(carmaker) == ["Volkswagen"])
        let airline = """
            Lufthansa called the walkout unnecessary. “We have made a fair offer,” the airline said.

            The union's negotiator, Anna Berg, said talks were open. “The ball is in Lufthansa's court,” she said.
            """
        #expect(speakers(airline) == ["Lufthansa", "Anna Berg"])
    }

    @Test func theCarrierIsTheAirlineTheStoryIsAbout() {
        // "the carrier" is what news calls an airline, as "the airline" and "the carmaker" are.
        let body = """
            Pilots at Northwind Airways will strike on Monday, their union said. The carrier said it was "deeply disappointed" and would run as many flights as it could.
            """
        #expect(speakers(body) == ["Northwind Airways"])
    }

    @Test func aCommissionSpokespersonSpeaksForTheCommissionNamedInFull() {
        // "Commission" capitalised before "spokesperson" is the kind of organisation, short for
        // the one named in full before, as "a ministry official" is.
        let body = """
            The European Commission opened an inquiry in March into the company's app store. A Commission spokesperson said: "The investigation is ongoing."
            """
        #expect(speakers(body) == ["European Commission"])
    }

    @Test func theActressIsNoManNamedJustBefore() {
        // An epithet that tells a gender ("the actress") agrees with the one it stands for, as
        // "she" does: not the man named last; none, when no woman is named.
        let body = """
            Ximena will star in Paul Greer's next film, a thriller set in the desert, the studio confirmed on Monday.
            “Paul writes women who are allowed to be complicated,” the actress said.
            """
        #expect(speakers(body) == ["the actress"])
    }

    @Test func theChairIsWhoChairsTheBoard() {
        // "chair" is a role as "chairman" is: "the chair" stands for the one the article gave it.
        let body = """
            Board chair Michael Osei said no vote would be held before March. Parents said they had not been consulted. Osei apologised. “That should not have happened,” the chair said.
            """
        #expect(speakers(body) == ["Michael Osei"])
    }

    @Test func aPoliceRankIsATitleTheDetectiveRepeats() {
        // "Detective Inspector" is a title, not part of the name; "the detective" is the person
        // it was given to.
        let body = """
            Judge Sarah Collins jailed the man for life. Detective Inspector Mark Reid said the force welcomed the sentence. “This was a senseless attack,” the detective said.
            """
        #expect(speakers(body) == ["Mark Reid"])
    }

    @Test func theSpokespersonSpeaksForWhomTheEarlierOneDid() {
        // "A UN spokesperson … the spokesperson": the United Nations both times; "according to a
        // statement from his office" or "according to his office" is how his words came, not
        // another source.
        let body = """
            A UN spokesperson said the chief was “deeply alarmed”. “We call on all parties to show restraint,” the spokesperson said.

            Prime Minister Najib Rahal condemned the attack. “Israel is dragging the region into war,” he said, according to a statement from his office.

            Mukhtar Babayev urged delegates to close the gap. “We are at the final hurdle,” Babayev said in a statement, according to his office.
            """
        #expect(speakers(body) == ["United Nations", "United Nations", "Najib Rahal", "Mukhtar Babayev"])
    }

    @Test func sheAfterAWifeIsTheWifeNotANameOfUnknownGender() {
        // "Karam" tells no gender; "Mkhize's wife, May," opening the sentence before does.
        let body = """
            “For years, powerful people escaped,” the group's director Karam Dhillon said.

            Mkhize's wife, May, wept in the gallery. “He is a good man,” she told reporters.
            """
        #expect(speakers(body) == ["Karam Dhillon", "Mkhize's wife"])
    }

    @Test func herHusbandIsTheOneManOfHerFamilyNameTheArticleNames() {
        // "he" would go to Ben, the man named last; "Her husband", opening the sentence before,
        // is Tom Arkwright, the one other Arkwright, whom "her" (Nell Arkwright) makes a relative.
        let body = """
            Tom and Nell Arkwright ran the mill for years. “We lost everything,” Tom Arkwright said.

            Their lodger, Ben Sowerby, helped. “I stayed all night,” he said. Nell Arkwright said the mill would open again.

            Her husband was less sure. “We will see,” he said.
            """
        #expect(speakers(body) == ["Tom Arkwright", "Ben Sowerby", "Tom Arkwright"])
    }

    @Test func aRelativeStaysDescribedWhenTwoOrNoneOfTheFamilyFit() {
        // Two sons named Okoro: "His son" is either; no Varga but the mayor: "Her brother" is
        // no one named.
        let body = """
            Chief Obi Okoro spoke first. His sons, Emeka Okoro and Chuka Okoro, stood by. Kunle Bello, a neighbour, said little.

            His son was angry. “They ignored us,” he said.

            Mayor Ilona Varga did not attend. Her brother said she was ill. “She has a fever,” he said.
            """
        #expect(speakers(body) == ["his son", "her brother"])
    }

    @Test func aRoleGivenByAVerbAfterTheNameStandsForThatPerson() {
        // "was elected mayor" gives Harcourt the role; Delgado, named since, is no mayor.
        let body = """
            Deborah Harcourt was elected mayor of Millbrook on Tuesday, defeating Gary Lindgren.

            Lindgren's campaign manager, Rosa Delgado, said the team would not seek a recount.

            “The library was the heart of the east side,” the new mayor said.
            """
        #expect(speakers(body) == ["Deborah Harcourt"])
    }

    @Test func aPronounAfterADescriptionOfTheOneRoleHolderIsThatPerson() {
        // "The new mayor" opens the sentence of "she": Harcourt, whom "was elected mayor" made
        // mayor, though Delgado is the woman named and heard last.
        let body = """
            Deborah Harcourt was elected mayor of Millbrook on Tuesday. “This win belongs to you,” she told the crowd.

            Her rival's manager, Rosa Delgado, ruled out a recount. “The margin is clear,” Delgado said.

            The new mayor has promised to reopen the library. “That library was the heart of the east side,” she said.
            """
        #expect(speakers(body) == ["Deborah Harcourt", "Rosa Delgado", "Deborah Harcourt"])
    }

    @Test func aPronounInAnOpeningClauseLooksAheadToTheNameAfterIt() {
        // "she" in "Asked what she would do next," is Mbeki, named after the comma, not Reyes,
        // the woman named and heard before; so is the "she" of the quote after it.
        let body = """
            Senator Joan Mbeki is retiring. “The clinic is open,” Mbeki said.

            Her deputy, Carol Reyes, defended the budget. “The numbers are public,” Reyes said.

            Asked what she would do next, Mbeki laughed. “Sleep,” she said.

            Noting that he had lost twice, Tom Ulrich conceded. “It is over,” he said.
            """
        #expect(speakers(body) == ["Joan Mbeki", "Carol Reyes", "Joan Mbeki", "Tom Ulrich"])
    }

    @Test func aRoleWithAComplementStandsForThePersonGivenThatWholeRole() {
        // Okonjo was given "the former minister of finance" in apposition, Adeyemi "former
        // Minister of Health" before his name; "the minister of transport" was given to no one.
        let body = """
            Ama Okonjo, the former minister of finance, spoke first. Former Minister of Health Tunde Adeyemi followed. “We were warned,” Adeyemi said.

            The former minister of finance called the plan “reckless”. “Nobody costed it,” the former minister of health said. “It cannot pass,” the minister of transport said.
            """
        #expect(
            speakers(body) == ["Tunde Adeyemi", "Ama Okonjo", "Tunde Adeyemi", "the minister of transport"])
    }

    @Test func aDescriptionIsTheNameItsPersonGave() {
        // "who gave his name only as Ahmed", "identified only as Amina": the name, not the
        // description; "a neighbour, who was angry," gives none.
        let body = """
            “Everything we planted is gone,” said the farmer, who gave his name only as Ahmed.

            “We waited all night,” said a nurse, identified only as Amina, at the clinic.

            “Nobody came,” said a neighbour, who was angry.
            """
        #expect(speakers(body) == ["Ahmed", "Amina", "a neighbour"])
    }

    @Test func aCueAfterWhileIsItsOwnSubjectsAndAPluralTitleStaysOutside() {
        // "while Roche called …" has its own subject, though "said" is the plainer cue before it;
        // "Councillors" is a title of both names, not part of Dunne's.
        let body = """
            Councillors Mark Dunne and Ellen Roche voted against. “Shops will lose trade,” Dunne said, while Roche called the plan “a box-ticking exercise”.
            """
        #expect(speakers(body) == ["Mark Dunne", "Ellen Roche"])
    }

    @Test func theSpokespersonAgainSpeaksForTheOrganisationAsBefore() {
        // The second "spokesperson" is the one brought in by "A spokesperson for …"; a
        // spokeswoman after a spokesman is someone else, left as written.
        let body = """
            A spokesperson for the European Commission said a new framework would take effect. “We expect it to provide legal certainty,” the spokesperson said.

            A spokesman for Harbour Bank declined to comment. “We will not speculate,” the spokeswoman said.
            """
        #expect(speakers(body) == ["European Commission", "the spokeswoman"])
    }

    @Test func anEpithetAfterAPersonBroughtInIsThatPersonNotTheLastSpeaker() {
        // Hradecky spoke last and is a man by his given name; the sentence before the quote turns
        // to Xhaka.
        let body = """
            Leverkusen captain Lukas Hradecky praised the crowd. “You could feel them pushing us,” the goalkeeper said.

            Granit Xhaka was more measured. “We have won nothing yet,” the Swiss midfielder told reporters.
            """
        #expect(speakers(body) == ["Lukas Hradecky", "Granit Xhaka"])
        // The name may follow its role: "Britain's energy secretary, Ed Miliband, said".
        let role = """
            Tina Stege said the talks had reached “the moment of truth”. She added: “Our islands cannot wait.”

            Britain's energy secretary, Ed Miliband, said London wanted a deal. “We are working flat out,” the minister said.
            """
        #expect(speakers(role) == ["Tina Stege", "Tina Stege", "Ed Miliband"])
        // Or after the party and role, with a relative clause before the verb.
        let party = """
            Kiren Rijiju called the walkout unfortunate. “The opposition wants headlines,” Mr Rijiju said.

            Samajwadi Party chief Akhilesh Yadav, whose party has 37 MPs, said farmers would remember. “They will give their answer,” the former chief minister said.
            """
        #expect(speakers(party) == ["Kiren Rijiju", "Akhilesh Yadav"])
    }

    @Test func heAfterSomeoneNewWhoIsOnlyDescribedIsThatPerson() {
        // Mantashe spoke last; the rescue worker, brought in after him past a relative clause,
        // is who "he" stands for.
        let body = """
            Minister Gwede Mantashe visited the site. “It is too early to apportion blame,” he told reporters.

            A rescue worker, who did not want to be named, said conditions were difficult. “There is water coming in,” he said.
            """
        #expect(speakers(body) == ["Gwede Mantashe", "a rescue worker"])
    }

    @Test func aDescribedPersonMayHaveAParticiplePhraseAfterTheNoun() {
        // "A patient waiting outside the hospital": the head is "patient", not "hospital"; she is
        // the patient, not the union leader named before. "A leading economist" is opened by the
        // participle, whose noun comes after it.
        let body = """
            Pat Okoro called the offer “an insult”. She said members would decide next month.

            A patient waiting outside the hospital, who asked not to be named, said her operation had been cancelled. “I understand why they are doing it,” she said.

            A leading economist said the offer was fair. “It is the best they can do,” she said.
            """
        #expect(
            speakers(body) == ["Pat Okoro", "a patient waiting outside the hospital", "a leading economist"])
    }

    @Test func aDescribedPersonsRelativeClauseMayGiveANameBetweenCommas() {
        // "who gave only his first name, Abdi," ends at the comma after the name, not the one
        // before it: the description is still the sentence's subject, and "he" is that man.
        let body = """
            “Parliament has spoken,” said Attorney General Daniel Otieno.

            A 24-year-old from Somalia, who gave only his first name, Abdi, said he had not slept for days. “Today I can breathe,” he said.
            """
        #expect(speakers(body) == ["Daniel Otieno", "a 24-year-old from Somalia"])
    }

    @Test func sheAfterASpokeswomanForANameSpeaksForIt() {
        // "A British Airways spokeswoman said …. she said": the airline, as the description is.
        let body = """
            Sharon Graham said the offer was an insult. “Our members kept this airline flying,” she said.

            A Harbour Airways spokeswoman said the airline would run a full schedule. Asked whether passengers should rebook, she said: “There is no need to change plans.”
            """
        #expect(speakers(body) == ["Sharon Graham", "Harbour Airways"])
    }

    @Test func aStatementFromADescribedOrganisationIsTheOrganisations() {
        // The complement "the ministry" stands for the ministry named before.
        let body = """
            The Harbour Ministry said hospitals were coping. According to a statement from the ministry, “the situation is under control”.
            """
        #expect(speakers(body) == ["Harbour Ministry"])
    }

    @Test func sheAfterAWifeIsTheWifeNotAWomanNamedBefore() {
        // Masinde is a woman the article names first; the wife brought in after her opens the
        // sentence before "she", and her name in apposition makes her Amina.
        let body = """
            Sheila Masinde was cautious. “One conviction does not make a trend,” she said.

            The former mayor's wife, Amina, wept in the gallery. “They have destroyed our family,” she told reporters.
            """
        #expect(speakers(body) == ["Sheila Masinde", "Amina"])
    }

    @Test func aCompanySpokespersonSpeaksForTheBusinessAndTheActivistIsNamed() {
        // "a company spokesperson" after "Meta said": the business just named; "the Austrian
        // activist": the founder named before, as "the Spaniard" would be.
        let body = """
            Meta said it would appeal. “We took immediate action,” a company spokesperson said.

            Max Schrems, founder of the group Noyb, said it was overdue. “Regulators have been far too slow,” the Austrian activist said.
            """
        #expect(speakers(body) == ["Meta", "Max Schrems"])
    }

    @Test func anUnnamedSpokesmanSpeaksForTheOrganisationJustSpeaking() {
        // "a spokesman" after a sentence an organisation opens: its spokesman; after a sentence
        // about no organisation, a description.
        let body = """
            Meta said on Tuesday it would appeal. “We took immediate action,” a spokesman said.

            Fans were angry. “We disagree,” a spokesman said.
            """
        #expect(speakers(body) == ["Meta", "a spokesman"])
    }

    @Test func aGuardOrAnAirForceSpeaksAsADescriptionNotNoOne() {
        // People and bodies whose nouns have no telling ending stay descriptions; a thing does
        // not speak.
        let body = """
            Jets flew over the coast on Monday.

            “We tracked the planes for an hour,” the air force said. “Nobody came in,” the security guard said.

            “It is closed,” the issue said.
            """
        #expect(speakers(body) == ["the air force", "the security guard", nil])
    }

    @Test func theAgencyIsTheOrganisationOpeningTheSentenceBefore() {
        // Not "the rights group" (a kind no name holds), nor an organisation that does not open
        // its sentence.
        let body = """
            The Kerlia Heritage Trust said firefighters were protecting the old town. “Conditions are extreme,” the group said.

            The panel ruled for the Harbour Workers Union. “He must be freed,” the rights group said.

            The crowd, which rallied at Ostrava University, marched on. “Power to the people!” the group shouted.
            """
        #expect(speakers(body) == ["Kerlia Heritage Trust", "the rights group", "the group"])
    }

    @Test func listenersWhoWonderedAreNotTheNameBeforeThem() {
        // "who" stands for the listeners, not for the candidate named before them.
        let body = """
            Joe Madison, a radio host, recalled that Barack Obama was not treated as credibly by his \
            show’s listeners, who wondered about him.

            “I hate to put it that way,” he said.
            """
        #expect(speakers(body) == ["Joe Madison"])
    }

    @Test func aContractedPronounContinuesItsChain() {
        // "She's" is Helen Varga, which keeps her salient for the "she" after Anna Roe.
        let body = """
            Helen Varga spoke on Monday.

            She's the senator for the harbour district, and Anna Roe is her rival.

            “We will not wait another year,” she said.
            """
        #expect(speakers(body) == ["Helen Varga"])
    }

    @Test func theyResolvesToAnOrganisationNotAPerson() {
        let body = """
            The Harbour Authority rejected the offer from Peter Olsen on Friday.

            “The offer was far too low,” they said.
            """
        #expect(speakers(body) == ["Harbour Authority"])
    }

    @Test func itAfterADescribedOrganisationStandsForIt() {
        // The ministry the sentence before opens with speaks, not the bank named earlier; a
        // description that names an organisation of the article stands for it.
        let body = """
            Economists at the Harbour Savings Bank expect no change.

            The finance ministry welcomed the decision. “Growth remains robust,” it said in a statement.

            The Department of Harbour Works answered later. The department rejected the claim. “It is false,” it said.

            The opposition Harbour coalition called for calm. “Stay at home,” it said.

            Norway’s fisheries ministry rejected the plan. “It is unlawful,” it said.

            Jan Varga spoke on Monday. Jan Varga’s campaign backtracked later. “He misspoke,” it said.
            """
        #expect(
            speakers(body) == [
                "the finance ministry", "Department of Harbour Works", "the opposition Harbour coalition",
                "Norway’s fisheries ministry", "Jan Varga",
            ])
    }

    @Test func heAfterADescribedPersonWhenNoOneNamedFitsStandsForThem() {
        // The reporter the sentence before opens with; never "a woman" for "he".
        let body = """
            Police urged people to stay at home.

            A reporter for the local paper called it “absolute chaos.” “We saw people running,” he said.

            A 29-year-old woman was fined. “I regret nothing at all,” he said.
            """
        #expect(speakers(body) == ["a reporter for the local paper", "a reporter for the local paper", nil])
    }

    @Test func theChiefOfANamedOrganisationIsThePersonItIsAffiliatedWith() {
        // Olsen spoke last and is named more often; "the HWU chief" is the union's general
        // secretary, whatever his title's words.
        let body = """
            Mayor Peter Olsen said the strike was illegal. He told reporters the port “must reopen.”

            Harbour Workers Union General Secretary Jan Varga called for calm. “Nobody will be hurt,” the Harbour Workers Union chief said.
            """
        #expect(speakers(body) == ["Peter Olsen", "Jan Varga"])
    }

    @Test func theyAfterDescribedPeopleStandsForThem() {
        // The people the sentence before opens with, not the authority named earlier; comments
        // are no one.
        let body = """
            The Harbour Authority met on Monday.

            Local residents say the water is unsafe. “We cannot drink it,” they said.

            The two companies announced the merger. “This is a great day,” they said in a statement.

            The harsh comments had two aims. “They want us gone,” they said.

            Analysts at Ely Securities said the cut was deep. “This is a disappointing update,” they wrote.
            """
        #expect(
            speakers(body) == [
                "local residents", "the two companies", "Harbour Authority", "analysts at Ely Securities",
            ])
    }

    @Test func theyRunsBackThroughSentencesOpeningWithThey() {
        // "They said" between the researchers and the quote carries "they" back to them, not to the
        // journal named earlier; an unrelated sentence in between breaks the chain.
        let body = """
            The study was published in the Harbour Medical Journal.

            The researchers tracked 78,000 adults. They said the benefit levelled off. “We saw little extra protection,” they wrote.

            The Harbour Authority met on Monday. Local residents complained. The water was brown. The pipes are old. “We cannot drink it,” they said.
            """
        #expect(speakers(body) == ["the researchers", "Harbour Authority"])
    }

    @Test func aNameInsideQuotedWordsIsNeverTheAntecedent() {
        let body = """
            Helen Varga spoke at the council meeting on Tuesday evening.

            “Maria Lopez has misled this council for years,” she said.
            """
        #expect(speakers(body) == ["Helen Varga"])
    }

    @Test func aPronounWithNothingToStandForLeavesNoSpeaker() throws {
        let (article, _) = analyzeMarked("The harbour plan was approved on Monday.\n\n“It is a good day,” she said.")
        let quote = try #require(article.quotes.first)
        #expect(quote.speaker == nil)
        #expect(quote.resolution == .unresolvedPronoun)
        #expect(quote.confidence == 0)
        #expect(article.resolution(of: quote)?.contains("no speaker") == true)
    }

    @Test func explainNamesTheKindOfEntityANameStandsFor() throws {
        let (article, _) = analyzeMarked(
            "The Harbour Workers Union (HWU) met on Monday. “We will strike,” HWU said.")
        let quote = try #require(article.quotes.first)
        try #require(quote.speaker == "Harbour Workers Union")
        #expect(article.resolution(of: quote)?.contains("(the organisation that name stands for") == true)
    }

    @Test func aDescriptionStandsForTheOrganisationHoldingItsHeadNoun() throws {
        let body = """
            The Department of Harbour Works published its report on Monday.

            Critics called the report thin.

            “The report answers every question raised,” the department said.
            """
        let (article, _) = analyzeMarked(body)
        let quote = try #require(article.quotes.first)
        #expect(quote.speaker == "Department of Harbour Works")
        #expect(quote.resolution == .describedEntity)
        #expect(quote.antecedent.map(article.string) == "Department of Harbour Works")
    }

    @Test func aDescriptionStandsForAnOrganisationOfItsKind() {
        // "the agency": a department or an agency's acronym; "the newspaper": the Journal. Not
        // "the company" for an acronym that is no company.
        let body = """
            The Harbour Meteorological Department warned of storms. “The next days are critical,” the agency said.

            The HFA confirmed it was working on the case. “We will not comment,” the agency said.

            The Harbour Journal called for calm. “Nobody should panic,” the conservative newspaper wrote.

            The HLF claimed the attack. “We are not done,” the company said.
            """
        #expect(
            speakers(body) == [
                "Harbour Meteorological Department", "HFA", "Harbour Journal", "the company",
            ])
    }

    @Test func aRelativePronounStandsForTheDescriptionBeforeIt() {
        // "who" after "a harbour official" is that official, not Varga named earlier; after an
        // appositive it is the person the appositive describes.
        let body = """
            Although Jan Varga made no such plans, a harbour official who spoke anonymously said Wednesday, “There are talks.”

            Peter Olsen, a native of Ely who writes fiction on the side, said he would “never stop writing.”
            """
        #expect(speakers(body) == ["a harbour official", "Peter Olsen"])
    }

    @Test func aRelativeAfterAnAppositiveStandsForItsHead() {
        // "who" after "a former Harbour official" in apposition to Olsen is Olsen, not the
        // Harbour Authority named nearer; "a campaign surrogate who said" is the surrogate.
        let body = """
            The Harbour Authority met on Monday. Peter Olsen, a former Harbour Authority official who is now a \
            fellow at the Ely Institute, which works on trade, thinks that support for the plan “should shift.”

            Jan Varga is disavowing remarks made by a campaign surrogate who said voters should not “elect \
            corporate puppets.”
            """
        #expect(speakers(body) == ["Peter Olsen", "a campaign surrogate"])
    }

    @Test func aDescriptionThatNamesNoOneStaysADescription() throws {
        let (article, _) = analyzeMarked("“The plan is dead,” a senior official said.")
        let quote = try #require(article.quotes.first)
        #expect(quote.speaker == "a senior official")
        #expect(quote.speakerEntity == nil)
        #expect(quote.resolution == .description)
    }

    @Test func aDescriptionOfNoOneWhoCanSpeakLeavesNoSpeaker() throws {
        let (article, _) = analyzeMarked("“The plan is dead and buried for good,” the passage said.")
        let quote = try #require(article.quotes.first)
        #expect(quote.speaker == nil)
        #expect(quote.resolution == .noSpeaker)
    }

    @Test func aRepresentativeSpeaksForTheNameItHolds() throws {
        let (article, _) = analyzeMarked(
            "The Harbour Authority met on Monday.\n\n“The plan is dead,” a Harbour Authority spokeswoman said.")
        let quote = try #require(article.quotes.first)
        #expect(quote.speaker == "Harbour Authority")
        #expect(quote.resolution == .describedEntity)
    }

    @Test func aPossessedDocumentToSomeoneSpeaksForItsOwner() {
        // The email speaks for Varga, not for the supporters it goes to.
        let body = """
            Jan Varga campaigned on Monday.

            Varga’s fundraising email to his supporters notes that the mayor “is a fighter for fair wages.”
            """
        #expect(speakers(body) == ["Jan Varga"])
    }

    @Test func aNameModifyingARoleIsNotTheSubjectAPronounContinues() {
        let body = """
            Varga spokeswoman Zrinka Kowalczyk criticised the council on Monday morning.

            “Nice try, but not true,” she said.
            """
        // Helen Varga is named first in the sentence but only as a modifier of "spokeswoman".
        #expect(speakers("Helen Varga spoke first.\n\n" + body) == ["Zrinka Kowalczyk"])
    }

    @Test func aPersonOfAnOrganisationIsTheSpeakerNotTheOrganisation() {
        let body = """
            “The plan is a stretch,” Jeffrey Lewis of the Harbour Institute for Coastal Studies wrote.

            Holger Schmieding of Berenberg, a private bank, warned that “the plan may fail entirely.”
            """
        #expect(speakers(body) == ["Jeffrey Lewis", "Holger Schmieding"])
    }

    @Test func aCampaignBehindABareApostropheSpeaksForItsCandidate() {
        let body = """
            Helen Varius lost the vote on Monday.

            Varius’ campaign called the result a “rush to judgment,” on Tuesday.
            """
        #expect(speakers(body) == ["Helen Varius"])
    }

    @Test func theHeadOfANameRunIsTheSpeaker() throws {
        let (article, _) = analyzeMarked("“We are ready,” said Florida Gov. Helen Varga.")
        let quote = try #require(article.quotes.first)
        #expect(quote.speaker == "Helen Varga")
    }

    @Test func confidenceIsHighForANameByItsCueAndLowerForAGuess() throws {
        let (article, _) = analyzeMarked(
            """
            “We are ready for the vote,” Helen Varga said.

            Peter Olsen wants “a fair and open process for everyone involved in it.”
            """)
        #expect(article.quotes.count == 2)
        #expect(article.quotes[0].confidence >= 0.9)
        #expect(article.quotes[1].confidence < article.quotes[0].confidence)
    }

    @Test func aBareSurnameSharedByTwoPeopleIsTheSalientOne() {
        // Both Varnas are named just before; the mother is the subject, the son is named in her
        // appositive, so "Varnas said" is the mother. Later, with the son the subject, it is he.
        let body = """
            Patricia Varnas, mother of the late Sean Varnas, rejected the claim on Monday.

            “She lied to me,” Varnas said.

            Sean Varnas had served in Libya for years, his friend Tom Roe recalled. Sean Varnas wrote \
            home every week.

            “I am proud of this work,” Varnas once wrote.
            """
        #expect(speakers(body) == ["Patricia Varnas", "Sean Varnas"])
    }

    @Test func aGivenNameCommonToBothGendersStillMarksAPerson() {
        // "Chris" tells no gender, but is a given name: the subject of the sentence before is a
        // person who can be "he", ahead of a man named earlier who spoke last.
        let body = """
            Peter Olsen picked the north route. “It will be the north,” he said.

            Governor Chris Varnas gave a one-word answer to the same question. “South,” he answered.
            """
        #expect(speakers(body) == ["Peter Olsen", "Chris Varnas"])
    }

    @Test func aNameAfterSaidBeforeItsOwnVerbIsNotWhoSpeaks() {
        // "said Olsen continued to …": Olsen is the subject of the clause Kowalczyk reported,
        // so the pronoun after stands for Kowalczyk, the main subject.
        let body = """
            Peter Olsen has fences to mend, as he takes on the council.

            Jonas Kowalczyk, the chairman of the county party, for example, said Olsen continued to \
            hurt his cause. “It has not gone well for him,” he said.
            """
        #expect(speakers(body) == ["Jonas Kowalczyk"])
    }

    @Test func aNameInAnOpeningPlacePhraseIsNotTheSubject() {
        // "At Marlow Heath, where …, Tom Brandt … suggested": the place phrase comes before the
        // subject, so "he" is Brandt, not a "Marlow" mistaken for a person. With no comma the
        // name after the phrase is the subject ("On Friday Jane Varnas delivered").
        let body = """
            Anna Olsen, a Marlow lawyer, said the club was changing.

            At Marlow Heath, where it costs new members $7,000 to join, Tom Brandt, the club's \
            president, suggested that rivals were poorly run. “We are in the pleasing business,” he said.

            On Friday evening Jane Varnas delivered her answer to the board, calling Tom Brandt \
            a friend. “He is right,” she said.
            """
        #expect(speakers(body) == ["Tom Brandt", "Jane Varnas"])
    }

    @Test func aMonthAfterAnArticleIsNoGivenName() {
        // "a June Varnas rally": the month before a surname is a date, not a woman named June.
        let body = """
            At a June Varnas campaign event in Oakdale, 62-year-old Brenda Olsen also railed against \
            the plan. “They should listen,” she said.
            """
        #expect(speakers(body) == ["Brenda Olsen"])
    }

    @Test func aSubjectIsNotWhomItsOwnClauseNamesAfterIt() {
        // "He told Olsen": he is not Olsen, however salient Olsen is; nor is "the candidate" who
        // "said of running against Ms. Varnas" Ms. Varnas.
        let told = """
            Peter Olsen spoke in Oakdale on Monday. “We will win,” Olsen said. Tom Brandt, a radio host, \
            introduced the speakers. The crowd cheered Olsen for a minute. He told Olsen on stage: “You \
            were raised for these times.”
            """
        #expect(speakers(told) == ["Peter Olsen", "Tom Brandt"])
        let described = """
            Jane Varnas leads the race against Anna Roe. Ms. Roe has attacked Ms. Varnas for months.

            “It doesn’t worry me,” the cautious candidate said of running against Ms. Roe.
            """
        #expect(speakers(described) == ["Jane Varnas"])
    }

    @Test func aNameShowingBothGendersLearnsNoneFromAPronoun() {
        // "Mr. Khan" and "Ms. Khan" taken for one person: "he" after the husband does not make
        // the wife's "she" stand for no one.
        let body = """
            Ghazala Khan spoke on Monday. Mr. Khan, who stood beside her, spoke too. “We are proud,” he said.

            Ms. Khan later wrote a letter. She continued: “We are sad.”
            """
        #expect(speakers(body).last == "Ghazala Khan")
    }

    @Test func aPlaceNamedFirstIsNoGuessedSpeaker() {
        // No cue: the last-resort guess takes the first name of the sentence before, never a
        // place.
        let body = """
            The questions came fast. At the news conference in Oslo on Monday after the summit, the \
            first five questioners ranged from skeptical to hostile: “Is it time for your plan to change?”
            """
        #expect(speakers(body) == [nil])
    }

    @Test func aPronounInTheClauseANameOpensPicksTheNamesake() {
        // "said Olsen as he closed out": he tells which Olsen, though the husband was last named
        // long before and the wife just now.
        let body = """
            Peter Olsen came to town on Monday. The hall was full. The band played twice. The crowd \
            sang along. Tickets sold out early. Volunteers handed out flags. The mayor sent a letter. \
            Jane Olsen waved from the stage.

            “We can win on Tuesday,” said Olsen as he closed out.
            """
        #expect(speakers(body) == ["Peter Olsen"])
    }

    @Test func aCapitalisedTitleOfSeveralWordsStandsForItsHolder() {
        // "the Finance Minister", "the Chief Justice": the title written in full and capitalised,
        // as much Commonwealth copy writes it, is the person who holds it.
        let body = """
            Finance Minister Ruth Amadi presented the budget on Friday. Opposition leader Kofi Mensah             called it a gimmick. “It will fail,” Mensah said.

            “We have chosen to invest,” the Finance Minister said.

            Chief Justice Ama Boateng read the ruling. “The law is clear,” the Chief Justice said.
            """
        #expect(speakers(body) == ["Kofi Mensah", "Ruth Amadi", "Ama Boateng"])
    }

    @Test func givenNamesOfMenOutsideTheCensusAgreeWithHe() {
        // "Shan" is a man's name in Pakistan and a family name in China, not a woman's; "Abdu"
        // is a man's: "he" after them goes to the man just named, not to one named earlier.
        let body = """
            Board chairman Karim Shah defended the selectors. “They did their job,” Shah said.

            Team captain Shan Qureshi backed the decision. “We move on,” Qureshi said. He added: \
            “The team comes first.”

            Party leader Musa Danladi accused the commission of fraud. “It was rigged,” Danladi told \
            reporters. He said the party would go to court.

            The commission’s chairman in the state, Prof. Abdu Kwari, rejected the claim. “Every \
            figure was published,” he said.
            """
        #expect(speakers(body) == ["Karim Shah", "Shan Qureshi", "Shan Qureshi", "Musa Danladi", "Abdu Kwari"])
    }

    @Test func aPersonNamedWithInitialsIsSurelyAPersonForHe() {
        // "V.D. Satheesan" tells no gender, but initials make a person as surely as a given name
        // does: "he" right after him is him, not a man named three sentences before.
        let body = """
            Mr. Tom Balan presented the budget on Friday.

            The Minister said it was fair. He said costs would be met.

            Opposition leader R.K. Varghese dismissed the proposals. “This is a gimmick,” he told \
            reporters.
            """
        #expect(speakers(body) == ["R.K. Varghese"])
        // Initials before more words, not initials alone nor an abbreviation.
        #expect(ReferenceTable.opensWithInitials("R.K. Varghese") && ReferenceTable.opensWithInitials("J. Doe"))
        #expect(!ReferenceTable.opensWithInitials("R.K.") && !ReferenceTable.opensWithInitials("R.K. "))
        #expect(!ReferenceTable.opensWithInitials("Dr. Doe") && !ReferenceTable.opensWithInitials("Jane Doe"))
    }

    @Test func anOfficeWrittenBeforeANameIsItsHoldersTitle() {
        // "Cricket Board chairman Imran Butt": "the chairman" after others have spoken is him; a
        // role many share ("Hamas official") gives no title.
        let body = """
            Cricket Board chairman Imran Butt defended the selectors on Sunday.

            “These boys deserve support,” Butt told reporters.

            Former captain Javed Iqbal called the decision a disaster. “It is wrong,” Iqbal said.

            Another former skipper, Rashid Khan, accused the board of interference. “The selectors \
            are not independent,” he said.

            Butt rejected the claim outright.

            “The selectors have full authority,” the chairman said.

            Hamas official Basem Saleh spoke first. A senior Egyptian official said talks went on. \
            “There is progress,” the official said.
            """
        #expect(speakers(body) == ["Imran Butt", "Javed Iqbal", "Rashid Khan", "Imran Butt", "the official"])
    }

    @Test func aSurnameBehindAnArabicArticleNamesItsSpeaker() {
        // "al-Atta said", "said el-Sisi": the name behind a lower-case article is a name, not
        // a word that leaves the quote to the voice before it.
        let body = """
            President Abdel Fattah el-Sisi met Lt. Gen. Yasser al-Atta on Monday.

            “We will go to Jeddah to talk, not to give legitimacy to a militia,” al-Atta said.

            “Egypt supports the talks,” el-Sisi told reporters.
            """
        #expect(speakers(body) == ["Yasser al-Atta", "Abdel Fattah el-Sisi"])
    }

    @Test func theFilipinoParticleDelaJoinsAName() {
        // "Ronald dela Rosa", "dela Rosa told reporters": "dela" (and "delos") join a name as
        // "de la" does.
        let body = """
            Senator Ronald dela Rosa, who led the campaign as police chief, walked out of the hearing.

            “I will not sit here and listen to lies,” dela Rosa told reporters.
            """
        #expect(speakers(body) == ["Ronald dela Rosa"])
    }

    @Test func aSurnameThatNamesAPlaceIsThePersonWhoseGivenNameIsListedWithAGender() {
        // "Leila de Lima … “…,” de Lima said": Lima is a city, but a verb of speech after it makes
        // it the person's surname, whose given name is listed only with its gender.
        let body = """
            Former senator Leila de Lima said the truth would come out.

            “The victims deserve justice,” de Lima said.
            """
        #expect(speakers(body) == ["Leila de Lima"])
    }

    @Test func madamTellsAWomanAndStaysOutsideHerName() {
        // "Madam Wong Siew-lan … Madam Wong said": the honorific is a title, not a given name.
        let body = """
            His wife, Madam Wong Siew-lan, wept in the gallery.

            “We will appeal,” Madam Wong said.
            """
        #expect(speakers(body) == ["Wong Siew-lan"])
    }

    @Test func theDeputyIsAnEpithetForTheLawmakerJustNamed() {
        // "deputy" is a legislator in much of the world's press, as "lawmaker" is.
        let body = """
            Finance Minister Tomas Quiroga said the budget would be balanced.

            Opposition lawmaker Carla Benitez criticised the plan. “They are celebrating while pensioners go hungry,” the leftist deputy said in Spanish.
            """
        #expect(speakers(body) == ["Carla Benitez"])
    }

    @Test func anAppositionWithAnAgeGivesItsRole() {
        // "Arjun Patel, a 45-year-old taxi driver, … “…,” the taxi driver said": the age between
        // the article and the role noun does not end the apposition.
        let body = """
            Prime Minister Rafael Ortega said he respected the right to protest. He told reporters that police would show restraint.

            Among the crowd was Arjun Patel, a 45-year-old taxi driver from Pune, who said he had come to support his niece.

            “She did nothing except speak,” the taxi driver said.
            """
        #expect(speakers(body) == ["Arjun Patel"])
    }

    @Test func aGenderedRoleBeforeRankAbbreviationsTellsTheGender() {
        // "spokesman Pol Col Kittisak …": "spokesman" tells a man though ranks stand between it
        // and the name, so "he" is the spokesman, not the man named before him.
        let body = """
            Prime Minister Thanakorn Boonprasert said the government respected the right to protest.

            “Everyone may speak within the law,” Thanakorn told reporters. He said police had been told to show restraint.

            Deputy police spokesman Pol Col Kittisak Rattanawong said about 8,000 people attended.

            “The situation is under control,” he said.
            """
        #expect(speakers(body) == ["Thanakorn Boonprasert", "Kittisak Rattanawong"])
    }
}
