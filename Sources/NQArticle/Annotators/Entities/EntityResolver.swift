import NQSource

/// Links name candidates to entities: a full name makes a person, a later surname joins it; a
/// variant ("U.S.") joins its canonical place; an acronym joins the organisation it abbreviates.
struct EntityResolver {
    let context: AnalysisContext
    /// The article's bytes, read once: `context.bytes` goes through the article's text each time.
    let bytes: [UInt8]

    /// Words after a name that mark it as a person's ("Rutte said").
    static let speechVerbs = WordHashSet([
        "said", "says", "told", "added", "asked", "wrote", "argued", "noted", "explained", "tweeted",
        "replied",
        "responded", "claimed", "insisted", "declared", "stated", "recalled", "acknowledged",
        "admitted",
    ])
    /// Words before a name that mark it as a place ("in Dubuque").
    static let placePrepositions = WordHashSet([
        "in", "from", "near", "outside", "across", "throughout",
    ])
    /// Nouns of a settlement or an area, which name a place after "of" ("the town of Eldorado do
    /// Sul", "the province of Kandahar").
    static let settlementNouns = WordHashSet([
        "city", "town", "village", "hamlet", "township", "borough", "suburb", "neighbourhood", "neighborhood",
        "district", "county", "province", "region", "state", "municipality", "commune", "prefecture",
        "governorate", "oblast", "canton", "island", "port",
    ])

    /// Whether tokens `of - 1` and `of` read "<settlement noun> of" ("the town of"): the name after
    /// them is a place's.
    static func namesSettlement(_ context: AnalysisContext, of: Int) -> Bool {
        context.token(of, is: "of") && settlementNouns.contains(context, token: of - 1)
    }
    /// Words after a name that mark it as a person's ("Obama administration", "Assad regime").
    static let personFollowers = WordHashSet([
        "administration", "campaign", "regime", "aides", "supporters", "allies", "presidency", "camp",
        "loyalists",
        "voters", "backers", "surrogates", "staffers",
    ])
    /// Words after "Name," that open a description of a person.
    static let appositionStarts = WordHashSet([
        "who", "whose", "a", "an", "the", "himself", "herself",
    ])
    /// Words before a name that mark it as a person's ("envoy", "former").
    static let personCues = WordHashSet(Array(Gazetteer.roles) + ["former"])

    private var entities: [Entity] = []
    private var mentions: [Mention] = []
    /// Entity index by canonical name or alias.
    private var byName = NameHashTable<Int>()
    /// Person entity indexes by surname and by given name.
    private var bySurname = NameIndexLists()
    /// Organisations by the last word of their name when it is a name of its own ("Post" of
    /// "Washington Post", not "Department" of "Justice Department").
    private var byOrganizationLastWord = NameHashTable<Int>()
    /// Organisations by the first word of their name when only head words follow it: "Nortek" of
    /// "Nortek Semiconductor", "Harvard" of "Harvard University" (a company is named by its first
    /// word after its full name far more often than not).
    private var byOrganizationFirstWord = NameHashTable<Int>()
    private var byGivenName = NameIndexLists()
    /// Person entity indexes by a middle name of a name of three or more words ("Lula" of "Luiz
    /// Inácio Lula da Silva", "Rodham" of "Hillary Rodham Clinton").
    private var byMiddleName = NameIndexLists()
    /// The canonical names of the places and organisations met so far, with their hashes, by the
    /// hash of their keys.
    private var canonicalPlaces = NameHashTable<(String, UInt64)>()
    private var canonicalOrganizations = NameHashTable<(String, UInt64)>()
    /// Offsets of each entity's mentions resolved so far, to choose among namesakes: one list
    /// per entity, newest first, linked through shared arrays rather than an array per entity.
    private var seen = OffsetLists()
    /// The hash (`NameHashTable.hash`) of the first word of each person's name (0 for other
    /// entities, whose first word is never asked about).
    private var givenNames: [UInt64] = []
    /// The hash (`NameHashTable.hash`) of each entity's name, to tell a mention's key from it.
    private var nameHashes: [UInt64] = []
    /// Whether each entity's name opens with an ordinary word ("Team Trump", not "Donald Trump").
    private var opensWithCommonWord: [Bool] = []
    /// Whether each entity's name opens with a known given name ("Don Guardian").
    private var opensWithGivenName: [Bool] = []
    /// The offsets and key hashes of the one-word candidates that are listed given names, in
    /// text order: where the article may call a person by the given name alone ("Grace says" after "Her mother, Grace
    /// Okonkwo,").
    private var singleWords: [(offset: Int, hash: UInt64)] = []
    /// The aliases of each entity, kept apart from `entities` (whose aliases are stored joined)
    /// until the layer is built.
    private var aliases = AliasLists()
    /// The title and affiliation of each entity, kept apart from `entities` until the layer is
    /// built, when they are stored with its aliases in one go.
    private var details: [(title: String?, affiliation: String?)] = []

