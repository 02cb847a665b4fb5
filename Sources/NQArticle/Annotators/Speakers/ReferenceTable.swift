import NQSource

/// What the speaker resolution knows of an article's entity mentions: where each one is, whether
/// it stands inside quoted words, whether it is the subject of its clause, and each entity's
/// gender as far as the article tells.
struct ReferenceTable {
    /// One mention, as the resolver sees it.
    struct Reference {
        /// The index of the mention in the entity layer (for a pronoun, of its antecedent's).
        var mention: Int
        /// Where it starts (UTF-8 offset).
        var offset: Int
        /// Whether it is a pronoun the resolver has already linked to an entity ("she" after
        /// "Jane Doe"), which keeps that entity salient for later pronouns.
        var pronoun = false
        /// The entity it names.
        var entity: Int
        /// Its first token.
        var token: Int
        /// The token after its last: `tokenIndex(atOrAfter:)` of the mention's end (for a
        /// pronoun, the token after the words that stand for the entity).
        var end: Int
        /// The 1-based sentence holding it (0 in a headline).
        var sentence: Int
        /// Whether it stands inside quoted words (a name the speaker says, not the speaker).
        var quoted: Bool
        /// Whether it opens its sentence or is followed by a verb of speech: a subject, which a
        /// later pronoun most likely continues.
        var subject: Bool
        /// Whether it is the subject of the sentence's main clause (it opens the sentence, or is
        /// the first person named), not only of a clause inside it ("who said Clinton raped").
        var mainSubject = false
        /// Whether it is a possessive ("Trump's campaign"), a modifier rather than an actor.
        var possessive: Bool
    }

    /// The references in text order.
    var references: [Reference]
    /// The entities' genders, by entity index.
    private(set) var genders: [Gender]
    /// Whether an entity's names show both genders ("Mr. Khan" and "Ms. Khan" taken for one
    /// person): two people under one name, whose gender no pronoun can teach.
    let mixed: [Bool]
    /// Whether an entity's gender rests on its given name alone (no title, no pronoun yet): the
    /// usual gender of a name, which the article may overrule ("Mayor Tory Lane … she said").
    private(set) var nameGenderOnly: [Bool]
    /// Whether each entity is a person named with a listed given name, of either gender or
    /// common for both ("Chris Christie"), or with initials ("V.D. Satheesan"): surely a
    /// person, not a name mistaken for one.
    let hasGivenName: [Bool]
    /// The tokens.
    let view: TokenView
    /// For each mention (by index in the layer) that is a bare surname two or more people named
    /// in full share ("Doyle" after "Margaret Doyle" and "Alan Doyle"), the others who bear it.
    let namesakes: [Int: [Int]]

