import Testing

@testable import NQArticle

/// Checks that the name mentions found in a marked text are exactly the marked ones.
func expectMentions(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let sample = MarkedText(marked)
    let found = sample.analyze().markedNameMentions
    #expect(found == sample.marks, "in: \(sample.text)", sourceLocation: sourceLocation)
}

@Suite struct EntityMentionTests {
    @Test func titlesStayOutsideNamesAndTellTheType() {
        expectMentions(
            "⟦o:NATO⟧ Secretary-General ⟦p:Mark Rutte⟧ met Sen. ⟦p:Maria Okafor⟧ and Gov. ⟦p:Peter Lindqvist⟧ in ⟦l:Moscow⟧."
        )
    }

    @Test func aTitlesBodyAfterOfTheStaysOutsideTheHoldersName() {
        // "Leader of the Opposition V.D. Satheesan": the body the title names after "of the" is
        // part of the title, not of an organisation's name holding the person's.
        expectMentions(
            "Leader of the Opposition ⟦p:V.D. Satheesan⟧ walked out. President of the Republic ⟦p:Sergio Bianchi⟧ "
                + "signed it, and Chief of the Army Staff ⟦p:Asim Qureshi⟧ stayed away.")
        // A title of its own inside: the body and the name as before.
        expectMentions("Speaker of the ⟦o:House⟧ Rep. ⟦p:Paul Ryan⟧ spoke.")
    }

    @Test func aModifierOpeningABodysNameAtASentenceStartStays() {
        // "The National Union of Mineworkers said": "National" before a head word and "of" is
        // part of the name, though it opens the sentence; "Confederation" heads a name.
        expectMentions("The ⟦o:National Union of Mineworkers⟧ said the strike would go on.")
        expectMentions("The ⟦o:National Confederation of Industry⟧ said the decision would hurt.")
    }

    @Test func courtFaithAndParliamentTitlesStayOutsideNames() {
        expectMentions(
            "Magistrate ⟦p:Grace Mwangi⟧ heard the case. Coroner ⟦p:Ian Shaw⟧ and Grand Mufti ⟦p:Ahmed Kareem⟧ spoke."
        )
        // Members of parliaments, after their party.
        expectMentions(
            "⟦o:Harbour Congress⟧ MP ⟦p:Mahua Moitra⟧ and ⟦o:Labour⟧ MEP ⟦p:Jan Varga⟧ walked out. PM ⟦p:Varga⟧ spoke."
        )
    }

    @Test func titlesInARowStayOutsideNames() {
        // "Committee Chairman Rep.", a title word in a party's name before a title ("Social
        // Democrats TD"), and parliaments' members of other countries (TD, MPP).
        expectMentions(
            "⟦o:Oversight Committee⟧ Chairman Rep. ⟦p:Jan Varga⟧ met Social Democrats TD ⟦p:Mary Shortall⟧ and ⟦o:NDP⟧ MPP ⟦p:Sol Kakegamic⟧."
        )
    }

    @Test func aGivenNameThatAWhoFollowsIsAPersonAfterAPlacePreposition() {
        // "from Beto" reads as a place by its preposition, but "Beto, who …" shows a person.
        expectMentions(
            "A double from ⟦p:Beto⟧ put the side ahead. ⟦p:Beto⟧, who has scored in three games, said the plan worked."
        )
    }

    @Test func aNameAfterAPlacePrepositionIsAPersonWhenItsSurnameSpeaksAlone() {
        // "from Kemi Adeyinka" reads as a place by its preposition; "Adeyinka, 24," and
        // "Adeyinka said" show a person. "in Port Harcourt" stays a place: its last word never
        // speaks.
        expectMentions(
            "A late goal from ⟦p:Kemi Adeyinka⟧ won it in ⟦l:Port Harcourt⟧. ⟦p:Adeyinka⟧, 24, joined in May. "
                + "\"We kept going,\" ⟦p:Adeyinka⟧ said.")
    }

    @Test func aListedGivenNameAfterFromOpensAPersonsName() {
        // "Arianna" is a listed given name (not of the short list that types names by form);
        // "Carson" is one too, but "City" ends places' names.
        expectMentions(
            "It came in a post from ⟦p:Arianna Vollmer⟧, who lives in ⟦l:Carson City⟧ and writes from ⟦l:Tulsa⟧.")
    }

