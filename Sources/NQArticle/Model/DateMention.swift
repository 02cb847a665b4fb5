import NQSource

/// A date or time expression: a weekday, "last year", "March 3, 2025".
public struct DateMention: Sendable {
    /// How the date is expressed.
    public enum Kind: String, Sendable, CaseIterable {
        case weekday, relative, explicit, month, year
    }

    /// The expression as written.
    public var span: SourceSpan
    /// The calendar date or period it stands for (`2025-03-13`, `2024`, `2025-03`), when known.
    public var normalized: String? {
        get { Interned.optionalString(_normalized) }
        set { _normalized = Interned.optionalNumber(of: newValue) }
    }
    /// The normalized form's number in `Interned.strings`, plus one (0: none): dates repeat, and
    /// a number takes four bytes where a string takes sixteen.
    private var _normalized: UInt32 = 0
    /// How the date is expressed.
    public var kind: Kind
    /// The 1-based number of the sentence holding it.
    public var sentence: Int {
        get { Int(_sentence) }
        set { _sentence = Int32(truncatingIfNeeded: newValue) }
    }
    private var _sentence: Int32 = 0

    /// Creates a date mention.
    public init(span: SourceSpan, normalized: String?, kind: Kind, sentence: Int) {
        self.span = span
        self.kind = kind
        self.normalized = normalized
        self._sentence = Int32(truncatingIfNeeded: sentence)
    }
}
