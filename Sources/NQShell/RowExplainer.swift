import NQArticle
import NQLanguage
import NQRender
import NQSource

extension Session {
    /// The row numbered `number` (from 1) of a collection, or a diagnostic.
    func row(_ name: Name, _ number: Int, at span: SourceSpan) throws(Diagnostic) -> (CollectionDef, RowRef) {
        let collection: CollectionDef
        var rows: [RowRef]
        if let result = saved[name.text.lowercased()] {
            collection = result.collection
            rows = result.rows
        } else if let found = Schema.collection(named: name.text)
            ?? Schema.collections.first(where: { Messages.singular($0.name) == name.text.lowercased() })
        {
            collection = found
            rows = []
        } else {
            let names = Schema.collections.map { Messages.singular($0.name) }
            throw Messages.unknownCollection(
                name, suggestion: Suggestion.closest(to: name.text, in: names), known: names)
        }
        if rows.isEmpty && saved[name.text.lowercased()] == nil { rows = collection.rows(in: corpus) }
        guard number >= 1, number <= rows.count else {
            throw Messages.badRowNumber(number, of: collection.name, count: rows.count, at: span)
        }
        return (collection, rows[number - 1])
    }

    /// `show X N`: the row in its paragraph, the row's words highlighted.
    func show(_ name: Name, _ number: Int, at span: SourceSpan) throws(Diagnostic) {
        let (collection, row) = try self.row(name, number, at: span)
        let article = corpus.articles[Int(row.article)]
        guard let rowSpan = collection.rowSpan?(article, Int(row.item)) else {
            // Entities have no single place: list their fields instead.
            let values = collection.fields.map { ($0.name, $0.get(corpus, row).displayText) }
            emit(keyValues(values))
            return
        }
        emit(context(of: rowSpan, in: article))
    }

    /// The heading line and the highlighted paragraph(s) around a span.
    func context(of span: SourceSpan, in article: Article) -> String {
        let indexes = article.paragraphs.indices.filter {
            article.paragraphs[$0].span.overlaps(span) || article.paragraphs[$0].span.contains(span)
        }
        guard let firstIndex = indexes.first, let lastIndex = indexes.last else {
            return article.string(span) + "\n"
        }
        let first = article.paragraphs[firstIndex]
        let last = article.paragraphs[lastIndex]
        let section = article.sections[article.sectionNumber(ofParagraph: firstIndex) - 1]
        let heading = section.heading.map { " “" + article.string($0) + "”" } ?? ""
        var lines = [
            TerminalText.visible(
                "\(article.id) · section \(section.number)\(heading) · paragraph \(firstIndex + 1)", lineBreaks: false)
        ]
        let whole = SourceSpan(start: first.span.start, end: last.span.end)
        let lower = max(whole.start, span.start)
        let upper = min(whole.end, span.end)
        let (open, close) = color ? ("\u{1B}[7m", "\u{1B}[27m") : ("⟦", "⟧")
        // Article text is shown, never obeyed: an escape sequence in it cannot reach the terminal.
        let text =
            TerminalText.visible(article.string(SourceSpan(start: whole.start, end: lower))) + open
            + TerminalText.visible(article.string(SourceSpan(start: lower, end: upper))) + close
            + TerminalText.visible(article.string(SourceSpan(start: upper, end: whole.end)))
        lines += TextWrap.wrap(text, width: max(20, width))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `explain quote N`: why a quote has its speaker; other rows are shown as by `show`.
    func explainRow(_ name: Name, _ number: Int, at span: SourceSpan) throws(Diagnostic) {
        let (collection, row) = try self.row(name, number, at: span)
        guard collection.name == "quotes" else {
            try show(name, number, at: span)
            return
        }
        let article = corpus.articles[Int(row.article)]
        let quote = article.quotes[Int(row.item)]
        var values: [(String, String)] = [
            ("quote", "\(number) of \(corpus.quoteCount), \(article.id), paragraph \(quote.paragraph)")
        ]
        values.append(("text", "“" + article.string(quote.span) + "”"))
        values.append(("speaker", corpus.speakerName(of: row) ?? "none: nothing in the text says who spoke"))
        values.append(("confidence", String(format: "%.2f", quote.confidence)))
        if let mention = quote.speakerMention {
            var line = "“\(article.string(mention))” at sentence \(article.sentenceNumber(containing: mention.lower))"
            if let antecedent = quote.antecedent {
                line +=
                    ", which refers to “\(article.string(antecedent))” (sentence \(article.sentenceNumber(containing: antecedent.lower)))"
            }
            values.append(("mention", line))
        }
        if let cue = quote.cue {
            let side =
                cue.start >= quote.span.end
                ? "after the quote" : (cue.end <= quote.span.start ? "before the quote" : "inside")
            values.append(("cue", "“\(article.string(cue))”, \(side)"))
        }
        if let addressee = quote.addressee { values.append(("addressee", "“\(article.string(addressee))”")) }
        if let rule = quote.rule { values.append(("rule", rule.rawValue)) }
        if let resolution = article.resolution(of: quote) { values.append(("how", resolution)) }
        if let entity = quote.speakerEntity {
            let known = article.entities[entity]
            let others = known.aliases.filter { $0 != known.name }
            if !others.isEmpty {
                let names = others.map { "“\($0)”" }.joined(separator: ", ")
                values.append(("names", "\(known.name) is also written \(names) in this article"))
            }
        }
        if let identity = corpus.speakerIdentity(of: row) {
            var line = "\(identity.id): \(identity.name) across \(identity.articles) article"
            line += identity.articles == 1 ? "" : "s"
            let forms = identity.forms.filter { $0.name != identity.name }.prefix(4)
            if !forms.isEmpty {
                line += ", also written " + forms.map { "“\($0.name)” (\($0.count))" }.joined(separator: ", ")
            }
            values.append(("identity", line))
        }
        emit(keyValues(values))
    }

    /// Lines of `key  value`, the values aligned and wrapped to the width.
    func keyValues(_ values: [(String, String)]) -> String {
        let keyWidth = (values.map(\.0.count).max() ?? 0) + 2
        var lines: [String] = []
        for (key, value) in values {
            let wrapped = TextWrap.wrap(
                TerminalText.visible(value, lineBreaks: false), width: max(20, width - keyWidth - 1))
            for (index, line) in wrapped.enumerated() {
                let label = index == 0 ? key : ""
                lines.append(" " + label + String(repeating: " ", count: keyWidth - label.count) + line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Wraps text at spaces to a width in characters.
enum TextWrap {
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
