import NQSource

/// What a name's words say about it on their own: common words, head words, company spellings,
/// double-barrelled names, and the gazetteers.
extension NameClassifier {
    /// Whether a lone capitalised word is unlikely to be a name: a common word, an adverb or
    /// connective opening a sentence ("Additionally,"), or an unknown hyphenated compound.
    func isUnlikelySingleName(_ unit: NameUnit, atStart: Bool, chunk: NameChunk) -> Bool {
        if !unit.flags.isDisjoint(with: [.place, .organization]) { return false }
        if unit.flags.contains(.common) { return true }
        if unit.span.length == 1 { return true }
        // A lone head word ("Party", "District") or title ("Senator").
        if !unit.flags.isDisjoint(with: [.organizationWord, .placeWord, .miscWord, .title]),
            !unit.flags.contains(.givenName)
        {
            return true
        }
        // A word the article also writes in lower case ("Politics", "Health").
        if !unit.allCaps, unit.flags.isDisjoint(with: WordFlags.naming),
            lowerWords.contains(unit.foldedHash)
        {
            return true
        }
        if context.token(unit.token, contains: UInt8(ascii: "-")), !isHyphenatedName(unit) {
            return true
        }
        let bytes = self.bytes
        guard unit.span.length >= 2 else { return false }
        // The endings are looked for only after a last letter one of them ends in.
        let last = bytes[unit.span.upper - 1]
        if last == UInt8(ascii: "t") || last == UInt8(ascii: "m") || last == UInt8(ascii: "s")
            || last == UInt8(ascii: "n"),
            WordHashSet.hasSuffix(bytes, unit.span, "ist")
                || WordHashSet.hasSuffix(bytes, unit.span, "ism")
                || WordHashSet.hasSuffix(bytes, unit.span, "ists")
                || WordHashSet.hasSuffix(bytes, unit.span, "ian")
                || WordHashSet.hasSuffix(bytes, unit.span, "ians")
        {
            return true
        }
        guard atStart else { return false }
        if last == UInt8(ascii: "y") || last == UInt8(ascii: "g") || last == UInt8(ascii: "d"),
            WordHashSet.hasSuffix(bytes, unit.span, "ly")
                || WordHashSet.hasSuffix(bytes, unit.span, "ing")
                || WordHashSet.hasSuffix(bytes, unit.span, "ed")
        {
            return true
        }
        return false
    }

    /// Whether a shouted word opens a line before a comma, a dash or a bracket: the place of a
    /// dateline ("JASPER, Alberta —", "GOMA (Reuters) -").
    func isDateline(_ unit: NameUnit, chunk: NameChunk) -> Bool {
        chunk.units.count == 1 && opensDateline(chunk)
    }

    /// Whether a chunk opens a line before a comma, a dash or a bracket, as a dateline's place
    /// does.
    func opensDateline(_ chunk: NameChunk) -> Bool {
        let tokens = context.tokens
        guard let unit = chunk.units.first, chunk.after < tokens.count else { return false }
        if unit.token > 0 {
            var offset = tokens[unit.token - 1].span.upper
            var newline = false
            while offset < tokens[unit.token].span.lower, !newline {
                newline = bytes[offset] == 0x0A
                offset += 1
            }
            guard newline else { return false }
        }
        return Self.datelineMarks.contains(bytes, tokens[chunk.after].span)
    }

    /// The known place a shouted name stands for ("NEW YORK" → New York, "RIO DE JANEIRO" → Rio
    /// de Janeiro), its particles in lower case; nil when no list knows it.
    func shoutedPlace(_ units: NameUnits) -> String? {
        let words = units.enumerated().map { index, unit in
            let word = context.text(unit.span).lowercased()
            return index > 0 && Self.placeParticles.contains(word)
                ? word : word.prefix(1).uppercased() + word.dropFirst()
        }
        return Gazetteer.places[words.joined(separator: " ")]
    }

    /// Particles written in lower case inside places' names.
    static let placeParticles: Set<String> = ["de", "da", "do", "del", "la", "las", "los", "of", "and"]

    /// What follows a dateline's place.
    static let datelineMarks = WordHashSet([",", "—", "–", "-", "("])

    /// Whether a word is one or more initials: capital letters each followed by a period ("J.",
    /// "J.M.").
    static func isInitials(_ bytes: [UInt8], _ span: SourceSpan) -> Bool {
        guard span.length >= 2, span.length % 2 == 0 else { return false }
        return stride(from: span.lower, to: span.upper, by: 2).allSatisfy {
            CharClass.isUpper(bytes[$0]) && bytes[$0 + 1] == UInt8(ascii: ".")
        }
    }

