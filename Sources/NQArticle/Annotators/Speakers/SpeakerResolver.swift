import NQSource

/// Turns the phrase an attribution rests on (a name, a pronoun, a description) into the person or
/// organisation who spoke, as a careful reader would: a pronoun agrees in gender and number with
/// what it stands for, a name inside quoted words is never the speaker, a description stands for
/// the entity the article has named when the article supports it, and otherwise the quote keeps
/// the description, or no speaker, rather than a wrong name.
struct SpeakerResolver {
    /// The tokens.
    let view: TokenView
    /// The article.
    let article: Article
    /// The entity layer the speakers are found in.
    var layer: EntityLayer
    /// The mentions as the resolver sees them.
    var table: ReferenceTable
    /// Pronouns already counted as references to their entity: a few an article, searched
    /// faster in a list than hashed in a set.
    private var countedPronouns: [SourceSpan] = []
    /// What each phrase resolved to, so that a quote continuing another (sharing its phrase)
    /// gets the same speaker.
    /// A quote's few phrases are searched faster in a list than hashed in a dictionary.
    private var resolved: [(phrase: Range<Int>, outcome: Outcome)] = []
    /// Each person (by entity) named with two words or more, read once when a surname is first
    /// asked about: for an ASCII name the `NameWords.lastOfSeveralHash` of its last word, for
    /// another the last word itself.
    private var surnames: [(entity: Int, hash: UInt64, surname: String?)]?
    /// The people the quote being resolved names in its own words: spoken of, so a pronoun or
    /// epithet for its speaker seldom stands for them ("“The country has told Mr Modi …,” the
    /// 53-year-old said" is not Modi).
    private(set) var namedInQuote: Set<Int> = []

    /// The quoted stretches of the article, in order.
    let quoted: [SourceSpan]
    /// The sentence of the token last asked about, and the first token of each sentence.
    private let sentenceMemo: SentenceMemo

    /// The 1-based number of the sentence holding token `token` (0 in a headline), as
    /// `article.sentenceNumber(containing:)` gives it for the token's start.
    func sentenceNumber(ofToken token: Int) -> Int {
        if let number = sentenceMemo.number(ofToken: token) { return number }
        let number = article.sentenceNumber(containing: view.tokens[token].span.lower)
        sentenceMemo.keep(number: number, ofToken: token)
        return number
    }

    /// The first token of sentence `number` (counted from 1; the token count when none follows
    /// its start), and whether quoted words hold it (false when there is none).
    func sentenceStart(_ number: Int) -> (token: Int, quoted: Bool) {
        if let known = sentenceMemo.start(ofSentence: number) { return known }
        let token = view.context.tokenIndex(atOrAfter: article.sentences[number - 1].span.lower)
        let quoted = token < view.count && isQuoted(view.tokens[token].span.lower)
        sentenceMemo.keep(start: token, quoted: quoted, ofSentence: number)
        return (token, quoted)
    }

    /// Creates a resolver over an article's entity layer; `quoted` are all quoted stretches.
    init(view: TokenView, layer: EntityLayer, quoted: [SourceSpan]) {
        self.view = view
        self.quoted = quoted
        self.article = view.context.article
        self.sentenceMemo = SentenceMemo(sentences: view.context.article.sentences.count)
        self.layer = layer
        // The words that may be "who", "he", "she", "himself" or "herself", found in one pass.
        let words = Self.pronounWords(view)
        self.table = ReferenceTable(view: view, layer: layer, quoted: quoted, words: words)
        learnGendersFromPossessives(quoted: quoted, among: words)
        chainPronouns(quoted: quoted, among: words)
    }

    /// The tokens that may be "who", "he", "she" (or their contractions), "himself" or
    /// "herself", in order: every word of two to eight bytes opening with "wh", "he", "sh" or
    /// "hi" in any case, a superset the passes over them check word by word.
    static func pronounWords(_ view: TokenView) -> [Int] {
        view.words(ofLengths: 2...8, startingWith: ["wh", "he", "sh", "hi"])
    }

    /// What the resolution found: the entity, the mention it rests on and how sure it is.
    struct Outcome {
        var entity: Int?
        var antecedent: SourceSpan?
        var text: String?
        var resolution: Resolution
        var certainty: Double
    }

    /// Fills the speaker of `quote` from `phrase`; `previous` is the entity that spoke the quote
    /// before it, when it was near (a pronoun most often continues the last speaker).
    mutating func resolve(_ quote: inout Quotation, phrase: SpeakerPhrase, previous: Int?) {
        let phraseSpan = view.span(phrase.range)
        var outcome: Outcome
        if quote.rule == .passiveCue {
            // "The plan was described as “…”": the subject is what the words are about.
            outcome = Outcome(resolution: .noSpeaker, certainty: 0)
        } else if let earlier = resolved.first(where: { $0.phrase == phrase.range }) {
            outcome = earlier.outcome
        } else if let cue = quote.cue, isWriting(cue: view.context.tokenIndex(atOrAfter: cue.lower), quote: quote.span)
        {
            // "A sign on the door read: “Closed until further notice.”": no one says it.
            outcome = Outcome(resolution: .writing, certainty: 0)
        } else if quote.span.lower <= phraseSpan.lower && phraseSpan.upper <= quote.span.upper {
            // The quote's own words name someone: that is who is spoken of, not who speaks.
            outcome = Outcome(resolution: .insideQuote, certainty: 0)
        } else {
            namedInQuote = people(inside: quote.span)
            defer { namedInQuote = [] }
            switch phrase.kind {
            case .name:
                outcome = name(phrase, previous: previous)
                // A guess (the first capitalised word of the paragraph) that names no one the
                // article knows is no speaker: "Written", "Transcript"; nor is the first name a
                // place ("At his news conference in Turkey, …").
                let guessed = quote.rule == .firstMention || quote.rule == .colonIntroduction
                let place = outcome.entity.map { layer.entities[$0].type == .place } ?? false
                if guessed, outcome.entity == nil || quote.rule == .firstMention && place {
                    outcome = Outcome(resolution: .noSpeaker, certainty: 0)
                }
            case .pronoun: outcome = pronoun(phrase, previous: previous)
            case .description:
                outcome = description(phrase, previous: previous)
                if outcome.resolution == .describedEntity { refer(phrase.range, to: outcome) }
            }
        }
        if quote.rule != .passiveCue {
            if let index = resolved.firstIndex(where: { $0.phrase == phrase.range }) {
                resolved[index].outcome = outcome
            } else {
                resolved.append((phrase.range, outcome))
            }
        }
        // "the Spaniard", "the Department": a capitalised epithet's mention keeps its "the".
        let before = phrase.range.lowerBound - 1
        if phrase.kind == .name, outcome.resolution == .describedEntity, before >= 0, isDefiniteArticle(before) {
            quote.speakerMention = view.span(before..<phrase.range.upperBound)
        }
        quote.resolution = outcome.resolution
        quote.antecedent = outcome.antecedent
        if let entity = outcome.entity {
            quote.speakerEntity = entity
            quote.speaker = layer.entities[entity].name
        } else {
            quote.speakerEntity = nil
            quote.speaker = outcome.text.map { lowercasingDeterminer($0, at: phrase.range.lowerBound) }
        }
        let strength = quote.rule?.strength ?? 0.5
        quote.confidence = quote.speaker == nil ? 0 : strength * outcome.certainty
    }

