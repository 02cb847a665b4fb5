import Testing

@testable import NQArticle

/// One person, one identity across the articles of a corpus.
@Suite struct IdentityTableTests {
    /// An analysed article with the given body.
    func article(_ id: String, _ body: String) -> Article {
        ArticleAnalyzer().analyze(id: id, source: id, text: ArticleText("Test headline\n\n" + body))
    }

    /// The identity name each article gives the person it calls `written`.
    func identityNames(_ articles: [Article], of written: String) -> [String] {
        let table = IdentityTable(articles: articles)
        return articles.enumerated().compactMap { index, article in
            guard let entity = article.entities.firstIndex(where: { $0.isNamed(written) }) else { return nil }
            return table.identities[table.identity(article: index, entity: entity)].name
        }
    }

    @Test func middleInitialsAndBareSurnamesJoinTheOnePerson() {
        let articles = [
            article("a", "Donald Trump spoke in Ohio on Monday."),
            article("b", "Donald Trump spoke in Iowa on Tuesday."),
            article("c", "Donald J. Trump spoke in Maine on Friday."),
            article("d", "Mr. Trump spoke in Texas on Saturday."),
        ]
        #expect(identityNames(articles, of: "Trump") == Array(repeating: "Donald Trump", count: 4))
        let table = IdentityTable(articles: articles)
        let person = table.identities.first { $0.name == "Donald Trump" }
        #expect(person?.id == "person:donald-trump")
        #expect(person?.articles == 4)
        #expect(person?.forms.map(\.name).contains("Donald J. Trump") == true)
    }