    init(context: AnalysisContext) {
        self.context = context
        self.bytes = context.bytes
    }

    /// The entity layer for the candidates of an article (taken over: headline words joined into
    /// one name change them in place, which a caller's array held as well would copy whole).
    mutating func resolve(_ candidates: consuming [NameCandidate], defaultSingle: EntityType?) -> EntityLayer {
        let count = candidates.count
        // Names filed by surname and given name: people's of two words or more, perhaps.
        var multiWord = 0
        // (Only listed given names: a surname or other word alone never is one.)
        for index in candidates.indices
        where candidates[index].units.count == 1 && candidates[index].units[0].flags.contains(.givenName) {
            singleWords.append((candidates[index].span.lower, candidates[index].keyHash))
        }
        for index in candidates.indices where candidates[index].units.count >= 2 {
            if let type = candidates[index].type, type != .person { continue }
            multiWord += 1
        }
        // Room for every entity up front. (Not `entities`, which the corpus keeps; the name tables
        // grow without rehashing a string.)
        seen.reserveCapacity(lists: count, offsets: count)
        aliases.reserveCapacity(lists: count, aliases: count)
        givenNames.reserveCapacity(count)
        details.reserveCapacity(count)
        nameHashes.reserveCapacity(count)
        opensWithCommonWord.reserveCapacity(count)
        opensWithGivenName.reserveCapacity(count)
        byName.reserveCapacity(count)
        bySurname.reserveCapacity(multiWord)
        byGivenName.reserveCapacity(multiWord)
        // A mention for each candidate at most.
        mentions.reserveCapacity(count)
        // Pass 1: names whose form tells their type, so that surnames and acronyms have targets.
        var pending: [Int] = []
        pending.reserveCapacity(count)
        var resolved = [Int?](repeating: nil, count: candidates.count)
        // By index and field: a candidate is copied only to make its entity.
        for index in candidates.indices {
            let words = candidates[index].units.count
            let inHeadline = candidates[index].inHeadline
            let type = candidates[index].type
            let offset = candidates[index].span.lower
            guard let type else {
                pending.append(index)
                continue
            }
            // The key's hash, made with the candidate for every table asked below.
            let keyHash = candidates[index].keyHash
            // "Guardian said" after "Mayor Don Guardian": the person, not the newspaper; a place's
            // name stays the place ("Madison", "Dayton") unless a verb of speech follows it.
            if words == 1, !inHeadline,
                type == .organization
                    || type == .place && Self.speechVerbs.contains(context, token: candidates[index].after),
                // (Filtered lazily: no array of them is made.)
                let surnamed = bySurname[hash: keyHash], case let flags = opensWithGivenName,
                surnamed.contains(where: { flags[$0] })
            {
                let target = nearest(surnamed.lazy.filter { flags[$0] }, before: offset)
                resolved[index] = target
                seen.append(offset, to: target)
                continue
            }
            if !(inHeadline && words == 1 && type == .person) {
                let target = entity(for: index, of: candidates, type: type, keyHash: keyHash)
                resolved[index] = target
                seen.append(offset, to: target)
            } else {
                pending.append(index)
            }
        }
        // Adjacent headline words forming a known name: "Bill" "Clinton" → "Bill Clinton".
        var index = 0
        while index + 1 < pending.count {
            let first = pending[index]
            let second = pending[index + 1]
            if second == first + 1, candidates[first].inHeadline, candidates[second].inHeadline,
                candidates[second].units[0].token == candidates[first].units[
                    candidates[first].units.count - 1
                ].token + 1,
                let target = byName[key(candidates, first) + " " + key(candidates, second)]
            {
                candidates[first].units = candidates[first].units.followed(by: candidates[second].units)
                candidates[first].span = candidates[first].span.union(candidates[second].span)
                candidates[first].writtenKey = nil
                candidates[first].keyHash = NameClassifier.keyHash(bytes, candidates[first].span, context: context)
                resolved[first] = target
                pending.removeSubrange(index...index + 1)
                continue
            }
            index += 1
        }
        // Pass 2: single words, by what the article said about them earlier (or later); those
        // opening a sentence last, so that they can join a name seen inside a sentence.
        // (Reordered in place: the sentence openers move to the end, each group in its order.)
        if let firstOpener = pending.firstIndex(where: { candidates[$0].atStart }) {
            var openers: [Int] = []
            var kept = firstOpener
            for position in firstOpener..<pending.count {
                let index = pending[position]
                if candidates[index].atStart {
                    openers.append(index)
                } else {
                    pending[kept] = index
                    kept += 1
                }
            }
            pending.replaceSubrange(kept..., with: openers)
        }
        var unresolved: [Int] = []
        unresolved.reserveCapacity(pending.count)
        let organizations = organizationCued(candidates, among: pending)
        let people = personCued(candidates, among: pending)
        for index in pending {
            // Fields first: most of these words are known already, and need no copy of the candidate
            // (nor a string of its key, whose hash was made with it).
            let keyHash = candidates[index].keyHash
            let offset = candidates[index].span.lower
            if let known = knownSingle(
                hash: keyHash, surnameOnly: candidates[index].surnameOnly, title: candidates[index].title,
                before: offset)
            {
                resolved[index] = known
                // A bare surname counts for its person, named before it, when the next namesake
                // is chosen.
                if bySurname[hash: keyHash]?.contains(known) == true, seen.earlier(known, than: offset).count > 0 {
                    seen.append(offset, to: known)
                }
                continue
            }
            if !candidates[index].surnameOnly, !candidates[index].inHeadline,
                let type = organizationType(candidates, index, cued: organizations)
                    ?? personType(candidates, index, cued: people) ?? contextType(candidates, index)
                    ?? (candidates[index].atStart || Self.isPlural(context, candidates[index].units)
                        ? nil : defaultSingle)
            {
                let target = entity(for: index, of: candidates, type: type, keyHash: keyHash)
                resolved[index] = target
                register(hash: keyHash, to: target)
            } else {
                unresolved.append(index)
            }
        }
        // "Obama addressed it. … Obama said": a word opening a sentence that a later sentence
        // shows to be a name.
        for index in unresolved where candidates[index].atStart {
            // The candidate is read field by field.
            resolved[index] = knownSingle(
                hash: candidates[index].keyHash, surnameOnly: candidates[index].surnameOnly,
                title: candidates[index].title,
                before: candidates[index].span.lower)
        }
        // By index and field: a copy of each candidate would retain and release all its parts.
        for index in candidates.indices {
            let span = candidates[index].span
            guard let target = resolved[index],
                index == 0 || !candidates[index - 1].span.contains(span)
            else {
                continue
            }
            // "Donald" "Trump" in a headline: one mention of one person.
            if candidates[index].inHeadline, let last = mentions.last, last.entity == target,
                entities[target].type == .person,
                context.tokenIndex(atOrAfter: last.span.upper) == candidates[index].units[0].token
            {
                mentions[mentions.count - 1].span = last.span.union(span)
                continue
            }
            mentions.append(
                Mention(entity: target, span: span))
            note(
                key: candidates, index, hash: candidates[index].keyHash, title: candidates[index].title,
                affiliation: candidates[index].affiliation, fullPhrase: candidates[index].fullPhrase, for: target)
        }
        // In text order already unless headline words were joined: then sorted (stably, as before).
        if mentions.indices.dropFirst().contains(where: { mentions[$0 - 1].span.start > mentions[$0].span.start }) {
            mentions.sort { $0.span.start < $1.span.start }
        }
        for mention in mentions { entities[mention.entity].mentionCount += 1 }
        for index in entities.indices {
            let joined = aliases.joined(index)
            let (title, affiliation) = details[index]
            if joined != nil || title != nil || affiliation != nil {
                entities[index].setExtras(joinedAliases: joined ?? "", title: title, affiliation: affiliation)
            }
        }
        return EntityLayer(entities: entities, mentions: mentions)
    }