    /// Records a speaker's description resolved to an entity ("the Republican presidential
    /// candidate said" for Donald Trump) as a subject mention of it, which later pronouns see.
    mutating func refer(_ range: Range<Int>, to outcome: Outcome) {
        guard let entity = outcome.entity, let antecedent = outcome.antecedent,
            let mention = layer.mention(overlapping: antecedent)
        else { return }
        let offset = view.tokens[range.lowerBound].span.lower
        table.references.insert(
            ReferenceTable.Reference(
                mention: mention, offset: offset, pronoun: true, entity: entity, token: range.lowerBound,
                end: range.upperBound, sentence: article.sentenceNumber(containing: offset), quoted: false,
                subject: true,
                mainSubject: true, possessive: false),
            at: table.firstReference(atOrAfter: offset))
    }

    /// A description as a speaker reads the same wherever it stands: "The company" opening a
    /// sentence is "the company", one speaker with the one after a verb.
    func lowercasingDeterminer(_ text: String, at token: Int) -> String {
        guard view.isWord(token), view.tokens[token].isCapitalized, view.classes(token).contains(.determiner),
            let first = text.unicodeScalars.first, first.isASCII
        else { return text }
        return String(first).lowercased() + text.dropFirst()
    }

    // MARK: - Names

    /// A name next to the cue: the person it names (the head of "Florida Sen. Marco Rubio"),
    /// else the organisation or place, else the name as written.
    mutating func name(_ phrase: SpeakerPhrase, previous: Int?) -> Outcome {
        if let (entity, certainty) = entity(named: phrase.range) {
            return Outcome(entity: namesake(of: entity, at: phrase.range), resolution: .name, certainty: certainty)
        }
        // "the Department said": a capitalised head noun stands for the organisation named before.
        let head = phrase.range.upperBound - 1
        if phrase.range.count == 1, view.classes(head).contains(.organizationHead),
            let found = entityForHead(head, in: phrase.range)
        {
            return described(found, certainty: 0.7)
        }
        // "Park said" after "His lawyer, Park Soo-min,": a lone word that is no mention (a place
        // word, a common word) but the first or last word of one person's full name, family name
        // first or last.
        if phrase.range.count == 1, let person = onePerson(namedBy: view.string(phrase.range)) {
            return Outcome(entity: person, resolution: .name, certainty: 0.8)
        }
        // A lone capitalised word that names no one the article knows and that the article also
        // writes in lower case ("Transcript", "Written", "Multiple") or shouts ("TELLING") is an
        // ordinary word: a description at most.
        if phrase.range.count == 1, isOrdinaryWord(head) {
            guard canSpeak(phrase.range) else { return Outcome(resolution: .noSpeaker, certainty: 0) }
            return Outcome(text: view.string(phrase.range), resolution: .description, certainty: 0.6)
        }
        // "the Republican said", "the Prime Minister said": capitalised words after an article
        // that name no one the article knows describe someone; they are not a name.
        let before = phrase.range.lowerBound - 1
        // "the Spaniard said", "The Qatari added": a nationality standing for one person is an
        // epithet for the person the passage is about, as "the 23-year-old" is.
        if phrase.range.count == 1, before >= 0, isDefiniteArticle(before), isDemonym(head),
            let outcome = epithet(
                before..<phrase.range.upperBound, previous: previous, sure: AttributionLimits.demonymCertainty)
        {
            return outcome
        }
        // "the 44-year-old Portuguese said": after an age, any nationality is one person's epithet.
        let age = before - 2
        if phrase.range.count == 1, age >= 1, PhraseReader(view: view).isHyphenedNumber(age),
            isDefiniteArticle(age - 1), Lexicon.flags(view.bytes, view.tokens[head].span).contains(.nationality),
            let outcome = epithet(
                (age - 1)..<phrase.range.upperBound, previous: previous, sure: AttributionLimits.demonymCertainty)
        {
            return outcome
        }
        // "Jane Doe, the Chancellor, … “…,” the Chancellor said": a title the article gave a person
        // in apposition stands for that person.
        if phrase.range.count <= AttributionLimits.describedTitleWords, before >= 0, isDefiniteArticle(before),
            let found = roleHolder(of: head, in: before..<phrase.range.upperBound, previous: previous)
        {
            return described(found, certainty: AttributionLimits.appositionCertainty)
        }
        if phrase.range.count <= AttributionLimits.describedTitleWords, before >= 0, view.isLowerWord(before),
            Self.articles.contains(view.hash(before))
        {
            return Outcome(
                text: view.string(before..<phrase.range.upperBound), resolution: .description, certainty: 0.6)
        }
        return Outcome(text: view.string(phrase.range), resolution: .name, certainty: 0.8)
    }

    /// The one person of the article whose full name (two words or more) opens or ends with
    /// `word`; nil when none or several do.
    func onePerson(namedBy word: String) -> Int? {
        var found: Int?
        for (index, entity) in layer.entities.enumerated() where entity.type == .person {
            let name = entity.name
            guard name.utf8.count > word.utf8.count, name.hasPrefix(word + " ") || name.hasSuffix(" " + word) else {
                continue
            }
            if found != nil { return nil }
            found = index
        }
        return found
    }

    /// Whether the capitalised word at `index` is an ordinary word: all capitals and long, or
    /// written in lower case elsewhere in the article.
    func isOrdinaryWord(_ index: Int) -> Bool {
        let span = view.tokens[index].span
        let bytes = view.bytes
        if span.length > 5, (span.lower..<span.upper).allSatisfy({ !CharClass.isLower(bytes[$0]) }) { return true }
        // The same word in lower case has as many bytes: only those are hashed. (Few names need
        // this, so a search of the tokens costs less than a set of the article's words.)
        let hash = WordHashSet.hash(bytes, span)
        for token in 0..<view.count
        where view.tokens[token].span.length == span.length && view.isLowerWord(token)
            && WordHashSet.hash(bytes, view.tokens[token].span) == hash
        {
            return true
        }
        return false
    }

