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
        get { Int(_sentenceAndForm & Self.sentenceMask) }
        set {
            let number = UInt32(truncatingIfNeeded: newValue) & Self.sentenceMask
            _sentenceAndForm = _sentenceAndForm & ~Self.sentenceMask | number
        }
    }
    /// A name, a title or description, or a resolved pronoun.
    public var form: Form {
        get {
            switch _sentenceAndForm >> 30 {
            case 1: .title
            case 2: .pronoun
            default: .name
            }
        }
        set {
            let code: UInt32
            switch newValue {
            case .name: code = 0
            case .title: code = 1
            case .pronoun: code = 2
            }
            _sentenceAndForm = _sentenceAndForm & Self.sentenceMask | code << 30
        }
    }
    /// The sentence number in the low 30 bits and the form in the top two, so that a mention
    /// takes 16 bytes rather than 20 (a corpus holds about one mention for every 60 bytes of text).
    private var _sentenceAndForm: UInt32 = 0
    private static let sentenceMask: UInt32 = (1 << 30) - 1

    /// Creates a mention.
    public init(entity: Int, span: SourceSpan, sentence: Int, form: Form = .name) {
        self._entity = Int32(truncatingIfNeeded: entity)
        self.span = span
        self.sentence = sentence
        self.form = form
    }
}