    /// The entity a single word names from names already known, given by its key's hash,
    /// whether it is surname-only, its title and its start: a surname-only word ("Law" after
    /// "Steven Law") only a person's surname.
    func knownSingle(hash: UInt64, surnameOnly: Bool, title: String?, before offset: Int) -> Int? {
        guard surnameOnly else { return known(hash: hash, title: title, before: offset) }
        // (Filtered lazily: no array of them is made.)
        guard let surnamed = bySurname[hash: hash], surnamed.contains(where: { !opensWithCommonWord[$0] }) else {
            return nil
        }
        return nearest(surnamed.lazy.filter { !opensWithCommonWord[$0] }, before: offset, bySurname: true)
    }

    /// The entity a word names from names already known, given by the hash of its key, its title
    /// and its start.
    func known(hash key: UInt64, title: String?, before offset: Int) -> Int? {
        if let index = byName[hash: key] { return index }
        let surnamed = bySurname[hash: key]
        if let people = surnamed ?? byGivenName[hash: key] ?? byMiddleName[hash: key] {
            // "Mrs. Abedini" after Naghmeh and Saeed Abedini: the namesake the honorific fits.
            if people.count > 1, let gender = Self.honorificGender(title) {
                let fitting = people.filter { Self.givenNameGender(entities[$0].name) != gender.opposite }
                if !fitting.isEmpty { return nearest(fitting, before: offset, bySurname: surnamed != nil) }
            }
            return nearest(people, before: offset, bySurname: surnamed != nil)
        }
        return byOrganizationFirstWord[hash: key]
    }