    @Test func aNameAfterASettlementNounAndOfIsAPlace() {
        // "the town of", "the city of": a settlement's name, though a given name ("Santa") or a
        // particle ("do") would make it a person's; alone, it is a place all the same.
        expectMentions(
            "In the town of ⟦l:Eldorado do Sul⟧, ⟦p:Maria Lopes⟧ waited. Buses left the city of ⟦l:Santa Cruz⟧ "
                + "and the village of ⟦l:Tumbaco⟧ on Monday. It was the state of ⟦p:Okafor⟧’s campaign that "
                + "worried ⟦p:Okafor⟧.")
    }

    @Test func aPlacePrepositionOpeningTheSentenceMakesAPlace() {
        // "In" opens the chunk of capitalised words and is taken off it; it still says "place".
        expectMentions("In ⟦l:Boca Raton⟧, the vote was close. In ⟦l:Porto Velho⟧ it was not.")
    }

    @Test func anOccupationOpeningTheSentenceIsNoPartOfTheName() {
        // Occupations are roles: "Librarian Dolores Ng", "Paramedic Sean Boyle" name people, whose
        // names start after the role.
        expectMentions(
            "Librarian ⟦p:Dolores Ng⟧ has worked there for 31 years. Paramedic ⟦p:Sean Boyle⟧ agreed. "
                + "The pharmacist ⟦p:Ruth Adeyemi⟧ did not. Forecaster ⟦p:Sam Collins⟧ said so. Referee "
                + "⟦p:Anna Lindqvist⟧ waited.")
    }

    @Test func aMembersSeatAfterTheTitleIsAPlace() {
        // "MP for Kettering": the seat is a place, not a person titled MP.
        expectMentions(
            "⟦p:Helen Okafor⟧, the ⟦o:Labour⟧ MP for ⟦l:Sheffield Central⟧, agreed. The MP for ⟦l:Kettering⟧ did not."
        )
    }

    @Test func headsOfGovernmentCouncilsAndRanksStayOutsideNames() {
        expectMentions(
            "Taoiseach ⟦p:Niall Byrne⟧ met Tánaiste ⟦p:Aoife Walsh⟧ and Lord Mayor ⟦p:Ruth Okoro⟧. Councillor "
                + "⟦p:Tom Adair⟧, Brigadier ⟦p:Sam Oduya⟧ and Emir ⟦p:Tamim Saleh⟧ stayed away.")
    }

    @Test func aTitleMakesAGivenNameAndAPlaceWordAPerson() {
        // "Park" and "Street" end places' names, but after a person's title they are surnames.
        expectMentions("The lawyers argued. Judge ⟦p:Helen Park⟧ disagreed, and Senator ⟦p:Ann Street⟧ agreed.")
    }

    @Test func aNameInAppositionToABodysNounIsAnOrganisation() {
        expectMentions(
            "The breach was found by a security firm, ⟦o:Blackwater Analytics⟧, during an audit. A consulting "
                + "firm, ⟦o:Zorvix⟧, checked it.")
    }

    @Test func anOrdinaryWordBeforeAPlaceNamesABody() {
        // "focus" is an ordinary word of the article; "Raynard" is no word at all.
        expectMentions(
            "The figures are a national emergency, according to ⟦o:Focus Ireland⟧, whose focus is housing. "
                + "⟦p:Raynard Jackson⟧ agreed. In ⟦l:Mississippi⟧ they did not.")
    }

    @Test func politicalPartiesOfManyCountriesAreKnownBodies() {
        // Listed in organizations.txt; without the list they read as people's names.
        expectMentions(
            "⟦o:Sinn Féin⟧'s housing spokesman ⟦p:Eoin Ó Broin⟧ disagreed, as did ⟦o:Fine Gael⟧ and "
                + "⟦o:Fianna Fáil⟧. ⟦o:Likud⟧ and ⟦o:Fidesz⟧ won; ⟦o:Plaid Cymru⟧ lost.")
    }

