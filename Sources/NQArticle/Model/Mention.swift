import NQSource

/// One place where an entity is referred to.
public struct Mention: Sendable {
    /// How the entity is referred to.
    public enum Form: String, Sendable {
        case name, title, pronoun
    }

    /// The index of the entity in `Article.entities`.
    public var entity: Int {
        get { Int(_entity) }
        set { _entity = Int32(truncatingIfNeeded: newValue) }
    }
    private var _entity: Int32 = 0
    /// The words as written.
    public var span: SourceSpan
    /// The 1-based number of the sentence holding it.
    public var sentence: Int {
        get { Int(_sentence) }
        set { _sentence = Int32(truncatingIfNeeded: newValue) }
    }
    private var _sentence: Int32 = 0
    /// A name, a title or description, or a resolved pronoun.
    public var form: Form

    /// Creates a mention.
    public init(entity: Int, span: SourceSpan, sentence: Int, form: Form = .name) {
        self._entity = Int32(truncatingIfNeeded: entity)
        self.span = span
        self._sentence = Int32(truncatingIfNeeded: sentence)
        self.form = form
    }
}
