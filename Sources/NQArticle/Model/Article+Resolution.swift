extension Article {
    /// How a quote's speaker was found, in words, for `explain`: the cue, the mention and how it
    /// leads to the speaker (or why there is none).
    public func resolution(of quote: Quotation) -> String? {
        guard let resolution = quote.resolution, let span = quote.speakerMention else { return nil }
        let mention = string(span)
        let speaker = quote.speaker ?? mention
        let antecedent = quote.antecedent.map(string) ?? speaker
        var how = quote.cue.map { "cue ‘\(string($0))’, " } ?? ""
        switch resolution {
        case .name:
            how += "speaker named ‘\(mention)’"
            if speaker != mention {
                let kind = quote.speakerEntity.map { Self.noun(for: entities[$0].type) } ?? "person"
                how += " → \(speaker) (the \(kind) that name stands for in this article)"
            }
        case .pronoun:
            how += "pronoun ‘\(mention)’ → ‘\(antecedent)’ (the most salient earlier mention that agrees"
            how += " with it in gender and number, outside quoted words) → \(speaker)"
        case .unresolvedPronoun:
            how += "pronoun ‘\(mention)’: nothing named before it agrees with it, so no speaker"
        case .namedDescription:
            how += "description ‘\(mention)’ names \(speaker)"
        case .description:
            how += "description ‘\(mention)’, which names no one the article identifies"
        case .describedEntity:
            how += "description ‘\(mention)’ → ‘\(antecedent)’ (named earlier) → \(speaker)"
        case .noSpeaker where quote.rule == .passiveCue:
            how += "‘\(mention)’ is the subject of a passive, what the words are about, so no speaker"
        case .noSpeaker:
            how += "‘\(mention)’ describes no one who can speak, so no speaker"
        case .writing:
            how += "the words are written on something (a sign, a placard) that ‘reads’ them, so no speaker"
        case .insideQuote:
            how += "‘\(mention)’ stands inside the quoted words, so it is not the speaker: no speaker"
        }
        return how
    }

    /// The noun `explain` uses for an entity of type `type`.
    static func noun(for type: EntityType) -> String {
        switch type {
        case .person: "person"
        case .organization: "organisation"
        case .place: "place"
        }
    }
}