    @Test func aPortfolioWithNoNameAfterItNamesNoOne() {
        // "for Housing" is the title's portfolio: no person "Housing".
        expectMentions("Figures rose. The Minister for Housing, ⟦p:Darragh O'Brien⟧, said it was fine.")
    }

    @Test func aPortfolioTitleOrARoleInAppositionMakesAPlaceWordASurname() {
        // "Health Minister" is a title of two words; "A spokeswoman, …," gives a role.
        expectMentions(
            "Health Minister ⟦p:Ryan Park⟧ said it would take time. On Monday, Foreign Secretary ⟦p:Ivy Hill⟧ "
                + "agreed. A spokeswoman, ⟦p:Linda Park⟧, declined to comment.")
    }

    @Test func aRoleOpeningASentenceIsNoPartOfTheName() {
        // A role noun capitalised only because it opens the sentence ("Economist" also names a
        // magazine).
        expectMentions(
            "Pollster ⟦p:Claire Fontaine⟧ said so. Economist ⟦p:Saul Eslake⟧ agreed. Novelist ⟦p:Anna Berg⟧ did not.")
        // A given name alone after the role, and a name that puts the family name first.
        expectMentions("The tour ended. Singer ⟦p:Beatriz⟧ was tired. Economist ⟦p:Goh Seng Kiat⟧ disagreed.")
        // People by what they do or suffer, not only by office.
        expectMentions("Commuter ⟦p:Alice Njeri⟧ walks. Pensioner ⟦p:Tom Berg⟧ waits. Nurse ⟦p:Ana Lima⟧ agreed.")
    }

    @Test func brandsSpelledWithALowerCaseInitialAreOrganisations() {
        // Not an abbreviation ("mRNA", "iOS") or a handle ("@easyTweets").
        expectMentions(
            "⟦o:Ryanair⟧ cut fares, and ⟦o:easyJet⟧ followed. Sellers on ⟦o:eBay⟧ use mRNA apps on iOS, "
                + "says @realWriter.")
    }

    @Test func anAppositiveNamingABodyMakesAnOrganisation() {
        // "Veridan" is in no list; "a digital rights group" says what it is.
        expectMentions("Critics were harsh. ⟦o:Veridan⟧, a digital rights group, called it weak.")
    }

    @Test func aVerbOfSpeechOpeningASentenceIsNoPartOfTheName() {
        expectMentions(
            "Nurses are tired. Says ⟦p:Maria Lopez⟧, a nurse: “We are exhausted.” Added ⟦p:Tom Berg⟧: “So are we.”")
    }

    @Test func chiefAndFirstMinistersStayOutsideNames() {
        // After a place the title is read as one ("Chief Minister"), not "Chief" and a name
        // "Minister Jane Rao".
        expectMentions(
            "Kerala Chief Minister ⟦p:Jane Rao⟧ met First Minister ⟦p:Rhodri Evans⟧ and Deputy Chief Minister "
                + "⟦p:Anil Mehta⟧.")
    }

    @Test func aHyphenatedRoleOpeningASentenceIsNoPartOfTheName() {
        expectMentions(
            "The plan passed. Actor-politician ⟦p:Vijay⟧ backed it. Singer-songwriter ⟦p:Rosa Lind⟧ did not.")
    }

    @Test func parliamentsAreOrganisations() {
        expectMentions("The ⟦o:Lok Sabha⟧ passed the bill, and the ⟦o:Verkhovna Rada⟧ and the ⟦o:Storting⟧ debated it.")
    }

    @Test func aKnownPlaceShoutedAtADatelineIsKeptWhole() {
        // "NEW" opening the line is no common word to drop: the place is New York.
        expectMentions("⟦l:NEW YORK⟧ (⟦o:AP⟧) — Stocks fell.\n\n⟦l:RIO DE JANEIRO⟧ — Leaders met in ⟦l:New York⟧.")
        let article = ArticleAnalyzer().analyze(
            id: "t", source: "<test>", text: ArticleText("Title\n\nNEW DELHI (PTI) — The house met in New Delhi.\n"))
        #expect(article.entities.filter { $0.type == .place }.map(\.name) == ["New Delhi"])
    }