    /// The gender an honorific title tells ("Mr." male; "Mrs.", "Ms.", "Miss" female), if any.
    static func honorificGender(_ title: String?) -> Gender? {
        switch title?.lowercased() {
        case "mr.", "mr": return .male
        case "mrs.", "mrs", "ms.", "ms", "miss", "madam", "madame": return .female
        default: return nil
        }
    }

    /// The usual gender of the given name opening a person's full name, if the name has one.
    static func givenNameGender(_ name: String) -> Gender? {
        GivenNameTable.firstWordOfFullName(name, keepingPeriods: true).flatMap { Gazetteer.givenNameGenders[$0] }
    }

    /// Among namesakes, the one a bare surname most likely means: the one named most often so
    /// far, unless another was named just before (Bill Clinton in a paragraph about him). Of
    /// namesakes of a surname (`bySurname`), not one named after another and told apart from
    /// that one by the given name alone: "Nadia Okonkwo … Her mother, Grace Okonkwo, … Grace
    /// says. … Okonkwo says" is Nadia. `people` must have one at least.
    func nearest<People: Sequence<Int>>(_ people: People, before offset: Int, bySurname: Bool = false) -> Int {
        var best = -1
        var bestScore = -Double.infinity
        // The first person of `people` (in the order named) the article has not called by the
        // given name (looked for only where some given name stands alone).
        let uncalled = bySurname && !singleWords.isEmpty ? people.first { !calledByGivenName($0, before: offset) } : nil
        for person in people {
            if let uncalled, person > uncalled, calledByGivenName(person, before: offset) { continue }
            // The first of them until one scores.
            if best < 0 { best = person }
            let (count, latest) = seen.earlier(person, than: offset)
            guard let latest else { continue }
            var score = Double(count)
            if offset - latest < Self.recentNamesakeBytes { score += Self.recentNamesakeWeight }
            if opensWithCommonWord[person] { score -= Self.commonWordPenalty }
            if score > bestScore
                || score == bestScore
                    && isLater(person, latest, than: best, seen.earlier(best, than: offset).latest ?? -1)
            {
                best = person
                bestScore = score
            }
        }
        return best
    }

    /// Whether namesake `person`, last named at `offset`, breaks a tie with `other`, last named
    /// at `otherOffset`: the later named wins, but of two named in one sentence the first, when a
    /// given name opens it ("Dorothy Woods, whose husband, Navy SEAL Ty Woods, …" is about her;
    /// not "Team Trump sees … for Donald Trump").
    func isLater(_ person: Int, _ offset: Int, than other: Int, _ otherOffset: Int) -> Bool {
        guard otherOffset >= 0 else { return true }
        let article = context.article
        if article.sentenceIndex(containing: offset) == article.sentenceIndex(containing: otherOffset) {
            let first = offset < otherOffset ? person : other
            if opensWithGivenName[first] { return first == person }
        }
        return offset > otherOffset
    }

    /// How near (in bytes) a namesake's last mention counts as just before.
    static let recentNamesakeBytes = 300
    /// How much being named just before counts, in mentions.
    static let recentNamesakeWeight = 3.0
    /// How much a name opening with an ordinary word loses, in mentions: "Trump" is more likely
    /// Donald Trump than "Team Trump".
    static let commonWordPenalty = 2.0

    /// Whether the words of a name are a single word that looks like a plural ("Millennials",
    /// "Whigs"): no default type then.
    static func isPlural(_ context: AnalysisContext, _ units: NameUnits) -> Bool {
        guard units.count == 1 else { return false }
        return WordHashSet.looksPlural(context.bytes, units[0].span)
    }

