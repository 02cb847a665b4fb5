extension Article {
    /// How a quote's speaker was found, in words, for `explain`: the rule, the cue, the mention and
    /// how it leads to the speaker.
    public func resolution(of quote: Quotation) -> String? {
        guard let resolution = quote.resolution, let span = quote.speakerMention else { return nil }
        let mention = string(span)
        let speaker = quote.speaker ?? mention
        var how = quote.cue.map { "cue ‘\(string($0))’, " } ?? ""
        switch resolution {
        case .name:
            how += "speaker named ‘\(mention)’"
            if speaker != mention { how += " → \(speaker) (fullest name with that surname)" }
        case .pronoun:
            let antecedent = quote.antecedent.map(string) ?? speaker
            how += "pronoun ‘\(mention)’ → ‘\(antecedent)’ (most recent person named) → \(speaker)"
        case .unresolvedPronoun:
            how += "pronoun ‘\(mention)’, unresolved"
        case .namedDescription:
            how += "description ‘\(mention)’ names \(speaker)"
        case .description:
            how += "description ‘\(mention)’"
        }
        return how
    }
}
