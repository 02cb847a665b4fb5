import Yams

/// Reads an article from Markdown: YAML front matter (read with Yams) gives the headline and
/// metadata through the same field names as JSON; `#` headings become the headline (the first
/// level-one heading, when the front matter has no title) and section headings; list markers,
/// block-quote markers, emphasis, links and images are reduced to their words; code blocks,
/// HTML comments, rules and link definitions are left out.
struct MarkdownArticleReader {
    /// The field names of the front matter.
    let fields: FieldNames

    /// The article of one Markdown file.
    func read(_ text: String, source: String, id: String) -> Result<ArticleRecord, LoadProblem> {
        var lines = text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false)
        var front: [String: Any] = [:]
        if lines.first.map({ $0.trimmingSpacesAndTabs() == "---" }) == true,
            let end = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmingSpacesAndTabs()) })
        {
            let yaml = lines[1..<end].joined(separator: "\n")
            do {
                if let node = try Yams.compose(yaml: yaml), let mapping = Self.plain(node) as? [String: Any] {
                    front = mapping
                }
            } catch {
                let firstLine = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
                return .failure(
                    LoadProblem(path: source, message: "the front matter is not valid YAML (\(firstLine))"))
            }
            lines.removeSubrange(0...end)
        }
        let lookup = JSONArticleReader(fields: fields, maxArticleBytes: .max)
        var assembler = TextAssembler()
        var title = lookup.text(front, .title)
        if let title { assembler.addTitle(title) }
        var paragraph: [String] = []
        var inFence: Substring?
        func endParagraph() {
            if !paragraph.isEmpty { assembler.addBody(paragraph.joined(separator: " ")) }
            paragraph = []
        }
        for raw in lines {
            let line = raw.trimmingSpacesAndTabs()
            if let fence = inFence {
                if line.hasPrefix(fence) { inFence = nil }
                continue
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                endParagraph()
                inFence = Substring(line.prefix(3))
                continue
            }
            if line.isEmpty || Self.isRule(line) || Self.isLinkDefinition(line) || line.hasPrefix("<!--") {
                endParagraph()
                continue
            }
            if let (level, heading) = Self.heading(line) {
                endParagraph()
                let words = Self.inline(heading)
                if level == 1, title == nil, !assembler.hasBody {
                    title = words
                    assembler.addTitle(words)
                } else if level == 1, words == title, !assembler.hasBody {
                    // The front matter's title repeated as the first heading.
                } else {
                    assembler.addHeading(words)
                }
                continue
            }
            let (body, startsItem) = Self.stripBlockMarkers(line)
            if startsItem { endParagraph() }
            if !body.isEmpty { paragraph.append(Self.inline(body)) }
        }
        endParagraph()
        guard assembler.hasBody else { return .failure(LoadProblem(path: source, message: "empty article")) }
        let metadata = ArticleMetadata(
            date: lookup.text(front, .date).flatMap(MetadataDate.normalize), url: lookup.text(front, .url),
            outlet: lookup.text(front, .outlet), author: lookup.text(front, .author))
        let ownID = lookup.text(front, .id).map(JSONArticleReader.cleanID)
        return .success(
            ArticleRecord(
                id: ownID ?? id, source: source, text: ArticleText(bytes: assembler.bytes), layout: assembler.layout,
                metadata: metadata))
    }

    /// A YAML node as plain values: every scalar as its text (so a date stays as written).
    static func plain(_ node: Node) -> Any {
        switch node {
        case .scalar(let scalar): return scalar.string
        case .sequence(let sequence): return sequence.map(plain)
        case .mapping(let mapping):
            var result: [String: Any] = [:]
            for (key, value) in mapping {
                if let name = key.scalar?.string { result[name] = plain(value) }
            }
            return result
        case .alias: return ""
        }
    }

    /// An ATX heading's level and text (`## Text ##` → 2, "Text").
    static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingSpacesAndTabs()
        while text.hasSuffix("#") { text.removeLast() }
        return (hashes, text.trimmingSpaces())
    }

    /// Whether a line is a thematic break (`---`, `***`, `___`).
    static func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// Whether a line defines a link reference (`[label]: https://…`).
    static func isLinkDefinition(_ line: String) -> Bool {
        line.hasPrefix("[") && line.contains("]:") && !line.hasPrefix("[[")
    }

    /// The line without block-quote and list markers, and whether it starts a list item.
    static func stripBlockMarkers(_ line: String) -> (String, Bool) {
        var text = Substring(line)
        var item = false
        while text.hasPrefix(">") {
            text = text.dropFirst().drop(while: { $0 == " " })
        }
        if let first = text.first, "-*+".contains(first), text.dropFirst().first == " " {
            text = text.dropFirst(2)
            item = true
        } else {
            let digits = text.prefix(while: \.isNumber)
            let after = text.dropFirst(digits.count)
            if !digits.isEmpty, digits.count <= 9, let mark = after.first, mark == "." || mark == ")",
                after.dropFirst().first == " "
            {
                text = after.dropFirst(2)
                item = true
            }
        }
        return (String(text).trimmingSpaces(), item)
    }

    /// Inline Markdown reduced to its words: images dropped, links to their text, emphasis and
    /// code marks removed, backslash escapes resolved.
    static func inline(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count,
                characters[index + 1].isPunctuation
                    || characters[index + 1].isSymbol
            {
                out.append(characters[index + 1])
                index += 2
                continue
            }
            let isImage = character == "!" && index + 1 < characters.count && characters[index + 1] == "["
            if character == "[" || isImage, let (label, end) = link(characters, from: isImage ? index + 1 : index) {
                if !isImage { out += inline(label) }
                index = end
                continue
            }
            if character == "*" || character == "`" {
                index += 1
                continue
            }
            if character == "_" {
                // Emphasis underscores sit at a word's edge; inside a word they are text.
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber) {
                    index += 1
                    continue
                }
            }
            out.append(character)
            index += 1
        }
        return out
    }

    /// A link `[label](target)` or `[label][ref]` starting at `start`: its label and the index
    /// after it.
    static func link(_ characters: [Character], from start: Int) -> (String, Int)? {
        var depth = 0
        var index = start
        while index < characters.count {
            if characters[index] == "[" { depth += 1 }
            if characters[index] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index < characters.count, index + 1 < characters.count else { return nil }
        let label = String(characters[(start + 1)..<index])
        let close: Character
        switch characters[index + 1] {
        case "(": close = ")"
        case "[": close = "]"
        default: return nil
        }
        guard let end = characters[(index + 2)...].firstIndex(of: close) else { return nil }
        return (label, end + 1)
    }
}
