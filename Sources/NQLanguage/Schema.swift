import NQArticle
import NQSource

/// A field of a collection: its name, type, meaning and how to read it from a row.
public struct FieldDef: Sendable {
    /// The field's name.
    public var name: String
    /// The type of its values.
    public var type: FieldType
    /// One line saying what it holds.
    public var summary: String
    /// Reads the value of a row.
    public var get: @Sendable (Corpus, RowRef) -> Value
    /// The span of article text the value is, when it is one (fast text search).
    public var span: (@Sendable (Corpus, RowRef) -> SourceSpan?)?
    /// For fields that name a person, place or organisation: whether the row's named thing
    /// answers to a name (`speaker = "Rutte"` matches Mark Rutte).
    public var nameMatch: (@Sendable (Corpus, RowRef, String) -> Bool)?
    /// For fields that point at a row of another collection (a quote's article, its speaker's
    /// entity): that row, whose fields a dotted name reads (`article.title`).
    public var link: Link?
    /// For code-point offset fields: the UTF-8 offset the value is counted from, so that a
    /// writer going through an article's rows in order counts code points once
    /// (`ArticleText.codePointOffset(_:from:)`).
    public var utf8Offset: (@Sendable (Corpus, RowRef) -> Int?)?
}

/// Where a field points: a collection and the row of it a row leads to.
public struct Link: Sendable {
    /// The collection pointed at.
    public var target: String
    /// The row a row points at, if any.
    public var resolve: @Sendable (Corpus, RowRef) -> RowRef?

    /// Creates a link.
    public init(to target: String, _ resolve: @escaping @Sendable (Corpus, RowRef) -> RowRef?) {
        self.target = target
        self.resolve = resolve
    }

    /// The article a row belongs to.
    static let article = Link(to: "articles") { _, row in RowRef(article: Int(row.article), item: 0) }

    /// The sentence with a 1-based number in the row's article.
    static func sentence(_ number: @escaping @Sendable (Article, Int) -> Int) -> Link {
        Link(to: "sentences") { corpus, row in
            let article = corpus.articles[Int(row.article)]
            let index = number(article, Int(row.item)) - 1
            return index >= 0 && index < article.sentences.count ? RowRef(article: Int(row.article), item: index) : nil
        }
    }

    /// The paragraph with a 1-based number in the row's article.
    static func paragraph(_ number: @escaping @Sendable (Article, Int) -> Int) -> Link {
        Link(to: "paragraphs") { corpus, row in
            let article = corpus.articles[Int(row.article)]
            let index = number(article, Int(row.item)) - 1
            return index >= 0 && index < article.paragraphs.count ? RowRef(article: Int(row.article), item: index) : nil
        }
    }

    /// The entity at an index of the row's article.
    static func entity(_ index: @escaping @Sendable (Article, Int) -> Int?) -> Link {
        Link(to: "entities") { corpus, row in
            let article = corpus.articles[Int(row.article)]
            guard let entity = index(article, Int(row.item)), entity >= 0, entity < article.entities.count else {
                return nil
            }
            return RowRef(article: Int(row.article), item: entity)
        }
    }
}

extension FieldDef {
    /// The field with a link.
    func linking(_ link: Link) -> FieldDef {
        var field = self
        field.link = link
        return field
    }
}

/// A collection: what one row is, how many rows an article has, and the fields.
public struct CollectionDef: Sendable {
    /// The collection's name.
    public var name: String
    /// One line saying what a row is.
    public var summary: String
    /// The number of items of this kind an article has.
    public var itemCount: @Sendable (Article) -> Int
    /// For typed views (people, places): which items belong.
    public var include: (@Sendable (Article, Int) -> Bool)?
    /// The span of article text a row covers, for `mentions` and `show`.
    public var rowSpan: (@Sendable (Article, Int) -> SourceSpan)?
    /// Its fields, in display order.
    public var fields: [FieldDef]
    /// The fields shown when a query has no `select`.
    public var defaultColumns: [String]
    /// The field that names a row, which links from other collections show (`id` of articles).
    public var key: String?

