import NQSource

/// A name found in the text, with its type once known.
struct NameCandidate: Sendable {
    /// Its words (without titles and leading function words).
    var units: NameUnits
    /// Where it is: from its first word to its last, possessive left out.
    var span: SourceSpan
    /// The name when it is not the text of `span` (a dateline's place as the gazetteer writes
    /// it), else nil: the text is made only for a name that needs it (`EntityResolver.key`).
    var writtenKey: String? = nil
    /// The hash (`NameHashTable.hash`) of the name, made from its bytes when they are ASCII.
    var keyHash: UInt64
    /// Its type, or nil while only context can tell.
    var type: EntityType?
    /// Whether a title or role right before it marks it as a person's name.
    var titled = false
    /// Whether it is an ordinary word that names someone only as the surname of a person the
    /// article has named in full ("Law said" after "Steven Law").
    var surnameOnly = false
    /// Whether its first word is an ordinary word rather than a given name ("Team Trump").
    var opensWithCommonWord = false
    /// The title written before it ("Secretary-General").
    var title: String? {
        get { phrases?.title }
        set { setPhrases(title: newValue, affiliation: affiliation, fullPhrase: fullPhrase) }
    }
    /// The organisation or place written before the title ("NATO").
    var affiliation: String? {
        get { phrases?.affiliation }
        set { setPhrases(title: title, affiliation: newValue, fullPhrase: fullPhrase) }
    }
    /// The whole phrase with title and affiliation, when there was one.
    var fullPhrase: String? {
        get { phrases?.fullPhrase }
        set { setPhrases(title: title, affiliation: affiliation, fullPhrase: newValue) }
    }
    /// The title, affiliation and full phrase, nil when there is none (as for most names): one
    /// reference instead of three strings to copy and release with every copy of a candidate.
    var phrases: NamePhrases? = nil
    /// Whether it is in a Title-Case headline.
    var inHeadline = false
    /// Whether it starts a sentence, where capitals say little.
    var atStart = false
    /// The token index before and after it.
    var before: Int
    /// The token index after it.
    var after: Int
}

extension NameCandidate {
    /// Replaces the phrases (a new box each time: boxes are never changed, so copies share them).
    mutating func setPhrases(title: String?, affiliation: String?, fullPhrase: String?) {
        phrases =
            title == nil && affiliation == nil && fullPhrase == nil
            ? nil : NamePhrases(title: title, affiliation: affiliation, fullPhrase: fullPhrase)
    }
}

/// The words written around a name: its title, affiliation and the whole phrase.
final class NamePhrases: Sendable {
    /// The title written before the name ("Secretary-General").
    let title: String?
    /// The organisation or place written before the title ("NATO").
    let affiliation: String?
    /// The whole phrase with title and affiliation.
    let fullPhrase: String?

    init(title: String?, affiliation: String?, fullPhrase: String?) {
        self.title = title
        self.affiliation = affiliation
        self.fullPhrase = fullPhrase
    }
}

/// Splits a chunk of capitalised words into names and decides what each is by its form:
/// gazetteers, titles, head words, given names and acronyms.
struct NameClassifier {
    let context: AnalysisContext
    /// Hashes of the lower-case words of the article, to tell "Despite" from "Rutte".
    let lowerWords: WordHashes
    /// The article's bytes, read once: `context.bytes` goes through the article's text each time.
    let bytes: [UInt8]

    init(context: AnalysisContext, lowerWords: WordHashes) {
        self.context = context
        self.lowerWords = lowerWords
        self.bytes = context.bytes
    }

    /// Whether a capitalised word is an ordinary word that happens to be capitalised.
    func isCommon(_ unit: NameUnit) -> Bool {
        if unit.flags.contains(.common) { return true }
        if unit.allCaps || !unit.flags.isDisjoint(with: WordFlags.naming) { return false }
        return lowerWords.contains(unit.foldedHash)
    }

