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
        let mentionAt = MentionStarts(layer, context: context)
        let isPerson = layer.mentions.map { layer.entities[$0.entity].type == .person }
        // Each person's lower-cased title and its last word, made once rather than per role word,
        // and the hashes of both for the people with a title.
        var titles: [String] = []
        var lastWords: [String] = []
        var titleHashes = WordHashes(capacity: 2 * people.count)
        // The lengths in bytes (below 64) of the titles and last words hashed, as bits: a word
        // of another length is none of them, without hashing it.
        var titleLengths: UInt64 = 0
        titles.reserveCapacity(people.count)
        lastWords.reserveCapacity(people.count)
        for person in people {
            let title = layer.entities[person].title?.lowercased()
            let lastWord = NameWords.last(of: title ?? "")
            titles.append(title ?? "")
            lastWords.append(lastWord ?? "")
            guard let title else { continue }
            titleHashes.insert(Lexicon.hash(title))
            if let lastWord { titleHashes.insert(Lexicon.hash(lastWord)) }
            titleLengths |= Self.lengthBit(title) | (lastWord.map(Self.lengthBit) ?? 0)
        }
        let named = NamedPlaces(layer, people: people)
        var added: [Mention] = []
        // Where a description may start: "the president", "the NATO chief", a headline's "NATO Chief";
        // both lists are in token order, merged with "the" first at one token.
        var starts: [(index: Int, isThe: Bool)] = []
        starts.reserveCapacity(articles.count + mentionAt.count)
        var nextArticle = 0
        for (token, mention) in mentionAt.pairs where !isPerson[mention] {
            while nextArticle < articles.count, articles[nextArticle] <= token {
                starts.append((articles[nextArticle], true))
                nextArticle += 1
            }
            starts.append((token, false))
        }
        for article in articles[nextArticle...] { starts.append((article, true)) }
        // Taken once, not checked for at every start.
        let genericRoleWords = Self.genericRoleWords
        for (index, isThe) in starts where index + 1 < tokens.count {
            var next = isThe ? index + 1 : index
            // The body's mention: its name is read only for a role word that fits a title.
            var bodyMention: Int?
            if mentionAt[next] >= 0, !isPerson[mentionAt[next]] {
                let mention = mentionAt[next]
                bodyMention = mention
                next = Self.firstToken(atOrAfter: layer.mentions[mention].span.upper, in: tokens, from: next)
            }
            guard isThe || bodyMention != nil, next < tokens.count, tokens[next].kind == .word,
                tokens[next].span.length <= 20
            else { continue }
            var span = WordHashSet.withoutPossessive(bytes, tokens[next].span)
            var last = next
            // "the Finance Minister", "the Chief Justice": a title of several words in full.
            if let end = fullTitleEnd(
                from: next, context: context, titleHashes: titleHashes, titleLengths: titleLengths)
            {
                last = end
                span = SourceSpan(span.lower, WordHashSet.withoutPossessive(bytes, tokens[end].span).upper)
            } else if !genericRoleWords.contains(bytes, span),
                !Self.hasLength(span.length, in: titleLengths) || !titleHashes.contains(WordHashSet.hash(bytes, span))
            {
                continue
            }
            // "U.S. President Donald Trump": the title is part of a name phrase, not a mention.
            guard mentionAt[last + 1] < 0 || !isPerson[mentionAt[last + 1]],
                // Nor one of titles in a row before a name: "Committee Chairman Rep. Jan Roe".
                !isTitle(before: last + 1, context: context, mentionAt: mentionAt, isPerson: isPerson)
            else { continue }
            let word = context.text(span).lowercased()
            let body = bodyMention.map { layer.entities[layer.mentions[$0].entity].name }
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

    /// The first token from `low` on that starts at or after `offset` (`tokens.count` if none):
    /// `AnalysisContext.tokenIndex(atOrAfter:)` for an offset a few tokens after `low`, found by
    /// a walk forward rather than a binary search of every token.
    static func firstToken(atOrAfter offset: Int, in tokens: [Token], from low: Int) -> Int {
        var index = max(0, low)
        while index < tokens.count, tokens[index].span.lower < offset { index += 1 }
        return index
    }

    /// The last token of a capitalised title of two to four words written in full from token
    /// `first` ("Finance Minister", "Chief Justice", "Secretary of State") that `titleHashes`
    /// holds, one space between its words; nil when none starts there.
    static func fullTitleEnd(
        from first: Int, context: AnalysisContext, titleHashes: WordHashes, titleLengths: UInt64
    ) -> Int? {
        let tokens = context.tokens
        guard tokens[first].isCapitalized else { return nil }
        var end = first + 1
        while end < tokens.count, end - first < 4, tokens[end].kind == .word,
            tokens[end].span.lower == tokens[end - 1].span.upper + 1
        {
            let span = SourceSpan(
                tokens[first].span.lower, WordHashSet.withoutPossessive(context.bytes, tokens[end].span).upper)
            if hasLength(span.length, in: titleLengths), titleHashes.contains(WordHashSet.hash(context.bytes, span)) {
                return end
            }
            end += 1
        }
        return nil
    }

    /// Whether token `index` is a capitalised title right before a person's name ("Rep." of
    /// "Rep. Jan Roe").
    static func isTitle(before index: Int, context: AnalysisContext, mentionAt: MentionStarts, isPerson: [Bool])
        -> Bool
    {
        let tokens = context.tokens
        guard index + 1 < tokens.count, tokens[index].kind == .word, tokens[index].isCapitalized else { return false }
        // "Rep." as a word and its stop.
        let stop =
            index + 2 < tokens.count && tokens[index + 1].span.length == 1
            && context.bytes[tokens[index + 1].span.lower] == UInt8(ascii: ".")
        let name = stop ? index + 2 : index + 1
        guard mentionAt[name] >= 0, isPerson[mentionAt[name]] else { return false }
        let span = SourceSpan(tokens[index].span.lower, tokens[name - 1].span.upper)
        return Lexicon.flags(context.bytes, span).contains(.title)
    }

    /// The bit of a text's length in bytes, when below 64 (else none).
    static func lengthBit(_ text: String) -> UInt64 {
        text.utf8.count < 64 ? 1 << UInt64(text.utf8.count) : 0
    }

    /// Whether `lengths` (bits made by `lengthBit`) holds a length of `length` bytes.
    static func hasLength(_ length: Int, in lengths: UInt64) -> Bool {
        length < 64 && lengths >> UInt64(length) & 1 != 0
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
    /// The start offsets of the people's mentions, each person's together and in text order.
    private var starts: [Int]
    /// For each entity (by index: entities are numbered from 0), where its offsets begin in
    /// `starts`; the next entity's bound is where they end. An entity not among the people has none.
    private var bounds: [Int]
    /// For each entity, the index of its first mention in the layer if it is one of the people,
    /// else -1.
    private var first: [Int]

    /// Indexes the mentions of `people` in a layer whose mentions are in text order.
    init(_ layer: EntityLayer, people: [Int]) {
        let count = layer.entities.count
        // The people are marked in `first` (-1, against `notWanted` for the others) rather than
        // in an array of their own; `bounds` counts each person's mentions two places on, so
        // that filling `starts` moves each person's start to where the next one's begins (one
        // array less than a copy of the starts to fill from).
        let notWanted = -2
        var first = [Int](repeating: notWanted, count: count)
        for person in people where first.indices.contains(person) { first[person] = -1 }
        var bounds = [Int](repeating: 0, count: count + 2)
        for (index, mention) in layer.mentions.enumerated()
        where first.indices.contains(mention.entity) && first[mention.entity] != notWanted {
            bounds[mention.entity + 2] += 1
            if first[mention.entity] < 0 { first[mention.entity] = index }
        }
        for entity in 0..<count { bounds[entity + 2] += bounds[entity + 1] }
        var starts = [Int](repeating: 0, count: bounds[count + 1])
        for mention in layer.mentions
        where first.indices.contains(mention.entity) && first[mention.entity] != notWanted {
            starts[bounds[mention.entity + 1]] = mention.span.lower
            bounds[mention.entity + 1] += 1
        }
        for entity in 0..<count where first[entity] == notWanted { first[entity] = -1 }
        self.starts = starts
        self.bounds = bounds
        self.first = first
    }

    /// The start of the person's last mention starting before `offset`, if any.
    func last(of person: Int, before offset: Int) -> Int? {
        guard first.indices.contains(person) else { return nil }
        let lowest = bounds[person]
        var low = lowest
        var high = bounds[person + 1]
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low > lowest ? starts[low - 1] : nil
    }

    /// The index of the person's first mention in the layer (0 when never mentioned).
    func firstMention(of person: Int) -> Int {
        first.indices.contains(person) && first[person] >= 0 ? first[person] : 0
    }
}
