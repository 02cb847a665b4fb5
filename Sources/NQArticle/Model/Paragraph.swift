import NQSource

/// A paragraph of body text.
///
/// Its number is its place in the article's paragraphs plus one, and its section the one whose
/// paragraphs hold it (`Article.sectionNumber(ofParagraph:)`), so neither is stored: sixteen
/// bytes a paragraph.
public struct Paragraph: Sendable {
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
    public init(span: SourceSpan, sentences: Range<Int> = 0..<0) {
        self.span = span
        self._sentencesLower = Int32(truncatingIfNeeded: sentences.lowerBound)
        self._sentencesUpper = Int32(truncatingIfNeeded: sentences.upperBound)
    }
}