    /// Whether a sentence's opening word that is also an ordinary word is a given name before a
    /// surname ("Jan Varga spoke", "Bill Smith"): a given name, no auxiliary ("Will", "May"),
    /// before one capitalised word that is neither ordinary nor a known name of a place or body.
    func opensPersonName(_ units: NameUnits) -> Bool {
        guard units.count == 2, units[0].flags.contains(.givenName), !units[1].allCaps,
            !Self.auxiliaries.contains(bytes, units[0].span), !isCommon(units[1]),
            units[1].flags.isDisjoint(with: [
                .place, .organization, .nationality, .miscWord, .organizationWord, .placeWord, .title, .compass,
            ])
        else { return false }
        return true
    }

    /// Whether the units after a title of `length` units are a given name and one word that is
    /// no organisation's head word: a person's name, even when the word is a place's ("Judge
    /// Helen Park", "Senator Ann Street").
    func namesPerson(_ units: NameUnits, after length: Int) -> Bool {
        units.count == length + 2 && units[length].flags.contains(.givenName)
            && !units[length].flags.contains(.common) && !units[length + 1].flags.contains(.organizationWord)
            && !units[length + 1].allCaps && gazetteerType(units[length...]) == nil
    }

    /// Whether a sentence opens with a role noun before a person's name: a given name
    /// ("Pollster Claire Fontaine said", "Economist Saul Eslake", though "Economist" also names a
    /// magazine; "Singer Adele"), or three words or more that are plainly a name's ("Economist
    /// Song Seng Wun", whose family name comes first). The role is no part of the name.
    func opensWithRole(_ units: NameUnits, atStart: Bool) -> Bool {
        guard atStart, units.count >= 2, !units[0].flags.contains(.givenName), !units[0].allCaps,
            // "Actor-politician Vijay": a compound with a role in it.
            EntityResolver.personCues.contains(bytes, units[0].span) || isRoleCompound(units[0].span)
        else { return false }
        if units[1].flags.contains(.givenName) || Gazetteer.givenNameGenders.isListed(context.text(units[1])) {
            // A given name alone after a role is a person's only when it is no common word.
            return units.count >= 3 || !isCommon(units[1])
        }
        let rest = units[1...]
        return rest.count >= 2 && !rest.contains(where: isUnlikelyNameWord) && gazetteerType(rest) == nil
    }

    /// Whether a capitalised word is unlikely to be part of a person's name: a common word, an
    /// acronym, or a word of places, organisations and titles.
    func isUnlikelyNameWord(_ unit: NameUnit) -> Bool {
        isCommon(unit) || unit.allCaps || unit.possessive
            || !unit.flags.isDisjoint(with: [
                .place, .organization, .nationality, .miscWord, .organizationWord, .placeWord, .title, .compass,
            ])
    }

    /// Whether the word in `span` is hyphenated and one of its parts is a role ("Actor-politician",
    /// "Singer-songwriter").
    func isRoleCompound(_ span: SourceSpan) -> Bool {
        var start = span.lower
        var found = false
        var hyphens = 0
        for index in span.lower...span.upper where index == span.upper || bytes[index] == UInt8(ascii: "-") {
            if index > start, EntityResolver.personCues.contains(bytes, SourceSpan(start, index)) {
                found = true
            }
            if index < span.upper { hyphens += 1 }
            start = index + 1
        }
        return hyphens > 0 && found
    }

    /// Verbs that open a question and are also given names ("Will", "May").
    static let auxiliaries = WordHashSet(["will", "may", "can", "might", "must", "shall", "did", "does", "do"])

    /// The number of units forming a title at `start`, longest first (0 when none).
    func titleLength(_ units: NameUnits, at start: Int) -> Int {
        guard units[start].flags.contains(.titleStart) else { return 0 }
        var length = min(Gazetteer.longestTitle, units.count - start)
        while length > 1 {
            let span = SourceSpan(start: units[start].span.start, end: units[start + length - 1].span.end)
            if Lexicon.phrase(bytes, span).contains(.title) { return length }
            length -= 1
        }
        return units[start].flags.contains(.title) ? 1 : 0
    }

    /// Honours, ranks and degrees written after a person's name ("Jane Roe KC", "John Doe MP").
    static let postNominals = WordHashSet([
        "kc", "qc", "sc", "san", "mp", "msp", "mep", "mla", "mpp", "td", "obe", "mbe", "cbe", "kbe", "dbe", "gbe",
        "frs", "phd", "md",
    ])