    /// The type the words around single unknown name `index` of `candidates` suggest, if any (the
    /// candidate read field by field: a copy would retain and release all its parts).
    func contextType(_ candidates: [NameCandidate], _ index: Int) -> EntityType? {
        let tokens = context.tokens
        let before = candidates[index].before
        let after = candidates[index].after
        if candidates[index].titled { return .person }
        if Self.personCues.contains(context, token: before) { return .person }
        if let type = Self.appositionType(context, before: before, after: after) { return type }
        if !candidates[index].units[candidates[index].units.count - 1].possessive,
            Self.namesSettlement(context, of: before)
        {
            return .place
        }
        if Self.placePrepositions.contains(context, token: before) {
            // "a post from Arianna Huffington": a listed given name opens a person's name.
            return NameClassifier.opensWithGivenName(candidates[index].units, context: context) ? .person : .place
        }
        // "Officials said", "Critics say": a plural is a group, not a person; but after a quotation
        // ("…,” Sanders said") a surname ending in s is the likelier reading.
        if Self.isPlural(context, candidates[index].units),
            before < 0 || (tokens[before].kind != .quote && !context.token(before, is: ","))
        {
            return nil
        }
        if Self.speechVerbs.contains(context, token: verbAfterAdverbs(after)) { return .person }
        if Self.personFollowers.contains(context, token: after) { return .person }
        // Apposition naming a body: "Access Now, a digital rights group,".
        if context.token(after, is: ","), appositionNamesBody(after: after) { return .organization }
        // Apposition: "Clinton, who…", "Cruz, a senator", "Clinton, 35,".
        if context.token(after, is: ","),
            Self.appositionStarts.contains(context, token: after + 1)
                || (after + 1 < tokens.count && tokens[after + 1].kind == .number
                    && tokens[after + 1].span.length <= 2)
        {
            return .person
        }
        if context.token(after, is: ","), after + 1 < tokens.count,
            Lexicon.flags(bytes, tokens[after + 1].span).contains(.place)
        {
            return .place
        }
        if candidates[index].units.count == 1, candidates[index].units[0].flags.contains(.givenName) { return .person }
        return nil
    }

    /// The type a name between commas takes from the noun before it, when the tokens around the
    /// name are `before` and `after`: a person's after a role or a relation ("Their mother,
    /// Halina, still bakes", "A spokeswoman, Linda Park,"), a body's after a body's head noun ("a
    /// security firm, Blackwater Analytics, found"); nil otherwise.
    static func appositionType(_ context: AnalysisContext, before: Int, after: Int) -> EntityType? {
        guard context.token(before, is: ","), context.token(after, is: ",") else { return nil }
        if personCues.contains(context, token: before - 1) { return .person }
        if bodyHeads.contains(context, token: before - 1) { return .organization }
        return nil
    }

    /// Whether the comma at token `comma` opens an appositive "a" or "an" and at most four words
    /// ending in an organisation's head noun before a comma ("a digital rights group,", "an
    /// advocacy organisation,").
    func appositionNamesBody(after comma: Int) -> Bool {
        let tokens = context.tokens
        guard context.token(comma + 1, is: "a") || context.token(comma + 1, is: "an") else { return false }
        var index = comma + 2
        while index < tokens.count, index - comma <= 5, tokens[index].kind == .word, !tokens[index].isCapitalized {
            index += 1
        }
        guard index > comma + 2, context.token(index, is: ",") else { return false }
        return Self.bodyHeads.contains(context, token: index - 1)
    }

    /// Head nouns of an appositive that make the name before it an organisation's.
    static let bodyHeads = WordHashSet([
        "group", "organisation", "organization", "charity", "company", "firm", "agency", "union",
        "association", "coalition", "alliance", "network", "foundation", "institute", "movement",
        "party", "bank", "fund", "newspaper", "broadcaster", "website", "startup", "start-up",
    ])

    /// The token at `index`, or after one or two adverbs there ("Cruz openly admitted", "Doe
    /// also said").
    func verbAfterAdverbs(_ index: Int) -> Int {
        let tokens = context.tokens
        var after = index
        while after < tokens.count, after - index < 2, tokens[after].kind == .word, !tokens[after].isCapitalized,
            Self.adverbs.contains(context, token: after)
                || tokens[after].span.length > 4 && WordHashSet.hasSuffix(bytes, tokens[after].span, "ly")
        {
            after += 1
        }
        return after
    }

    /// Adverbs not ending in -ly that stand between a subject and its verb.
    static let adverbs = WordHashSet(["also", "then", "later", "again", "still", "never", "once", "often", "soon"])

