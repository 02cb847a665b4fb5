import NQSource

extension NameClassifier {
    /// Whether a name of two or more words after a place preposition is a person's by its first
    /// word: a listed given name ("a post from Arianna Huffington"), not also a name of a place,
    /// body or people, before a last word that is no place's ("from Sierra Springs").
    static func opensWithGivenName(_ units: NameUnits, context: AnalysisContext) -> Bool {
        guard units.count >= 2, units[0].flags.isDisjoint(with: WordFlags.naming),
            units[units.count - 1].flags.isDisjoint(with: [.placeWord, .place, .organizationWord])
        else { return false }
        return Gazetteer.givenNameGenders.isListed(context.text(units[0].span))
    }

    /// Whether the last word of a name of two or more words stands alone elsewhere in the article
    /// as a person's: before a verb of speech ("Okafor said", "Okafor told"), or before ", who" or
    /// an age in apposition ("Okafor, 23,"). Then "goals from Chidi Okafor" names a person, though
    /// a place preposition stands before it and no known given name opens it.
    func lastWordSpeaksAlone(_ units: NameUnits) -> Bool {
        let last = units[units.count - 1]
        let tokens = context.tokens
        let length = last.span.length
        let bytes = self.bytes
        for index in tokens.indices where index != last.token && tokens[index].span.length == length {
            let span = tokens[index].span
            guard bytes[span.lower] == bytes[last.span.lower],
                (0..<length).allSatisfy({ bytes[span.lower + $0] == bytes[last.span.lower + $0] }),
                // Alone: no capitalised word just before it.
                index == 0 || !tokens[index - 1].isCapitalized
            else { continue }
            if EntityResolver.speechVerbs.contains(context, token: index + 1) { return true }
            if context.token(index + 1, is: ","), index + 2 < tokens.count,
                context.token(index + 2, is: "who")
                    || tokens[index + 2].kind == .number && tokens[index + 2].span.length <= 2
                        && context.token(index + 3, is: ",")
            {
                return true
            }
        }
        return false
    }
}
