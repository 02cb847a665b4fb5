import NQSource

/// Gives each quotation's speaker its canonical name, from the entity whose mention the
/// attribution rests on (or the name a pronoun there resolves to).
public enum SpeakerLinker {
    /// Fills `speaker` and `speakerEntity` of quotations whose speaker mention names an entity.
    public static func link(_ quotes: inout [Quotation], to layer: EntityLayer, in article: Article) {
        for index in quotes.indices {
            guard let span = quotes[index].antecedent ?? quotes[index].speakerMention else { continue }
            if let mention = layer.mention(overlapping: span) {
                let entity = layer.mentions[mention].entity
                quotes[index].speakerEntity = entity
                quotes[index].speaker = layer.entities[entity].name
            } else if quotes[index].speaker == nil {
                quotes[index].speaker = article.string(span)
            }
        }
    }
}
