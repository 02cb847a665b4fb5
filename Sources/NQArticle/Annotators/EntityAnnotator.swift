import NQSource

/// Finds people, organisations and places, and links each mention to one entity.
public struct EntityAnnotator: Sendable {
    /// Creates the annotator.
    public init() {}

    /// The entity layer of an article.
    public func annotate(_ context: AnalysisContext) -> EntityLayer {
        EntityLayer()
    }
}