    /// Whether the article calls person `person` by the given name alone before `offset`, after
    /// naming the person in full ("Grace says" of Grace Okonkwo; not "brothers Ammon and Ryan
    /// Bundy", before "Ammon Bundy").
    func calledByGivenName(_ person: Int, before offset: Int) -> Bool {
        guard !singleWords.isEmpty else { return false }
        let given = givenNames[person]
        guard given != 0, given != nameHashes[person], let first = seen.earliest(person) else { return false }
        return singleWords.contains { $0.offset > first && $0.offset < offset && $0.hash == given }
    }

    /// The entity for candidate `candidate` of `candidates`, a name of a known type, made on first
    /// sight; `keyHash` is the hash of its key when the caller made it already. (The candidate is
    /// read field by field: a copy of it would retain and release all its parts.)
    mutating func entity(
        for candidate: Int, of candidates: [NameCandidate], type: EntityType, keyHash: UInt64? = nil
    ) -> Int {
        let units = candidates[candidate].units
        // The key's hash, made with the candidate for every table asked below.
        let keyHash = keyHash ?? candidates[candidate].keyHash
        let (canonical, canonicalHash) = canonicalName(candidates, candidate, hash: keyHash, type: type)
        if let index = byName[hash: canonicalHash], entities[index].type == type { return index }
        // "The Post said" after "The Washington Post": the same newspaper.
        if type == .organization, units.count == 1, let index = byOrganizationLastWord[hash: keyHash] {
            return index
        }
        // The hashes of a person's given name and surname, made once (on their bytes) for the
        // look-up and for a new entity; their strings are made only where a new entity needs them.
        var givenNameHash: UInt64 = 0
        var surname = SourceSpan(0, 0)
        var surnameHash: UInt64 = 0
        if type == .person {
            if units.count == 1,
                let index = known(
                    hash: keyHash, title: candidates[candidate].title, before: candidates[candidate].span.lower),
                entities[index].type == .person
            {
                return index
            }
            givenNameHash = NameClassifier.keyHash(bytes, units[0].span, context: context)
            surname = surnameSpan(of: units)
            surnameHash = NameClassifier.keyHash(bytes, surname, context: context)
            if let people = bySurname[hash: surnameHash],
                let match = people.first(where: { givenNames[$0] == givenNameHash })
                    // "López Obrador" after "Andrés Manuel López Obrador": a double surname.
                    ?? people.first(where: {
                        units.count >= 2 && !units[0].flags.contains(.givenName)
                            && entities[$0].name.hasSuffix(" " + key(candidates, candidate))
                    })
            {
                register(hash: keyHash, to: match)
                return match
            }
        } else if let index = byName[hash: keyHash], entities[index].type == type {
            return index
        }
        let index = entities.count
        entities.append(Entity(name: canonical ?? key(candidates, candidate), nameHash: canonicalHash, type: type))
        seen.addList()
        aliases.addList()
        details.append((nil, nil))
        givenNames.append(givenNameHash)
        nameHashes.append(canonicalHash)
        opensWithCommonWord.append(candidates[candidate].opensWithCommonWord)
        // "Leila de Lima": a person's given name may be listed only with its gender.
        opensWithGivenName.append(
            units.count >= 2
                && (units[0].flags.contains(.givenName)
                    || type == .person && Gazetteer.givenNameGenders.isListed(context.text(units[0])))
        )
        register(hash: canonicalHash, to: index)
        // A person's canonical name is its key: registered once.
        if keyHash != canonicalHash { register(hash: keyHash, to: index) }
        if type == .person, units.count >= 2 {
            bySurname.append(index, hash: surnameHash)
            // "al-Sisi" is "Sisi" too ("Mr Sisi said"): its string made only when it opens with
            // the letter of an article.
            if surname.length > 0,
                bytes[surname.lower] | 0x20 == UInt8(ascii: "a") || bytes[surname.lower] | 0x20 == UInt8(ascii: "e"),
                let bare = Self.withoutArticle(context.text(surname))
            {
                bySurname.append(index, to: bare)
            }
            byGivenName.append(index, hash: givenNameHash)
            // Middle names: capitalised words of two or more letters, not initials, of a name that
            // ends in a surname ("Rachel Maddow Show" is a show).
            let endsInWord = units.last.map { !$0.flags.isDisjoint(with: [.common, .organizationWord]) } ?? true
            let surnameText = units.count >= 3 && !endsInWord ? context.text(surname) : ""
            for unit in units.dropFirst().dropLast() where !endsInWord {
                let text = context.text(unit)
                if text != surnameText, text.utf8.count > 2, text.utf8.last != UInt8(ascii: "."),
                    text.first?.isUppercase == true
                {
                    byMiddleName.append(index, to: text)
                }
            }
        } else if type == .organization, units.count >= 2 {
            if let last = units.last, !last.allCaps, case let lastWord = context.text(last),
                !SpeakerWords.organizationHeadWords.contains(lastWord.lowercased())
            {
                byOrganizationLastWord.insertIfAbsent(lastWord, index)
            }
            if units.count <= Self.longestFirstWordName, !isCommonName(units[0]),
                units.dropFirst().allSatisfy({ $0.flags.contains(.organizationWord) && !$0.allCaps })
            {
                byOrganizationFirstWord.insertIfAbsent(context.text(units[0]), index)
            }
            let acronym = acronym(of: units)
            if acronym.count >= 2, byName[acronym] == nil { register(acronym, to: index) }
            for form in acronymsWithOf(units) where byName[form] == nil { register(form, to: index) }
        }
        return index
    }

