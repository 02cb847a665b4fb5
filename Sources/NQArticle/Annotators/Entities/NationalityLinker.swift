import NQSource

/// Links nationality adjectives to their place ("Russian" → Russia) as an alias, without
/// counting them as mentions of it.
enum NationalityLinker {
    /// Adds each nationality word of the article's capitalised chunks as an alias of its place,
    /// creating the place (with no mention) when the article never names it.
    static func link(_ layer: inout EntityLayer, chunks: [NameChunk], context: AnalysisContext) {
        // The words linked already, by their hashes (`NameHashTable.hash`: equal words have one),
        // told before any string is made or looked up (most nationality words come again).
        var seen = WordHashes()
        let bytes = context.bytes
        // Indexes, not copies: most units are skipped on their flags alone.
        for chunk in chunks.indices {
            for position in chunks[chunk].units.indices where chunks[chunk].units[position].flags.contains(.nationality)
            {
                let span = chunks[chunk].units[position].span
                let hash = NameClassifier.keyHash(bytes, span, context: context)
                guard !seen.contains(hash) else { continue }
                let word = context.text(span)
                guard let place = Gazetteer.nationalities[word] else { continue }
                seen.insert(hash)
                if let index = layer.entities.firstIndex(where: { $0.type == .place && $0.name == place }) {
                    if !layer.entities[index].hasAlias(where: { $0 == word }) {
                        layer.entities[index].appendAlias(word)
                    }
                } else {
                    layer.entities.append(Entity(name: place, type: .place, aliases: [word]))
                }
            }
        }
    }
}

extension Entity {
    /// Whether some alias satisfies `matches`, read from the joined aliases without making an array
    /// of strings. The separator is a control character, always a grapheme of its own, so splitting
    /// the UTF-8 bytes finds the same aliases as `aliases`.
    /// (The parts are read in place, one after another: no array of them is made.)
    func hasAlias(where matches: (Substring) -> Bool) -> Bool {
        let joined = joinedAliases
        guard !joined.isEmpty else { return false }
        let utf8 = joined.utf8
        var start = utf8.startIndex
        while true {
            let end = utf8[start...].firstIndex(of: 0x1F) ?? utf8.endIndex
            if matches(Substring(utf8[start..<end])) { return true }
            guard end < utf8.endIndex else { return false }
            start = utf8.index(after: end)
        }
    }

    /// Appends an alias, as `aliases.append` does, without splitting and joining the others (and
    /// storing the entity's extras once, not once for the separator and again for the alias).
    mutating func appendAlias(_ alias: String) {
        let joined = joinedAliases
        joinedAliases = joined.isEmpty ? alias : joined + "\u{1F}" + alias
    }
}
