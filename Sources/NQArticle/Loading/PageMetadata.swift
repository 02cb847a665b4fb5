import Foundation

/// What a web page's head says about its article: `<title>`, `<meta>` tags (Open Graph,
/// `article:`, Dublin Core, Parse.ly), JSON-LD `NewsArticle` objects, `<time datetime>` and the
/// canonical link. Explicit article metadata wins over page-wide tags.
struct PageMetadata {
    /// The headline.
    var title: String?
    /// What becomes the article's metadata.
    var article = ArticleMetadata()

    /// Reads the metadata of a page's nodes.
    init(_ roots: [HTMLNode]) {
        var meta: [String: String] = [:]
        var pageTitle: String?
        var canonical: String?
        var times: [String] = []
        var linked = LinkedData()
        for root in roots {
            for element in root.elements(where: { ["meta", "title", "link", "time", "script"].contains($0.name) }) {
                switch element.name {
                case "meta":
                    guard
                        let key = element.attribute("property") ?? element.attribute("name")
                            ?? element.attribute("itemprop"),
                        let content = element.attribute("content")?.trimmingSpaces(), !content.isEmpty
                    else { continue }
                    let lower = key.lowercased()
                    if meta[lower] == nil { meta[lower] = content }
                case "title":
                    if pageTitle == nil { pageTitle = element.text.trimmingSpaces() }
                case "link":
                    if element.attribute("rel")?.lowercased() == "canonical", let href = element.attribute("href") {
                        canonical = canonical ?? href
                    }
                case "time":
                    if let stamp = element.attribute("datetime") { times.append(stamp) }
                default:
                    if element.attribute("type")?.lowercased() == "application/ld+json" {
                        linked.read(element.text)
                    }
                }
            }
        }
        func first(_ keys: [String]) -> String? {
            keys.lazy.compactMap { meta[$0] }.first { !$0.isEmpty }
        }
        title =
            linked.headline ?? first(["og:title", "twitter:title", "dc.title", "parsely-title", "headline"])
            ?? pageTitle.flatMap { $0.isEmpty ? nil : $0 }
        let dates =
            [
                linked.date,
                first([
                    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                    "publishdate", "publish-date", "dc.date.issued", "dc.date", "parsely-pub-date", "sailthru.date",
                ]),
            ]
            .compactMap { $0 } + times
        article.date = dates.lazy.compactMap(MetadataDate.normalize).first
        article.author =
            linked.author
            ?? first(["author", "article:author", "parsely-author", "dc.creator", "byl", "sailthru.author"])
            .map {
                $0.hasPrefix("Byl ") || $0.hasPrefix("By ") ? String($0.drop(while: { $0 != " " }).dropFirst()) : $0
            }
        article.outlet = linked.publisher ?? first(["og:site_name", "application-name", "publisher", "dc.publisher"])
        article.url = canonical ?? first(["og:url", "twitter:url"]) ?? linked.url
    }
}

/// The article fields of JSON-LD blocks (`NewsArticle`, `Article`, `BlogPosting`…).
struct LinkedData {
    var headline: String?
    var date: String?
    var author: String?
    var publisher: String?
    var url: String?

    /// Reads one `<script type="application/ld+json">` block; malformed JSON is ignored.
    mutating func read(_ json: String) {
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return }
        visit(parsed)
    }

    /// Looks for article objects, in arrays and `@graph` lists too.
    private mutating func visit(_ value: Any) {
        if let list = value as? [Any] {
            for element in list { visit(element) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph) }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        guard types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }) else {
            return
        }
        headline = headline ?? (object["headline"] as? String)?.trimmingSpaces()
        date = date ?? (object["datePublished"] as? String) ?? (object["dateCreated"] as? String)
        author = author ?? object["author"].flatMap(JSONArticleReader.string)
        publisher = publisher ?? object["publisher"].flatMap(JSONArticleReader.string)
        url = url ?? (object["url"] as? String)
    }
}
