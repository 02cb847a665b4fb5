import NQSource

/// Finds people, organisations and places, and links each mention to one entity.
public struct EntityAnnotator: Sendable {
    /// Creates the annotator.
    public init() {}

    /// The entity layer of an article.
    public func annotate(_ context: AnalysisContext) -> EntityLayer {
        let classifier = NameClassifier(context: context, lowerWords: Self.lowerWords(context))
        let chunks = NameChunker(context: context).chunks()
        var candidates: [NameCandidate] = []
        candidates.reserveCapacity(chunks.count)
        for chunk in chunks { candidates += classifier.classify(chunk) }
        var resolver = EntityResolver(context: context)
        var layer = resolver.resolve(candidates, defaultSingle: .person)
        NationalityLinker.link(&layer, context: context)
        return layer
    }

    /// Hashes of every lower-case word of the article.
    static func lowerWords(_ context: AnalysisContext) -> Set<UInt64> {
        var words = Set<UInt64>()
        words.reserveCapacity(context.tokens.count / 4)
        for token in context.tokens where token.kind == .word && !token.isCapitalized {
            words.insert(NameClassifier.hash(context.bytes, token.span))
        }
        return words
    }
}