    /// Titles of members of a legislature, whose seat may follow them ("MP for Kettering").
    static let memberTitles = WordHashSet(["mp", "mla", "msp", "mep", "td", "mpp", "mlc", "mna", "mha"])

    /// How many units after a title of `length` units name its portfolio ("of Finance", "for
    /// Foreign Affairs", "of Texas"): from a unit after a particle, up to a given name, leaving a
    /// name of two words, or of one when the portfolio is an ordinary word.
    func portfolioLength(_ units: NameUnits, after length: Int) -> Int {
        // Not a place after it ("Republican of South Carolina", "Democrat of New York").
        guard length < units.count, isAfterParticle(units[length]),
            gazetteerType(units[length...]) == nil, !isPlacePrefix(units[length])
        else { return 0 }
        var count = 0
        while length + count < units.count - 1 {
            let unit = units[length + count]
            let left = units.count - length - count - 1
            guard !unit.flags.contains(.givenName), !unit.possessive, left >= 2 || unit.flags.contains(.common)
            else { break }
            count += 1
        }
        return count
    }

    /// The span from the first unit's start to the last unit's end.
    func span(_ units: NameUnits) -> SourceSpan {
        SourceSpan(start: units.first!.span.start, end: units.last!.span.end)
    }

    /// The text from the first unit's start to the last unit's end.
    func text(_ units: NameUnits) -> String {
        guard let first = units.first, let last = units.last else { return "" }
        return context.text(SourceSpan(start: first.span.start, end: last.span.end))
    }