    /// Whether a word has a capital after a lower-case letter, other than in Mc, Mac, De, Di,
    /// Da, Du, La, Le and Van names ("LinkedIn", not "McCain" or "DeSantis").
    static func isCamelCase(_ bytes: [UInt8], _ span: SourceSpan) -> Bool {
        guard span.length >= 4 else { return false }
        var offset = span.lower + 2
        while offset < span.upper {
            if CharClass.isUpper(bytes[offset]), CharClass.isLower(bytes[offset - 1]) {
                let head = offset - span.lower
                let first = bytes[span.lower]
                let second = bytes[span.lower + 1]
                let patronymic =
                    (head == 2 && (first == UInt8(ascii: "M") && second == UInt8(ascii: "c")))
                    || (head == 3 && first == UInt8(ascii: "M") && second == UInt8(ascii: "a"))
                    || (head == 2 && (first == UInt8(ascii: "D") || first == UInt8(ascii: "L")))
                    || (head == 3 && first == UInt8(ascii: "V"))
                return !patronymic
            }
            offset += 1
        }
        return false
    }

    /// Words that never start a name, even before a head word ("In Congress", "But Party leaders").
    static let functionWords = WordHashSet([
        "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "so", "if", "as", "after",
        "before", "when",
        "while", "despite", "since", "because", "although", "though", "with", "without", "from", "by",
        "to", "of",
        "during", "under", "over", "meanwhile", "also", "then", "now", "yet", "still", "even", "just",
        "only", "this",
        "that", "these", "those", "his", "her", "their", "our", "my", "its", "your", "some", "many",
        "most", "all",
        "both", "each", "every", "no", "not", "top", "former", "then", "how", "why", "what", "where",
        "who",
    ])

    /// Whether a hyphenated word is a double-barrelled name ("Mark-Viverito"): every part
    /// capitalised and none a place, nationality or common word ("Russia-Ukraine", "Anti-War").
    func isHyphenatedName(_ unit: NameUnit) -> Bool {
        let bytes = self.bytes
        var start = unit.span.lower
        var offset = unit.span.lower
        while offset <= unit.span.upper {
            if offset == unit.span.upper || bytes[offset] == UInt8(ascii: "-") {
                let part = SourceSpan(start, offset)
                guard part.length >= 2, CharClass.isUpper(bytes[start]) else { return false }
                let flags = Lexicon.flags(bytes, part)
                guard flags.isDisjoint(with: [.place, .nationality, .common, .organization]) else {
                    return false
                }
                start = offset + 1
            }
            offset += 1
        }
        return true
    }

    /// Whether the last unit ends the name of an event or law ("Convention", "Act").
    func endsInNonName(_ units: NameUnits) -> Bool {
        units.count >= 2 && units[units.count - 1].flags.contains(.miscWord)
    }

    /// Whether the last unit is an organisation's or place's head word ("Committee", "County").
    func endsInHeadWord(_ units: NameUnits) -> Bool {
        guard units.count >= 2, let last = units.last?.flags else { return false }
        return !last.isDisjoint(with: [.organizationWord, .placeWord])
            || gazetteerType(units) != nil
    }

    /// The type a gazetteer gives the words of `units` taken as one name, if any: a lone word's
    /// flags, looked up when it was read, tell it without hashing it again, and so do the first
    /// word's of a longer name: followed by a space, it opens a listed name only if it is the
    /// first word of one.
    func gazetteerType(_ units: NameUnits) -> EntityType? {
        if units.count == 1 {
            let flags = units[0].flags
            if flags.contains(.place) { return .place }
            if flags.contains(.organization) { return .organization }
            return nil
        }
        let first = units[0]
        if !first.flags.contains(.phraseStart), bytes[first.span.upper] == 0x20 { return nil }
        return gazetteerType(SourceSpan(start: first.span.start, end: units.last!.span.end))
    }

    /// The type a gazetteer gives a name, if any.
    func gazetteerType(_ span: SourceSpan) -> EntityType? {
        let flags = Lexicon.phrase(bytes, span)
        if flags.contains(.place) { return .place }
        if flags.contains(.organization) { return .organization }
        return nil
    }

    /// "WASHINGTON" as "Washington", for datelines and shouted headlines.
    static func titleCased(_ word: String) -> String {
        guard let first = word.first else { return word }
        return String(first) + word.dropFirst().lowercased()
    }

