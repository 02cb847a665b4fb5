import NQSource

/// A sentence of a paragraph.
///
/// Its number is its place in the article's sentences plus one, and its paragraph the one whose
/// sentences hold it (`Article.paragraphNumber(ofSentence:)`), so neither is stored: eight bytes
/// a sentence where stored numbers took sixteen (a corpus holds about eight sentences a
/// kilobyte of text).
public struct Sentence: Sendable {
    /// The sentence's text.
    public var span: SourceSpan

    /// Creates a sentence.
    public init(span: SourceSpan) {
        self.span = span
    }
}