    /// Appends the names of a chunk to `result` (one array for the article, not one per chunk).
    func classify(_ chunk: NameChunk, into result: inout [NameCandidate]) {
        // "NEW YORK (AP) —", "RIO DE JANEIRO —": a known place shouted at a dateline, kept whole.
        if chunk.units.count >= 2, chunk.units.allSatisfy(\.allCaps), opensDateline(chunk),
            let place = shoutedPlace(chunk.units)
        {
            var name = candidate(chunk.units, chunk: chunk, type: .place, titled: false)
            name.writtenKey = place
            name.keyHash = NameHashTable<Int>.hash(place)
            result.append(name)
            return
        }
        if chunk.inHeadline {
            headlineCandidates(chunk, into: &result)
            return
        }
        // A long run of capitalised words with no head word is a title of a work or a headline
        // quoted in a sentence: only known names in it count.
        if chunk.units.count >= 4, !endsInHeadWord(chunk.units),
            gazetteerType(chunk.units) == nil,
            !chunk.units.contains(where: {
                !$0.flags.isDisjoint(with: [.title, .titleStart, .organizationWord])
            }),
            // Not a role opening the sentence before a long name: "Economist Song Seng Wun".
            !opensWithRole(chunk.units, atStart: chunk.atSentenceStart)
        {
            // "Jorge Antonio Villasenor Llamas": a given name opening a run of plain words is
            // one person's full name.
            if chunk.units.count <= 5, !chunk.inHeadline, chunk.units[0].flags.contains(.givenName),
                chunk.units.allSatisfy({ !$0.flags.contains(.common) && !$0.allCaps && !$0.possessive })
            {
                result.append(candidate(chunk.units, chunk: chunk, type: .person, titled: false))
                return
            }
            if !trailingPerson(chunk, into: &result) { headlineCandidates(chunk, into: &result) }
            return
        }
        var units = chunk.units
        var atStart = chunk.atSentenceStart
        var title: String?
        var titled = false
        // Whether a role opening the sentence was stripped: the name is a person's, as after a
        // title, but the role is no title to keep with it.
        var afterRole = false
        var affiliation: String?
        // Where this chunk's names start in `result`.
        let firstName = result.count
        var phraseStart = units.first?.span.start ?? 0
        // Whole chunk known as an organisation or place: keep it whole.
        if !units.isEmpty, gazetteerType(units) != nil {
            result.append(candidate(units, chunk: chunk, type: nil, titled: false))
            return
        }
        // Whether words were taken off the front below, and the length of the title opening the
        // words left (both to ask nothing twice of the same words).
        var trimmed = false
        var titleAtStart = 0
        // "Leader of the Opposition V.D. Satheesan": the title's body, then its holder.
        if let length = titleBodyLength(chunk) {
            let body = units[0..<length]
            if let type = gazetteerType(body) {
                result.append(candidate(body, chunk: chunk, type: type, titled: false))
                affiliation = canonical(text(body), type)
            }
            title = context.text(
                SourceSpan(context.tokens[chunk.before - 2].span.lower, body[body.count - 1].span.upper))
            titled = true
            units.removeFirst(length)
            trimmed = true
            atStart = false
        }
        // Leading function words, sentence-initial common words and titles.
        while !units.isEmpty {
            let length = titleLength(units, at: 0)
            titleAtStart = length
            if length > 0, length < units.count, !endsInHeadWord(units) || namesPerson(units, after: length),
                !endsInNonName(units)
            {
                // A title naming its body: "Senate Majority Leader", "House Speaker".
                if length > 1, let type = gazetteerType(units[0..<1]) {
                    result.append(candidate(units[0..<1], chunk: chunk, type: type, titled: false))
                    affiliation = canonical(context.text(units[0]), type)
                }
                // "the Labour MP for Sheffield Central": a member's seat after the particle is a
                // place, and no one's name.
                if length == 1, Self.memberTitles.contains(bytes, units[0].span), isAfterParticle(units[1]),
                    !units[1].flags.contains(.givenName)
                {
                    result.append(candidate(units[1...], chunk: chunk, type: .place, titled: false))
                    return
                }
                titled = true
                // "Minister of Finance Jane Roe", "Minister for Foreign Affairs Ishaq Dar": the
                // portfolio after the title's particle is part of the title.
                let portfolio = portfolioLength(units, after: length)
                // "The Minister for Housing, Darragh O'Brien,": one word, or ordinary words, after
                // the title's particle and no name after them are its portfolio; the title names
                // no one.
                if portfolio == 0, isAfterParticle(units[length]), gazetteerType(units[length...]) == nil,
                    units[length...].allSatisfy({ !$0.flags.contains(.givenName) }),
                    units.count == length + 1 || units[length...].allSatisfy(isCommon)
                {
                    return
                }
                // As written, particles included ("Secretary of State").
                title = text(units[0..<(length + portfolio)])
                units.removeFirst(length + portfolio)
                trimmed = true
                atStart = false
                continue
            }
            // "in June Trump said": a month or day after a preposition of time is no given name.
            if units.count >= 2, Self.calendarWords.contains(bytes, units[0].span), units[0].token > 0,
                Self.timePrepositions.contains(context, token: units[0].token - 1)
            {
                units.removeFirst()
                trimmed = true
                phraseStart = units.first?.span.start ?? phraseStart
                atStart = false
                continue
            }
            // A role opening the sentence: the name after it does not open the sentence, and is a
            // person's, as after a title ("Actor-politician Vijay").
            if opensWithRole(units, atStart: atStart) {
                units.removeFirst()
                trimmed = true
                afterRole = true
                phraseStart = units.first?.span.start ?? phraseStart
                atStart = false
                continue
            }
            // (Articles have three letters at most: longer words are not compared.)
            if units[0].span.length <= 3
                && (context.unit(units[0], is: "The") || context.unit(units[0], is: "A")
                    || context.unit(units[0], is: "An") || context.unit(units[0], is: "THE"))
                // "Says Maria Lopez, a nurse:": a verb of speech opening the sentence.
                || atStart && units.count >= 2 && !units[0].allCaps && units[0].flags.isDisjoint(with: WordFlags.naming)
                    && EntityResolver.speechVerbs.contains(bytes, units[0].span)
                || (atStart && isCommon(units[0]) && !opensPersonName(units)
                    && (Self.functionWords.contains(bytes, units[0].span) || !endsInHeadWord(units))
                    && (units.count < 2 || gazetteerType(units[0...1]) == nil)
                    // "The Bank of Japan", though the article writes "the central bank": a head
                    // word before "of" opens the name.
                    && !(units.count >= 2 && units[0].flags.contains(.organizationWord)
                        && context.token(units[1].token - 1, is: "of"))
                    // "The National Union of Mineworkers": nor a modifier of such a head word.
                    && !(units.count >= 3 && !Self.functionWords.contains(bytes, units[0].span)
                        && units[1].flags.contains(.organizationWord) && context.token(units[2].token - 1, is: "of")))
            {
                units.removeFirst()
                trimmed = true
                phraseStart = units.first?.span.start ?? phraseStart
                continue
            }
            break
        }
        // (The whole chunk was known to no gazetteer: asked again only of fewer words.)
        if trimmed, !units.isEmpty, gazetteerType(units) != nil {
            var known = candidate(units, chunk: chunk, type: nil, titled: false)
            known.title = title
            result.append(known)
            return
        }
        // A title alone ("Secretary of State") names no one by name.
        if !units.isEmpty, titleAtStart == units.count { return }
        // A shouted line ("FULL TEXT", "NEW YORK —"): only known names.
        if units.count >= 2, units.allSatisfy(\.allCaps) {
            let phrase = units.map { Self.titleCased(context.text($0)) }.joined(separator: " ")
            if Gazetteer.places[phrase] != nil {
                // The known place alone, without a body named before a title.
                result.removeSubrange(firstName...)
                result.append(candidate(units, chunk: chunk, type: .place, titled: false))
            }
            return
        }
        // An affiliation and title inside the chunk: "NATO Secretary-General Mark Rutte"; after
        // the title a given name and a place word are a person's ("Health Minister Ryan Park").
        if units.count >= 3 {
            let endsInHead = endsInHeadWord(units)
            var position = 1
            while position < units.count - 1 {
                let length = titleLength(units, at: position)
                // "Committee Chairman Rep. Jan Roe", "Social Democrats TD Jan Roe": the name starts
                // after the last of the titles in a row; the first is the title.
                var end = position + length
                while length > 0, end < units.count - 1, case let following = titleLength(units, at: end),
                    following > 0,
                    end + following < units.count
                {
                    end += following
                }
                if length > 0, end < units.count, !endsInHead || namesPerson(units, after: end) {
                    var prefix = units[0..<position]
                    if let place = Gazetteer.nationalities[text(prefix)] {
                        affiliation = place
                    } else {
                        // An organisation by its form: "Harbour Workers Union General Secretary Jan
                        // Varga", "HWU General Secretary Jan Varga".
                        let formed =
                            gazetteerType(prefix) == nil
                            && (prefix.last?.flags.contains(.organizationWord) == true
                                || prefix.count == 1 && prefix[0].allCaps
                                    && prefix[0].flags.isDisjoint(with: [.common, .place]))
                        // The longest leading known name: "White House" of "White House Press Secretary".
                        while !formed, prefix.count > 1, gazetteerType(prefix) == nil {
                            prefix = prefix.dropLast()
                        }
                        if let type = formed ? .organization : gazetteerType(prefix) {
                            var known = candidate(prefix, chunk: chunk, type: nil, titled: false)
                            known.type = type
                            affiliation = canonical(text(prefix), type)
                            result.append(known)
                        }
                    }
                    // "Labour MP for Sheffield Central": the seat, a place.
                    if length == 1, end == position + 1, Self.memberTitles.contains(bytes, units[position].span),
                        isAfterParticle(units[end]), !units[end].flags.contains(.givenName)
                    {
                        result.append(candidate(units[end...], chunk: chunk, type: .place, titled: false))
                        return
                    }
                    title = units[position..<position + length].map(context.text).joined(separator: " ")
                    titled = true
                    units.removeFirst(end)
                    break
                }
                position += 1
            }
        }
        // Trailing weekdays, months and common words: "Trump Monday".
        while units.count > 1, !units[units.count - 1].allCaps,
            units[units.count - 1].flags.contains(.common),
            units[units.count - 1].flags.isDisjoint(with: [.miscWord, .organizationWord, .placeWord]),
            // Not a word after a particle: "Board of Elections".
            !isAfterParticle(units[units.count - 1]) || Self.calendarWords.contains(bytes, units[units.count - 1].span),
            // Not a surname after a given name ("Steven Law"), unless a day or month ("Jeb Monday").
            units.count > 2 || !units[0].flags.contains(.givenName) || units[0].flags.contains(.common)
                || Self.calendarWords.contains(bytes, units[1].span)
        {
            units.removeLast()
        }
        // "Judge Nicholas Dean KC", "Sarah Mills MP": an honour or rank written after a name is no
        // part of it (kept only after a lone word: "Dean KC" is no more a name than "KC").
        if units.count >= 3 || titled && units.count == 2, units[units.count - 1].allCaps,
            !units[units.count - 2].allCaps, Self.postNominals.contains(bytes, units[units.count - 1].span)
        {
            units.removeLast()
        }
        guard !units.isEmpty else { return }
        // A leading nationality: "Russian President" was handled above; "German Angela" is rare.
        if units.count >= 2, units[0].flags.contains(.nationality),
            let place = Gazetteer.nationalities[context.text(units[0])],
            !endsInHeadWord(units),
            // "said German Ortega": a nationality that is also a given name, before a surname alone
            // (not "a German Shepherd").
            !(units.count == 2 && Gazetteer.givenNameGenders.isListed(context.text(units[0])) && !afterArticle(chunk)
                && units[1].flags.isDisjoint(with: [.title, .common, .organizationWord, .placeWord, .miscWord, .place]))
        {
            affiliation = affiliation ?? place
            units.removeFirst()
        }
        if units.count == 1, units[0].flags.contains(.nationality) {
            // "Cuban said" after "Mark Cuban": a nationality word standing as a surname, which
            // names someone only if the article gave a person that surname.
            if !chunk.inHeadline, standsAsSurname(units[0]) {
                var name = candidate(units, chunk: chunk, type: nil, titled: false)
                name.surnameOnly = true
                result.append(consume name)
            }
            return
        }
        if units.count == 1, !titled, !afterRole, isUnlikelySingleName(units[0], atStart: atStart, chunk: chunk) {
            // It may still be the surname of someone the article names in full: "Law said" after
            // "Steven Law", "Schlafly also noted" (-ly, like an adverb) after "Phyllis Schlafly".
            if !atStart || !isCommon(units[0]), !chunk.inHeadline, isPossibleSurname(units[0]) {
                var name = candidate(units, chunk: chunk, type: nil, titled: false)
                name.surnameOnly = true
                result.append(consume name)
            }
            return
        }
        // An adjective phrase ending in a nationality: "Middle Eastern", "Latin American".
        if units.count >= 2, units[units.count - 1].flags.contains(.nationality),
            units.count > 2 || !units[0].flags.contains(.givenName) || units[0].flags.contains(.common)
        {
            return
        }
        // The name is made here, finished, and appended (moved) once: a candidate read back
        // from `result` or changed there costs a copy or a uniqueness check each time.
        var name = candidate(units, chunk: chunk, type: nil, titled: titled)
        // The three phrases set at once: one box, made only when there is a phrase.
        var fullPhrase: String?
        if titled, let first = chunk.units.first {
            fullPhrase = context.text(SourceSpan(start: min(first.span.start, phraseStart), end: name.span.end))
        }
        // "Pakistan Cricket Board chairman Mohsin Naqvi": a role between a name and this one.
        if title == nil, chunk.units.first?.token == units.first?.token, let role = premodifyingRole(chunk) {
            title = role
        }
        if title != nil || affiliation != nil || fullPhrase != nil {
            name.setPhrases(title: title, affiliation: affiliation, fullPhrase: fullPhrase)
        }
        name.type = type(of: units, titled: titled || afterRole, chunk: chunk)
        // No name: an event or a law ("Affordable Care Act") of no known type.
        if name.type == nil, units.count >= 2, units[units.count - 1].flags.contains(.miscWord) { return }
        result.append(consume name)
    }