    @Test func andInsideAnOrganisationsName() {
        // "and" joins words to a name ending in an organisation's head word after "the"; not two
        // organisations, nor an acronym and a name, nor a name whose head comes before "of".
        expectMentions(
            "The ⟦o:Food and Drug Administration⟧ and the ⟦o:Harbour Safety and Standards Authority⟧ met the ⟦o:Treasury Department⟧ and ⟦o:Justice Department⟧."
        )
        expectMentions(
            "The ⟦o:FBI⟧ and ⟦o:Justice Department⟧ spoke. Members of the ⟦o:National Association of Ship Pilots⟧ and ⟦o:National Association of Deck Officers⟧ agreed."
        )
    }

    @Test func armedForcesFrontsAndSportsChannelsAreOrganisations() {
        expectMentions(
            "The ⟦o:Rapid Defence Forces⟧ denied it. The ⟦o:Popular Liberation Front⟧ and the ⟦o:Harbour Brigades⟧ fought on. ⟦p:Lars Haugen⟧ told ⟦o:Sky Sports⟧ it was over."
        )
    }

    @Test func portugueseDoJoinsPlaceNames() {
        expectMentions(
            "Floods hit ⟦l:Rio Grande do Sul⟧ and ⟦l:Rio de Janeiro⟧ on Monday, and ⟦l:Ciudad del Este⟧ was spared."
        )
    }

    @Test func aPortfolioAfterATitlesParticleBelongsToTheTitle() {
        // "Minister for Foreign Affairs Ishaq Khan": the portfolio is no part of the name; a
        // place after a party label is a place ("Republican of South Carolina").
        expectMentions(
            "Minister of Finance ⟦p:Jane Roe⟧ met Minister for Foreign Affairs ⟦p:Ishaq Khan⟧ and Director of National Intelligence ⟦p:Tom Kerr⟧. ⟦p:Lena Graham⟧, a Republican of ⟦l:South Carolina⟧, agreed."
        )
        let article = ArticleAnalyzer().analyze(
            id: "t", source: "<test>", text: ArticleText("Title.\n\nSecretary of State Tom Kerr spoke on Monday.\n"))
        #expect(article.entities.first?.title == "Secretary of State")
    }

    @Test func sentenceInitialWordsAreNotNames() {
        expectMentions(
            "Despite the warnings, ⟦p:Helga Brandt⟧ stayed. Additionally, she spoke. Meanwhile ⟦l:Germany⟧ waited. Asked about it, ⟦p:Brandt⟧ smiled."
        )
    }

    @Test func aSentenceOpeningGivenNameThatIsAlsoAWordOpensAName() {
        expectMentions(
            "⟦p:Jan Varga⟧ spoke first. ⟦p:Christian Olsen⟧ agreed. Will voters care? May they rest."
        )
    }

    @Test func possessivesAndInitialsAreHandled() {
        expectMentions(
            "⟦p:Dinesh D’Souza⟧ praised ⟦p:J. K. Rowling⟧’s book. ⟦p:D’Souza⟧’s film and ⟦p:Rowling⟧'s fans were there."
        )
    }

    @Test func trumpTowerIsNoPerson() {
        let sample = MarkedText(
            "⟦p:Donald Trump⟧ spoke at ⟦l:Trump Tower⟧ in ⟦l:New York⟧. ⟦p:Trump⟧ left.")
        let article = sample.analyze()
        #expect(article.markedNameMentions == sample.marks)
        #expect(article.entity(named: "Trump Tower")?.type != .person)
        #expect(article.entity(named: "Donald Trump")?.mentionCount == 2)
    }

    @Test func contextGivesLoneSurnamesTheirType() {
        expectMentions(
            "Officials said the plan works. “We will win,” ⟦p:Evans⟧ said. ⟦p:Okafor⟧, who leads the group, agreed."
        )
    }

    @Test func aSentenceOpeningWordALaterSentenceNamesIsAMention() {
        // Nothing but "said" later shows that "Okafor" is a person; the sentence it opens first
        // still mentions her.
        expectMentions(
            "⟦p:Okafor⟧ also addressed the concerns on Thursday. ⟦p:Okafor⟧ said it was fine."
        )
    }

