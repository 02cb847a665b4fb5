import NQSource

/// Gives each quotation's speaker its canonical name, from the entity whose mention the
/// attribution rests on (or the name a pronoun there resolves to).
public enum SpeakerLinker {
    /// Fills `speaker` and `speakerEntity` of quotations whose speaker mention names an entity,
    /// and counts a resolved pronoun ("he said") as one more reference to that entity.
    ///
    /// Pronouns add to `Entity.mentionCount` but are not rows of `mentions`, which lists the
    /// places an entity is named (by name or title).
    public static func link(_ quotes: inout [Quotation], to layer: inout EntityLayer, in article: Article) {
        var countedPronouns: Set<SourceSpan> = []
        for index in quotes.indices {
            guard let span = quotes[index].antecedent ?? quotes[index].speakerMention else { continue }
            if let mention = layer.mention(overlapping: span) {
                let entity = layer.mentions[mention].entity
                quotes[index].speakerEntity = entity
                quotes[index].speaker = layer.entities[entity].name
                if quotes[index].resolution == .pronoun, let pronoun = quotes[index].speakerMention,
                    countedPronouns.insert(pronoun).inserted
                {
                    layer.entities[entity].mentionCount += 1
                }
            } else if quotes[index].speaker == nil {
                quotes[index].speaker = article.string(span)
            }
        }
    }
}