    /// The canonical form of a known name.
    func canonical(_ key: String, _ type: EntityType) -> String {
        switch type {
        case .place: return Gazetteer.places[key] ?? key
        case .organization: return Gazetteer.organizations[key] ?? key
        case .person: return key
        }
    }

    /// The type of a name by its form, or nil when only context can tell.
    func type(of units: NameUnits, titled: Bool, chunk: NameChunk) -> EntityType? {
        if units.count == 1 {
            if units[0].flags.contains(.place) { return .place }
            if units[0].flags.contains(.organization) { return .organization }
        }
        if units.count >= 2, let type = gazetteerType(units) { return type }
        // "Amnesty International Kenya", "Oxfam America": a known organisation's national branch.
        if units.count >= 2, units[units.count - 1].flags.contains(.place),
            gazetteerType(units[..<(units.count - 1)]) == .organization
        {
            return .organization
        }
        // "Focus Ireland", "Sport England": an ordinary word (not "Raynard Jackson") before a
        // known place's name is a body named for what it does there.
        if units.count == 2, units[1].flags.contains(.place), !units[1].possessive, isCommon(units[0]),
            !Self.functionWords.contains(bytes, units[0].span),
            units[0].flags.isDisjoint(with: [.givenName, .place, .nationality, .compass, .title, .titleStart]),
            !isPlacePrefix(units[0])
        {
            return .organization
        }
        // "the town of Eldorado do Sul", "the city of Santa Cruz": a settlement's name.
        // (Not one owning something after it: "the state of Sanders’ younger years".)
        if !titled, !units[units.count - 1].possessive, EntityResolver.namesSettlement(context, of: units[0].token - 1)
        {
            return .place
        }
        let last = units[units.count - 1].flags
        if units.count >= 2 {
            // "Steven Law": a given name and one more word is a person whatever the word.
            // After a person's title a place word is a surname too ("Judge Helen Park"), and in
            // apposition to a role ("A spokeswoman, Linda Park, said").
            if units.count == 2, units[0].flags.contains(.givenName), !units[0].flags.contains(.common),
                !units[1].flags.contains(.organizationWord),
                titled || !units[1].flags.contains(.placeWord)
                    || EntityResolver.appositionType(context, before: chunk.before, after: chunk.after) == .person,
                !units[1].allCaps
            {
                return .person
            }
            if last.contains(.miscWord) { return nil }
            if units.dropFirst().contains(where: { $0.flags.contains(.organizationWord) }) {
                return .organization
            }
            if units[0].flags.contains(.organizationWord), units[1].token > units[0].token + 1 {
                return .organization
            }
            if last.contains(.placeWord) { return .place }
        }
        if titled { return .person }
        if units.count >= 2, isPlacePrefix(units[0]),
            units.count == 2 || gazetteerType(units[1...]) == .place
        {
            return .place
        }
        if units.count >= 2 {
            if units[0].flags.contains(.givenName) { return .person }
            // "J.M. Berger", "T. Boone Pickens": initials open a person's name.
            if Self.isInitials(bytes, units[0].span), units[0].flags.isDisjoint(with: [.place, .organization]) {
                return .person
            }
            if units.contains(where: \.allCaps) { return .organization }
            if context.token(chunk.before, is: "the") { return .organization }
            // "a cybersecurity firm, Blackwater Analytics, found": in apposition to a body's noun.
            if EntityResolver.appositionType(context, before: chunk.before, after: chunk.after) == .organization {
                return .organization
            }
            // "in Boca Raton": a place preposition before a name with no given name, unless its last
            // word speaks alone elsewhere ("goals from Chidi Okafor … Okafor said").
            // (Before the chunk, or just before the name where a word opening the chunk was taken
            // off it: "In Boca Raton, …".)
            if EntityResolver.placePrepositions.contains(context, token: chunk.before)
                || EntityResolver.placePrepositions.contains(context, token: units[0].token - 1)
            {
                return lastWordSpeaksAlone(units) || Self.opensWithGivenName(units, context: context) ? .person : .place
            }
            return .person
        }
        let bytes = self.bytes
        let word = units[0].span
        // "the South", "the Midwest".
        if units[0].flags.contains(.compass), context.token(chunk.before, is: "the") { return .place }
        // "WikiLeaks", "LinkedIn", "GunBroker.com": company-style spelling.
        if Self.isCamelCase(bytes, word) || NameChunker.isLowerCamelCase(bytes, word)
            || WordHashSet.hasSuffix(bytes, word, ".com")
        {
            return .organization
        }
        if units[0].allCaps {
            if units[0].flags.contains(.common) { return nil }
            let word = context.text(units[0])
            let titleCased = Self.titleCased(word)
            if Gazetteer.places[titleCased] != nil { return .place }
            if Gazetteer.organizations[titleCased] != nil { return .organization }
            if isDateline(units[0], chunk: chunk) { return .place }
            return word.count <= 10 ? .organization : nil
        }
        return nil
    }

