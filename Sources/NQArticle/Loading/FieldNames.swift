/// Which fields of a JSON article (or of Markdown front matter) hold its id, headline, text
/// and metadata.
///
/// Each field has a list of names tried in order; the defaults cover common scrapers' schemas
/// (news-please, newspaper3k, Trafilatura, GDELT-style dumps). A name may be a dotted path into
/// nested objects (`meta.author`). `nq --field text=content` puts a name first.
public struct FieldNames: Sendable, Equatable {
    /// The fields an article record has.
    public enum Field: String, CaseIterable, Sendable {
        case id, title, text, date, url, outlet, author
    }

    /// The names tried for each field, in order.
    public private(set) var names: [Field: [String]]

    /// The default names.
    public init() {
        names = [
            .id: ["id", "_id", "article_id", "uuid", "guid", "doc_id"],
            .title: ["title", "headline", "name"],
            .text: [
                "text", "body", "content", "maintext", "article", "article_text", "full_text", "fulltext",
                "raw_text", "description",
            ],
            .date: [
                "date", "date_publish", "published", "published_at", "publish_date", "publication_date",
                "pubDate", "datePublished", "created_at", "timestamp",
            ],
            .url: ["url", "link", "source_url", "canonical_url", "permalink", "uri"],
            .outlet: ["outlet", "source_domain", "source", "publisher", "site_name", "sitename", "domain", "feed"],
            .author: ["author", "authors", "byline", "creator", "writer"],
        ]
    }

    /// Puts `name` first among the names tried for `field`.
    public mutating func prefer(_ name: String, for field: Field) {
        names[field] = [name] + (names[field] ?? []).filter { $0 != name }
    }

    /// Reads `--field` settings such as `text=content`; returns an error message for a bad one.
    public mutating func apply(_ setting: String) -> String? {
        let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
        let known = Field.allCases.map(\.rawValue).joined(separator: ", ")
        guard parts.count == 2, !parts[1].isEmpty else {
            return "--field expects FIELD=NAME, like text=content, not '\(setting)'"
        }
        guard let field = Field(rawValue: parts[0]) else {
            return "unknown article field '\(parts[0])' in --field; fields: \(known)"
        }
        prefer(parts[1], for: field)
        return nil
    }
}

/// How articles are read: a forced format (nil to detect it) and the JSON field names.
public struct InputOptions: Sendable, Equatable {
    /// The format every input is read as, or nil to detect each file's.
    public var format: InputFormat?
    /// The field names of JSON articles and front matter.
    public var fields: FieldNames
    /// The largest article read, in bytes: a text, Markdown or HTML file, or one JSON record's
    /// text. A JSON or JSON Lines file may hold up to `jsonFileFactor` times as much.
    public var maxArticleBytes: Int

    /// The default size limit: 64 MB per article.
    public static let defaultMaxArticleBytes = 64 << 20
    /// How many articles' worth of bytes a JSON or JSON Lines file may hold.
    public static let jsonFileFactor = 64

    /// Creates options.
    public init(format: InputFormat? = nil, fields: FieldNames = FieldNames(), maxArticleBytes: Int? = nil) {
        self.format = format
        self.fields = fields
        self.maxArticleBytes = maxArticleBytes ?? Self.defaultMaxArticleBytes
    }
}