    @Test func aNationalityWordIsASurnameOnlyWhereASurnameStands() {
        // "English said" after Tom English is him; "English teachers" is no one.
        expectMentions(
            "On Monday, ⟦p:Tom English⟧ spoke first. Later, ⟦p:English⟧ said it works. Some English teachers agreed, "
                + "and “it is fine,” ⟦p:English⟧ said."
        )
    }

    @Test func ofTwoNamesakesNamedInOneSentenceABareSurnameIsTheFirst() throws {
        // The sentence is about Jane Olsen; her husband is named in it too, after her.
        let sample = MarkedText(
            "⟦p:Jane Olsen⟧, whose husband, ⟦o:Navy⟧ officer ⟦p:Tom Olsen⟧, died in 2012, spoke on Thursday. "
                + "Though moved, ⟦p:Olsen⟧ said she does not agree.")
        let article = sample.analyze()
        #expect(article.markedNameMentions == sample.marks)
        let bare = try #require(article.mentions.last)
        #expect(article.entities[bare.entity].name == "Jane Olsen")
    }

    @Test func initialsOpenAPersonButAKnownAbbreviationDoesNot() {
        // "J.M." is all capitals like an acronym; "U.S." is a place, and "While" after its period
        // opens a sentence the splitter kept whole.
        expectMentions(
            "“It grew,” said ⟦p:J.M. Berger⟧. ⟦p:Donald Trump⟧ called to ban visitors to the ⟦l:U.S.⟧ While ⟦p:Hillary Clinton⟧ has condemned it."
        )
    }

    @Test func anAdverbMayStandBetweenASurnameAndItsVerbOfSpeech() {
        expectMentions("⟦p:Varek⟧ openly admitted that the pick was political.")
    }

    @Test func washingtonTheCityAndTheNewspaper() {
        expectMentions(
            "The ⟦o:Washington Post⟧ reported that ⟦p:Ada Moreno⟧ flew to ⟦l:Washington⟧ on Friday.")
    }

    @Test func dottedAbbreviationsArePlaces() {
        let sample = MarkedText(
            "The ⟦l:U.S.⟧ and ⟦l:the United Kingdom⟧ agreed. Troops left the ⟦l:U.S.⟧")
        let article = sample.analyze()
        let found = article.markedNameMentions.map(\.text)
        #expect(found == ["U.S.", "United Kingdom", "U.S."])
        #expect(article.entity(named: "United States", .place)?.mentionCount == 2)
    }

    @Test func organisationsByFormAndAcronym() {
        expectMentions(
            "The ⟦o:European Commission⟧ and the ⟦o:Department of Justice⟧ wrote to ⟦o:Halvorsen Shipping Company⟧ and the ⟦o:IAEA⟧."
        )
    }

    @Test func aKnownOrganisationsNationalBranchIsAnOrganisation() {
        expectMentions("⟦o:Oxfam Kenya⟧ and ⟦o:Human Rights Watch⟧ wrote to ⟦p:Jane Doe⟧ in ⟦l:Nairobi⟧.")
    }
}

@Suite struct EntityLinkingTests {
    @Test func surnameJoinsFullNameWithTitleAndAffiliation() throws {
        let article = MarkedText(
            "NATO Secretary-General Mark Rutte praised the plan. Rutte said more was needed. “We will,” Rutte told reporters."
        ).analyze()
        let rutte = try #require(article.entity(named: "Mark Rutte", .person))
        #expect(rutte.title == "Secretary-General")
        #expect(rutte.affiliation == "NATO")
        #expect(rutte.mentionCount == 3)
        #expect(rutte.aliases.contains("Rutte"))
        #expect(rutte.aliases.contains("NATO Secretary-General Mark Rutte"))
        #expect(article.entities.filter { $0.type == .person }.count == 1)
    }

