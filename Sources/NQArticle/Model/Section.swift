import NQSource

/// A part of an article under one heading; an article with no headings has one untitled section.
public struct Section: Sendable {
    /// The 1-based number of the section in its article.
    public var number: Int
    /// The heading line, or nil for an untitled section.
    public var heading: SourceSpan?
    /// From the heading (or first paragraph) to the end of the last paragraph.
    public var span: SourceSpan
    /// The 0-based indexes of its paragraphs in `Article.paragraphs`.
    public var paragraphs: Range<Int>

    /// Creates a section.
    public init(number: Int, heading: SourceSpan?, span: SourceSpan, paragraphs: Range<Int>) {
        self.number = number
        self.heading = heading
        self.span = span
        self.paragraphs = paragraphs
    }
}
