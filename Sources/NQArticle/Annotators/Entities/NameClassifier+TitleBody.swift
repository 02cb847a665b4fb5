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
