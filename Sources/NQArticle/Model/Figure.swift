import NQSource

/// A number the article states: money, a percentage, a count, a duration, a size.
public struct Figure: Sendable {
    /// What the number measures.
    public enum Kind: String, Sendable, CaseIterable {
        case money, percent, count, ratio, duration, size, number
    }

    /// The figure as written ("800 billion euros").
    public var span: SourceSpan
    /// The value as a number (800000000000), when it has one.
    public var value: Double? {
        get { _value.bitPattern == Self.noValue ? nil : _value }
        set { _value = newValue ?? Double(bitPattern: Self.noValue) }
    }
    /// The value, or a NaN with a payload of its own for none: a plain Double takes 8 bytes
    /// where an optional one takes 16 with padding, so a figure takes 32 bytes (with the unit as a number) rather than 48.
    private var _value: Double
    /// The bit pattern standing for no value (a quiet NaN no arithmetic makes).
    private static let noValue: UInt64 = 0x7FF8_DEAD_BEEF_0001
    /// The unit: an ISO 4217 currency code, `percent`, or a noun such as `day` or `member`.
    public var unit: String? {
        get { Interned.optionalString(_unit) }
        set { _unit = Interned.optionalNumber(of: newValue) }
    }
    /// The unit's number in `Interned.strings`, plus one (0: none).
    private var _unit: UInt32 = 0
    /// What the number measures.
    public var kind: Kind
    /// The 1-based number of the sentence holding it.
    public var sentence: Int {
        get { Int(_sentence) }
        set { _sentence = Int32(truncatingIfNeeded: newValue) }
    }
    private var _sentence: Int32 = 0

    /// Creates a figure.
    public init(span: SourceSpan, value: Double?, unit: String?, kind: Kind, sentence: Int) {
        self.span = span
        self._value = value ?? Double(bitPattern: Self.noValue)
        self.kind = kind
        self.unit = unit
        self._sentence = Int32(truncatingIfNeeded: sentence)
    }
}
