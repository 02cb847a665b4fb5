import NQArticle
import NQSource

/// The `entities` collection, its typed views and `mentions`.
enum EntityFields {
    static let entityFields: [FieldDef] = [
        Fields.article(),
        FieldDef(
            name: "name", type: .text, summary: "the full name; '= \"Rutte\"' matches any of its names",
            get: { corpus, row in .text(corpus.articles[Int(row.article)].entities[Int(row.item)].name) },
            nameMatch: { corpus, row, name in
                corpus.articles[Int(row.article)].entities[Int(row.item)].isNamed(name)
            }),
        Fields.text("type", "person, organization or place") { article, item in article.entities[item].type.rawValue },
        FieldDef(
            name: "aliases", type: .list, summary: "its other names in the article",
            get: { corpus, row in
                .list(corpus.articles[Int(row.article)].entities[Int(row.item)].aliases.map(Value.text))
            }),
        Fields.text("title", "its title or role, where stated (Secretary-General)") { article, item in
            article.entities[item].title
        },
        Fields.text("affiliation", "the organisation or place it belongs to, where stated") { article, item in
            article.entities[item].affiliation
        },
        Fields.number(
            "mentions", "how many times the article refers to it: by name, by title, or as a quote's resolved pronoun"
        ) { article, item in
            Double(article.entities[item].mentionCount)
        },
    ]

    static let entities = CollectionDef(
        name: "entities", summary: "a person, organisation or place named in an article",
        itemCount: { $0.entities.count }, include: nil, rowSpan: nil, fields: entityFields,
        defaultColumns: ["name", "type", "mentions", "aliases"])

    static func view(_ name: String, _ type: EntityType) -> CollectionDef {
        CollectionDef(
            name: name, summary: "entities of type \(type.rawValue)", itemCount: { $0.entities.count },
            include: { article, item in article.entities[item].type == type }, rowSpan: nil,
            fields: entityFields,
            defaultColumns: type == .person
                ? ["name", "title", "affiliation", "mentions"] : ["name", "mentions", "aliases"])
    }

    static let mentions = CollectionDef(
        name: "mentions", summary: "one place where an entity is named",
        itemCount: { $0.mentions.count }, include: nil, rowSpan: { article, item in article.mentions[item].span },
        fields: [
            Fields.article(),
            FieldDef(
                name: "entity", type: .text,
                summary: "the entity's full name; '= \"Rutte\"' matches any of its names; entity.FIELD reads it",
                get: { corpus, row in
                    let article = corpus.articles[Int(row.article)]
                    return .text(article.entities[article.mentions[Int(row.item)].entity].name)
                },
                nameMatch: { corpus, row, name in
                    let article = corpus.articles[Int(row.article)]
                    return article.entities[article.mentions[Int(row.item)].entity].isNamed(name)
                },
                link: .entity { article, item in article.mentions[item].entity }),
            Fields.text("type", "person, organization or place") { article, item in
                article.entities[article.mentions[item].entity].type.rawValue
            },
            Fields.spanText("text", "the words as written") { article, item in article.mentions[item].span },
            Fields.text("form", "name, title or pronoun") { article, item in article.mentions[item].form.rawValue },
            Fields.number("sentence", "the number of its sentence; sentence.text reads it") { article, item in
                Fields.sentence(article.sentenceNumber(ofMention: item))
            }.linking(.sentence { article, item in article.sentenceNumber(ofMention: item) }),
            Fields.number("paragraph", "the number of its paragraph") { article, item in
                let sentence = article.sentenceNumber(ofMention: item)
                return sentence >= 1 && sentence <= article.sentences.count
                    ? Double(article.paragraphNumber(ofSentence: sentence - 1)) : nil
            },
            Fields.offset("start", "where it starts (code points into the article)") { article, item in
                article.mentions[item].span.lower
            },
            Fields.offset("end", "where it ends") { article, item in article.mentions[item].span.upper },
        ],
        defaultColumns: ["article", "entity", "type", "text", "sentence"])
}
