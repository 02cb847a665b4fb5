import NQSource

/// One place where an entity is referred to.
public struct Mention: Sendable {
    /// How the entity is referred to.
    public enum Form: String, Sendable {
        case name, title, pronoun
    }

    /// The index of the entity in `Article.entities`.
    public var entity: Int
    /// The words as written.
    public var span: SourceSpan
    /// The 1-based number of the sentence holding it.
    public var sentence: Int
    /// A name, a title or description, or a resolved pronoun.
    public var form: Form

    /// Creates a mention.
    public init(entity: Int, span: SourceSpan, sentence: Int, form: Form = .name) {
        self.entity = entity
        self.span = span
        self.sentence = sentence
        self.form = form
    }
}