    /// Among people who share a surname, the one a bare surname at `range` stands for: the most
    /// salient of them just before, as a reader takes "Patricia Smith, mother of Sean Smith, …
    /// “…,” Smith said" (Patricia, the subject), an honorific's gender agreeing, or the gender of
    /// a pronoun in a clause the name opens ("said Sanders as he closed"); `entity` when the name
    /// is not a bare surname, has no namesake, or none is near.
    mutating func namesake(of entity: Int, at range: Range<Int>) -> Int {
        // The words of the range, counted, and the first two kept: no array for each name.
        var wordCount = 0
        var word = -1
        var secondWord = -1
        for index in range where view.isWord(index) {
            if wordCount == 0 { word = index } else if wordCount == 1 { secondWord = index }
            wordCount += 1
        }
        var kind = PronounKind.person
        if wordCount == 2, ReferenceTable.honorificGender(view, word) != .unknown {
            kind = ReferenceTable.honorificGender(view, word) == .male ? .masculine : .feminine
            word = secondWord
            wordCount = 1
        }
        if kind == .person, let gendered = pronounOfClause(after: range.upperBound) { kind = gendered }
        guard wordCount == 1, layer.entities[entity].type == .person,
            let surname = NameWords.last(of: layer.entities[entity].name),
            surname == view.string(word..<(word + 1))
        else { return entity }
        // Only people named with a listed given name besides the entity's own choice: not "Team
        // Trump" for Trump. (Each bearer is listed once, so the list counts them as a set would.)
        let bearing = bearers(of: surname).filter { index in index == entity || table.hasGivenName[index] }
        guard bearing.count >= 2, bearing.contains(entity) else { return entity }
        var namesakes = Set(bearing)
        // "Nadia Okonkwo … Her mother, Grace Okonkwo, … Grace says. … Okonkwo says": one named after
        // another and told apart from that one by the given name alone is not the surname's.
        let offset = view.tokens[range.lowerBound].span.lower
        let firsts = Dictionary(uniqueKeysWithValues: bearing.map { ($0, firstMention(of: $0) ?? .max) })
        let uncalled = bearing.filter { !calledByGivenName($0, before: offset) }
        if let earliest = uncalled.lazy.compactMap({ firsts[$0] }).min() {
            let called = namesakes.filter { !uncalled.contains($0) && firsts[$0] ?? .max > earliest }
            namesakes.subtract(called)
            if !called.isEmpty, namesakes.count == 1, let only = namesakes.first, kind == .person || fits(only, kind) {
                return only
            }
        }
        if let (found, _) = antecedent(of: range.lowerBound, kind: kind, previous: nil, among: namesakes) {
            return found.entity
        }
        // None near: still not one whose gender the honorific or pronoun rules out, when only
        // one namesake fits.
        guard kind != .person, !fits(entity, kind) else { return entity }
        let fitting = namesakes.filter { fits($0, kind) }
        guard fitting.count == 1, let only = fitting.first else { return entity }
        return only
    }

    /// Whether the article calls person `entity` by the given name alone, outside quoted words,
    /// after a fuller name and before UTF-8 offset `offset` ("Grace says" of Grace Okonkwo).
    func calledByGivenName(_ entity: Int, before offset: Int) -> Bool {
        guard let given = GivenNameTable.firstWordOfFullName(layer.entities[entity].name, keepingPeriods: true)
        else { return false }
        // Only after the name in full ("brothers Ammon and Ryan Bundy" is no such call).
        var named = false
        for mention in layer.mentions where mention.entity == entity {
            if mention.span.lower >= offset { break }
            if article.string(mention.span) != given {
                named = true
            } else if named, !isQuoted(mention.span.lower) {
                return true
            }
        }
        return false
    }

    /// The UTF-8 offset of the first mention of entity `entity`, if it has one.
    func firstMention(of entity: Int) -> Int? {
        layer.mentions.first { $0.entity == entity }?.span.lower
    }

    /// The people (by entity, in order) whose names of two words or more end in `surname`: those
    /// `NameWords.isLastOfSeveral` finds, for a name whose last word it finds is `surname`.
    mutating func bearers(of surname: String) -> [Int] {
        if surnames == nil { surnames = Self.surnames(of: layer) }
        // An ASCII surname is compared with an ASCII name's last word by hash first, then by its
        // bytes; any other pair as strings (which may be equal with other bytes: "\u{212A}ent").
        let ascii = ASCIIText.isASCII(surname)
        let hash = ascii ? Self.wordHash(surname) : 0
        var found: [Int] = []
        for bearer in surnames ?? [] {
            let bears =
                if let last = bearer.surname {
                    last == surname
                } else if ascii {
                    bearer.hash == hash
                        && NameWords.isLastOfSeveral(Substring(surname), in: layer.entities[bearer.entity].name)
                } else {
                    NameWords.last(of: layer.entities[bearer.entity].name) == surname
                }
            if bears { found.append(bearer.entity) }
        }
        return found
    }

    /// Each person named with two words or more, by entity in order: for an ASCII name the
    /// `NameWords.lastOfSeveralHash` of its last word, for another the last word itself.
    static func surnames(of layer: EntityLayer) -> [(entity: Int, hash: UInt64, surname: String?)] {
        var found: [(entity: Int, hash: UInt64, surname: String?)] = []
        // Room for every entity's: the list is made once, not grown.
        found.reserveCapacity(layer.entities.count)
        for index in layer.entities.indices where layer.entities[index].type == .person {
            let name = layer.entities[index].name
            // An ASCII name's last word is hashed in place, not cut out as a string.
            if ASCIIText.isASCII(name) {
                if let hash = NameWords.lastOfSeveralHash(name) { found.append((index, hash, nil)) }
            } else if let last = NameWords.last(of: name), NameWords.isLastOfSeveral(Substring(last), in: name) {
                found.append((index, 0, last))
            }
        }
        return found
    }

    /// The hash `NameWords.lastOfSeveralHash` gives a name whose last word is `word`.
    static func wordHash(_ word: String) -> UInt64 {
        var hash = CueLexicon.hashBasis
        for byte in word.utf8 { hash = CueLexicon.hashStep(hash, byte) }
        return hash
    }

    /// The entity a name's tokens stand for: the mention heading them, else (a name the entity
    /// layer missed) the one person the article names with the same surname.
    func entity(named range: Range<Int>) -> (entity: Int, certainty: Double)? {
        if let mention = headMention(in: view.span(range)) { return (layer.mentions[mention].entity, 1) }
        var last = range.upperBound - 1
        if view.isPossessive(last), last > range.lowerBound, !view.isWord(last) { last -= 1 }
        var surname = view.string(last..<(last + 1))
        // Only a word with an apostrophe (' or ’) can hold a possessive "'s" to take out.
        let span = view.tokens[last].span
        if view.bytes[span.lower..<span.upper].contains(where: { $0 == UInt8(ascii: "'") || $0 == 0xE2 }) {
            surname = surname.replacingOccurrences(of: "’s", with: "").replacingOccurrences(of: "'s", with: "")
        }
        let namesakes = layer.entities.indices.filter { index in
            layer.entities[index].type == .person
                && NameWords.isLastOfSeveral(Substring(surname), in: layer.entities[index].name)
        }
        return namesakes.count == 1 ? (namesakes[0], 0.9) : nil
    }