    /// A candidate for some units of a chunk (a view of the article's name words, as the chunk's
    /// are: no array of its own).
    func candidate(_ units: NameUnits, chunk: NameChunk, type: EntityType?, titled: Bool) -> NameCandidate {
        let span = SourceSpan(start: units.first!.span.start, end: units.last!.span.end)
        var name = NameCandidate(
            units: units, span: span, keyHash: Self.keyHash(bytes, span, context: context), type: type,
            before: chunk.before,
            after: chunk.after)
        if name.type == nil { name.type = gazetteerType(units) }
        // (A nickname adds three tokens between the name's words: most names have none.)
        if units.count >= 2, units[units.count - 1].token - units[0].token >= units.count + 2,
            let key = keyWithoutNickname(units)
        {
            name.writtenKey = key
            name.keyHash = NameHashTable<Int>.hash(key)
        }
        name.titled = titled
        name.opensWithCommonWord = units.count >= 2 && !units[0].flags.contains(.givenName) && isCommon(units[0])
        name.inHeadline = chunk.inHeadline
        name.atStart = chunk.atSentenceStart && units.first?.token == chunk.units.first?.token
        return name
    }

    /// The name of `units` without the nickname in quotation marks inside it ("Teodoro
    /// Villaraza" of "Teodoro “Teddy” Villaraza"), the form other articles write; nil when it
    /// holds none.
    func keyWithoutNickname(_ units: NameUnits) -> String? {
        guard let first = units.first?.token, let last = units.last?.token, last > first + 2 else { return nil }
        let tokens = context.tokens
        guard let opening = (first + 1..<last).first(where: { tokens[$0].kind == .quote }),
            let after = QuoteMarkScanner.nicknameEnd(context, opening: opening)
        else { return nil }
        return context.text(SourceSpan(tokens[first].span.lower, tokens[opening - 1].span.upper)) + " "
            + context.text(SourceSpan(tokens[after].span.lower, tokens[last].span.upper))
    }