    /// Builds the table for an article's entity layer; `quoted` are the quoted stretches in text
    /// order (every one the scanner found, kept or not); `words` are the tokens that may be
    /// "who" (or he, she, …: `SpeakerResolver.pronounWords`), in order.
    init(view: TokenView, layer: EntityLayer, quoted: [SourceSpan], words: [Int]) {
        self.view = view
        var references: [Reference] = []
        references.reserveCapacity(layer.mentions.count)
        var quote = 0
        var lastSentence = -1
        var lastPersonSentence = -1
        let sentences = view.context.article.sentences
        var cursor = SentenceCursor(view.context.article)
        // What opens the sentence of the mentions before, read once for all of its mentions.
        var clause: OpeningClause?
        var clauseSentence = 0
        var token = 0
        for (index, mention) in layer.mentions.enumerated() {
            let span = mention.span
            let entity = mention.entity
            let sentence = cursor.number(containing: span.lower)
            while quote < quoted.count, quoted[quote].upper <= span.lower { quote += 1 }
            let inside = quote < quoted.count && quoted[quote].lower <= span.lower
            // The first token at or after the mention's start: the mentions come in text order,
            // so it is found stepping on from the last one's.
            if token > 0, view.tokens[token - 1].span.lower >= span.lower {
                token = view.context.tokenIndex(atOrAfter: span.lower)
            }
            // Eight tokens a step while the eighth is still before it (names are some sixteen
            // tokens apart), then one by one.
            while token + 8 < view.count, view.tokens[token + 8].span.lower < span.lower { token += 8 }
            while token < view.count, view.tokens[token].span.lower < span.lower { token += 1 }
            // The token after the mention's last: the first at or after its end.
            var end = token
            while end < view.count, view.tokens[end].span.lower < span.upper { end += 1 }
            let last = end - 1
            // The first name outside quotes in a sentence is most often its subject; so is the
            // first person named in it, for a pronoun that stands for a person; but not a name
            // in an opening clause ("Noting that both Reagan and Trump …, Schlafly wrote").
            var opening = false
            if sentence > 0, sentence <= sentences.count {
                if clauseSentence != sentence {
                    clause = OpeningClause(view, sentence: sentences[sentence - 1].span, from: token)
                    clauseSentence = sentence
                }
                opening = clause?.contains(token) ?? false
            }
            // "The Scot refused to single out his goalkeeper, Jordan Pickford, who …": a name in
            // apposition to an object is not the sentence's subject, though the first one named.
            let object =
                !inside && sentence > 0 && sentence <= sentences.count
                && Self.isObjectApposition(view, first: token, sentence: sentences[sentence - 1].span)
            // "Fellowes' captain, Liam Doherty, said": an owner is not who acts, and leaves the
            // subject to the name in apposition to what it owns.
            let owns = last >= token && view.isOwner(last)
            let owner = owns && Self.ownsAppositive(view, last: last)
            let opens = !inside && !opening && !object && !owner && sentence != lastSentence
            if opens { lastSentence = sentence }
            // "Clinton spokeswoman Jane Doe": a name modifying a role is not who acts.
            let modifier = Self.isModifier(view, last: last)
            let isPerson = layer.entities[entity].type == .person
            let firstPerson =
                !inside && !opening && !object && !modifier && !owner && isPerson && sentence != lastPersonSentence
            if firstPerson { lastPersonSentence = sentence }
            let level = modifier ? nil : Self.subjectLevel(view, first: token, last: last)
            let mainSubject = !modifier && (opens || firstPerson || level == true)
            let subject = mainSubject || level != nil
            references.append(
                Reference(
                    mention: index, offset: span.lower, entity: entity, token: token, end: end,
                    sentence: sentence,
                    quoted: inside, subject: subject, mainSubject: mainSubject,
                    possessive: modifier || owns))
        }
        Self.markRelativeSpeakers(&references, view: view, layer: layer, among: words)
        self.references = references
        // Each person's given name, looked up once for both its gender and whether it is one.
        let givenNames = layer.entities.map { entity in
            entity.type == .person ? Gazetteer.givenNameGenders.listingOfFirstWord(entity.name) : nil
        }
        (self.genders, self.mixed, self.nameGenderOnly) = Self.genders(
            view: view, layer: layer, references: references, givenNames: givenNames)
        self.hasGivenName = zip(layer.entities, givenNames).map { entity, listing in
            listing != nil || entity.type == .person && Self.opensWithInitials(entity.name)
        }
        self.namesakes = Self.namesakes(view: view, layer: layer, references: references)
    }

    /// Whether a name opens with initials before more words ("V.D. Satheesan", "J.K. Rowling"):
    /// a person's as surely as one with a listed given name, though it tells no gender.
    static func opensWithInitials(_ name: String) -> Bool {
        // Read in place, letter and period by turns up to the first space.
        var bytes = name.utf8.makeIterator()
        var count = 0
        while let byte = bytes.next() {
            if byte == UInt8(ascii: " ") {
                return count >= 2 && count % 2 == 0 && bytes.next() != nil
            }
            guard count % 2 == 0 ? CharClass.isUpper(byte) : byte == UInt8(ascii: ".") else { return false }
            count += 1
        }
        return false
    }

