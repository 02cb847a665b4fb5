extension SpeakerAttributor {
    /// A possessive name before a noun of speech whose complement holds the quote, with no verb
    /// of speech between them and the quote: "Donald Trump's claim that President Obama “founded
    /// ISIS”", "Bush's Facebook post: “…”", "Comey's suggestion was that …". The name's owner
    /// said the words, whoever the sentence's subject is; not "Ryan called Trump's comments
    /// “racist”", Ryan's word for them.
    func possessiveSource(before window: Range<Int>) -> Attribution? {
        var index = window.upperBound - 1
        // "… describing Mr. Obama's statement that he opposed the war as “…”": words that
        // characterise the statement are someone else's.
        if index >= window.lowerBound, isWord(index, Self.as) { return nil }
        while index >= window.lowerBound, window.upperBound - index <= AttributionLimits.possessiveReach {
            if view.isLowerWord(index), Self.speechNouns.contains(view.hash(index)) {
                guard opensComplement(after: index, limit: window.upperBound) else { return nil }
                var owner = index - 1
                while owner >= window.lowerBound, index - owner <= 3, view.isLowerWord(owner),
                    !view.classes(owner).contains(.determiner)
                {
                    owner -= 1
                }
                guard owner >= window.lowerBound, view.isPossessive(owner), view.isNameWord(owner),
                    let name = reader.nameBackward(endingAt: owner, floor: window.lowerBound)
                else { return nil }
                return Attribution(
                    phrase: SpeakerPhrase(range: name, kind: .name, name: name), cue: index..<(index + 1),
                    rule: .nameVerbQuote)
            }
            // A verb of speech nearer the quote attributes it ("… Trump's claim, Doe said: “…”").
            if view.isLowerWord(index), view.classes(index).contains(.speech) { return nil }
            if view.isTerminal(index) { return nil }
            index -= 1
        }
        return nil
    }

    /// Whether what follows the noun at `index` opens what it says: a colon, "that", or "was"
    /// or "is" and then one of them or a comma.
    func opensComplement(after index: Int, limit: Int) -> Bool {
        var next = index + 1
        if next < limit, view.isLowerWord(next), Self.copulas.contains(view.hash(next)) {
            next += 1
            if next < limit, view.isPunct(next, ",") { return true }
        }
        guard next < limit else { return false }
        return view.isPunct(next, ":") || view.isLowerWord(next) && view.hash(next) == Self.that
    }

    /// Nouns that name something said or written.
    static let speechNouns = CueLexicon.hashes(
        """
        claim claims statement post tweet remark remarks comment comments answer response message
        letter email memo assertion suggestion argument warning promise pledge retort quip dictum
        phrase slogan motto line
        """)

    /// "was" and "is", between a noun of speech and what it says.
    static let copulas = CueLexicon.hashes("was is")
}