    /// The field with a name (case ignored).
    public func field(named name: String) -> FieldDef? {
        let lowered = name.lowercased()
        return fields.first { $0.name == lowered }
    }

    /// Every row of the collection in a corpus, in article and text order.
    public func rows(in corpus: Corpus) -> [RowRef] {
        var rows: [RowRef] = []
        for (index, article) in corpus.articles.enumerated() {
            let count = itemCount(article)
            for item in 0..<count where include?(article, item) ?? true {
                rows.append(RowRef(article: index, item: item))
            }
        }
        return rows
    }
}

/// The collections of the language and their fields.
public enum Schema {
    /// Every collection, in the order `describe` lists them.
    public static let collections: [CollectionDef] = [
        ArticleFields.articles, ArticleFields.sections, ArticleFields.paragraphs, ArticleFields.sentences,
        QuoteFields.quotes, EntityFields.entities, EntityFields.view("people", .person),
        EntityFields.view("organizations", .organization), EntityFields.view("places", .place),
        EntityFields.mentions, FigureFields.figures, FigureFields.dates,
    ]

    /// The collection with a name (case ignored), accepting a few common other spellings.
    public static func collection(named name: String) -> CollectionDef? {
        var lowered = name.lowercased()
        lowered = aliases[lowered] ?? lowered
        return collections.first { $0.name == lowered }
    }

    static let aliases = [
        "organisations": "organizations", "orgs": "organizations", "persons": "people",
        "quotations": "quotes", "numbers": "figures",
    ]

    /// The names of every collection.
    public static var collectionNames: [String] { collections.map(\.name) }
}

/// Shorthands for building fields.
enum Fields {
    static func text(
        _ name: String, _ summary: String, _ get: @escaping @Sendable (Article, Int) -> String?
    ) -> FieldDef {
        FieldDef(
            name: name, type: .text, summary: summary,
            get: { corpus, row in
                get(corpus.articles[Int(row.article)], Int(row.item)).map(Value.text) ?? .null
            })
    }

    static func spanText(
        _ name: String, _ summary: String, _ span: @escaping @Sendable (Article, Int) -> SourceSpan?
    ) -> FieldDef {
        FieldDef(
            name: name, type: .text, summary: summary,
            get: { corpus, row in
                let article = corpus.articles[Int(row.article)]
                return span(article, Int(row.item)).map { .text(article.string($0)) } ?? .null
            },
            span: { corpus, row in span(corpus.articles[Int(row.article)], Int(row.item)) })
    }

    static func date(
        _ name: String, _ summary: String, _ get: @escaping @Sendable (Article, Int) -> String?
    ) -> FieldDef {
        var field = text(name, summary, get)
        field.type = .date
        return field
    }

    static func number(
        _ name: String, _ summary: String, _ get: @escaping @Sendable (Article, Int) -> Double?
    ) -> FieldDef {
        FieldDef(
            name: name, type: .number, summary: summary,
            get: { corpus, row in
                get(corpus.articles[Int(row.article)], Int(row.item)).map(Value.number) ?? .null
            })
    }

    /// A code-point offset field from a UTF-8 offset.
    static func offset(
        _ name: String, _ summary: String, _ get: @escaping @Sendable (Article, Int) -> Int?
    ) -> FieldDef {
        var field = number(name, summary) { article, item in
            get(article, item).map { Double(article.text.codePointOffset($0)) }
        }
        field.utf8Offset = { corpus, row in get(corpus.articles[Int(row.article)], Int(row.item)) }
        return field
    }

    static func article() -> FieldDef {
        text("article", "the article's id; article.FIELD reads its fields (article.title, article.date)") {
            article, _ in article.id
        }.linking(.article)
    }

    /// A sentence number as a value; 0 (a headline or heading, outside every sentence) is null.
    static func sentence(_ number: Int) -> Double? {
        number > 0 ? Double(number) : nil
    }

    /// The section number of a paragraph number.
    static func section(ofParagraph number: Int, in article: Article) -> Int {
        number >= 1 && number <= article.paragraphs.count ? article.sectionNumber(ofParagraph: number - 1) : 0
    }
}