    @Test func aShoutedDatelinePlaceIsThePlaceOfTheText() throws {
        let article = MarkedText(
            "NAIROBI, Kenya — Police fired tear gas in Nairobi on Tuesday. The U.S. embassy in NEW YORK was shut."
        ).analyze()
        let nairobi = try #require(article.entity(named: "Nairobi", .place))
        #expect(nairobi.mentionCount == 2)
        #expect(article.entity(named: "NAIROBI", .place) == nil)
        #expect(article.entity(named: "New York", .place) != nil)
        #expect(article.entities.contains { $0.name == "U.S." || $0.name == "United States" })
    }

    @Test func aDoubleSurnameJoinsTheFullName() throws {
        let article = MarkedText(
            "President Andrés Manuel López Obrador spoke on Monday. “No,” López Obrador said. Later López Obrador left."
        ).analyze()
        let president = try #require(article.entity(named: "Andrés Manuel López Obrador", .person))
        #expect(president.mentionCount == 3)
        #expect(article.entities.filter { $0.type == .person }.count == 1)
    }

    @Test func aMiddleNameJoinsTheFullName() throws {
        // "Lula" of "Luiz Ignacio Lula da Silva", "Acosta" of "Melba Acosta Febo"; not a word of a
        // show's name ("Rachel Maddow Show").
        let article = MarkedText(
            "President Luiz Ignacio Lula da Silva spoke. “We are back,” Lula said. Melba Acosta Febo agreed, "
                + "and Ms. Acosta said so on The Rachel Maddow Show. “It went well,” Maddow said."
        ).analyze()
        let lula = try #require(article.entity(named: "Luiz Ignacio Lula da Silva", .person))
        #expect(lula.mentionCount == 2)
        #expect(article.entity(named: "Melba Acosta Febo", .person)?.mentionCount == 2)
        #expect(article.quotes.map(\.speaker) == ["Luiz Ignacio Lula da Silva", "Maddow"])
    }

    @Test func namesakesGoToTheNearestFullName() throws {
        let article = MarkedText(
            "Anna Kowalski met Tomasz Kowalski. Later Tomasz Kowalski left, and Kowalski never came back."
        ).analyze()
        let tomasz = try #require(article.entity(named: "Tomasz Kowalski"))
        #expect(tomasz.mentionCount == 3)
        #expect(article.entity(named: "Anna Kowalski")?.mentionCount == 1)
    }

    @Test func aBareSurnameCountsForThePersonItNamed() throws {
        // The namesake named most often so far, bare surnames included: not the husband named in
        // full twice after three "Lindqvist"s that meant her.
        let filler = String(repeating: "The ferry was late and the harbour was cold that week. ", count: 7)
        let article = MarkedText(
            "Maria Lindqvist leads the party. Lindqvist spoke in Oslo. Lindqvist spoke in Bergen. "
                + "Lindqvist spoke in Narvik. Her husband, Erik Lindqvist, came along, and Erik Lindqvist paid. "
                + filler + "Lindqvist returned home."
        ).analyze()
        let maria = try #require(article.entity(named: "Maria Lindqvist"))
        #expect(maria.mentionCount == 5)
        #expect(article.entity(named: "Erik Lindqvist")?.mentionCount == 2)
    }

    @Test func aTitleBeforeOfAnOrganisationIsNoPartOfItsName() {
        // "CEO of Harbour Restaurant Association" names the association; "Secretary of State"
        // stays a title phrase.
        let article = MarkedText(
            "Ada Moreno is CEO of Harbour Restaurant Association. Secretary of State Jan Varga spoke."
        ).analyze()
        #expect(article.entity(named: "Harbour Restaurant Association", .organization) != nil)
        #expect(!article.entities.contains { $0.name.hasPrefix("CEO") })
        #expect(article.entity(named: "Jan Varga", .person)?.title?.contains("Secretary") == true)
    }

    @Test func anAdverbOpeningASentenceIsNoPartOfAName() {
        let article = MarkedText(
            "The party was founded in 1990 by Jan Varga. Interestingly Varga, a wealthy industrialist, never ran."
        ).analyze()
        #expect(article.entity(named: "Jan Varga")?.mentionCount == 2)
        #expect(!article.entities.contains { $0.name.hasPrefix("Interestingly") })
    }