    /// The other bearers of each mention that is a bare surname shared by people named in full.
    static func namesakes(view: TokenView, layer: EntityLayer, references: [Reference]) -> [Int: [Int]] {
        // Most articles name no two people alike: their last words' hashes tell so without a
        // string or a dictionary.
        // (A few people an article: compared one by one, not hashed again into a set.)
        var lastWords: [UInt64] = []
        // Room for every entity's: the list is made once, not grown.
        lastWords.reserveCapacity(layer.entities.count)
        var shared = false
        for entity in layer.entities where entity.type == .person {
            guard let hash = NameWords.lastOfSeveralHash(entity.name) else { continue }
            if lastWords.contains(hash) {
                shared = true
                break
            }
            lastWords.append(hash)
        }
        guard shared else { return [:] }
        var bearers: [String: [Int]] = [:]
        bearers.reserveCapacity(layer.entities.count)
        for (index, entity) in layer.entities.enumerated() where entity.type == .person {
            guard let last = NameWords.last(of: entity.name),
                NameWords.isLastOfSeveral(Substring(last), in: entity.name)
            else { continue }
            bearers[last, default: []].append(index)
        }
        // The people whose surname another shares: only their mentions are read as text.
        var sharesSurname = [Bool](repeating: false, count: layer.entities.count)
        for group in bearers.values where group.count >= 2 {
            for entity in group { sharesSurname[entity] = true }
        }
        guard sharesSurname.contains(true) else { return [:] }
        var found: [Int: [Int]] = [:]
        // Only the subject of its sentence, no possessive, with no Mr. or Mrs. to tell whom it names.
        for reference in references
        where !reference.pronoun && reference.mainSubject && !reference.quoted && !reference.possessive
            && sharesSurname[reference.entity]
        {
            let text = view.context.text(layer.mentions[reference.mention].span)
            guard let sharing = bearers[text], sharing.count >= 2, sharing.contains(reference.entity),
                stride(from: reference.token - 1, through: max(0, reference.token - 2), by: -1).allSatisfy({
                    honorificGender(view, $0) == .unknown
                })
            else { continue }
            found[reference.mention] = sharing.filter { $0 != reference.entity }
        }
        return found
    }

