import NQSource

/// Links nationality adjectives to their place ("Russian" → Russia) as an alias, without
/// counting them as mentions of it.
enum NationalityLinker {
    /// Adds each nationality word of the article's capitalised chunks as an alias of its place,
    /// creating the place (with no mention) when the article never names it.
    static func link(_ layer: inout EntityLayer, chunks: [NameChunk]) {
        var seen = Set<String>()
        // Indexes, not copies: most units are skipped on their flags alone.
        for chunk in chunks.indices {
            for position in chunks[chunk].units.indices where chunks[chunk].units[position].flags.contains(.nationality)
            {
                let unit = chunks[chunk].units[position]
                guard let place = Gazetteer.nationalities[unit.text], seen.insert(unit.text).inserted else { continue }
                if let index = layer.entities.firstIndex(where: { $0.type == .place && $0.name == place }) {
                    if !layer.entities[index].aliases.contains(unit.text) {
                        layer.entities[index].aliases.append(unit.text)
                    }
                } else {
                    layer.entities.append(Entity(name: place, type: .place, aliases: [unit.text]))
                }
            }
        }
    }
}
