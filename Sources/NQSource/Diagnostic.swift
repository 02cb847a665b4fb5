/// A message about some text: an error in a query, a file that could not be read.
///
/// Diagnostics are data: a stable `id` for tests, a lowercase message, an optional span
/// in the statement's `SourceText`, a label shown beside the carets, and notes.
public struct Diagnostic: Sendable, Equatable, Error {
    /// How serious the diagnostic is.
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    /// A stable identifier, such as `unknownField`.
    public var id: String
    /// How serious the diagnostic is.
    public var severity: Severity
    /// The message, lowercase with no final period.
    public var message: String
    /// The place in the statement's source, if any.
    public var span: SourceSpan?
    /// A short text shown after the carets, such as `did you mean 'speaker'?`.
    public var label: String?
    /// Further lines shown after the source excerpt.
    public var notes: [String]

    /// Creates a diagnostic.
    public init(
        id: String, severity: Severity = .error, message: String,
        span: SourceSpan? = nil, label: String? = nil, notes: [String] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.span = span
        self.label = label
        self.notes = notes
    }
}
