import NQSource
import Testing

@testable import NQArticle

/// The packed fields of the model answer as plain fields would, at the sizes a corpus counts on.
@Suite struct ModelLayoutTests {
    @Test func aMentionKeepsItsFieldsInEightBytesOrInTheWideTable() {
        #expect(MemoryLayout<Mention>.stride == 8)
        let spans = [SourceSpan(3, 9), SourceSpan(0, 0), SourceSpan(7, 7 + 4_095), SourceSpan(7, 7 + 4_096)]
        let far = SourceSpan(start: Int32.max - 20, end: Int32.max)
        for form in [Mention.Form.name, .title, .pronoun] {
            for entity in [0, 1, 7, 1_000, (1 << 17) - 1, 1 << 17, (1 << 30) - 1] {
                for span in spans + [far] {
                    var mention = Mention(entity: entity, span: span, form: form)
                    #expect(mention.entity == entity && mention.form == form && mention.span == span)
                    mention.form = .pronoun
                    #expect(mention.entity == entity && mention.span == span, "changing the form keeps the rest")
                    mention.entity = 5
                    #expect(mention.form == .pronoun && mention.span == span, "changing the entity keeps the rest")
                    mention.span = SourceSpan(1, 2)
                    #expect(mention.form == .pronoun && mention.entity == 5 && mention.span == SourceSpan(1, 2))
                    mention.entity = entity
                    mention.span = span
                    #expect(mention.entity == entity && mention.span == span && mention.form == .pronoun)
                }
            }
        }
    }

    @Test func aMentionsSentenceIsTheOneHoldingItsStart() {
        let text = "Rutte spoke first. Then Trump answered. Rutte replied.\n"
        let article = ArticleAnalyzer().analyze(id: "a", source: "a", text: ArticleText(text))
        #expect(!article.mentions.isEmpty)
        for (index, mention) in article.mentions.enumerated() {
            let number = article.sentenceNumber(ofMention: index)
            #expect(number >= 1 && article.sentences[number - 1].span.contains(offset: mention.span.lower))
        }
    }

    @Test func sentencesAndParagraphsAreNumberedByTheirPlace() {
        #expect(MemoryLayout<Sentence>.stride == 8)
        let text = "A headline\n\nOne is here. Two is there.\n\nThree is in a second paragraph.\n"
        let article = ArticleAnalyzer().analyze(id: "a", source: "a", text: ArticleText(text))
        #expect(article.sentences.indices.map(article.paragraphNumber(ofSentence:)) == [1, 1, 2])
        #expect(article.paragraphNumber(ofSentence: 3) == 0)
        #expect(MemoryLayout<Paragraph>.stride == 16)
        #expect(article.paragraphs.map(\.sentences) == [0..<2, 2..<3])
        for (index, sentence) in article.sentences.enumerated() {
            #expect(article.sentenceNumber(containing: sentence.span.lower) == index + 1)
            #expect(article.sentenceNumber(containing: sentence.span.upper - 1) == index + 1)
        }
    }

    @Test func aLoneUntitledSectionIsMadeFromTheParagraphs() {
        let plain = ArticleAnalyzer().analyze(
            id: "a", source: "a", text: ArticleText("A headline\n\nOne is here.\n\nTwo is there.\n"))
        let sections = plain.sections
        plain.compact()
        #expect(plain.storedSections.isEmpty, "nothing is kept for the one untitled section")
        #expect(plain.sections == sections && sections.count == 1 && sections[0].heading == nil)
        #expect(sections[0].paragraphs == 0..<2 && sections[0].number == 1)
        #expect(plain.sectionNumber(ofParagraph: 1) == 1 && plain.sectionNumber(ofParagraph: 2) == 0)
        let text = "A headline\n\nAn opening paragraph of the piece.\n\nA Heading\n\nThe body under it goes on.\n"
        let headed = ArticleAnalyzer().analyze(id: "b", source: "b", text: ArticleText(text))
        let before = headed.sections
        headed.compact()
        #expect(before.count == 2 && headed.sections == before && headed.storedSections == before)
        #expect(headed.sectionNumber(ofParagraph: 0) == 1 && headed.sectionNumber(ofParagraph: 1) == 2)
    }

