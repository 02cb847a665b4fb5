import NQSource

/// A part of an article under one heading; an article with no headings has one untitled section.
public struct Section: Sendable, Equatable {
    /// The 1-based number of the section in its article.
    public var number: Int {
        get { Int(_number) }
        set { _number = Int32(truncatingIfNeeded: newValue) }
    }
    private var _number: Int32 = 0
    /// The heading line, or nil for an untitled section.
    public var heading: SourceSpan?
    /// From the heading (or first paragraph) to the end of the last paragraph.
    public var span: SourceSpan
    /// The 0-based indexes of its paragraphs in `Article.paragraphs`.
    public var paragraphs: Range<Int> {
        get { Int(_paragraphsLower)..<Int(_paragraphsUpper) }
        set {
            _paragraphsLower = Int32(truncatingIfNeeded: newValue.lowerBound)
            _paragraphsUpper = Int32(truncatingIfNeeded: newValue.upperBound)
        }
    }
    private var _paragraphsLower: Int32 = 0
    private var _paragraphsUpper: Int32 = 0

    /// Creates a section.
    public init(number: Int, heading: SourceSpan?, span: SourceSpan, paragraphs: Range<Int>) {
        self._number = Int32(truncatingIfNeeded: number)
        self.heading = heading
        self.span = span
        self._paragraphsLower = Int32(truncatingIfNeeded: paragraphs.lowerBound)
        self._paragraphsUpper = Int32(truncatingIfNeeded: paragraphs.upperBound)
    }
}
