import NQSource

/// Finds people, organisations and places, and links each mention to one entity.
public struct EntityAnnotator: Sendable {
    /// Creates the annotator.
    public init() {}

    /// The entity layer of an article.
    public func annotate(_ context: AnalysisContext) -> EntityLayer {
        let chunks = NameChunker(context: context).chunks()
        let classifier = NameClassifier(
            context: context, lowerWords: Self.lowerWords(context, chunks: chunks))
        var candidates: [NameCandidate] = []
        candidates.reserveCapacity(chunks.count)
        for chunk in chunks { candidates += classifier.classify(chunk) }
        var resolver = EntityResolver(context: context)
        var layer = resolver.resolve(candidates, defaultSingle: nil)
        TitleLinker.link(&layer, context: context)
        NationalityLinker.link(&layer, chunks: chunks)
        return layer
    }

    /// Hashes of the capitalised words at sentence starts, in headlines and standing alone that the
    /// article also writes in lower case ("Despite" when "despite" occurs), which are then no names.
    static func lowerWords(_ context: AnalysisContext, chunks: [NameChunk]) -> Set<UInt64> {
        let bytes = context.bytes
        var needed = Set<UInt64>()
        // Cheap filters first: the words' lengths and lower-cased first letters.
        var lengths: UInt64 = 0
        var initials: UInt32 = 0
        for chunk in chunks where chunk.atSentenceStart || chunk.inHeadline || chunk.units.count == 1 {
            for unit in chunk.units {
                needed.insert(WordHashSet.hash(bytes, unit.span))
                lengths |= 1 << UInt64(min(unit.span.length, 63))
                initials |= 1 << UInt32((bytes[unit.span.lower] | 0x20) & 31)
                if !chunk.inHeadline { break }
            }
        }
        let table = HashTable(needed.map { ($0, true) })
        var found = Set<UInt64>()
        for token in context.tokens where token.kind == .word && !token.isCapitalized {
            guard lengths & (1 << UInt64(min(token.span.length, 63))) != 0,
                initials & (1 << UInt32(bytes[token.span.lower] & 31)) != 0
            else { continue }
            let hash = WordHashSet.hash(bytes, token.span)
            if table.contains(hash) { found.insert(hash) }
        }
        return found
    }
}
