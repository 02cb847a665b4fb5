/// "Leader of the Opposition V.D. Satheesan", "Speaker of the House Mike Johnson": a title
/// whose "of the" names a body, then the holder's name, read as one run of capitalised words
/// after "the".
extension NameClassifier {
    /// The number of units opening `chunk` that name the body of a title written just before it
    /// with "of the" ("Opposition", "European Commission"), when a person's name of two to four
    /// words follows them (opening with a given name or initials, holding no organisation's
    /// head word); nil when the chunk follows no such title or holds a title of its own.
    func titleBodyLength(_ chunk: NameChunk) -> Int? {
        let before = chunk.before
        let units = chunk.units
        guard units.count >= 3, before >= 2, context.token(before, is: "the"), context.token(before - 1, is: "of"),
            context.tokens[before - 2].isCapitalized,
            !Lexicon.flags(bytes, context.tokens[before - 2].span).isDisjoint(with: [.title, .titleStart])
        else { return nil }
        for split in 1...(units.count - 2) where units.count - split <= 4 {
            let opening = units[split]
            // "Speaker of the House Rep. Paul Ryan": a title of its own inside, read as before.
            if !opening.flags.isDisjoint(with: [.title, .titleStart]) { return nil }
            guard
                opening.flags.contains(.givenName) || Self.isInitials(bytes, opening.span)
                    || Gazetteer.givenNameGenders.isListed(context.text(opening))
            else { continue }
            let name = units[split...]
            guard
                !name.contains(where: {
                    $0.flags.contains(.organizationWord) || $0.possessive
                        || $0.allCaps && !Self.isInitials(bytes, $0.span)
                })
            else { return nil }
            return split
        }
        return nil
    }
}

extension NameClassifier {
    /// Offices one person holds in a body, whose holder a later "the chairman" stands for; not
    /// roles many share ("Hamas official Basem Naim" is not every "the official" after him).
    static let offices = WordHashSet([
        "chairman", "chairwoman", "chairperson", "president", "governor", "director", "secretary", "minister",
        "leader", "boss", "chief", "coach", "captain", "skipper", "envoy", "founder",
    ])

    /// The lower-case office written between a capitalised name and `chunk` ("chairman" in
    /// "Pakistan Cricket Board chairman Mohsin Naqvi"), the title of the person the chunk
    /// names; nil when no such office stands right before it.
    func premodifyingRole(_ chunk: NameChunk) -> String? {
        let role = chunk.before
        guard role >= 1, context.tokens[role].kind == .word, !context.tokens[role].isCapitalized,
            context.tokens[role - 1].kind == .word, context.tokens[role - 1].isCapitalized,
            Self.offices.contains(context, token: role)
        else { return nil }
        // "Former NAACP president Ben Jealous" holds the office no longer: "the president" is
        // someone else.
        var first = role - 1
        while first > 0, role - first < 6, context.tokens[first - 1].kind == .word,
            context.tokens[first - 1].isCapitalized
        {
            first -= 1
        }
        if context.token(first, is: "Former") || context.token(first - 1, is: "former") { return nil }
        return context.text(context.tokens[role].span)
    }
}
