import NQSource

/// Finds weekdays, relative and explicit dates, normalised against the article's date.
public struct DateAnnotator: Sendable {
    /// Creates the annotator.
    public init() {}

    /// The date expressions of an article, in text order.
    public func annotate(_ context: AnalysisContext) -> [DateMention] {
        []
    }

    /// The article's own date, from a date line near its start, if it has one.
    public static func datelineDate(in article: Article) -> String? {
        nil
    }
}
