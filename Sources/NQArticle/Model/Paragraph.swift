import NQSource

/// A paragraph of body text.
///
/// Its number is its place in the article's paragraphs plus one, so it is not stored.
public struct Paragraph: Sendable {
    /// The 1-based number of its section.
    public var section: Int {
        get { Int(_section) }
        set { _section = Int32(truncatingIfNeeded: newValue) }
    }
    private var _section: Int32 = 0
    /// The paragraph's text, without surrounding white space.
    public var span: SourceSpan
    /// The 0-based indexes of its sentences in `Article.sentences`.
    public var sentences: Range<Int> {
        get { Int(_sentencesLower)..<Int(_sentencesUpper) }
        set {
            _sentencesLower = Int32(truncatingIfNeeded: newValue.lowerBound)
            _sentencesUpper = Int32(truncatingIfNeeded: newValue.upperBound)
        }
    }
    private var _sentencesLower: Int32 = 0
    private var _sentencesUpper: Int32 = 0

    /// Creates a paragraph.
    public init(section: Int, span: SourceSpan, sentences: Range<Int> = 0..<0) {
        self._section = Int32(truncatingIfNeeded: section)
        self.span = span
        self._sentencesLower = Int32(truncatingIfNeeded: sentences.lowerBound)
        self._sentencesUpper = Int32(truncatingIfNeeded: sentences.upperBound)
    }
}