    @Test func aNationalityThatIsAGivenNameOpensAPersonsName() {
        // "German Ortega" is a man, not an Ortega from Germany; "a German Shepherd" and "German
        // Chancellor Jan Varga" keep the nationality apart.
        let article = MarkedText(
            "Freddy Ortega directed the play, said German Ortega, its star. German Chancellor Jan Varga came, "
                + "and they saw a German Shepherd."
        ).analyze()
        #expect(article.entity(named: "German Ortega", .person) != nil)
        #expect(article.entity(named: "Freddy Ortega")?.mentionCount == 1)
        #expect(article.entity(named: "Jan Varga", .person)?.affiliation == "Germany")
        #expect(!article.entities.contains { $0.name == "German Shepherd" })
    }

    @Test func aNationalityNounIsNoName() {
        // "the Spaniard said" and "the Scot said": a person by nationality, not a person named
        // Spaniard; "Scot" is also a given name, which opens a name of two words.
        let article = MarkedText(
            "“We deserved more,” the Spaniard said. “We move on,” the Scot said. Scot Dunmore agreed."
        ).analyze()
        #expect(!article.entities.contains { $0.name == "Spaniard" || $0.name == "Scot" })
        #expect(article.entity(named: "Scot Dunmore", .person) != nil)
        // "Dane" and "Finn" are given names too, and nouns of nationality after "the".
        let nouns = MarkedText(
            "“The lads never stopped,” the Dane said. “It hurts,” the Finn said. Dane Coles agreed."
        ).analyze()
        #expect(!nouns.entities.contains { $0.name == "Dane" || $0.name == "Finn" })
        #expect(nouns.entity(named: "Dane Coles", .person) != nil)
    }

    @Test func aClubAndARoleBeforeANameAreKnown() {
        // A football club is an organisation, not a person named Aston Villa; "boss" before a
        // name is a role.
        let article = MarkedText("Aston Villa lost again. Villa boss Tomas Vidal was angry.").analyze()
        #expect(article.entity(named: "Aston Villa", .organization) != nil)
        #expect(article.entity(named: "Tomas Vidal", .person) != nil)
    }

    @Test func anOrganisationHeadedBeforeOfKeepsItsHeadWordAndAcronyms() throws {
        // The headline makes "Bank" a word to check against lower-case use ("the central bank"),
        // which must not cut "Bank" off "The Bank of Kerlia"; "BOK" and "BoK" are its acronyms,
        // and "Securities" ends a company's name.
        let article = MarkedText(
            """
            Bank of Kerlia holds steady

            The Bank of Kerlia kept rates unchanged. The central bank said prices would slow. The BOK \
            is behind the curve, said an economist at Ostrava Securities. Critics of the BoK agreed.
            """
        ).analyze()
        let bank = try #require(article.entity(named: "Bank of Kerlia", .organization))
        #expect(bank.mentionCount == 3)
        #expect(article.entity(named: "Ostrava Securities", .organization) != nil)
    }

    @Test func aSingleWordTheContextShowsToBeACompanyIsAnOrganisation() {
        // No list knows these words; "its" after a verb, a stake, staff "at", and a company's
        // possessions tell an organisation, which a later "said" must not make a person. Ostrander
        // owns by "his" and stays a person; "Kerlton and its" has no verb between.
        let article = MarkedText(
            """
            Voltrana cut its forecast on Thursday. Voltrana said the shortage would last. Brakmo said its \
            plants would hire. Shares in Safrinet fell, said an analyst at Stelvik. Lufrano's shares rose. \
            Ostrander said his plan was fine. The region includes Kerlton and its port. “No,” a Metrix \
            spokesperson said.
            """
        ).analyze()
        for name in ["Voltrana", "Brakmo", "Safrinet", "Stelvik", "Lufrano", "Metrix"] {
            #expect(article.entity(named: name)?.type == .organization, "\(name)")
        }
        #expect(article.entity(named: "Ostrander")?.type == .person)
        #expect(article.entity(named: "Kerlton")?.type != .organization)
    }

