import NQSource

/// A sentence of a paragraph.
///
/// Its number is its place in the article's sentences plus one, so it is not stored: twelve
/// bytes a sentence where a stored number took sixteen (a corpus holds about eight sentences a
/// kilobyte of text).
public struct Sentence: Sendable {
    /// The 1-based number of its paragraph.
    public var paragraph: Int {
        get { Int(_paragraph) }
        set { _paragraph = Int32(truncatingIfNeeded: newValue) }
    }
    private var _paragraph: Int32 = 0
    /// The sentence's text.
    public var span: SourceSpan

    /// Creates a sentence.
    public init(paragraph: Int, span: SourceSpan) {
        self._paragraph = Int32(truncatingIfNeeded: paragraph)
        self.span = span
    }
}
