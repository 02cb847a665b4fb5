import NQSource

/// A sentence of a paragraph.
public struct Sentence: Sendable {
    /// The 1-based number of the sentence in its article.
    public var number: Int {
        get { Int(_number) }
        set { _number = Int32(truncatingIfNeeded: newValue) }
    }
    private var _number: Int32 = 0
    /// The 1-based number of its paragraph.
    public var paragraph: Int {
        get { Int(_paragraph) }
        set { _paragraph = Int32(truncatingIfNeeded: newValue) }
    }
    private var _paragraph: Int32 = 0
    /// The sentence's text.
    public var span: SourceSpan

    /// Creates a sentence.
    public init(number: Int, paragraph: Int, span: SourceSpan) {
        self._number = Int32(truncatingIfNeeded: number)
        self._paragraph = Int32(truncatingIfNeeded: paragraph)
        self.span = span
    }
}
