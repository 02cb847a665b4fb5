import NQSource

/// Finds money, percentages, counts, ratios, durations and sizes.
public struct FigureAnnotator: Sendable {
    /// Creates the annotator.
    public init() {}

    /// The figures of an article, in text order.
    public func annotate(_ context: AnalysisContext) -> [Figure] {
        []
    }
}