    /// Words that start a place's name when a capitalised word follows ("San", "Fort", "South"),
    /// each a capital letter and then no other: `isPlacePrefix` matches them case and all.
    static let placePrefixes = WordHashSet([
        "San", "Santa", "Los", "Las", "El", "Fort", "Ft.", "Mount", "Mt.", "Lake", "Port", "Saint",
        "St.", "Cape",
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
        "Upper", "Lower",
        "Greater", "New",
    ])

    /// Whether a word is one of `placePrefixes` as written there: the same letters ignoring case,
    /// a capital first and no capital after it (not "NEW", "SAN"), read on the bytes.
    func isPlacePrefix(_ unit: NameUnit) -> Bool {
        let span = unit.span
        guard span.length > 0, CharClass.isUpper(bytes[span.lower]), Self.placePrefixes.contains(bytes, span) else {
            return false
        }
        for offset in (span.lower + 1)..<span.upper where CharClass.isUpper(bytes[offset]) { return false }
        return true
    }
}

extension NameClassifier {
    /// Whether a lower-case particle ("of", "for") stands just before a unit.
    func isAfterParticle(_ unit: NameUnit) -> Bool {
        let previous = unit.token - 1
        guard previous >= 0 else { return false }
        let token = context.tokens[previous]
        return token.kind == .word && !token.isCapitalized
    }

    /// A long run of capitalised words that ends in a person's name ("Maricopa County Recorder
    /// Helen Purcell"): the person from the given name on, with the words before as a title, and
    /// any known name among those words, appended to `result`; false (and nothing appended) when
    /// the run ends in no person's name.
    func trailingPerson(_ chunk: NameChunk, into result: inout [NameCandidate]) -> Bool {
        let units = chunk.units
        guard units.count >= 3 else { return false }
        var start = units.count - 2
        // "Helen Purcell", "Helen M. Purcell": a given name one or two words before the end.
        while start >= max(1, units.count - 3) {
            // Any given name of the long list here, not only the common ones ("… Advocate Trish
            // James"): a long run is rare, so the look-up costs little.
            let given =
                units[start].flags.contains(.givenName)
                || !units[start].allCaps
                    && Gazetteer.givenNameGenders[context.text(units[start])] != nil
            if given, !units[start].flags.contains(.common),
                !units[start - 1].flags.contains(.givenName), !units[start - 1].possessive,
                units[(start + 1)...].allSatisfy({
                    !$0.flags.contains(.common) || NameChunker.isPersonalName($0, bytes)
                })
            {
                break
            }
            start -= 1
        }
        guard start >= 1, start >= units.count - 3 else { return false }
        let prefix = NameChunk(
            units: units[..<start], atSentenceStart: chunk.atSentenceStart, inHeadline: chunk.inHeadline,
            before: chunk.before, after: units[start].token)
        var person = candidate(units[start...], chunk: chunk, type: .person, titled: true)
        person.title = text(units[..<start])
        person.fullPhrase = text(units[...])
        person.atStart = false
        headlineCandidates(prefix, into: &result)
        result.append(person)
        return true
    }
}

extension NameClassifier {
    /// Days and months, which follow a name without being part of it ("Clinton Monday").
    static let calendarWords = WordHashSet([
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ])

    /// Words before a month or day that make it a date ("in June", "since Monday", "a June
    /// Trump rally").
    static let timePrepositions = WordHashSet([
        "in", "on", "since", "by", "until", "last", "next", "early", "late", "mid", "during", "through", "from",
        "each", "every", "this", "a", "an", "the",
    ])

    /// Whether the word before the chunk is an article ("a", "an", "the", any case).
    func afterArticle(_ chunk: NameChunk) -> Bool {
        chunk.before >= 0 && Self.articles.contains(context, token: chunk.before)
    }

    /// The articles.
    static let articles = WordHashSet(["a", "an", "the"])

    /// Whether a lone nationality word stands where a surname would, not before the noun it
    /// qualifies: before a comma, a full stop or a verb of speech ("Cuban said", "Cuban, who"),
    /// or as a possessive ("Cuban's team"); never "Cuban officials".
    func standsAsSurname(_ unit: NameUnit) -> Bool {
        if unit.possessive { return true }
        let next = unit.token + 1
        guard next < context.tokens.count else { return false }
        return context.token(next, is: ",") || context.token(next, is: ".")
            || EntityResolver.speechVerbs.contains(context, token: next)
    }

    /// Whether a lone capitalised ordinary word may be a surname ("Law", "Guardian").
    func isPossibleSurname(_ unit: NameUnit) -> Bool {
        !unit.possessive && NameChunker.isSurnameLike(unit, bytes)
            && unit.flags.isDisjoint(with: [.place, .organization, .nationality])
    }
}