    @Test func aQuotationsMissingSpansReadAsNil() {
        #expect(MemoryLayout<Quotation>.stride == 60)
        var quote = Quotation(span: SourceSpan(10, 20), paragraph: 1, sentence: 2)
        #expect(quote.speakerMention == nil && quote.antecedent == nil && quote.cue == nil && quote.addressee == nil)
        quote.cue = SourceSpan(0, 0)
        #expect(quote.cue == SourceSpan(0, 0), "an empty span at the start is a span")
        quote.speakerMention = SourceSpan(21, 25)
        quote.antecedent = SourceSpan(1, 4)
        quote.addressee = SourceSpan(30, 33)
        #expect(quote.speakerMention == SourceSpan(21, 25) && quote.antecedent == SourceSpan(1, 4))
        #expect(quote.addressee == SourceSpan(30, 33))
        quote.cue?.end = 3
        #expect(quote.cue == SourceSpan(0, 3))
        quote.addressee = nil
        #expect(quote.addressee == nil && quote.cue != nil)
        let made = Quotation(
            span: SourceSpan(1, 2), paragraph: 3, sentence: 4, speakerMention: SourceSpan(5, 6),
            cue: SourceSpan(7, 8), addressee: SourceSpan(9, 10))
        #expect(made.speakerMention == SourceSpan(5, 6) && made.cue == SourceSpan(7, 8))
        #expect(made.addressee == SourceSpan(9, 10) && made.antecedent == nil)
    }

    @Test func anEntityKeepsItsTitleAndAffiliationInTwelveBytes() {
        #expect(MemoryLayout<Entity>.stride == 12)
        let long = String(repeating: "Deputy ", count: 10_000)
        let titles: [String?] = [nil, "", "Secretary-General", "Sen.", "Ministre d\u{E9}l\u{E9}gu\u{E9}e", long]
        let affiliations: [String?] = [nil, "", "NATO", "the European Commission of the Union", "\u{1F}x"]
        for title in titles {
            for affiliation in affiliations {
                var entity = Entity(name: "Mark Rutte", type: .person, title: title, affiliation: affiliation)
                let label = "\(title?.prefix(20) ?? "nil") / \(affiliation ?? "nil")"
                #expect(entity.title == title && entity.affiliation == affiliation, "\(label)")
                #expect(entity.hasTitleOrAffiliation == (title != nil || affiliation != nil), "\(label)")
                #expect(entity.type == .person && entity.name == "Mark Rutte")
                entity.title = "Prime Minister"
                #expect(entity.title == "Prime Minister" && entity.affiliation == affiliation)
                entity.affiliation = nil
                #expect(entity.title == "Prime Minister" && entity.affiliation == nil)
                entity.affiliation = title
                entity.title = affiliation
                #expect(entity.title == affiliation && entity.affiliation == title)
            }
        }
    }