    /// The key of candidate `index` of `candidates`: the text of its span unless it has a
    /// written key, made only where a string is needed.
    func key(_ candidates: [NameCandidate], _ index: Int) -> String {
        candidates[index].writtenKey ?? context.text(candidates[index].span)
    }

    /// The canonical name of candidate `index` of `candidates`, a name of `type` whose key's hash
    /// is `hash`, and the canonical name's hash: a place's or organisation's from the gazetteer,
    /// read once per key and article; nil for a person's, which is its key (made a string only
    /// for a new entity), with the key's hash.
    mutating func canonicalName(
        _ candidates: [NameCandidate], _ index: Int, hash: UInt64, type: EntityType
    ) -> (String?, UInt64) {
        switch type {
        case .person: return (nil, hash)
        case .place:
            if let (name, nameHash) = canonicalPlaces[hash: hash] { return (name, nameHash) }
        case .organization:
            if let (name, nameHash) = canonicalOrganizations[hash: hash] { return (name, nameHash) }
        }
        return canonicalName(key(candidates, index), hash: hash, type: type)
    }

    /// The canonical name of a name of `type` with key `key` (whose hash is `hash`), and the
    /// canonical name's hash: a place's or organisation's from the gazetteer, read once per key
    /// and article; a person's is its key.
    mutating func canonicalName(_ key: String, hash: UInt64, type: EntityType) -> (String, UInt64) {
        switch type {
        case .person:
            return (key, hash)
        case .place:
            if let known = canonicalPlaces[hash: hash] { return known }
            // A dateline's "NAIROBI" is the Nairobi of the text.
            let shouted = Self.isShouted(key)
            let written =
                shouted
                ? key.split(separator: " ").map { NameClassifier.titleCased(String($0)) }
                    .joined(separator: " ") : key
            let canonical = Gazetteer.places[written] ?? written
            let named = (canonical, canonical == key ? hash : NameHashTable<Int>.hash(canonical))
            canonicalPlaces.insertIfAbsent(hash: hash, named)
            return named
        case .organization:
            if let known = canonicalOrganizations[hash: hash] { return known }
            let canonical = Gazetteer.organizations[key] ?? key
            let named = (canonical, canonical == key ? hash : NameHashTable<Int>.hash(canonical))
            canonicalOrganizations.insertIfAbsent(hash: hash, named)
            return named
        }
    }

    /// The acronyms of a name joined by "of", which keep its letter: "BOJ" and "BoJ" for the Bank
    /// of Japan, "DOJ" for the Department of Justice; none when no "of" joins two words.
    func acronymsWithOf(_ units: NameUnits) -> [String] {
        // Most names have no "of" between two of their words: none, with no string made.
        guard
            (1..<max(1, units.count)).contains(where: {
                units[$0].token - units[$0 - 1].token == 2 && context.token(units[$0].token - 1, is: "of")
            })
        else { return [] }
        var upper = ""
        var mixed = ""
        var joined = false
        for (position, unit) in units.enumerated() {
            guard let (letter, isUppercase) = initial(of: unit), isUppercase else { return [] }
            if position > 0 {
                let between = unit.token - units[position - 1].token
                if between == 2, context.token(unit.token - 1, is: "of") {
                    upper.append("O")
                    mixed.append("o")
                    joined = true
                } else if between != 1 {
                    return []
                }
            }
            upper.append(letter)
            mixed.append(letter)
        }
        return joined ? [upper, mixed] : []
    }

