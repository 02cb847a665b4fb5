/// A named class of scalars that is not practical as a list of ranges.
enum ScalarPredicate: Sendable, Equatable {
    /// `\w`: ASCII letters, digits and `_`, plus non-ASCII letters (Alphabetic),
    /// decimal digits and combining marks.
    case word
    /// `\s`: ASCII `\t \n \v \f \r` and space, plus non-ASCII White_Space (e.g. U+00A0).
    case space

    /// Whether the scalar value belongs to the class.
    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        switch self {
        case .word: return ScalarPredicate.isWord(value)
        case .space: return ScalarPredicate.isSpace(value)
        }
    }

    /// Whether the scalar value is a word scalar (`\w`).
    @inline(__always)
    static func isWord(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x30 && value <= 0x39) || value == 0x5F
        }
        return isNonASCIIWord(value)
    }

    // Kept out of line: the property look-ups would otherwise weigh on the engines' hot loops.
    @inline(never)
    private static func isNonASCIIWord(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    /// Whether the scalar value is white space (`\s`).
    @inline(__always)
    static func isSpace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return isNonASCIISpace(value)
    }

    @inline(never)
    private static func isNonASCIISpace(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }
}

/// A set of Unicode scalars: sorted ranges, plus predicate terms, possibly negated.
///
/// A scalar belongs to the set when it is in a range or satisfies a term
/// (a term may itself be negated, as `\W` inside `[...]`), the whole flipped when `negated`.
struct ScalarSet: Sendable, Equatable {
    /// Sorted, non-overlapping, non-adjacent ranges of scalar values.
    private(set) var ranges: [ClosedRange<UInt32>] = []
    /// Predicate terms, each possibly negated.
    var terms: [Term] = []
    /// Whether membership is inverted.
    var negated = false

    /// A predicate term of a set.
    struct Term: Sendable, Equatable {
        /// The predicate.
        var predicate: ScalarPredicate
        /// Whether the term is the complement of the predicate.
        var negated: Bool
    }

    /// A set of ranges (normalized here).
    init(ranges: [ClosedRange<UInt32>] = [], terms: [Term] = [], negated: Bool = false) {
        self.terms = terms
        self.negated = negated
        self.ranges = ScalarSet.normalize(ranges)
    }

    /// Adds a range of scalar values.
    mutating func insert(_ range: ClosedRange<UInt32>) {
        ranges = ScalarSet.normalize(ranges + [range])
    }

    /// Adds all ranges of another set (which must have no terms and not be negated).
    mutating func formUnion(ranges others: [ClosedRange<UInt32>]) {
        ranges = ScalarSet.normalize(ranges + others)
    }

    /// Adds the case variants of every scalar in the ranges (simple case folding).
    mutating func addCaseVariants() {
        var extra: [ClosedRange<UInt32>] = []
        for range in ranges {
            for value in CaseFolding.casedScalars(in: range) {
                for variant in CaseFolding.variants(of: value) { extra.append(variant...variant) }
            }
        }
        if !extra.isEmpty { ranges = ScalarSet.normalize(ranges + extra) }
    }

    /// Whether the scalar value belongs to the set.
    func contains(_ value: UInt32) -> Bool {
        var found = rangesContain(value)
        if !found {
            for term in terms where term.predicate.contains(value) != term.negated {
                found = true
                break
            }
        }
        return found != negated
    }

    private func rangesContain(_ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < value {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < ranges.count && ranges[low].contains(value)
    }

    /// Whether the set can contain a scalar value of 0x80 or above, or an invalid byte.
    var mayContainNonASCII: Bool {
        negated || !terms.isEmpty || (ranges.last.map { $0.upperBound >= 0x80 } ?? false)
    }

    /// The ASCII members as a 128-bit map: bit `v` of `(low, high)` for `v < 64`, `v - 64`.
    var asciiBitmap: (low: UInt64, high: UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for value in UInt32(0)..<128 where contains(value) {
            if value < 64 {
                low |= 1 << UInt64(value)
            } else {
                high |= 1 << UInt64(value - 64)
            }
        }
        return (low, high)
    }

    /// Sorts and merges overlapping or adjacent ranges.
    static func normalize(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var result: [ClosedRange<UInt32>] = []
        result.reserveCapacity(sorted.count)
        for range in sorted {
            if let last = result.last, range.lowerBound <= last.upperBound &+ 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