    /// The one other bearer of the bare surname `reference` that `fits`, named with a given
    /// name, if exactly one.
    func namesake(of reference: Reference, fitting fits: (Int) -> Bool) -> Int? {
        guard !reference.pronoun, let others = namesakes[reference.mention] else { return nil }
        let fitting = others.filter { hasGivenName[$0] && fits($0) }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// "… supported by Sen. Dianne Feinstein of California, the ranking Democrat, who said …": the
    /// last person named before a ", who" and a verb of speech is the one who speaks, a main
    /// subject for the pronouns after it. `words` are the tokens that may be "who", in order
    /// (every one that is).
    static func markRelativeSpeakers(
        _ references: inout [Reference], view: TokenView, layer: EntityLayer, among words: [Int]
    ) {
        var next = 0
        for token in words
        where view.tokens[token].span.length == 3 && token >= 1 && token < view.count - 1
            && view.isPunct(token - 1, ",") && view.isLowerWord(token) && view.hash(token) == who
        {
            var verb = token + 1
            while verb < view.count, view.isLowerWord(verb), view.classes(verb).contains(.adverb) { verb += 1 }
            guard verb < view.count, view.isLowerWord(verb), view.classes(verb).contains(.speech) else { continue }
            let offset = view.tokens[token].span.lower
            while next < references.count, references[next].offset < offset { next += 1 }
            // The name right before the comma, or before one appositive opening with a determiner
            // ("Feinstein of California, the ranking Democrat, who said"), not "Obama …, by his
            // show's listeners, who wondered".
            var end = token - 2
            if var comma = (max(0, token - AttributionLimits.relativeSpeakerReach)..<(token - 1)).last(where: {
                view.isPunct($0, ",")
            }), comma + 1 < token - 1, view.isLowerWord(comma + 1), view.classes(comma + 1).contains(.determiner) {
                // Back over an "of" affiliation to the name it follows.
                var back = comma - 1
                while back > 0, view.isNameWord(back) { back -= 1 }
                if back > 0, back < comma - 1, view.isLowerWord(back), view.isOf(back) { comma = back }
                end = comma - 1
            }
            var index = next - 1
            while index >= 0, token - references[index].token <= AttributionLimits.relativeSpeakerReach {
                let last = references[index].end - 1
                if last == end, !references[index].quoted, layer.entities[references[index].entity].type == .person {
                    references[index].subject = true
                    references[index].mainSubject = true
                    break
                }
                index -= 1
            }
        }
    }

    /// The hash of "who".
    static let who = CueLexicon.hash(Array("who".utf8))

    /// Whether the owner ending at token `last` owns one to four lower-case words followed by a
    /// comma and a name ("Fellowes' captain, Liam Doherty").
    static func ownsAppositive(_ view: TokenView, last: Int) -> Bool {
        var index = last + 1
        if index < view.count, view.isBareApostrophe(index) { index += 1 }
        let first = index
        while index < view.count, index - first < 4, view.isLowerWord(index) { index += 1 }
        return index > first && index + 1 < view.count && view.isPunct(index, ",") && view.isNameWord(index + 1)
    }

    /// Whether the mention ending at token `last` modifies a role or representative noun that
    /// a name follows ("Clinton spokeswoman Jane Doe", "Trump campaign manager John Roe").
    static func isModifier(_ view: TokenView, last: Int) -> Bool {
        var index = last + 1
        var roles = 0
        while index < view.count, roles < 3, view.isLowerWord(index),
            view.classes(index).contains(.role) || view.classes(index).contains(.representative)
        {
            index += 1
            roles += 1
        }
        return roles > 0 && index < view.count && view.isNameWord(index)
    }

    /// Whether the mention from token `first` to `last` opens its sentence (after at most a
    /// conjunction) or is followed by a verb of speech.
    static func isSubject(_ view: TokenView, first: Int, last: Int) -> Bool {
        subjectLevel(view, first: first, last: last) != nil
    }

    /// Whether the mention from token `first` to `last` is a subject, and of what: `true` for a
    /// speaker's (it opens its sentence, or a verb of speech stands next to it: "said Jane Doe",
    /// "Doe said"), `false` for a clause's (another finite verb follows: "who said Clinton
    /// raped"), nil for none.
    static func subjectLevel(_ view: TokenView, first: Int, last: Int) -> Bool? {
        var before = first - 1
        if before >= 0, view.isWord(before), view.classes(before).contains(.conjunction) { before -= 1 }
        if before < 0 || view.isTerminal(before) || view.newlineBefore(first) { return true }
        // "According to analyst Philippe Houle, the stock could fall": the source a sentence
        // names is its speaker, as a subject before "said" is.
        if view.isLowerWord(first - 1), isAccordingTo(view, before: first) { return true }
        var after = last + 1
        var auxiliary = false
        while after < view.count, view.isLowerWord(after), view.classes(after).contains(.adverb) {
            auxiliary = auxiliary || view.classes(after).contains(.modal) || auxiliaries.contains(view.hash(after))
            after += 1
        }
        // "Trump's attorney, Alan Garten, said": a name in apposition to a description, just
        // before a verb of speech (not "an adviser to Mr. Sanders, said").
        if first >= 2, view.isPunct(first - 1, ","), view.isLowerWord(first - 2), after + 1 < view.count,
            view.isPunct(after, ","), view.isLowerWord(after + 1), view.classes(after + 1).contains(.speech)
        {
            return true
        }
        let verbAfter = after < view.count && isFiniteVerb(view, after)
        // "said Jane Doe": the subject of an inverted verb of speech; but in "said Clinton raped
        // her" or "said Trump continued to hurt his cause" the name is the subject of the clause
        // said.
        if before >= 0, view.isLowerWord(before), view.classes(before).contains(.speech) {
            // "Sorensen accused Holm of lying", "he praised Doe": the verb has its subject before
            // it, and the name is its object. (Not one asked or told: who is asked answers next.)
            if !verbAfter, !view.classes(before).contains(.addressing), hasSubject(view, verb: before) { return nil }
            // "said Jane Doe would be assessed": a modal or auxiliary carries the clause's verb.
            return !verbAfter && !(auxiliary && after < view.count && view.isLowerWord(after))
        }
        guard verbAfter else { return nil }
        return view.classes(after).contains(.speech) || followsOpeningPhrase(view, first: first)
    }

    /// Whether "according to" stands just before the name at token `first`, perhaps with role
    /// words between ("according to analyst Philippe Houle").
    static func isAccordingTo(_ view: TokenView, before first: Int) -> Bool {
        var index = first - 1
        // (Most words before a name are neither "to" nor a role: one hash tells.)
        while index >= 0, first - index <= AttributionLimits.describedTitleWords, view.isLowerWord(index),
            view.hash(index) != SpeakerAttributor.to, view.classes(index).contains(.role)
        {
            index -= 1
        }
        return index >= 1 && view.isLowerWord(index) && view.hash(index) == SpeakerAttributor.to
            && view.classes(index - 1).contains(.according)
    }

    /// Whether only a short phrase with no verb, subordinating word or quotation mark stands
    /// between the start of the sentence and the name at token `first` ("By sixteen Okonkwo had
    /// her certificate", "Last year Doe won"): the name is the sentence's subject, as one opening
    /// it is.
    static func followsOpeningPhrase(_ view: TokenView, first: Int) -> Bool {
        var index = first - 1
        while index >= 0, first - index <= AttributionLimits.openingPhraseWords {
            if view.isTerminal(index) || view.newlineBefore(index + 1) { return true }
            if view.tokens[index].kind == .quote { return false }
            if view.isWord(index),
                isFiniteVerb(view, index) || !view.classes(index).isDisjoint(with: [.subordinator, .relativePronoun])
            {
                return false
            }
            index -= 1
        }
        return index < 0
    }

    /// Whether the verb at token `verb` has its subject just before it (past adverbs): a name or
    /// a subject pronoun ("Sorensen accused", "he also praised"), not a quote's closing mark or a
    /// comma ("“…,” said Doe").
    static func hasSubject(_ view: TokenView, verb: Int) -> Bool {
        var index = verb - 1
        while index >= 0, view.isLowerWord(index), view.classes(index).contains(.adverb) { index -= 1 }
        guard index >= 0, view.isWord(index) else { return false }
        if view.classes(index).contains(.pronoun) { return true }
        // Not a capitalised adverb opening the sentence ("Later said Doe").
        return view.tokens[index].isCapitalized && !view.classes(index).contains(.adverb)
            && !view.classes(index).contains(.conjunction) && !view.classes(index).contains(.subordinator)
    }

    /// Whether the name at token `first` stands in apposition to a lower-case noun after the
    /// verb of its sentence (`sentence`): "… single out his goalkeeper, Jordan Pickford".
    static func isObjectApposition(_ view: TokenView, first: Int, sentence: SourceSpan) -> Bool {
        guard first >= 3, view.isPunct(first - 1, ","), view.isLowerWord(first - 2),
            !view.classes(first - 2).contains(.conjunction)
        else { return false }
        let start = view.context.tokenIndex(atOrAfter: sentence.lower)
        var index = first - 3
        while index > start, first - index <= AttributionLimits.describedPersonWords + 4 {
            if view.isPunct(index, ",") || view.tokens[index].kind == .quote { return false }
            if isFiniteVerb(view, index) { return !opensWithClause(view, start) }
            index -= 1
        }
        return false
    }

    /// Whether the sentence whose first token is `start` opens with a clause before its subject,
    /// on a participle or subordinating word: "Asked if there had been fraud, Jane Doe, his
    /// spokeswoman, suggested …", "When …".
    static func opensWithClause(_ view: TokenView, _ start: Int) -> Bool {
        guard view.isWord(start) else { return true }
        let span = view.tokens[start].span
        return view.classes(start).contains(.subordinator)
            || span.length > 4
                && (WordHashSet.hasSuffix(view.bytes, span, "ed") || WordHashSet.hasSuffix(view.bytes, span, "ing"))
    }

    /// Whether the lower-case word at `index` is a finite verb after a subject: a verb of
    /// speech, an auxiliary, a common irregular past or a past in -ed ("Doe noted", "Doe put").
    static func isFiniteVerb(_ view: TokenView, _ index: Int) -> Bool {
        guard view.isLowerWord(index) else { return false }
        let classes = view.classes(index)
        if classes.contains(.speech) || classes.contains(.verb) { return true }
        if PhraseReader(view: view).isPastParticiple(index) { return true }
        return auxiliaries.contains(view.hash(index))
    }

    /// The forms of be and have that follow a subject.
    static let auxiliaries: WordHashes = CueLexicon.hashes("is was has had were are have")

    /// Whether token `token` stands in a clause that opens its sentence before the main clause:
    /// the sentence starts with a subordinating word or an -ing form ("Noting that", "After",
    /// "When") and no comma yet separates it from the token.
    static func inOpeningClause(_ view: TokenView, token: Int, sentence: SourceSpan) -> Bool {
        inOpeningClause(view, token: token, first: view.context.tokenIndex(atOrAfter: sentence.lower))
    }

    /// `inOpeningClause(_:token:sentence:)` for the sentence whose first token (the first at or
    /// after its start) is `first`, for a caller that knows it.
    static func inOpeningClause(_ view: TokenView, token: Int, first: Int) -> Bool {
        var first = first
        while first < token, !view.isWord(first) { first += 1 }
        guard first < token else { return false }
        let span = view.tokens[first].span
        let ing = span.length > 4 && WordHashSet.hasSuffix(view.bytes, span, "ing")
        // "Dismayed by his memory of Clinton's years, he …": a past participle and its phrase.
        let participle =
            span.length > 4 && WordHashSet.hasSuffix(view.bytes, span, "ed") && first + 1 < token
            && (SpeakerAttributor.objectPrepositions.contains(view.hash(first + 1))
                || SpeakerResolver.participleQuestions.contains(view.hash(first + 1)))
        // "At Boca West, where …, Jay DiPietro … suggested": a place or time phrase before the
        // subject; the phrase must reach a comma with no verb on the way ("On Thursday evening
        // Hillary Clinton delivered" has its subject in it).
        let phrase = openingPrepositions.contains(view.hash(first)) && endsInComma(view, after: token)
        guard ing || participle || phrase || view.classes(first).contains(.subordinator) else { return false }
        for index in first..<token where view.isPunct(index, ",") { return false }
        return true
    }

    /// Whether a comma follows token `token` within a few words, with no finite verb or end of
    /// sentence before it.
    static func endsInComma(_ view: TokenView, after token: Int) -> Bool {
        var index = token + 1
        while index < view.count, index - token <= AttributionLimits.openingPhraseReach {
            if view.isPunct(index, ",") { return true }
            if view.isTerminal(index) || isFiniteVerb(view, index) { return false }
            index += 1
        }
        return false
    }

    /// Prepositions that open a phrase before a sentence's subject ("At the club, …", "In Ohio,
    /// …").
    static let openingPrepositions: WordHashes = CueLexicon.hashes("at in on from during inside outside near")

    /// The gender each entity's names and titles show: a given name of usual gender, or Mr.,
    /// Mrs., Ms. before a mention. Entities other than people have none. `givenNames` holds each
    /// entity's `GivenNameTable.listingOfFirstWord` (nil for entities other than people);
    /// `references` are the layer's mentions, one for each in order. Also whether each gender
    /// rests on the given name alone.
    static func genders(view: TokenView, layer: EntityLayer, references: [Reference], givenNames: [Gender??]) -> (
        genders: [Gender], mixed: [Bool], nameOnly: [Bool]
    ) {
        var genders = [Gender](repeating: .unknown, count: layer.entities.count)
        var conflicting = [Bool](repeating: false, count: layer.entities.count)
        func add(_ clue: Gender, to entity: Int) {
            guard clue != .unknown, !conflicting[entity] else { return }
            if genders[entity] != .unknown, genders[entity] != clue {
                conflicting[entity] = true
                genders[entity] = .unknown
            } else {
                genders[entity] = clue
            }
        }
        for (index, entity) in layer.entities.enumerated() where entity.type == .person {
            if case .some(.some(let gender)) = givenNames[index] {
                add(gender, to: index)
            }
        }
        // Whether each gender rests on the given name alone: true until a title is found, then
        // false for an entity whose gender is unknown after all (one array, not a flag array and
        // a second made from it).
        var nameOnly = [Bool](repeating: true, count: layer.entities.count)
        for reference in references where layer.entities[reference.entity].type == .person {
            // The mention's first word, else the title one or two words before it, or before
            // the rank abbreviations that stand between ("spokesman Lt Col Jane Doe").
            var reach = reference.token - 2
            while reach > 0, reference.token - reach < 5, view.isWord(reach), view.tokens[reach].isCapitalized,
                view.classes(reach).contains(.honorific)
            {
                reach -= 1
            }
            for candidate in stride(from: reference.token, through: reach, by: -1)
            where candidate >= 0 && candidate < view.count {
                let clue = honorificGender(view, candidate)
                if clue != .unknown {
                    add(clue, to: reference.entity)
                    nameOnly[reference.entity] = false
                    break
                }
            }
        }
        for entity in genders.indices where genders[entity] == .unknown { nameOnly[entity] = false }
        return (genders, conflicting, nameOnly)
    }

    /// The gender an honorific or gendered role word at token `index` shows (Mr., Mrs., Ms.,
    /// congresswoman), `.unknown` for any other word.
    static func honorificGender(_ view: TokenView, _ index: Int) -> Gender {
        let classes = view.classes(index)
        if classes.contains(.masculineTitle) { return .male }
        if classes.contains(.feminineTitle) { return .female }
        return .unknown
    }

    /// Records that a pronoun of gender `gender` was resolved to `entity`, a clue for later
    /// pronouns when the entity's gender was unknown (and not mixed).
    mutating func learn(_ gender: Gender, for entity: Int) {
        if genders[entity] == .unknown, !mixed[entity] { genders[entity] = gender }
        if genders[entity] == gender { nameGenderOnly[entity] = false }
    }

    /// Records that a pronoun of gender `gender` stands for `entity` against the usual gender of
    /// its given name, the only clue there was: the article's word outranks the name list.
    mutating func overrule(_ gender: Gender, for entity: Int) {
        guard nameGenderOnly[entity] else { return }
        genders[entity] = gender
        nameGenderOnly[entity] = false
    }

    /// The index of the first reference at or after UTF-8 offset `offset`.
    func firstReference(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = references.count
        while low < high {
            let mid = (low + high) / 2
            if references[mid].offset < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
