import NQSource

/// Links descriptions such as "the president" or "the NATO chief" to the person the article
/// gave that title or affiliation, as mentions of form `.title`.
enum TitleLinker {
    /// Role words that name no office of their own and need an organisation before them.
    static let genericRoles: Set<String> = [
        "chief", "head", "boss", "leader", "chairman", "chairwoman",
    ]
    /// The generic roles, tested on bytes.
    static let genericRoleWords = WordHashSet(genericRoles)

    /// Adds the title mentions to a layer, keeping mentions in text order.
    static func link(_ layer: inout EntityLayer, context: AnalysisContext) {
        let people = layer.entities.indices.filter {
            layer.entities[$0].type == .person
                && (layer.entities[$0].title != nil || layer.entities[$0].affiliation != nil)
        }
        guard !people.isEmpty else { return }
        let tokens = context.tokens
        let bytes = context.bytes
        // For every token, the mention starting at it (-1 for none).
        var mentionAt = [Int](repeating: -1, count: tokens.count + 1)
        for (index, mention) in layer.mentions.enumerated() {
            let token = context.tokenIndex(atOrAfter: mention.span.lower)
            if token < tokens.count, tokens[token].span.start == mention.span.start { mentionAt[token] = index }
        }
        // The role words worth a look: the generic roles and the people's titles (by hash).
        var titleHashes: [UInt64] = []
        for person in people {
            guard let title = layer.entities[person].title?.lowercased() else { continue }
            titleHashes.append(Lexicon.hash(title))
            if let last = title.split(separator: " ").last { titleHashes.append(Lexicon.hash(String(last))) }
        }
        func isRoleWord(_ span: SourceSpan) -> Bool {
            Self.genericRoleWords.contains(bytes, span) || titleHashes.contains(WordHashSet.hash(bytes, span))
        }
        var added: [Mention] = []
        // "U.S. President Donald Trump": the title is part of a name phrase, not a mention.
        func startsPersonMention(_ token: Int) -> Bool {
            guard token < tokens.count, mentionAt[token] >= 0 else { return false }
            return layer.entities[layer.mentions[mentionAt[token]].entity].type == .person
        }
        var index = 0
        while index + 1 < tokens.count {
            defer { index += 1 }
            // "the president", "the NATO chief", or a headline's "NATO Chief".
            guard mentionAt[index] >= 0 || tokens[index].span.length == 3 else { continue }
            let isThe =
                tokens[index].span.length == 3
                && bytes[tokens[index].span.lower] | 0x20 == UInt8(ascii: "t")
                && bytes[tokens[index].span.lower + 1] | 0x20 == UInt8(ascii: "h")
                && bytes[tokens[index].span.lower + 2] | 0x20 == UInt8(ascii: "e")
            var next = isThe ? index + 1 : index
            var body: String?
            if mentionAt[next] >= 0, layer.entities[layer.mentions[mentionAt[next]].entity].type != .person {
                let mention = mentionAt[next]
                body = layer.entities[layer.mentions[mention].entity].name
                next = context.tokenIndex(atOrAfter: layer.mentions[mention].span.upper)
            }
            guard isThe || body != nil, next < tokens.count, tokens[next].kind == .word,
                tokens[next].span.length <= 20,
                !startsPersonMention(next + 1)
            else { continue }
            let span = WordHashSet.withoutPossessive(bytes, tokens[next].span)
            guard isRoleWord(span) else { continue }
            let word = context.article.text.string(span).lowercased()
            guard added.last?.span != span,
                let person = match(word, body: body, people: people, layer: layer, before: span.lower)
            else {
                continue
            }
            added.append(
                Mention(
                    entity: person, span: span,
                    sentence: context.article.sentenceNumber(containing: span.lower),
                    form: .title))
            let phrase = context.article.text.string(SourceSpan(tokens[index].span.lower, span.upper))
            if !layer.entities[person].aliases.contains(phrase) {
                layer.entities[person].aliases.append(phrase)
            }
            layer.entities[person].mentionCount += 1
        }
        guard !added.isEmpty else { return }
        layer.mentions = (layer.mentions + added).sorted { $0.span.start < $1.span.start }
    }

    /// The person a role word (after an optional body) stands for: the one named most recently
    /// before it, else the first one named after it.
    static func match(
        _ word: String, body: String?, people: [Int], layer: EntityLayer, before offset: Int
    ) -> Int? {
        var best: Int?
        var bestOffset = Int.min
        for person in people {
            let entity = layer.entities[person]
            let title = entity.title?.lowercased() ?? ""
            let lastWord = title.split(whereSeparator: { $0 == " " }).last.map(String.init) ?? ""
            let fits: Bool
            if genericRoles.contains(word) {
                fits = body != nil && entity.affiliation == body
            } else {
                fits =
                    !title.isEmpty && (word == title || word == lastWord)
                    && (body == nil || entity.affiliation == body)
            }
            guard fits else { continue }
            let seen = layer.mentions.last { $0.entity == person && $0.span.lower < offset }.map(
                \.span.lower)
            // Named before: the latest wins; named only after: the earliest wins.
            let rank = seen ?? -1_000_000_000 - (layer.mentions.firstIndex { $0.entity == person } ?? 0)
            if rank > bestOffset {
                best = person
                bestOffset = rank
            }
        }
        return best
    }
}