    @Test func anEntityKeepsItsAliasesBesideItsTitleAndAffiliation() {
        let longAlias = String(repeating: "Mr. Rutte ", count: 7_000)
        let aliasLists: [[String]] = [
            [], ["Rutte"], ["Rutte", "NATO Secretary-General Mark Rutte"], ["", "x"], [longAlias, "Rutte"],
        ]
        let details: [(String?, String?)] = [
            (nil, nil), ("Sen.", nil), (nil, "NATO"), ("Secretary-General", "NATO"), ("", ""),
        ]
        for aliases in aliasLists {
            for (title, affiliation) in details {
                var entity = Entity(
                    name: "Mark Rutte", type: .place, aliases: aliases, title: title, affiliation: affiliation)
                let label = "\(aliases.map { $0.prefix(12) }) \(title ?? "nil") / \(affiliation ?? "nil")"
                #expect(
                    entity.aliases == aliases && entity.title == title && entity.affiliation == affiliation, "\(label)")
                #expect(entity.type == .place && entity.name == "Mark Rutte" && entity.mentionCount == 0)
                entity.aliases.append("The NATO chief")
                #expect(entity.aliases == aliases + ["The NATO chief"], "\(label)")
                #expect(entity.title == title && entity.affiliation == affiliation, "\(label)")
                entity.title = "Prime Minister"
                #expect(entity.aliases == aliases + ["The NATO chief"] && entity.title == "Prime Minister")
                entity.aliases = []
                #expect(
                    entity.joinedAliases.isEmpty && entity.title == "Prime Minister"
                        && entity.affiliation == affiliation)
                entity.joinedAliases = "A\u{1F}B"
                #expect(entity.aliases == ["A", "B"] && entity.title == "Prime Minister")
            }
        }
    }

    /// Aliases, title and affiliation set in one go read back as when set one by one, and
    /// `hasAliases` tells whether there are aliases without reading them.
    @Test func anEntitysExtrasSetAtOnceReadAsSetOneByOne() {
        let longAlias = String(repeating: "Mr. Rutte ", count: 7_000)
        for joined in ["", "Rutte", "Rutte\u{1F}NATO Secretary-General Mark Rutte", "\u{1F}x", longAlias] {
            for (title, affiliation) in [
                (nil, nil), ("Sen.", nil), (nil, "NATO"), ("Secretary-General", "NATO"), ("", ""),
            ] as [(String?, String?)] {
                var once = Entity(name: "Mark Rutte", nameHash: NameHashTable<Int>.hash("Mark Rutte"), type: .person)
                once.setExtras(joinedAliases: joined, title: title, affiliation: affiliation)
                var apart = Entity(name: "Mark Rutte", type: .person)
                apart.title = title
                apart.affiliation = affiliation
                apart.joinedAliases = joined
                let label = "\(joined.prefix(12)) \(title ?? "nil") / \(affiliation ?? "nil")"
                #expect(
                    once.joinedAliases == joined && once.title == title && once.affiliation == affiliation, "\(label)")
                #expect(once.name == apart.name && once.type == apart.type, "\(label)")
                #expect(once.hasAliases == !joined.isEmpty && apart.hasAliases == !joined.isEmpty, "\(label)")
                #expect(
                    once.hasTitleOrAffiliation == apart.hasTitleOrAffiliation && once.aliases == apart.aliases,
                    "\(label)")
            }
        }
    }

    @Test func anEntityKeepsItsCountAndTypeInItsPackedField() {
        for type in EntityType.allCases {
            var entity = Entity(name: "Reuters", type: type, title: "Agency", mentionCount: 3)
            #expect(entity.type == type && entity.mentionCount == 3 && entity.title == "Agency")
            entity.mentionCount += 1
            #expect(entity.mentionCount == 4 && entity.type == type && entity.title == "Agency")
            entity.mentionCount = (1 << 28) - 1
            #expect(entity.mentionCount == (1 << 28) - 1 && entity.type == type)
            entity.type = .organization
            #expect(entity.mentionCount == (1 << 28) - 1 && entity.type == .organization)
            #expect(entity.title == "Agency" && entity.affiliation == nil)
        }
    }

    @Test func aFigureTellsNoValueFromEveryValue() {
        #expect(MemoryLayout<Figure>.stride == 32)
        let values: [Double?] = [nil, 0, -0.0, 1.5, 8e11, .infinity, -.infinity, .greatestFiniteMagnitude]
        for value in values {
            var figure = Figure(span: SourceSpan(1, 4), value: value, unit: "EUR", kind: .money, sentence: 3)
            #expect(figure.value == value && figure.unit == "EUR" && figure.sentence == 3)
            figure.value = nil
            #expect(figure.value == nil)
            figure.value = value
            #expect(figure.value?.bitPattern == value?.bitPattern)
        }
        let nan = Figure(span: SourceSpan(0, 1), value: .nan, unit: nil, kind: .number, sentence: 1)
        #expect(nan.value?.isNaN == true, "a NaN value is a value")
    }

    @Test func anArticleKeepsItsProvenanceApartOnlyWhenItHasOne() {
        let article = Article(id: "a", source: "a.txt", text: ArticleText("Text."))
        #expect(article.outlet == nil && article.url == nil && article.author == nil && article.language == "en")
        article.language = "en"
        article.outlet = nil
        #expect(article.outlet == nil && article.language == "en")
        article.author = "Jane Doe"
        #expect(article.author == "Jane Doe" && article.outlet == nil && article.language == "en")
        article.language = "de"
        article.url = "https://example.com/a"
        #expect(article.language == "de" && article.url == "https://example.com/a" && article.author == "Jane Doe")
        article.author = nil
        article.language = "en"
        #expect(article.author == nil && article.language == "en" && article.url == "https://example.com/a")
        let other = Article(id: "b", source: "b.txt", text: ArticleText("Text."))
        other.language = "fr"
        #expect(other.language == "fr" && other.outlet == nil && article.language == "en")
    }
}