    /// Whether a name has more than three characters, all capitals or spaces ("NAIROBI"). An ASCII
    /// name (one byte a character but for a carriage return) is read on its bytes.
    static func isShouted(_ key: String) -> Bool {
        var key = key
        let ascii: Bool? = key.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            return utf8.count > 3 && utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A || $0 == 0x20 }
        }
        if let ascii { return ascii }
        return key.count > 3 && key.allSatisfy { $0.isUppercase || $0 == " " }
    }

    /// The most words of an organisation's name known by its first word ("Nortek Semiconductor
    /// Holdings").
    static let longestFirstWordName = 3

    /// Whether the first word of an organisation's name is no name of its own: an ordinary word
    /// ("Justice Department", "Fox News"), a given name ("Walt Disney Company"), a place or
    /// nationality ("China Construction Bank"), a title or head word, or an acronym.
    func isCommonName(_ unit: NameUnit) -> Bool {
        unit.allCaps || unit.possessive
            || !unit.flags.isDisjoint(with: [
                .common, .givenName, .place, .nationality, .title, .titleStart, .organizationWord, .placeWord,
                .miscWord, .compass,
            ])
            || Gazetteer.givenNameGenders.isListed(context.text(unit))
    }

    /// Records a name of an entity for later lookups.
    mutating func register(_ key: String, to index: Int) {
        byName.insertIfAbsent(key, index)
    }

    /// Records a name of an entity, by the name's hash, for later lookups.
    mutating func register(hash key: UInt64, to index: Int) {
        byName.insertIfAbsent(hash: key, index)
    }

    /// Records the aliases, title and affiliation a mention shows: the key of candidate
    /// `candidate` of `candidates` (whose hash is `hash`; made a string only when it is no name of
    /// the entity), and the title, affiliation and full phrase of the candidate (passed apart, not
    /// as a copy of the candidate).
    mutating func note(
        key candidates: [NameCandidate], _ candidate: Int, hash: UInt64, title: String?, affiliation: String?,
        fullPhrase: String?, for index: Int
    ) {
        // Told from the entity's name and its aliases by the hashes (equal names have one).
        if hash != nameHashes[index], !aliases.contains(hash: hash, in: index) {
            aliases.append(key(candidates, candidate), hash: hash, to: index)
        }
        if let phrase = fullPhrase, case let phraseHash = NameHashTable<Int>.hash(phrase),
            phraseHash != nameHashes[index], !aliases.contains(hash: phraseHash, in: index)
        {
            aliases.append(phrase, hash: phraseHash, to: index)
        }
        // The first title and affiliation shown stay (stored with the aliases when the layer is
        // built).
        if let title, details[index].title == nil { details[index].title = title }
        if let affiliation, details[index].affiliation == nil { details[index].affiliation = affiliation }
    }

    /// A surname without the Arabic article that opens it ("Sisi" of "al-Sisi", "Erian" of
    /// "El-Erian"), if it opens with one.
    static func withoutArticle(_ surname: String) -> String? {
        let utf8 = surname.utf8
        guard utf8.count > 5, let first = utf8.first,
            first == UInt8(ascii: "a") || first == UInt8(ascii: "A")
                || first == UInt8(ascii: "e") || first == UInt8(ascii: "E")
        else { return nil }
        let prefix = Array(utf8.prefix(3))
        guard prefix[1] == UInt8(ascii: "l"), prefix[2] == UInt8(ascii: "-") else { return nil }
        let rest = surname.dropFirst(3)
        guard rest.first?.isUppercase == true else { return nil }
        return String(rest)
    }

    /// Name suffixes that are no surname.
    static let suffixes: Set<String> = ["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"]

    /// Where the surname of a person's name is: its last word, skipping "Jr." and numerals (told
    /// on the bytes: no string is made); an empty span for no words.
    func surnameSpan(of units: NameUnits) -> SourceSpan {
        for unit in units.reversed() where !Self.isSuffix(bytes, unit.span) { return unit.span }
        return units.last?.span ?? SourceSpan(0, 0)
    }

    /// Whether the word at `span` of `bytes` is one of `suffixes`, read on its bytes: every suffix
    /// is two or three ASCII bytes long, and no other spelling of one is canonically equal.
    static func isSuffix(_ bytes: [UInt8], _ span: SourceSpan) -> Bool {
        guard (2...3).contains(span.length) else { return false }
        // The length, then the bytes, packed into one number.
        var code = UInt32(span.length)
        for offset in 0..<span.length { code = code << 8 | UInt32(bytes[span.lower + offset]) }
        switch code {
        // "Jr.", "Sr.", "III"; "Jr", "Sr", "II", "IV".
        case 0x034A_722E, 0x0353_722E, 0x0349_4949, 0x0002_4A72, 0x0002_5372, 0x0002_4949, 0x0002_4956: return true
        default: return false
        }
    }
}
