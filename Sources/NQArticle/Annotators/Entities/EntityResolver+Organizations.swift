import NQSource

/// A single word no list knows, which the words around it show to be an organisation:
/// "Volkswagen cut its forecast", "an analyst at Stifel", "shares in Safaricom", "Lufthansa's
/// shares". Business and foreign copy name companies by one word far more often than people.
extension EntityResolver {
    /// Whether the words around the single-word name `candidates[index]` (read field by field
    /// rather than copied) say it is an organisation: a verb
    /// and "its" after it ("cut its", "said its"), a company's possession after its possessive ("Lufthansa's shares"), staff before it ("an
    /// analyst at Stifel"), an indefinite article and a spokesperson around it ("a Voltrana
    /// spokesperson"), or a stake ("shares in Safaricom", "Volkswagen shares fell").
    func organizationCue(_ candidates: [NameCandidate], _ index: Int) -> Bool {
        guard candidates[index].units.count == 1, !candidates[index].titled, !candidates[index].surnameOnly,
            !candidates[index].inHeadline, !candidates[index].units[0].flags.contains(.givenName),
            !candidates[index].units[0].allCaps
        else { return false }
        let before = candidates[index].before
        var after = candidates[index].after
        if candidates[index].units[0].possessive {
            while after < context.tokens.count, Self.possessiveEndings.contains(context, token: after) { after += 1 }
            return Self.companyPossessions.contains(context, token: after)
        }
        if Self.personCues.contains(context, token: before) { return false }
        // "a Voltrana spokesperson": a person's spokesperson comes with the person's full name.
        if Self.indefiniteArticles.contains(context, token: before), Self.spokespeople.contains(context, token: after) {
            return true
        }
        if Self.stakes.contains(context, token: after), after + 1 < context.tokens.count,
            context.tokens[after + 1].kind == .word, !context.tokens[after + 1].isCapitalized
        {
            return true
        }
        if before >= 1, Self.staffPrepositions.contains(context, token: before),
            Self.companyStaff.contains(context, token: before - 1)
        {
            return true
        }
        if before >= 1, Self.stakePrepositions.contains(context, token: before),
            Self.stakes.contains(context, token: before - 1)
        {
            return true
        }
        let verb = verbAfterAdverbs(after)
        // Not "said it": "Okafor said it was fine" is as common as "Voltrana said it would hire".
        // ("its" first: it is rarer than a word that is no verb.)
        guard verb < context.tokens.count, context.tokens[verb].kind == .word, !context.tokens[verb].isCapitalized,
            Self.its.contains(context, token: verb + 1)
        else { return false }
        return !Self.notVerbs.contains(context, token: verb)
    }

    /// The hashes of the keys of the single-word names some mention of which `organizationCue`
    /// marks (equal keys have one hash: no string is made).
    func organizationCued(_ candidates: [NameCandidate], among pending: [Int]) -> Set<UInt64> {
        var keys = Set<UInt64>()
        for index in pending where organizationCue(candidates, index) { keys.insert(candidates[index].keyHash) }
        return keys
    }

    /// Organisation for single word `index` of `candidates` (read field by field, not copied) that
    /// some mention shows to be one (`cued`), unless this mention's own words make it a person's ("envoy Stifel", "Stifel, who").
    func organizationType(_ candidates: [NameCandidate], _ index: Int, cued: Set<UInt64>) -> EntityType? {
        guard candidates[index].units.count == 1, cued.contains(candidates[index].keyHash), !candidates[index].titled,
            !candidates[index].units[0].flags.contains(.givenName),
            !Self.personCues.contains(context, token: candidates[index].before),
            !(context.token(candidates[index].after, is: ",") && context.token(candidates[index].after + 1, is: "who"))
        else { return nil }
        return .organization
    }

    /// The hashes of the keys of the single-word given names some mention of which a ", who"
    /// follows ("Beto, who has scored in three games, said"). The candidates are read field by
    /// field: a copy would retain and release all their parts.
    func personCued(_ candidates: [NameCandidate], among pending: [Int]) -> Set<UInt64> {
        var keys = Set<UInt64>()
        for index in pending where candidates[index].units.count == 1 {
            let after = candidates[index].after
            if context.token(after, is: ","), context.token(after + 1, is: "who"),
                candidates[index].units[0].flags.contains(.givenName)
                    || Gazetteer.givenNameGenders.isListed(key(candidates, index))
            {
                keys.insert(candidates[index].keyHash)
            }
        }
        return keys
    }

    /// Person for single given name `index` of `candidates` (read field by field) that some mention
    /// shows to be one (`cued`), though this
    /// mention's own words would make it a place ("a double from Beto"), unless it is a known
    /// place.
    func personType(_ candidates: [NameCandidate], _ index: Int, cued: Set<UInt64>) -> EntityType? {
        guard !cued.isEmpty, candidates[index].units.count == 1, cued.contains(candidates[index].keyHash),
            Gazetteer.places[key(candidates, index)] == nil
        else { return nil }
        return .person
    }

    /// What a company has, after its possessive ("Lufthansa's shares", "Safaricom's board").
    static let companyPossessions = WordHashSet([
        "shares", "stock", "board", "headquarters", "employees", "workforce", "shareholders", "subsidiary",
        "profit", "profits", "revenue", "revenues", "sales", "earnings", "factory", "factories", "plant",
        "plants", "stores", "customers", "subscribers", "products", "brand", "chief", "ceo", "parent",
    ])
    /// People who work at a company, before "at" or "with" and its name ("an analyst at Stifel").
    static let companyStaff = WordHashSet([
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "executive",
        "executives", "engineer", "engineers", "employee", "employees", "researcher", "researchers",
        "trader", "traders", "manager", "managers",
    ])
    /// A stake in a company ("shares in", "a stake in", "Volkswagen shares fell").
    static let stakes = WordHashSet(["shares", "stake", "stock"])
    /// The prepositions between staff and the company.
    static let staffPrepositions = WordHashSet(["at", "with"])
    /// The prepositions between a stake and the company.
    static let stakePrepositions = WordHashSet(["in", "of"])
    /// The possessive endings a tokenizer may leave after a name.
    static let possessiveEndings = WordHashSet(["'s", "’s", "'", "’", "s"])
    /// "a" and "an".
    static let indefiniteArticles = WordHashSet(["a", "an"])
    /// Who speaks for an organisation, after its name ("a Voltrana spokesperson").
    static let spokespeople = WordHashSet(["spokesman", "spokeswoman", "spokesperson"])
    /// Words after a name that are no verb: "Huntsville and its", "Ford with its".
    static let notVerbs = WordHashSet([
        "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "than", "into",
    ])
    /// "its", which only an organisation (or a thing) owns by.
    static let its = WordHashSet(["its"])
}