    @Test func aNameByItsMiddleNameJoinsTheFullerName() {
        let articles = [
            article("a", "President Luiz Ignacio Lula da Silva spoke in Brasilia on Monday."),
            article("b", "Ignacio Lula da Silva spoke in Recife on Tuesday."),
            article("c", "Recep Tayyip Erdogan spoke in Ankara on Monday."),
            article("d", "Recep Tayyip Erdogan spoke in Izmir on Tuesday."),
            article("e", "Tayyip Erdogan met the press in Bursa on Friday."),
        ]
        #expect(
            identityNames(articles, of: "Silva") == ["Luiz Ignacio Lula da Silva", "Luiz Ignacio Lula da Silva"])
        #expect(identityNames(articles, of: "Erdogan") == Array(repeating: "Recep Tayyip Erdogan", count: 3))
    }

    @Test func aBareNameThatIsAMiddleNameJoinsTheFullerName() {
        // "Lula" is nobody's surname: the fuller name known by it, named as often, is his. A bare
        // "Francis" named in more articles than the one "James Francis Kettle" stays apart.
        let articles = [
            article("a", "President Luiz Ignacio Lula da Silva spoke in Brasilia on Monday."),
            article("b", "President Lula spoke in Recife on Tuesday."),
            article("c", "Cardinal James Francis Kettle spoke in Oslo on Monday."),
            article("d", "Pope Francis spoke in Rome on Monday."),
            article("e", "Pope Francis spoke in Assisi on Tuesday."),
        ]
        #expect(identityNames(articles, of: "Lula") == ["Luiz Ignacio Lula da Silva", "Luiz Ignacio Lula da Silva"])
        #expect(identityNames(articles, of: "Francis") == ["James Francis Kettle", "Francis", "Francis"])
    }

    @Test func aMiddleNameJoinsNoNameLessNamedOrASuffix() {
        // A run caught before a name ("Chief of Staff Zorvak Kettle" read as "Staff Zorvak
        // Kettle", keyed "staff kettle") named in fewer articles than Zorvak Kettle takes no one;
        // "Paul" of "John Paul II" is no middle name.
        let articles = [
            article("a", "Zorvak Kettle spoke in Oslo on Monday."),
            article("b", "Zorvak Kettle spoke in Bergen on Tuesday."),
            article("c", "Chief of Staff Zorvak Kettle spoke in Bergen on Tuesday."),
            article("d", "Pope John Paul II visited Oslo in 1989."),
            article("e", "A man calling himself Paul Paul spoke in Oslo on Monday."),
        ]
        let names = Set(IdentityTable(articles: articles).identities.filter { $0.type == .person }.map(\.name))
        #expect(names.contains("Zorvak Kettle"))
        #expect(names.contains("Paul Paul"))
    }

    @Test func relativesWithTheSameSurnameStayApart() {
        let articles = [
            article("a", "Donald Trump spoke in Ohio on Monday."),
            article("b", "Eric Trump spoke in Iowa on Tuesday."),
        ]
        let table = IdentityTable(articles: articles)
        let names = Set(table.identities.filter { $0.type == .person }.map(\.name))
        #expect(names == ["Donald Trump", "Eric Trump"])
    }

    @Test func aBareSurnameSharedByTwoPeopleIsNotMergedIntoEither() {
        let articles = [
            article("a", "Anna Berg spoke in Oslo on Monday."),
            article("b", "Lars Berg spoke in Bergen on Tuesday."),
            article("c", "In Tromsø on Friday, Berg said the plan was good."),
        ]
        #expect(identityNames(articles, of: "Berg") == ["Anna Berg", "Lars Berg", "Berg"])
    }

    @Test func aBareSurnameJoinsItsDominantBearer() {
        var articles = (0..<3).map { article("a\($0)", "Anna Berg spoke in Oslo on Monday.") }
        articles.append(article("b", "Lars Berg spoke in Bergen on Tuesday."))
        articles.append(article("c", "In Tromsø on Friday, Berg said the plan was good."))
        #expect(identityNames(articles, of: "Berg").last == "Anna Berg")
    }

    @Test func aSpeakersTableNamesTheSpeakersAsTheWholeTableDoes() {
        let article = article(
            "a",
            """
            "We will not sign it," Mark Rutte said on Monday. "Nor will we," said Recep Tayyip Erdogan. \
            Rutte spoke to Angela Merkel in Berlin, and Tayyip Erdogan to the United Nations.
            """)
        let whole = IdentityTable(articles: [article])
        let speakers = IdentityTable(speakersOf: article)
        let spoken = Set(article.quotes.compactMap(\.speakerEntity))
        #expect(!spoken.isEmpty)
        #expect(speakers.identities.count < whole.identities.count, "only speakers are described")
        for entity in spoken {
            let identity = speakers.identity(article: 0, entity: entity)
            let expected = whole.identities[whole.identity(article: 0, entity: entity)]
            #expect(speakers.identities[identity].id == expected.id)
            #expect(speakers.identities[identity].name == expected.name)
            #expect(speakers.identities[identity].forms.map(\.name) == expected.forms.map(\.name))
        }
    }

    @Test func aSpeakersTableGathersOnlyNamesSharingAWordWithTheSpeakers() {
        // Erdogan's fuller name shares his words, and "Recep Ozturk" shares "Recep" with it: both
        // are gathered. Angela Merkel and the cities share no word with any of them.
        let article = article(
            "a",
            """
            "We will not sign it," Tayyip Erdogan said on Monday. Recep Tayyip Erdogan met Angela Merkel \
            in Berlin, and Recep Ozturk flew to Paris. Erdogan said little more.
            """)
        var wanted = [Bool](repeating: false, count: article.entities.count)
        for quote in article.quotes { if let entity = quote.speakerEntity { wanted[entity] = true } }
        #expect(wanted.contains(true))
        let related = IdentityTable.entities(relatedTo: wanted, in: article)
        let names = Set(article.entities.indices.filter { related?[$0] == true }.map { article.entities[$0].name })
        #expect(names.contains("Recep Tayyip Erdogan"))
        #expect(names.contains("Recep Ozturk"))
        #expect(!names.contains("Angela Merkel"))
        #expect(!names.contains("Berlin"))
        let whole = IdentityTable(articles: [article])
        let speakers = IdentityTable(speakersOf: article)
        for entity in article.entities.indices where wanted[entity] {
            let identity = speakers.identities[speakers.identity(article: 0, entity: entity)]
            let expected = whole.identities[whole.identity(article: 0, entity: entity)]
            #expect(identity.id == expected.id)
            #expect(identity.name == expected.name)
            #expect(identity.forms.map(\.name) == expected.forms.map(\.name))
            #expect(identity.forms.map(\.count) == expected.forms.map(\.count))
            #expect(identity.mentions == expected.mentions)
            #expect(identity.articles == expected.articles)
        }
        #expect(
            speakers.identity(article: 0, entity: article.entities.firstIndex { $0.name == "Angela Merkel" } ?? 0) == -1
        )
    }

    @Test func wordHashesAreOfTheWordsAKeyIsMadeOf() {
        func plain(_ name: String) -> [UInt64] {
            var hashes: [UInt64] = []
            var name = name
            _ = name.withUTF8 { bytes in
                NameKey.forEachASCIIWord(bytes) { word in
                    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                    for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                    hashes.append(hash)
                }
            }
            return hashes
        }
        for name in [
            "Donald J. Trump", "O'Neill's", "the U.S. Senate", "Smith, John", " Ann  Lee ", "'s", "Jones'", "Mr.",
            "A.B.C.'s Group",
        ] {
            var hashes: [UInt64] = []
            #expect(IdentityTable.appendWordHashes(of: name, to: &hashes, partingAliases: false))
            #expect(hashes == plain(name), "\(name)")
        }
        var hashes: [UInt64] = []
        #expect(IdentityTable.appendWordHashes(of: "NATO\u{1F}the Alliance", to: &hashes, partingAliases: true))
        #expect(hashes == plain("NATO") + plain("the Alliance"))
        #expect(!IdentityTable.appendWordHashes(of: "NATO\u{1F}Alliance", to: &hashes, partingAliases: false))
        #expect(!IdentityTable.appendWordHashes(of: "Núñez", to: &hashes, partingAliases: false))
    }

    @Test func aNameBeyondASCIIGathersEveryEntity() {
        let article = article("a", "\"We will wait,\" José Núñez said in Madrid. Ana Pérez agreed.")
        let wanted = [Bool](repeating: false, count: article.entities.count)
        #expect(IdentityTable.entities(relatedTo: wanted, in: article) == nil)
    }

    @Test func anASCIINamesKeyIsTheKeyOfItsWords() {
        let names = [
            "The Washington Post", "the", "THE  THE", "The", "Macy's", "U.S. Army", "  A,B ", "Rock 'n' Roll's",
            "", " , ", "'s", "The 's Thing", "AT&T Inc.", "the U.N.", "Theater Group", "Dow Jones's, Inc",
        ]
        for name in names {
            var kept = NameKey.words(name)
            if kept.count > 1, kept[0] == "the" { kept.removeFirst() }
            #expect(NameKey.other(name) == (kept.isEmpty ? nil : kept.joined(separator: " ")), "\(name)")
        }
    }

    @Test func keysIgnoreCaseAccentsTitlesAndInitials() {
        #expect(NameKey.person("Dr. José M. Álvarez Jr.") == "jose alvarez")
        #expect(NameKey.person("JAMES B. COMEY") == "james comey")
        // A no-break space between the words, as web pages often have, is a space.
        #expect(NameKey.person("James\u{00A0}Comey") == "james comey")
        #expect(NameKey.other("The Washington Post") == "washington post")
        #expect(NameKey.identifier("donald trump", type: .person) == "person:donald-trump")
    }
}
