import NQSource

/// What an input says about an article besides its text: where and when it was published and
/// by whom.
public struct ArticleMetadata: Sendable, Equatable {
    /// The publication date, `YYYY-MM-DD`.
    public var date: String?
    /// The address it was published at.
    public var url: String?
    /// The outlet that published it.
    public var outlet: String?
    /// Who wrote it (several authors joined with ", ").
    public var author: String?

    /// Creates metadata.
    public init(date: String? = nil, url: String? = nil, outlet: String? = nil, author: String? = nil) {
        self.date = date
        self.url = url
        self.outlet = outlet
        self.author = author
    }
}

/// What an input format knows of an article's layout, which then need not be guessed.
public struct LayoutHints: Sendable, Equatable {
    /// How the headline is found.
    public enum Title: Sendable, Equatable {
        /// Guessed from the first block's form (plain text).
        case detect
        /// The input has no headline.
        case none
        /// The input says where it is.
        case span(SourceSpan)
    }

    /// How the headline is found.
    public var title: Title
    /// The start offsets of the blocks that are section headings; nil to guess them by form.
    public var headingStarts: Set<Int>?

    /// Hints that leave everything to the parser's guesses, as for plain text.
    public static let detect = LayoutHints(title: .detect, headingStarts: nil)

    /// Creates hints.
    public init(title: Title, headingStarts: Set<Int>?) {
        self.title = title
        self.headingStarts = headingStarts
    }
}

/// One article as read from an input, before analysis: its id, text, layout hints and metadata.
public struct ArticleRecord: Sendable {
    /// The article's id.
    public var id: String
    /// Where it came from: a file path, `-` for standard input.
    public var source: String
    /// Its text.
    public var text: ArticleText
    /// What the input says about its layout.
    public var layout: LayoutHints
    /// What the input says about its publication.
    public var metadata: ArticleMetadata

    /// Creates a record.
    public init(
        id: String, source: String, text: ArticleText, layout: LayoutHints = .detect,
        metadata: ArticleMetadata = ArticleMetadata()
    ) {
        self.id = id
        self.source = source
        self.text = text
        self.layout = layout
        self.metadata = metadata
    }
}
