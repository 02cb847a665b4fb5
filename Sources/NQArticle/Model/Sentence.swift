import NQSource

/// A sentence of a paragraph.
public struct Sentence: Sendable {
    /// The 1-based number of the sentence in its article.
    public var number: Int
    /// The 1-based number of its paragraph.
    public var paragraph: Int
    /// The sentence's text.
    public var span: SourceSpan

    /// Creates a sentence.
    public init(number: Int, paragraph: Int, span: SourceSpan) {
        self.number = number
        self.paragraph = paragraph
        self.span = span
    }
}
