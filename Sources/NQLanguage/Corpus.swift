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
    /// Quotes by every lower-cased name of their speaker's corpus-wide identity (each form of
    /// the name, each word of the name it is shown under and runs of them), or of the speaker as written.
    public var quotesBySpeakerName: [String: [RowRef]] { speakerIndex.byName }
    /// How many quotes each speaker has (nil: no speaker found), by the name it is shown under,
    /// so that `count quotes by speaker` reads it instead of visiting every quote.
    public var quoteCountsBySpeaker: [String?: Int] { speakerIndex.counts }
    /// The corpus-wide identities of the articles' entities, worked out again after articles
    /// are added (see `IdentityTable`).
    public var identities: IdentityTable {
        if let known = identityCache { return known }
        let table = IdentityTable(articles: articles)
        identityCache = table
        return table
    }
    private var identityCache: IdentityTable?
    /// Sort prefixes of text fields, made when first sorted by (see `SortPrefixColumn`); any
    /// change to the articles drops them.
    var sortPrefixColumns: [String: SortPrefixColumn] = [:]
    private var speakerIndexCache: SpeakerIndex?
    /// Entities (`item` is the entity's index in its article) by every lower-cased name; their
    /// mentions are found from there, which keeps the index to one entry per entity and name.
    /// The rows are packed (about two bytes each): a corpus holds some 2.5 names per entity.
    /// Names are keyed by their hash (`NameHashTable`), made where the article was analysed.
    private var entitiesByName = NameHashTable<PackedRows>()
    /// Articles by id.
    public private(set) var articleIndex: [String: Int] = [:]

    /// Creates an empty corpus.
    public init() {}

    /// The number of loaded articles.
    public var count: Int { articles.count }

    /// The number the first quote of the corpus follows (0 unless quotes were removed while
    /// keeping their numbers).
    private var quoteStart = 0

    /// The total number of quotes, counting removed ones whose numbers were kept.
    public var quoteCount: Int { (quoteBase.last ?? quoteStart) + (articles.last?.quotes.count ?? 0) }

    /// The names an article is indexed under, worked out apart from the corpus so that many
    /// articles' keys can be made in parallel while they are analysed.
    public struct IndexKeys: Sendable {
        /// The hashes (`NameHashTable.hash`) of every entity's lower-cased names, one entity after
        /// another: one array per article rather than one per entity, since a load keeps two
        /// batches of keys in flight.
        var keys: [UInt64]
        /// For each entity, where its names end in `keys`.
        var ends: [Int32]

        /// No keys: an article added under them is found by no name (`entityRows(named:)`), as
        /// suits a corpus that only hands out every row, such as a streaming export's.
        public static let empty = IndexKeys(keys: [], ends: [])

        private init(keys: [UInt64], ends: [Int32]) {
            self.keys = keys
            self.ends = ends
        }

        /// The keys of an article.
        public init(for article: Article) {
            var keys: [UInt64] = []
            // Most entities have a few keys: room for four each, so that the array rarely grows.
            keys.reserveCapacity(4 * article.entities.count)
            var ends: [Int32] = []
            ends.reserveCapacity(article.entities.count)
            // Hashed here, on the thread that analysed the article, not where the corpus adds it;
            // straight from the names' bytes, with no string per key.
            // (Room for most names at once: the buffer is read up to its count, not its capacity.)
            var scratch = [UInt8](repeating: 0, count: 256)
            for entity in article.entities {
                Corpus.appendNameKeyHashes(of: entity, to: &keys, scratch: &scratch)
                ends.append(Int32(keys.count))
            }
            self.keys = keys
            self.ends = ends
        }
    }

    /// Adds an article (replacing one with the same id and source) and indexes it, under `keys`
    /// when they were made already. `identities`, the table of this article alone
    /// (`IdentityTable(articles: [article])`, or `IdentityTable(speakersOf: article)` when only
    /// its quotes' speakers are read; made elsewhere), is kept when the article is the corpus's
    /// only one, so that a stream of one article at a time need not make it here.
    public func add(_ article: Article, keys: IndexKeys? = nil, identities: IdentityTable? = nil) {
        // The id is looked up once: an article new to the index is filed under it below.
        let existing = articleIndex[article.id]
        if let existing, articles[existing].source == article.source {
            return
        }
        let index = articles.count
        quoteBase.append(quoteCount)
        articles.append(article)
        if existing == nil { articleIndex[article.id] = index }
        identityCache = index == 0 ? identities : nil
        sortPrefixColumns = [:]
        speakerIndexCache = nil
        Self.file(keys ?? IndexKeys(for: article), article: index, in: &entitiesByName)
    }

    /// Files each entity of article `article` under its keys in `table`: the table is passed in
    /// once rather than reached through the corpus (with an exclusivity check) for every key.
    private static func file(_ keys: IndexKeys, article: Int, in table: inout NameHashTable<PackedRows>) {
        var start = 0
        for (item, end) in keys.ends.enumerated() {
            let row = RowRef(article: article, item: item)
            for key in keys.keys[start..<Int(end)] {
                table.update(hash: key, initial: PackedRows()) { $0.append(row) }
            }
            start = Int(end)
        }
    }

    /// Changes every article in place; the change must leave names and quotes alone, since the
    /// indexes are not rebuilt.
    public func updateAll(_ change: (inout Article) -> Void) {
        for index in articles.indices { change(&articles[index]) }
        sortPrefixColumns = [:]
    }

    /// Removes every article; when `keepingQuoteNumbers`, quotes added later are numbered after
    /// the removed ones (a streaming export numbers quotes as a whole corpus would).
    public func removeAll(keepingQuoteNumbers: Bool = false) {
        quoteStart = keepingQuoteNumbers ? quoteCount : 0
        articles = []
        quoteBase = []
        identityCache = nil
        sortPrefixColumns = [:]
        speakerIndexCache = nil
        entitiesByName = NameHashTable()
        articleIndex = [:]
    }

    /// Removes the articles that `shouldRemove` picks and rebuilds the indexes; returns how
    /// many were removed.
    @discardableResult
    public func removeArticles(where shouldRemove: (Article) -> Bool) -> Int {
        let kept = articles.filter { !shouldRemove($0) }
        let removed = articles.count - kept.count
        guard removed > 0 else { return 0 }
        removeAll()
        for article in kept { add(article) }
        return removed
    }

    /// The entities (`item` is the entity's index in its article) that answer to a lower-cased
    /// name, in article and entity order.
    public func entityRows(named key: String) -> [RowRef] {
        entitiesByName[key]?.rows ?? []
    }

    /// The mentions of the entities that answer to a lower-cased name, in article and text order.
    public func mentionRows(named key: String) -> [RowRef] {
        var rows: [RowRef] = []
        var index = 0
        let entities = entityRows(named: key)
        while index < entities.count {
            // The entities of one article that answer to the name, then that article's mentions.
            let article = entities[index].article
            var wanted: Set<Int> = []
            while index < entities.count, entities[index].article == article {
                wanted.insert(Int(entities[index].item))
                index += 1
            }
            for (item, mention) in articles[Int(article)].mentions.enumerated() where wanted.contains(mention.entity) {
                rows.append(RowRef(article: Int(article), item: item))
            }
        }
        return rows
    }

    /// The lower-cased names an entity answers to. Each must be a name `Entity.isNamed` accepts:
    /// the evaluator trusts an index lookup and does not test the name again.
    public static func nameKeys(of entity: Entity) -> [String] {
        var keys: [String] = []
        appendNameKeys(of: entity, to: &keys)
        return keys
    }

    /// Appends the keys `nameKeys(of:)` gives to `keys`, deduplicated among themselves (not
    /// against the keys already there): no array of its own per entity.
    static func appendNameKeys(of entity: Entity, to keys: inout [String]) {
        // Lower-casing whole strings once and splitting them is cheaper than lower-casing every
        // alias and word apart; the few keys are deduplicated in a small array, not a set.
        let first = keys.count
        let name = entity.name.lowercased()
        keys.append(name)
        appendParts(of: name, separatedBy: UInt8(ascii: " "), to: &keys, from: first)
        if entity.hasAliases {
            appendParts(of: entity.joinedAliases.lowercased(), separatedBy: 0x1F, to: &keys, from: first)
        }
    }

    /// Appends the non-empty parts of `text` between `separator`s that `keys` lacks: the same
    /// parts as `split(separator:)` on the separator's character, cut on bytes. Only ASCII text is
    /// cut on bytes for a space, since a combining mark after a space makes one character with
    /// it; a control character such as U+001F always stands alone.
    static func appendParts(of text: String, separatedBy separator: UInt8, to keys: inout [String], from first: Int = 0)
    {
        var text = text
        let done: Bool = text.withUTF8 { bytes in
            if separator == UInt8(ascii: " "), !bytes.allSatisfy({ $0 < 0x80 }) { return false }
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == separator {
                if index > start {
                    let part = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    appendOnce(part, to: &keys, from: first)
                }
                start = index + 1
            }
            return true
        }
        guard !done else { return }
        let character = Character(Unicode.Scalar(separator))
        for part in text.split(separator: character) { appendOnce(String(part), to: &keys, from: first) }
    }

    /// The lower-cased names a quote's speaker answers to (each accepted by `speaker(of:isNamed:)`).
    static func nameKeys(speaker quote: Quotation, in article: Article) -> [String] {
        if let entity = quote.speakerEntity { return nameKeys(of: article.entities[entity]) }
        guard let speaker = quote.speaker?.lowercased() else { return [] }
        var keys = [speaker]
        appendParts(of: speaker, separatedBy: UInt8(ascii: " "), to: &keys)
        return keys
    }

    /// Appends `key` unless `keys` holds it from index `first` on.
    static func appendOnce(_ key: String, to keys: inout [String], from first: Int = 0) {
        if !keys[first...].contains(key) { keys.append(key) }
    }

    /// Whether a quote's speaker answers to `name` (any form of its identity's name, or a word
    /// of the name it is shown under; case ignored).
    public func speaker(of row: RowRef, isNamed name: String) -> Bool {
        let lowered = name.lowercased()
        let article = articles[Int(row.article)]
        let quote = article.quotes[Int(row.item)]
        if let entity = quote.speakerEntity {
            let identity = identities.identity(article: Int(row.article), entity: entity)
            return speakerIndex.keys[identity].contains(lowered)
        }
        guard let speaker = quote.speaker else { return false }
        return speaker.lowercased() == lowered
            || speaker.split(separator: " ").contains { $0.lowercased() == lowered }
    }

    /// The name a quote's speaker is shown under: its identity's name when the speaker is a
    /// known entity, else the speaker as the article writes it (a description), else nil.
    public func speakerName(of row: RowRef) -> String? {
        let article = articles[Int(row.article)]
        let quote = article.quotes[Int(row.item)]
        guard let entity = quote.speakerEntity else { return quote.speaker }
        return identities.identities[identities.identity(article: Int(row.article), entity: entity)].name
    }

    /// The identity of a quote's speaker, when the speaker is a known entity.
    public func speakerIdentity(of row: RowRef) -> Identity? {
        let quote = articles[Int(row.article)].quotes[Int(row.item)]
        guard let entity = quote.speakerEntity else { return nil }
        return identities.identities[identities.identity(article: Int(row.article), entity: entity)]
    }

    /// The identities of people and organisations that have quotes and answer to `name`.
    public func speakerIdentities(named name: String) -> [Identity] {
        let lowered = name.lowercased()
        let index = speakerIndex
        return index.keys.indices.filter { index.quoteCounts[$0] > 0 && index.keys[$0].contains(lowered) }
            .sorted { index.quoteCounts[$0] > index.quoteCounts[$1] }
            .map { identities.identities[$0] }
    }

    /// How many quotes an identity has.
    public func quoteCount(ofIdentity id: String) -> Int {
        let index = speakerIndex
        guard let position = identities.identities.firstIndex(where: { $0.id == id }) else { return 0 }
        return index.quoteCounts[position]
    }

    /// The speaker indexes, made from the identities when first needed after a change.
    var speakerIndex: SpeakerIndex {
        if let known = speakerIndexCache { return known }
        let index = SpeakerIndex(corpus: self)
        speakerIndexCache = index
        return index
    }
}
