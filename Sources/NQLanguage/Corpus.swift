import NQArticle
import NQSource

/// A row of a collection: which article, and which item of that article.
public struct RowRef: Sendable, Hashable {
    /// The index of the article in the corpus.
    public var article: Int32
    /// The index of the item in the article's layer (its quotes, sentences, …).
    public var item: Int32

    /// Creates a row reference.
    public init(article: Int, item: Int) {
        self.article = Int32(article)
        self.item = Int32(item)
    }
}

/// The loaded articles and the indexes built over them when they are added.
public final class Corpus {
    /// The articles, in load order.
    public private(set) var articles: [Article] = []
    /// For each article, how many quotes come before it (for corpus-wide quote numbers).
    public private(set) var quoteBase: [Int] = []
    /// Quotes by every lower-cased name of their speaker (full name, aliases, each name word).
    public private(set) var quotesBySpeakerName: [String: [RowRef]] = [:]
    /// Mentions by every lower-cased name of their entity.
    public private(set) var mentionsByEntityName: [String: [RowRef]] = [:]
    /// Articles by id.
    public private(set) var articleIndex: [String: Int] = [:]

    /// Creates an empty corpus.
    public init() {}

    /// The number of loaded articles.
    public var count: Int { articles.count }

    /// The total number of quotes.
    public var quoteCount: Int { (quoteBase.last ?? 0) + (articles.last?.quotes.count ?? 0) }

    /// Adds an article (replacing one with the same id and source) and indexes it.
    public func add(_ article: Article) {
        if let existing = articleIndex[article.id], articles[existing].source == article.source {
            return
        }
        let index = articles.count
        quoteBase.append(quoteCount)
        articles.append(article)
        articleIndex[article.id] = articleIndex[article.id] ?? index
        // Each entity's names are worked out once, not once per mention.
        let entityKeys = article.entities.map { Self.nameKeys(of: $0) }
        for (item, quote) in article.quotes.enumerated() {
            let keys = quote.speakerEntity.map { entityKeys[$0] } ?? Self.nameKeys(speaker: quote, in: article)
            for key in keys {
                quotesBySpeakerName[key, default: []].append(RowRef(article: index, item: item))
            }
        }
        for (item, mention) in article.mentions.enumerated() {
            for key in entityKeys[mention.entity] {
                mentionsByEntityName[key, default: []].append(RowRef(article: index, item: item))
            }
        }
    }

    /// Changes every article in place; the change must leave names and quotes alone, since the
    /// indexes are not rebuilt.
    public func updateAll(_ change: (inout Article) -> Void) {
        for index in articles.indices { change(&articles[index]) }
    }

    /// Removes every article.
    public func removeAll() {
        articles = []
        quoteBase = []
        quotesBySpeakerName = [:]
        mentionsByEntityName = [:]
        articleIndex = [:]
    }

    /// The lower-cased names an entity answers to.
    public static func nameKeys(of entity: Entity) -> Set<String> {
        var keys: Set<String> = [entity.name.lowercased()]
        for alias in entity.aliases { keys.insert(alias.lowercased()) }
        if entity.type == .person {
            for word in entity.name.split(separator: " ") where word.count > 1 { keys.insert(word.lowercased()) }
        }
        return keys
    }

    /// The lower-cased names a quote's speaker answers to.
    static func nameKeys(speaker quote: Quotation, in article: Article) -> Set<String> {
        if let entity = quote.speakerEntity { return nameKeys(of: article.entities[entity]) }
        guard let speaker = quote.speaker else { return [] }
        var keys: Set<String> = [speaker.lowercased()]
        for word in speaker.split(separator: " ") where word.count > 1 { keys.insert(word.lowercased()) }
        return keys
    }

    /// Whether a quote's speaker answers to `name` (any known name, case ignored).
    public func speaker(of row: RowRef, isNamed name: String) -> Bool {
        let article = articles[Int(row.article)]
        let quote = article.quotes[Int(row.item)]
        if let entity = quote.speakerEntity { return article.entities[entity].isNamed(name) }
        guard let speaker = quote.speaker else { return false }
        let lowered = name.lowercased()
        return speaker.lowercased() == lowered
            || speaker.split(separator: " ").contains { $0.lowercased() == lowered }
    }
}