    /// The mention heading the words of `span`: its last person, else its last mention.
    func headMention(in span: SourceSpan) -> Int? {
        guard var index = layer.mention(overlapping: span) else { return nil }
        var person: Int?
        var last = index
        while index < layer.mentions.count, layer.mentions[index].span.lower < span.upper {
            last = index
            if layer.entities[layer.mentions[index].entity].type == .person { person = index }
            index += 1
        }
        return person ?? last
    }

    // MARK: - Pronouns

    /// A pronoun: the entity it stands for, agreeing in gender and number, most salient first.
    mutating func pronoun(_ phrase: SpeakerPhrase, previous: Int?) -> Outcome {
        let token = phrase.range.lowerBound
        let kind = PronounKind(view, token)
        switch kind {
        case .relative:
            return relative(token, previous: previous) ?? Outcome(resolution: .unresolvedPronoun, certainty: 0)
        case .masculine, .feminine, .group:
            let named = antecedent(of: token, kind: kind, previous: previous)
            if kind == .group, let described = describedOrganization(before: token),
                !(named.map { $0.0.mainSubject && $0.0.token >= described.upperBound } ?? false)
            {
                return describedAntecedent(described, previous: previous)
            }
            if kind == .group, let described = describedGroup(before: token),
                !(named.map { $0.0.mainSubject && $0.0.token >= described.upperBound } ?? false)
            {
                return describedAntecedent(described, previous: previous)
            }
            // "The new mayor … She": the person the description names, after another's name.
            if let described = describedPerson(before: token, kind: kind),
                let person = describedNamedPerson(described, kind: kind, previous: previous),
                describedNameOutranks(person, described: described, named: named?.0)
            {
                return Outcome(
                    entity: person, antecedent: view.span(described), resolution: .pronoun,
                    certainty: AttributionLimits.describedPersonCertainty)
            }
            // A person described by a noun of the pronoun's gender ("Mkhize's wife … she") over
            // one named whose gender is unknown, or named before the description.
            if kind != .group, let described = describedPerson(before: token, kind: kind),
                named.map({ outranks(described, named: $0.0) }) ?? true
            {
                // "A British Airways spokeswoman said …. she said": whom the description speaks for.
                if let phrase = PhraseReader(view: view).description(
                    endingAt: described.upperBound - 1, floor: described.lowerBound),
                    phrase.range == described, phrase.name != nil,
                    let entity = description(phrase, previous: previous).entity,
                    layer.entities[entity].type == .organization
                {
                    return Outcome(
                        entity: entity, antecedent: view.span(described), resolution: .pronoun,
                        certainty: AttributionLimits.describedPersonCertainty)
                }
                // "Her husband": the one relative of hers the article names.
                if let relative = relative(described: described, previous: previous) {
                    return Outcome(
                        entity: relative, antecedent: view.span(described), resolution: .pronoun,
                        certainty: AttributionLimits.describedPersonCertainty)
                }
                let text = lowercasingDeterminer(view.string(described), at: described.lowerBound)
                return Outcome(
                    antecedent: view.span(described), text: text, resolution: .pronoun,
                    certainty: AttributionLimits.describedPersonCertainty)
            }
            guard let (found, certainty) = named ?? againstGivenName(token, kind: kind, previous: previous) else {
                break
            }
            let entity = found.entity
            if named == nil { table.overrule(kind == .masculine ? .male : .female, for: entity) }
            if certainty >= AttributionLimits.learnGenderCertainty {
                table.learn(kind == .masculine ? .male : kind == .feminine ? .female : .unknown, for: entity)
            }
            let pronoun = view.span(phrase.range)
            if !countedPronouns.contains(pronoun) {
                countedPronouns.append(pronoun)
                layer.entities[entity].mentionCount += 1
            }
            return Outcome(
                entity: entity, antecedent: layer.mentions[found.mention].span, resolution: .pronoun,
                certainty: certainty)
        case .person, .other:
            break
        }
        return Outcome(resolution: .unresolvedPronoun, certainty: 0)
    }

    /// When no one named agrees with "he" or "she" at `token`: a person named in its sentence or
    /// the one before whose gender rests only on the usual gender of the given name, the other
    /// one ("Mayor Tory Lane said … “…,” she said"), less surely.
    func againstGivenName(_ token: Int, kind: PronounKind, previous: Int?) -> (ReferenceTable.Reference, Double)? {
        guard kind == .masculine || kind == .feminine else { return nil }
        let sentence = article.sentenceNumber(containing: view.tokens[token].span.lower)
        let candidates = Set(table.nameGenderOnly.indices.filter { table.nameGenderOnly[$0] })
        guard !candidates.isEmpty,
            let (found, certainty) = antecedent(of: token, kind: .person, previous: previous, among: candidates),
            sentence - found.sentence <= 1
        else { return nil }
        return (found, min(certainty, AttributionLimits.describedPersonCertainty))
    }

