/// Some consecutive words of a name, read in one array of name words shared by the whole article:
/// a chunk, a name or part of one is a range of that array, not an array of its own (an article
/// has a chunk every twenty tokens or so, and a name for most chunks).
///
/// Indexes count from 0 in every view, slices included: `units[2...]` is a view whose first word
/// is `units[0]`. Only positions, never indexes kept from another view, are used with it.
struct NameUnits: RandomAccessCollection, Sendable {
    /// The article's name words.
    private let storage: [NameUnit]
    /// Where the view's words are in `storage`.
    private let lower: Int
    private let upper: Int

    /// The view of `range` of `storage`.
    init(_ storage: [NameUnit], _ range: Range<Int>) {
        self.storage = storage
        self.lower = range.lowerBound
        self.upper = range.upperBound
    }

    /// A view of every word of `units`.
    init(_ units: [NameUnit]) {
        self.init(units, 0..<units.count)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { upper &- lower }
    /// The number of words (read directly, not through the generic collection algorithms, as
    /// `first` and `last` are: they are asked of every name).
    @inline(__always) var count: Int { upper &- lower }
    @inline(__always) var isEmpty: Bool { upper == lower }
    @inline(__always) var first: NameUnit? { upper > lower ? storage[lower] : nil }
    @inline(__always) var last: NameUnit? { upper > lower ? storage[upper &- 1] : nil }

    @inline(__always)
    subscript(position: Int) -> NameUnit {
        precondition(position >= 0 && position < upper &- lower, "name word out of range")
        return storage[lower &+ position]
    }

    /// The words at `bounds`, counted from 0 again.
    subscript(bounds: Range<Int>) -> NameUnits {
        precondition(bounds.lowerBound >= 0 && bounds.upperBound <= upper &- lower, "name words out of range")
        return NameUnits(storage, (lower &+ bounds.lowerBound)..<(lower &+ bounds.upperBound))
    }

    /// The words of `self` followed by those of `other`, in an array of their own (two headline
    /// words read as one name, which is rare).
    func followed(by other: NameUnits) -> NameUnits {
        NameUnits(Array(self) + Array(other))
    }
}
