/// A half-open range of UTF-8 offsets into one text.
///
/// Offsets are stored as `Int32` so that the many spans of a large corpus stay small.
public struct SourceSpan: Hashable, Sendable, Comparable {
    /// The first UTF-8 offset inside the span.
    public var start: Int32
    /// The first UTF-8 offset after the span.
    public var end: Int32

    /// Creates a span from `start` up to, not including, `end`.
    @inlinable
    public init(_ start: Int, _ end: Int) {
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: max(start, end))
    }

    /// Creates a span from `Int32` offsets.
    @inlinable
    public init(start: Int32, end: Int32) {
        self.start = start
        self.end = max(start, end)
    }

    /// The number of UTF-8 bytes covered.
    @inlinable public var length: Int { Int(end - start) }

    /// Whether the span covers no byte.
    @inlinable public var isEmpty: Bool { end <= start }

    /// The first offset, as an `Int`.
    @inlinable public var lower: Int { Int(start) }

    /// The offset after the span, as an `Int`.
    @inlinable public var upper: Int { Int(end) }

    /// Whether `other` lies wholly inside this span.
    @inlinable
    public func contains(_ other: SourceSpan) -> Bool {
        other.start >= start && other.end <= end
    }

    /// Whether the offset lies inside this span.
    @inlinable
    public func contains(offset: Int) -> Bool {
        offset >= Int(start) && offset < Int(end)
    }

    /// Whether the two spans share at least one byte.
    @inlinable
    public func overlaps(_ other: SourceSpan) -> Bool {
        other.start < end && start < other.end
    }

    /// The smallest span covering both.
    @inlinable
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: min(start, other.start), end: max(end, other.end))
    }

    public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