    /// The hash (`NameHashTable.hash`) of the text of `span`: on its bytes when they are ASCII,
    /// as nearly all names are, else on the string.
    static func keyHash(_ bytes: [UInt8], _ span: SourceSpan, context: AnalysisContext) -> UInt64 {
        NameHashTable<Int>.hash(asciiIn: bytes, span) ?? NameHashTable<Int>.hash(context.text(span))
    }

    /// In a Title-Case line, every window of up to three words as a separate candidate, appended
    /// to `result`; the resolver keeps only those naming a known entity or a gazetteer entry.
    func headlineCandidates(_ chunk: NameChunk, into result: inout [NameCandidate]) {
        let units = chunk.units
        var start = 0
        while start < units.count {
            var length = min(3, units.count - start)
            var found = false
            while length > 0 {
                let slice = units[start..<start + length]
                if length == 1 || gazetteerType(slice) != nil {
                    // Kept unless it is a common word (decided before it is appended: a candidate
                    // read back from `result` would be copied).
                    var name = candidate(slice, chunk: chunk, type: nil, titled: false)
                    name.inHeadline = true
                    if length > 1 || !isCommon(units[start]) || name.type != nil { result.append(consume name) }
                    found = length > 1
                    break
                }
                length -= 1
            }
            start += found ? length : 1
        }
    }
}