    /// The most salient earlier mention a pronoun of `kind` at token `token` can stand for, and
    /// how sure the choice is (lower when another candidate comes close); never one of
    /// `excluding`, by default those the pronoun's own clause names after it.
    func antecedent(
        of token: Int, kind: PronounKind, previous: Int?, among candidates: Set<Int>? = nil,
        excluding: Set<Int>? = nil, favouring favoured: Set<Int> = []
    ) -> (ReferenceTable.Reference, Double)? {
        let offset = view.tokens[token].span.lower
        // A person's he or she is read from where the quote before it opened; an "it" (often the
        // document quoted) from its own sentence.
        let sentence = kind == .group ? sentenceNumber(ofToken: token) : readingSentence(ofToken: token)
        var index = table.firstReference(atOrAfter: offset) - 1
        let excluded = excluding ?? namedAfter(pronoun: token)
        let floor = max(-1, index - AttributionLimits.referenceReach)
        // The best score of each entity so far, in the order first met, with its entity and the
        // index of its reference: a few entities, searched faster in a list than hashed in a
        // dictionary, in buffers on the stack (at most one entry for each reference read).
        let capacity = index - floor
        guard capacity > 0 else { return nil }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: capacity) { scores in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: capacity) { entities in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: capacity) { found in
                    var count = 0
                    while index > floor {
                        var reference = table.references[index]
                        index -= 1
                        if reference.sentence == 0 { continue }
                        if sentence - reference.sentence > AttributionLimits.pronounSentences { break }
                        // "Margaret Doyle … Alan Doyle … Doyle works … “…,” she says": a bare
                        // surname opening the sentence just before, which the pronoun's gender
                        // rules out for one bearer, is the other's.
                        if sentence - reference.sentence <= 1, !fits(reference.entity, kind),
                            let other = table.namesake(of: reference, fitting: { fits($0, kind) })
                        {
                            reference.entity = other
                        }
                        guard !reference.quoted, fits(reference.entity, kind),
                            candidates?.contains(reference.entity) ?? true, !excluded.contains(reference.entity)
                        else { continue }
                        if let known = (0..<count).first(where: { entities[$0] == reference.entity }) {
                            // Each further mention makes the entity more salient, up to a limit.
                            scores[known] += AttributionLimits.repeatedMentionWeight
                            continue
                        }
                        scores[count] = score(
                            reference, sentence: sentence, kind: kind, previous: previous, favouring: favoured)
                        entities[count] = reference.entity
                        found[count] = index + 1
                        count += 1
                    }
                    return choose(count: count, scores: scores, entities: entities, references: found)
                }
            }
        }
    }

    /// The score of a candidate `reference` for a pronoun of `kind` in sentence `sentence`:
    /// nearer, a subject, the previous speaker, of known gender score higher.
    private func score(
        _ reference: ReferenceTable.Reference, sentence: Int, kind: PronounKind, previous: Int?,
        favouring favoured: Set<Int>
    ) -> Double {
        var score = -AttributionLimits.sentenceDistanceWeight * Double(sentence - reference.sentence)
        if reference.mainSubject {
            score += AttributionLimits.subjectWeight
        } else if reference.subject {
            score += AttributionLimits.clauseSubjectWeight
        }
        if reference.possessive { score -= AttributionLimits.possessivePenalty }
        if namedInQuote.contains(reference.entity) { score -= AttributionLimits.namedInQuotePenalty }
        if favoured.contains(reference.entity) { score += AttributionLimits.roleMatchWeight }
        if reference.entity == previous { score += AttributionLimits.previousSpeakerWeight }
        if kind != .group, table.genders[reference.entity] != .unknown {
            score += AttributionLimits.knownGenderWeight
        } else if kind != .group,
            // A person with a title ("Minister of Electricity Kgosientsho Ramokgopa") is as surely
            // one (an affiliation is written only before a title: the flag tells both).
            table.hasGivenName[reference.entity] || layer.entities[reference.entity].hasTitleOrAffiliation
        {
            score += AttributionLimits.givenNameWeight
        }
        return score
    }

    /// The best of `count` scored candidates (`scores`, their `entities`, and the index of each
    /// one's reference in `references`) and how sure the choice is: the first two as a stable
    /// sort would rank them, higher score, then later mention; nil when there are none. The
    /// reference returned names the candidate's entity (a namesake's, for a shared surname).
    private func choose(
        count: Int, scores: UnsafeMutableBufferPointer<Double>, entities: UnsafeMutableBufferPointer<Int>,
        references: UnsafeMutableBufferPointer<Int>
    ) -> (ReferenceTable.Reference, Double)? {
        guard count > 0 else { return nil }
        // Whether candidate `one` ranks before `other`: a higher score, or an equal one and a
        // later mention.
        func ranks(_ one: Int, before other: Int) -> Bool {
            scores[one] > scores[other]
                || scores[one] == scores[other]
                    && table.references[references[one]].token > table.references[references[other]].token
        }
        var top = 0
        var second: Int?
        for entry in 1..<count {
            if ranks(entry, before: top) {
                second = top
                top = entry
            } else if second.map({ ranks(entry, before: $0) }) ?? true {
                second = entry
            }
        }
        let margin = second.map { scores[top] - scores[$0] } ?? .infinity
        let certainty: Double =
            margin >= 3 ? 0.9 : margin >= 1.5 ? 0.75 : margin >= 0.5 ? 0.6 : 0.45
        var chosen = table.references[references[top]]
        chosen.entity = entities[top]
        return (chosen, certainty)
    }

    /// Whether entity `entity` can be what a pronoun of `kind` stands for.
    func fits(_ entity: Int, _ kind: PronounKind) -> Bool {
        let type = layer.entities[entity].type
        switch kind {
        case .masculine: return type == .person && table.genders[entity].agrees(with: .male)
        case .feminine: return type == .person && table.genders[entity].agrees(with: .female)
        case .group: return type == .organization
        case .relative: return type != .place
        case .person: return type == .person
        case .other: return false
        }
    }

    /// A relative pronoun ("who", "which", "that"): the description it follows, the name an
    /// appositive or affiliation before it belongs to, else the nearest mention before it in its
    /// sentence; nil when there is none.
    func relative(_ token: Int, previous: Int?) -> Outcome? {
        // "a White House official who spoke anonymously … said": the description the pronoun
        // follows, not a name before it; but an appositive's name ("Scott Morris, a former
        // Treasury official who is now …") is the one named.
        let reader = PhraseReader(view: view)
        if token > 0, view.isLowerWord(token - 1), !view.classes(token - 1).contains(.speech),
            let phrase = reader.description(
                endingAt: token - 1, floor: max(0, token - AttributionLimits.relativeReach))
        {
            guard let head = appositiveHead(phrase.range, reader: reader) else {
                return description(phrase, previous: previous)
            }
            if let (entity, certainty) = entity(named: head) {
                return Outcome(
                    entity: entity, antecedent: view.span(head), resolution: .pronoun, certainty: certainty * 0.8)
            }
        }
        // "Sen. Jan Varga of Ely, who mused": the person, not the place after "of".
        if token >= 2, view.isPunct(token - 1, ","),
            let name = reader.nameBackward(endingAt: token - 2, floor: max(0, token - 10)),
            let person = reader.nameBeforePlacePhrase(name), let (entity, certainty) = entity(named: person)
        {
            return Outcome(
                entity: entity, antecedent: view.span(person), resolution: .pronoun, certainty: certainty * 0.8)
        }
        guard let found = nearestBefore(token, sameSentence: true) else { return nil }
        return Outcome(
            entity: found.entity, antecedent: layer.mentions[found.mention].span, resolution: .pronoun,
            certainty: 0.8)
    }

    /// The name a phrase at `range` stands in apposition to ("Braynard" of "Braynard, a native"),
    /// or nil.
    func appositiveHead(_ range: Range<Int>, reader: PhraseReader) -> Range<Int>? {
        let comma = range.lowerBound - 1
        guard comma >= 1, view.isPunct(comma, ",") else { return nil }
        return reader.nameBackward(endingAt: comma - 1, floor: max(0, comma - 8))
    }

    /// The nearest mention before token `token` outside quoted words (in the same sentence when
    /// asked), for a relative pronoun ("Doe, who said").
    func nearestBefore(_ token: Int, sameSentence: Bool) -> ReferenceTable.Reference? {
        let offset = view.tokens[token].span.lower
        let sentence = article.sentenceNumber(containing: offset)
        var index = table.firstReference(atOrAfter: offset) - 1
        let floor = max(-1, index - AttributionLimits.referenceReach)
        while index > floor {
            let reference = table.references[index]
            if sameSentence, reference.sentence != sentence { return nil }
            if token - reference.token > AttributionLimits.relativeReach { return nil }
            if !reference.quoted, fits(reference.entity, .relative) { return reference }
            index -= 1
        }
        return nil
    }

    // MARK: - Descriptions

    /// A description: the name heading it ("the economist Jane Doe"), the entity a title
    /// mention links it to ("the president"), an organisation whose name holds its head noun
    /// ("the department" → Department of Justice), or the description as written.
    func description(_ phrase: SpeakerPhrase, previous: Int?) -> Outcome {
        let span = view.span(phrase.range)
        let text = view.string(phrase.range)
        // "an adviser to Doe": the name is the complement of the noun before "to", which heads.
        let complementHead = phrase.name.flatMap { nounBeforeTo($0, in: phrase.range) }
        // "the senator from Vermont": the head noun stands before its complement.
        let inner = min(phrase.range.lowerBound + 2, phrase.range.upperBound)..<phrase.range.upperBound
        let complement = inner.first(where: { view.opensComplement($0) })
        let head = complement.map { $0 - 1 } ?? phrase.range.upperBound - 1
        // "the farmer, who gave his name only as Ahmed": the name given.
        if phrase.name == nil, let given = nameGiven(after: phrase.range) { return given }
        // "The Ministry of Health on Wednesday defended …, saying": "the" and the whole of a name.
        if phrase.range.count >= 2, isDefiniteArticle(phrase.range.lowerBound),
            case let named = view.span((phrase.range.lowerBound + 1)..<phrase.range.upperBound),
            let mention = layer.mention(overlapping: named), layer.mentions[mention].span == named
        {
            return Outcome(
                entity: layer.mentions[mention].entity, antecedent: named, resolution: .namedDescription,
                certainty: 0.9)
        }
        // "a New Hampshire Republican": a place that only opens the name is no head.
        if let name = phrase.name, complementHead == nil, isHead(name, of: phrase.range),
            let mention = headMention(in: view.span(name)),
            layer.mentions[mention].span.upper >= view.span(name).upper
                || layer.entities[layer.mentions[mention].entity].type != .place
        {
            return Outcome(
                entity: layer.mentions[mention].entity, antecedent: layer.mentions[mention].span,
                resolution: .namedDescription, certainty: 0.95)
        }
        // "the Verdi union", "the opposition Azimio coalition": an organisation called what it is.
        if let name = phrase.name, complement == nil, name.upperBound == head, view.isLowerWord(head),
            view.classes(head).contains(.organizationHead), let mention = headMention(in: view.span(name)),
            layer.entities[layer.mentions[mention].entity].type == .organization
        {
            return Outcome(
                entity: layer.mentions[mention].entity, antecedent: layer.mentions[mention].span,
                resolution: .namedDescription, certainty: 0.9)
        }
        // "a Twitter spokesman", "the Clinton campaign": someone who speaks for the name.
        // Not "a letter to Facebook from …": what goes to a name does not speak for it.
        // But "Sanders’ email to his supporters" is Sanders': the name owns the head before "to".
        let owned = phrase.name.map { $0.upperBound <= head } ?? false
        let speaksFor =
            complementHead
            ?? (complement.map { view.hash($0) == SpeakerAttributor.to } == true && !owned ? nil : head)
        if let name = phrase.name, let speaksFor, isRepresentative(speaksFor),
            let (entity, _) = entity(named: name)
        {
            return Outcome(entity: entity, antecedent: view.span(name), resolution: .describedEntity, certainty: 0.7)
        }
        // "a department spokesperson", "a ministry official": who speaks for the organisation of
        // that kind just named; "a Commission spokesperson" too, the kind capitalised as short
        // for the full name ("the European Commission").
        let kindOnly = phrase.name == nil || phrase.name == (head - 1)..<head && entity(named: (head - 1)..<head) == nil
        if kindOnly, complement == nil, isRepresentative(head), head - 1 > phrase.range.lowerBound,
            view.isWord(head - 1), view.classes(head - 1).contains(.organizationHead)
        {
            if let found = entityForHead(head - 1, in: phrase.range) {
                return described(found, certainty: 0.7)
            }
            // "Meta said it would appeal. “…,” a company spokesperson said": the business.
            if SpeakerWords.businessWords.contains(singular(head - 1)),
                let (found, certainty) = business(at: phrase.range.lowerBound, previous: previous)
            {
                return described(found, certainty: certainty * 0.8)
            }
        }
        // "a statement from the ministry", "a spokesman for the agency": who or what speaks for
        // the organisation the complement describes.
        if phrase.name == nil, let complement, complement > head, isRepresentative(head),
            view.hash(complement) != SpeakerAttributor.to, complement + 2 < phrase.range.upperBound,
            isDefiniteArticle(complement + 1), case let last = phrase.range.upperBound - 1, view.isLowerWord(last),
            view.classes(last).contains(.organizationHead),
            let found = entityForHead(last, in: (complement + 1)..<phrase.range.upperBound)
        {
            return described(found, certainty: 0.7)
        }
        // "Meta said it would appeal. “…,” a spokesman said": who speaks for the organisation the
        // sentence or the one before opens with.
        if phrase.name == nil, phrase.range.count == 2, isRepresentative(head),
            !SpeakerWords.documentWords.contains(singular(head)),
            let found = subjectOrganization(before: phrase.range.lowerBound)
        {
            return described(found, certainty: 0.7)
        }
        // "A spokesperson for the Commission said … “…,” the spokesperson said": the one brought
        // in just before speaks again, for the same organisation.
        if phrase.name == nil, phrase.range.count == 2, isRepresentative(head),
            isDefiniteArticle(phrase.range.lowerBound),
            let earlier = representativeOpening(before: phrase.range.lowerBound, head: head),
            let entity = description(earlier, previous: previous).entity,
            layer.entities[entity].type == .organization
        {
            return Outcome(
                entity: entity, antecedent: view.span(earlier.range), resolution: .describedEntity, certainty: 0.7)
        }
        if phrase.name == nil, let mention = layer.mention(overlapping: span), layer.mentions[mention].form == .title {
            return Outcome(
                entity: layer.mentions[mention].entity, antecedent: layer.mentions[mention].span,
                resolution: .describedEntity, certainty: 0.8)
        }
        // A name inside that only modifies ("the Florida senator", "the Democratic candidate").
        let modifiedOnly = phrase.name.map { !namesPerson($0) } ?? true
        // "Clinton, the former secretary of state, … the former secretary of state talked".
        if modifiedOnly, complement != nil, isDefiniteArticle(phrase.range.lowerBound),
            let found = fullRoleHolder(of: phrase.range, previous: previous)
        {
            return described(found, certainty: AttributionLimits.appositionCertainty)
        }
        if modifiedOnly, view.isLowerWord(head), let found = entityForHead(head, in: phrase.range) {
            return described(found, certainty: 0.7)
        }
        // "Evelyn Matthei, a former mayor of Providencia, … “…,” the former mayor said".
        if modifiedOnly, complement == nil, isDefiniteArticle(phrase.range.lowerBound),
            let found = roleHolder(of: head, in: phrase.range, previous: previous)
        {
            return described(found, certainty: AttributionLimits.appositionCertainty)
        }
        // "Parks Canada said …. “…,” the agency said": the organisation just spoken of.
        if phrase.name == nil, phrase.range.count == 2, view.isLowerWord(head),
            SpeakerWords.genericOrganizationHeads.contains(view.string(head..<(head + 1)).lowercased()),
            isDefiniteArticle(phrase.range.lowerBound), let found = subjectOrganization(before: phrase.range.lowerBound)
        {
            return described(found, certainty: 0.7)
        }
        // "the carmaker said": the business the passage is about.
        if phrase.name == nil, complement == nil, view.isLowerWord(head),
            SpeakerWords.businessWords.contains(singular(head)), !view.isPlural(head),
            isDefiniteArticle(phrase.range.lowerBound),
            let (found, certainty) = business(at: phrase.range.lowerBound, previous: previous)
        {
            return described(found, certainty: certainty * 0.8)
        }
        // "A diplomat in Hanoi said … “…,” the diplomat said": the same unnamed someone.
        if modifiedOnly, complement == nil, isDefiniteArticle(phrase.range.lowerBound),
            let earlier = indefiniteAntecedent(of: head, in: phrase.range)
        {
            // "A UN spokesperson said … the spokesperson said": whom the earlier one speaks for.
            let named = (earlier.lowerBound + 1..<earlier.upperBound).filter { view.isNameWord($0) }
            if let first = named.first, let last = named.last,
                case let earlierOutcome = description(
                    SpeakerPhrase(range: earlier, kind: .description, name: first..<(last + 1)), previous: previous),
                let entity = earlierOutcome.entity
            {
                return Outcome(
                    entity: entity, antecedent: earlierOutcome.antecedent, resolution: .describedEntity,
                    certainty: AttributionLimits.appositionCertainty)
            }
            return Outcome(
                antecedent: view.span(earlier), text: text, resolution: .description,
                certainty: AttributionLimits.appositionCertainty)
        }
        // "the candidate", "the former president", "the businessman": an epithet for the person
        // the passage is about, the most salient one named just before; not one a complement
        // makes a particular role ("the former secretary of state").
        if modifiedOnly, complement == nil,
            view.isLowerWord(head) && (view.classes(head).contains(.personHead) || isAge(head))
                || isDemonym(head),
            isDefiniteArticle(phrase.range.lowerBound),
            let outcome = epithet(
                phrase.range, previous: previous,
                sure: isDemonym(head) ? AttributionLimits.demonymCertainty : AttributionLimits.epithetCertainty)
        {
            return outcome
        }
        // Only a description of someone or something that can speak stands as a speaker ("a
        // senior official", "the report", "21 percent"); "the issue" is no one.
        guard canSpeak(phrase.range) else { return Outcome(resolution: .noSpeaker, certainty: 0) }
        return Outcome(text: text, resolution: .description, certainty: 0.6)
    }

    /// The person an epithet at `range` ("the candidate", "the 59-year-old", "the Spaniard")
    /// stands for: the most salient one named before, when the choice is at least `sure`.
    func epithet(_ range: Range<Int>, previous: Int?, sure: Double = AttributionLimits.epithetCertainty)
        -> Outcome?
    {
        // "the actress", "the spokeswoman": an epithet that tells a gender agrees with it, as a
        // pronoun does.
        let kind: PronounKind =
            switch SpeakerWords.genderedPeople[view.string((range.upperBound - 1)..<range.upperBound).lowercased()] {
            case .male: .masculine
            case .female: .feminine
            default: .person
            }
        guard
            let (found, certainty) = antecedent(
                of: range.lowerBound, kind: kind, previous: previous, excluding: namedAfter(subject: range),
                favouring: introducedPerson(before: range.lowerBound)),
            certainty >= sure
        else { return nil }
        return described(found, certainty: certainty * 0.8)
    }

    /// What a description stands for when a rule found the mention `found` of its entity.
    func described(_ found: ReferenceTable.Reference, certainty: Double) -> Outcome {
        Outcome(
            entity: found.entity, antecedent: layer.mentions[found.mention].span, resolution: .describedEntity,
            certainty: certainty)
    }

    /// Whether the noun at `index` tells a gender ("wife", "spokeswoman", "man").
    func isGendered(_ index: Int) -> Bool {
        SpeakerWords.genderedPeople[view.string(index..<(index + 1)).lowercased()] != nil
    }

    /// Whether the word at `index` tells an age ("year-old" in "the 59-year-old").
    func isAge(_ index: Int) -> Bool {
        view.isLowerWord(index) && WordHashSet.hasSuffix(view.bytes, view.tokens[index].span, "year-old")
    }

    /// Whether the word at `index` names one person by nationality ("the Spaniard", "the
    /// German", "the Frenchman"), not a people ("the French", "the Japanese", "the Saudis").
    func isDemonym(_ index: Int) -> Bool {
        guard view.isWord(index), view.tokens[index].isCapitalized else { return false }
        let span = view.tokens[index].span
        guard Lexicon.flags(view.bytes, span).contains(.nationality),
            !["s", "ese", "sh", "ch"].contains(where: { WordHashSet.hasSuffix(view.bytes, span, $0) })
        else { return false }
        // A noun, not an adjective before one ("the Syrian refugees"): a verb may follow.
        let next = index + 1
        return next >= view.count || !view.isLowerWord(next) || view.classes(next).contains(.speech)
            || view.classes(next).contains(.adverb) || ReferenceTable.isFiniteVerb(view, next)
    }

    /// Whether the word at `index` is "the" (any case).
    func isDefiniteArticle(_ index: Int) -> Bool {
        let span = view.tokens[index].span
        let bytes = view.bytes
        return span.length == 3 && bytes[span.lower] | 0x20 == UInt8(ascii: "t")
            && bytes[span.lower + 1] | 0x20 == UInt8(ascii: "h") && bytes[span.lower + 2] | 0x20 == UInt8(ascii: "e")
    }

    /// Whether the name at `range` stands for a person the article knows.
    func namesPerson(_ range: Range<Int>) -> Bool {
        guard let mention = headMention(in: view.span(range)) else { return false }
        return layer.entities[layer.mentions[mention].entity].type == .person
    }

    /// Whether the word at `index` names someone or something that speaks for another: a
    /// spokesman, an aide, a campaign, a statement.
    func isRepresentative(_ index: Int) -> Bool {
        view.isLowerWord(index) && view.classes(index).contains(.representative)
    }

    /// Whether a description's head noun names someone or something that can speak: a role, a
    /// person or organisation, a representative or document, a group of people, or a share of
    /// them ("21 percent"). The head is the last word before a complement ("a strategist for
    /// the campaign" → strategist).
    func canSpeak(_ range: Range<Int>) -> Bool {
        let head = headNoun(of: range)
        if view.tokens[head].kind == .number { return true }
        guard view.isWord(head), !view.classes(head).contains(.determiner) else { return false }
        let classes = view.classes(head)
        if classes.contains(.role) || classes.contains(.representative) || classes.contains(.personHead)
            || classes.contains(.organizationHead) || classes.contains(.quantifier)
        {
            return true
        }
        // "one Democrat familiar with …", "the Gawker employee": a capitalised word in the phrase.
        if range.dropFirst().contains(where: { view.isWord($0) && view.tokens[$0].isCapitalized }) { return true }
        let word = singular(head)
        return isPersonNoun(word) || SpeakerWords.people.contains(word) || SpeakerWords.genderedPeople[word] != nil
            || SpeakerWords.organizationHeadWords.contains(word)
    }

    /// The lower-cased word at `index`, a plural's "s" taken off.
    func singular(_ index: Int) -> String {
        var word = view.string(index..<(index + 1)).lowercased()
        if word.hasSuffix("ies"), word.count > 4 { return word.dropLast(3) + "y" }
        if word.hasSuffix("s"), word.count > 3, !word.hasSuffix("ss"), word != "news" { word.removeLast() }
        return word
    }

    /// Whether `word` is a noun of people by its ending: organizer, investor, strategist,
    /// physician, resident.
    func isPersonNoun(_ word: String) -> Bool {
        let endings = ["er", "or", "ist", "ian", "ant", "ent", "man", "men", "ee", "eon", "year-old"]
        // Not a thing said: a comment, a statement, an argument.
        return word.count > 3 && endings.contains { word.hasSuffix($0) } && !word.hasSuffix("ment")
    }

    /// The head noun of the description at `range`: the last word before a complement or a
    /// relative pronoun ("a strategist for the campaign" → strategist), before an adjective
    /// that ends it ("a source close to …").
    func headNoun(of range: Range<Int>) -> Int {
        var head = range.upperBound - 1
        var index = range.lowerBound + 1
        while index < range.upperBound {
            // "a nurse on the ward": "on" opens a complement too, though not one a name follows.
            if view.opensComplement(index) || view.classes(index).contains(.relativePronoun)
                || view.isLowerWord(index) && view.hash(index) == Self.on
            {
                // "one of the advisers": the head is in the complement.
                if view.isOf(index),
                    view.classes(index - 1).contains(.quantifier)
                        || view.string((index - 1)..<index)
                            .lowercased() == "one"
                {
                    index += 1
                    continue
                }
                head = index - 1
                break
            }
            // "a patient waiting outside the hospital", "a man standing in line": a participle
            // with a preposition after a noun of a person closes it (not "A leading economist",
            // opened by the participle, nor "her apparent left-wing bias").
            if index - 1 > range.lowerBound, view.isLowerWord(index), endsInIng(index),
                view.opensComplement(index + 1)
                    || view.isLowerWord(index + 1) && Self.placeAdverbs.contains(view.hash(index + 1)),
                describesOnePerson(index - 1)
            {
                head = index - 1
                break
            }
            index += 1
        }
        // "a source close to …", "an official familiar with …": the noun before the adjective.
        let trailing = view.string(head..<(head + 1)).lowercased()
        if head > range.lowerBound, ["close", "familiar", "involved", "knowledgeable", "briefed"].contains(trailing) {
            head -= 1
        }
        return head
    }

    /// Whether the word at `index` is of ASCII letters only and ends in "ing" after two letters at
    /// least ("waiting", not "ring" or "left-wing").
    func endsInIng(_ index: Int) -> Bool {
        let span = view.tokens[index].span
        guard span.length >= 5 else { return false }
        let bytes = view.bytes
        return bytes[span.upper - 3] == UInt8(ascii: "i") && bytes[span.upper - 2] == UInt8(ascii: "n")
            && bytes[span.upper - 1] == UInt8(ascii: "g")
            && (span.lower..<span.upper).allSatisfy {
                bytes[$0] | 0x20 >= UInt8(ascii: "a") && bytes[$0] | 0x20 <= UInt8(ascii: "z")
            }
    }

    /// Words of place a participle takes after a noun ("waiting outside", "living nearby").
    static let placeAdverbs = CueLexicon.hashes("on outside inside near nearby beside behind along across into by")

    /// The hash of "on".
    static let on = CueLexicon.hash(Array("on".utf8))

    /// The noun of the phrase at `range` before the "to" (and determiner) just before the name at
    /// `name`, if there is one.
    func nounBeforeTo(_ name: Range<Int>, in range: Range<Int>) -> Int? {
        var index = name.lowerBound - 1
        if index > range.lowerBound, view.isLowerWord(index), view.classes(index).contains(.determiner) { index -= 1 }
        guard index > range.lowerBound, view.isLowerWord(index), view.hash(index) == SpeakerAttributor.to else {
            return nil
        }
        // "a letter to Facebook" is addressed to it, not from it.
        guard view.isLowerWord(index - 1), !SpeakerWords.documentWords.contains(view.string((index - 1)..<index))
        else { return nil }
        return index - 1
    }

    /// The hashes of the articles "the", "a" and "an".
    static let articles = CueLexicon.hashes("the a an")

    /// Prepositions of place that make the name after them where someone is, not who
    /// ("one operative inside Trump Tower").
    static let placePrepositions = CueLexicon.hashes("inside outside near behind")

    /// Whether the name at `name` ends the phrase at `range`, so that it heads it.
    func isHead(_ name: Range<Int>, of range: Range<Int>) -> Bool {
        // "one operative inside Trump Tower": a name a preposition governs is no head.
        if name.lowerBound - 1 > range.lowerBound, view.isLowerWord(name.lowerBound - 1),
            Self.placePrepositions.contains(view.hash(name.lowerBound - 1))
        {
            return false
        }
        // "the senator from Vermont", "the mayor of Springfield": a place is where, not who.
        if name.lowerBound - 1 > range.lowerBound, view.opensComplement(name.lowerBound - 1),
            let mention = headMention(in: view.span(name)),
            layer.entities[layer.mentions[mention].entity].type == .place
        {
            return false
        }
        var end = name.upperBound
        while end < range.upperBound, !view.isWord(end) { end += 1 }
        return end >= range.upperBound
    }
}

/// What a pronoun can stand for.
enum PronounKind {
    /// He, him: one man.
    case masculine
    /// She, her: one woman.
    case feminine
    /// They, it, we: an organisation or group.
    case group
    /// Who, which, that: the name just before.
    case relative
    /// An epithet ("the candidate"): a person of either gender.
    case person
    /// I, you, a quantifier ("most"): no one the article names.
    case other

    /// The kind of the pronoun at token `index`.
    init(_ view: TokenView, _ index: Int) {
        let classes = view.classes(index)
        if classes.contains(.masculine) {
            self = .masculine
        } else if classes.contains(.feminine) {
            self = .feminine
        } else if classes.contains(.groupPronoun) {
            self = .group
        } else if classes.contains(.relativePronoun) {
            self = .relative
        } else {
            self = .other
        }
    }
}
