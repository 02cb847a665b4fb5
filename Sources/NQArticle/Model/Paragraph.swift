import NQSource

/// A paragraph of body text.
public struct Paragraph: Sendable {
    /// The 1-based number of the paragraph in its article.
    public var number: Int
    /// The 1-based number of its section.
    public var section: Int
    /// The paragraph's text, without surrounding white space.
    public var span: SourceSpan
    /// The 0-based indexes of its sentences in `Article.sentences`.
    public var sentences: Range<Int>

    /// Creates a paragraph.
    public init(number: Int, section: Int, span: SourceSpan, sentences: Range<Int> = 0..<0) {
        self.number = number
        self.section = section
        self.span = span
        self.sentences = sentences
    }
}
