import NQSource

/// One place where an entity is referred to.
public struct Mention: Sendable {
    /// How the entity is referred to.
    public enum Form: String, Sendable {
        case name, title, pronoun
    }

    /// The index of the entity in `Article.entities` (at most 2^30 - 1).
    public var entity: Int {
        get { Int(_entityAndForm & Self.entityMask) }
        set {
            let index = UInt32(truncatingIfNeeded: newValue) & Self.entityMask
            _entityAndForm = _entityAndForm & ~Self.entityMask | index
        }
    }
    /// The words as written.
    public var span: SourceSpan
    /// A name, a title or description, or a resolved pronoun.
    public var form: Form {
        get {
            switch _entityAndForm >> 30 {
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
            _entityAndForm = _entityAndForm & Self.entityMask | code << 30
        }
    }
    /// The entity's index in the low 30 bits and the form in the top two. A mention's sentence
    /// is the one holding its start (`Article.sentenceNumber(containing:)`), so it is not stored:
    /// a mention takes 12 bytes (a corpus holds about one mention for every 100 bytes of text).
    private var _entityAndForm: UInt32 = 0
    private static let entityMask: UInt32 = (1 << 30) - 1

    /// Creates a mention.
    public init(entity: Int, span: SourceSpan, form: Form = .name) {
        self.span = span
        self.entity = entity
        self.form = form
    }
}