    @Test func aShoutedWordOpeningADatelineIsAPlace() {
        // No list knows these towns; a shouted word elsewhere is still an organisation's acronym.
        for line in [
            "KERLTON, Alberta — Fires spread.", "OSTRAVIK (Reuters) - Fires spread.", "BRAKVIK — Fires spread.",
        ] {
            let article = MarkedText(line + " The HWU said so.").analyze()
            let place = article.entities.first { $0.name.uppercased() == line.prefix { $0.isLetter } }
            #expect(place?.type == .place, "\(line)")
            #expect(article.entity(named: "HWU")?.type == .organization)
        }
    }

    @Test func nationalitiesLinkToTheirPlaceWithoutCounting() throws {
        let article = MarkedText("Russian President Vladimir Putin spoke. Russia’s troops stayed.")
            .analyze()
        let russia = try #require(article.entity(named: "Russia", .place))
        #expect(russia.mentionCount == 1)
        #expect(russia.aliases.contains("Russian"))
        #expect(article.entity(named: "Vladimir Putin")?.affiliation == "Russia")
        #expect(article.entity(named: "Vladimir Putin")?.title == "President")
    }

    @Test func titlesLinkToThePersonHoldingThem() throws {
        let article = MarkedText(
            "NATO Secretary-General Mark Rutte met U.S. President Donald Trump. The NATO chief spoke first; the president replied."
        ).analyze()
        let titleMentions = article.mentions.filter { $0.form == .title }
        #expect(
            titleMentions.map { article.entities[$0.entity].name } == ["Mark Rutte", "Donald Trump"])
        #expect(titleMentions.map { article.string($0.span) } == ["chief", "president"])
        #expect(article.entity(named: "Mark Rutte")?.aliases.contains("The NATO chief") == true)
        #expect(article.entity(named: "Donald Trump")?.mentionCount == 2)
    }

    @Test func everyMentionOverlapsItsEntity() throws {
        let article = MarkedText("Ada Moreno arrived. Moreno said hello, and Moreno left.").analyze()
        let layer = EntityLayer(entities: article.entities, mentions: article.mentions)
        for mention in article.mentions {
            let found = try #require(layer.mention(overlapping: mention.span))
            #expect(layer.entities[layer.mentions[found].entity].name == "Ada Moreno")
        }
    }
}

@Suite struct EntityDemoArticleTests {
    @Test func demoArticleEntities() throws {
        let article = try demoArticle()
        let people = Set(article.entities.filter { $0.type == .person }.map(\.name))
        #expect(
            people == [
                "Mark Rutte", "Donald Trump", "Jens Stoltenberg", "Steve Witkoff", "Vladimir Putin",
            ])
        let organizations = Set(article.entities.filter { $0.type == .organization }.map(\.name))
        #expect(organizations.isSuperset(of: ["NATO", "European Commission"]))
        let places = Set(article.entities.filter { $0.type == .place }.map(\.name))
        #expect(places.isSuperset(of: ["United Kingdom", "Germany", "Russia", "Ukraine", "Moscow"]))
        let rutte = try #require(article.entity(named: "Mark Rutte"))
        #expect(rutte.title == "Secretary-General")
        #expect(rutte.affiliation == "NATO")
        #expect(rutte.aliases.contains("Rutte"))
        #expect(rutte.mentionCount >= 7)
        #expect(rutte.aliases.contains("NATO Chief"))
        #expect(article.entity(named: "Donald Trump")?.aliases.contains("the president") == true)
        // Mentions are in text order and each one's words name its entity.
        for (previous, next) in zip(article.mentions, article.mentions.dropFirst()) {
            #expect(previous.span.start < next.span.start)
        }
        for mention in article.mentions
        where article.entities[mention.entity].type == .person && mention.form == .name {
            #expect(
                article.entities[mention.entity].isNamed(
                    article.string(mention.span).split(separator: " ").last.map(String.init) ?? ""))
        }
    }

    @Test func asianHonorificsAndMinisterOfStateStayOutsideTheName() {
        // "Madam", "Datuk", "Tan Sri" and "Senior Minister of State" are titles, as "Mrs" is.
        expectMentions(
            "Madam ⟦p:Wong Siew-lan⟧ met Datuk ⟦p:Ahmad Rosli⟧, Tan Sri ⟦p:Lim Boon Keat⟧ and Senior Minister of State ⟦p:Mary Tan⟧."
        )
    }
}
