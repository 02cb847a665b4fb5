import NQSource

/// Links nationality adjectives to their place ("Russian" → Russia) as an alias, without
/// counting them as mentions of it.
enum NationalityLinker {
    /// Adds each nationality word of the article as an alias of its place, creating the place
    /// (with no mention) when the article never names it.
    static func link(_ layer: inout EntityLayer, context: AnalysisContext) {
        var seen = Set<String>()
        for token in context.tokens where token.kind == .word && token.isCapitalized {
            let word = context.string(token)
            guard let place = Gazetteer.nationalities[word], seen.insert(word).inserted else { continue }
            if let index = layer.entities.firstIndex(where: { $0.type == .place && $0.name == place }) {
                if !layer.entities[index].aliases.contains(word) { layer.entities[index].aliases.append(word) }
            } else {
                layer.entities.append(Entity(name: place, type: .place, aliases: [word]))
            }
        }
    }
}
