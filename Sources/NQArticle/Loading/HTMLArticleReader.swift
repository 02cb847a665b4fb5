import Foundation

/// Reads an article from a web page: its main text (the `<article>`, else `<main>`, else the
/// body) with scripts, styles, navigation, headers, footers, asides, forms and hidden parts left
/// out; the headline, date, author, outlet and address from the page's metadata (Open Graph and
/// `article:` tags, `<meta name=…>`, JSON-LD, `<time>`, `<link rel=canonical>`).
struct HTMLArticleReader {
    /// Elements whose content is never article text.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
        "select", "textarea", "svg", "iframe", "figure", "menu", "dialog", "head", "object", "embed", "canvas",
        "video", "audio", "map",
    ]
    /// ARIA roles of parts that are not article text.
    static let skippedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog", "alert",
    ]
    /// Words in a class or id that mark page furniture rather than text.
    static let furnitureWords: Set<String> = [
        "nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "related", "comments",
        "comment", "footer", "advert", "advertisement", "ad", "ads", "promo", "newsletter", "cookie", "cookies",
        "sidebar", "subscribe", "paywall",
    ]
    /// Elements that end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "blockquote", "pre", "td", "tr", "table", "dd",
        "dt", "dl", "figcaption", "address", "body", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    ]

    /// The largest text one article may have, in bytes.
    let maxArticleBytes: Int

    /// The article of one page.
    func read(_ bytes: [UInt8], isUTF8: Bool, source: String, id: String) -> Result<ArticleRecord, LoadProblem> {
        guard let document = HTMLDocument(bytes, isUTF8: isUTF8) else {
            return .failure(LoadProblem(path: source, message: "not an HTML page nq can read"))
        }
        let roots = document.roots
        let metadata = PageMetadata(roots)
        var collector = BlockCollector()
        for root in mainContent(roots) { collector.visit(root) }
        collector.flush()
        var assembler = TextAssembler()
        let h1s = collector.blocks.filter { $0.level == 1 }
        let title = metadata.title ?? h1s.first?.text
        if let title { assembler.addTitle(title) }
        for block in collector.blocks {
            if block.level == 1, block.text == title || title.map({ Self.sameTitle($0, block.text) }) == true {
                continue
            }
            if block.level > 0 {
                assembler.addHeading(block.text)
            } else if !Self.isByline(block.text, author: metadata.article.author) {
                assembler.addBody(block.text)
            }
        }
        guard assembler.hasBody else {
            return .failure(LoadProblem(path: source, message: "no article text in this page"))
        }
        guard assembler.bytes.count <= maxArticleBytes else {
            return .failure(
                LoadProblem(path: source, message: ArticleLoader.tooLarge(assembler.bytes.count, maxArticleBytes)))
        }
        return .success(
            ArticleRecord(
                id: id, source: source, text: ArticleText(bytes: assembler.bytes), layout: assembler.layout,
                metadata: metadata.article))
    }

    /// Whether a paragraph only names the author ("By Dana Whitfield"), which the metadata
    /// already gives.
    static func isByline(_ text: String, author: String?) -> Bool {
        guard let author, !author.isEmpty else { return false }
        let lower = text.lowercased()
        return lower == author.lowercased() || lower == "by " + author.lowercased()
    }

    /// Whether a page's title and a heading are the same headline, the title perhaps followed
    /// by ` | Outlet` or ` - Outlet`.
    static func sameTitle(_ title: String, _ heading: String) -> Bool {
        title.hasPrefix(heading) && heading.count * 2 > title.count
    }

    /// The elements holding the article: the `<article>` with the most paragraph text, else
    /// `<main>` or `role=main`, else everything.
    func mainContent(_ roots: [HTMLNode]) -> [HTMLNode] {
        var articles: [HTMLNode] = []
        var mains: [HTMLNode] = []
        for root in roots {
            articles += root.elements { $0.name == "article" && !Self.isFurniture($0) }
            mains += root.elements { ($0.name == "main" || $0.attribute("role") == "main") && !Self.isFurniture($0) }
        }
        func paragraphText(_ node: HTMLNode) -> Int {
            node.elements { $0.name == "p" }.reduce(0) { $0 + $1.text.count }
        }
        if let best = articles.max(by: { paragraphText($0) < paragraphText($1) }), paragraphText(best) > 0 {
            return [best]
        }
        if let main = mains.first { return [main] }
        return roots
    }

    /// Whether an element is never article text: a skipped element, role or hidden part, or a
    /// class or id naming page furniture.
    static func isFurniture(_ node: HTMLNode) -> Bool {
        if skipped.contains(node.name) { return true }
        if let role = node.attribute("role"), skippedRoles.contains(role.lowercased()) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        let style = node.attribute("style")?.lowercased().replacingOccurrences(of: " ", with: "") ?? ""
        if style.contains("display:none") { return true }
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        return names.split(whereSeparator: { !$0.isLetter }).contains { furnitureWords.contains(String($0)) }
    }
}

/// Gathers the text blocks (paragraphs and headings) of an HTML subtree.
struct BlockCollector {
    /// A paragraph (level 0) or a heading (level 1 to 6).
    struct Block {
        var text: String
        var level: Int
    }

    /// The blocks found so far.
    private(set) var blocks: [Block] = []
    /// The text of the block being read, spaces collapsed.
    private var current = ""
    /// The heading level of the block being read (0 for a paragraph).
    private var level = 0
    /// Whether inside `<pre>`, where white space is kept.
    private var preformatted = false

    /// Reads a node and everything under it.
    mutating func visit(_ node: HTMLNode) {
        if node.isText {
            append(node.content)
            return
        }
        guard node.isElement, !HTMLArticleReader.isFurniture(node) else { return }
        let name = node.name
        if name == "br" {
            current += "\n"
            return
        }
        let isBlock = HTMLArticleReader.blocks.contains(name)
        if isBlock { flush() }
        let headingLevel = name.count == 2 && name.first == "h" ? Int(String(name.last!)) ?? 0 : 0
        if headingLevel > 0 { level = headingLevel }
        let wasPre = preformatted
        if name == "pre" { preformatted = true }
        for child in node.children { visit(child) }
        preformatted = wasPre
        if isBlock { flush() }
    }

    /// Adds text to the current block, collapsing white space outside `<pre>`.
    private mutating func append(_ text: String) {
        if preformatted {
            current += text
            return
        }
        for character in text {
            if character.isWhitespace {
                if let last = current.last, !last.isWhitespace { current.append(" ") }
            } else {
                current.append(character)
            }
        }
    }

    /// Ends the current block.
    mutating func flush() {
        let lines = current.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingSpacesAndTabs() }
        let text = lines.joined(separator: "\n").trimmingSpaces()
        if !text.isEmpty { blocks.append(Block(text: text, level: level)) }
        current = ""
        level = 0
    }
}

extension Substring {
    /// The text without spaces and tabs at either end.
    func trimmingSpacesAndTabs() -> String {
        String(self).trimmingSpaces()
    }
}
