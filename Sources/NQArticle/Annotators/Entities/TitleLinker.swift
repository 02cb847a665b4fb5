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
    static func link(_ layer: inout EntityLayer, context: AnalysisContext, articles: [Int]) {
        let people = layer.entities.indices.filter {
            layer.entities[$0].type == .person && layer.entities[$0].hasTitleOrAffiliation
        }
        guard !people.isEmpty else { return }
        let tokens = context.tokens
        let bytes = context.bytes
        let mentionAt = mentionTable(layer, tokens: tokens)
        let isPerson = layer.mentions.map { layer.entities[$0.entity].type == .person }
        let titleHashes = titleWordHashes(layer, people: people)
        // Each person's lower-cased title and its last word, made once rather than per role word.
        let titles = people.map { layer.entities[$0].title?.lowercased() ?? "" }
        let lastWords = titles.map { NameWords.last(of: $0) ?? "" }
        let named = NamedPlaces(layer, people: people)
        var added: [Mention] = []
        // Where a description may start: "the president", "the NATO chief", a headline's "NATO Chief".
        var starts = articles.map { (index: $0, isThe: true) }
        for (index, mention) in mentionAt.enumerated() where mention >= 0 && !isPerson[mention] {
            starts.append((index, false))
        }
        starts.sort { $0.index < $1.index }
        for (index, isThe) in starts where index + 1 < tokens.count {
            var next = isThe ? index + 1 : index
            var body: String?
            if mentionAt[next] >= 0, !isPerson[mentionAt[next]] {
                let mention = mentionAt[next]
                body = layer.entities[layer.mentions[mention].entity].name
                next = context.tokenIndex(atOrAfter: layer.mentions[mention].span.upper)
            }
            guard isThe || body != nil, next < tokens.count, tokens[next].kind == .word,
                tokens[next].span.length <= 20,
                // "U.S. President Donald Trump": the title is part of a name phrase, not a mention.
                mentionAt[next + 1] < 0 || !isPerson[mentionAt[next + 1]]
            else { continue }
            let span = WordHashSet.withoutPossessive(bytes, tokens[next].span)
            guard
                Self.genericRoleWords.contains(bytes, span)
                    || titleHashes.contains(WordHashSet.hash(bytes, span))
            else { continue }
            let word = context.text(span).lowercased()
            guard added.last?.span != span,
                let person = match(
                    word, body: body, people: people, titles: titles, lastWords: lastWords, layer: layer,
                    named: named, before: span.lower)
            else {
                continue
            }
            added.append(
                Mention(
                    entity: person, span: span, form: .title))
            let phrase = context.text(SourceSpan(tokens[index].span.lower, span.upper))
            let lowered = phrase.lowercased()
            if !layer.entities[person].hasAlias(where: { $0.lowercased() == lowered }) {
                layer.entities[person].appendAlias(phrase)
            }
            layer.entities[person].mentionCount += 1
        }
        guard !added.isEmpty else { return }
        layer.mentions = (layer.mentions + added).sorted { $0.span.start < $1.span.start }
    }

    /// For every token (and one past the end), the index of the mention starting at it, or -1.
    static func mentionTable(_ layer: EntityLayer, tokens: [Token]) -> [Int] {
        var table = [Int](repeating: -1, count: tokens.count + 2)
        // One pass over every token, on unsafe buffers.
        tokens.withUnsafeBufferPointer { tokens in
            table.withUnsafeMutableBufferPointer { table in
                var token = 0
                for (index, mention) in layer.mentions.enumerated() {
                    while token < tokens.count, tokens[token].span.start < mention.span.start { token &+= 1 }
                    if token < tokens.count, tokens[token].span.start == mention.span.start { table[token] = index }
                }
            }
        }
        return table
    }

    /// Hashes of the people's lower-cased titles and of their last words ("president").
    static func titleWordHashes(_ layer: EntityLayer, people: [Int]) -> [UInt64] {
        var hashes: [UInt64] = []
        for person in people {
            guard let title = layer.entities[person].title?.lowercased() else { continue }
            hashes.append(Lexicon.hash(title))
            if let last = NameWords.last(of: title) { hashes.append(Lexicon.hash(last)) }
        }
        return hashes
    }

    /// The person a role word (after an optional body) stands for: the one named most recently
    /// before it, else the first one named after it. `titles` and `lastWords` hold each person's
    /// lower-cased title and its last word.
    static func match(
        _ word: String, body: String?, people: [Int], titles: [String], lastWords: [String], layer: EntityLayer,
        named: NamedPlaces, before offset: Int
    ) -> Int? {
        var best: Int?
        var bestOffset = Int.min
        let generic = genericRoles.contains(word)
        for (position, person) in people.enumerated() {
            let title = titles[position]
            let fits: Bool
            if generic {
                fits = body != nil && layer.entities[person].affiliation == body
            } else {
                fits =
                    !title.isEmpty && (word == title || word == lastWords[position])
                    && (body == nil || layer.entities[person].affiliation == body)
            }
            guard fits else { continue }
            let seen = named.last(of: person, before: offset)
            // Named before: the latest wins; named only after: the earliest wins.
            let rank = seen ?? -1_000_000_000 - named.firstMention(of: person)
            if rank > bestOffset {
                best = person
                bestOffset = rank
            }
        }
        return best
    }
}

/// Where each person with a title is mentioned, so that "the person named most recently before
/// an offset" is a binary search rather than a scan of every mention (which made one large
/// article quadratic).
struct NamedPlaces {
    /// For each entity (by index: entities are numbered from 0), the start offsets of its
    /// mentions in text order; empty for an entity not among the people.
    private var starts: [[Int]]
    /// For each entity, the index of its first mention in the layer, if it is one of the people.
    private var first: [Int?]

    /// Indexes the mentions of `people` in a layer whose mentions are in text order.
    init(_ layer: EntityLayer, people: [Int]) {
        var wanted = [Bool](repeating: false, count: layer.entities.count)
        for person in people where wanted.indices.contains(person) { wanted[person] = true }
        starts = Array(repeating: [], count: layer.entities.count)
        first = Array(repeating: nil, count: layer.entities.count)
        for (index, mention) in layer.mentions.enumerated()
        where wanted.indices.contains(mention.entity) && wanted[mention.entity] {
            starts[mention.entity].append(mention.span.lower)
            if first[mention.entity] == nil { first[mention.entity] = index }
        }
    }

    /// The start of the person's last mention starting before `offset`, if any.
    func last(of person: Int, before offset: Int) -> Int? {
        guard starts.indices.contains(person) else { return nil }
        let list = starts[person]
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? list[low - 1] : nil
    }

    /// The index of the person's first mention in the layer (0 when never mentioned).
    func firstMention(of person: Int) -> Int { first.indices.contains(person) ? first[person] ?? 0 : 0 }
}
