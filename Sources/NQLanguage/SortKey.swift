import NQSource

/// A value made ready for sorting once per row, so that comparing two rows compares bytes and
/// numbers rather than lower-casing and collating strings on every comparison.
enum SortKey {
    case null
    case bool(Bool)
    case number(Double)
    /// Lower-cased UTF-8 bytes, then the text as written to break ties.
    case text([UInt8], [UInt8])

    init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number)
        case .text(let text): self = .text(Array(text.lowercased().utf8), Array(text.utf8))
        case .list: self = .text(Array(value.displayText.lowercased().utf8), Array(value.displayText.utf8))
        }
    }

    var rank: Int {
        switch self {
        case .null: return 0
        case .bool: return 1
        case .number: return 2
        case .text: return 3
        }
    }

    /// -1, 0 or 1 as `lhs` sorts before, with or after `rhs` (the order of `ValueOrder`: null
    /// first, then false before true, numbers, text ignoring case).
    static func compare(_ lhs: SortKey, _ rhs: SortKey) -> Int {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a < b ? -1 : (a > b ? 1 : 0)
        case (.text(let a, let x), .text(let b, let y)):
            let order = bytes(a, b)
            return order != 0 ? order : bytes(x, y)
        case (.bool(let a), .bool(let b)): return a == b ? 0 : (a ? 1 : -1)
        default:
            let (a, b) = (lhs.rank, rhs.rank)
            return a < b ? -1 : (a > b ? 1 : 0)
        }
    }

    /// Byte-wise comparison, a shorter prefix first.
    static func bytes(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                let count = min(x.count, y.count)
                var index = 0
                while index < count {
                    if x[index] != y[index] { return x[index] < y[index] ? -1 : 1 }
                    index += 1
                }
                return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
            }
        }
    }
}

/// Sorting and cutting of rows or groups by keys computed once per item.
struct Ordering {
    /// For each key: whether it is descending.
    let descending: [Bool]
    /// Checked while keys are computed.
    let check: Cancellation

    /// The order of items (indices into `keys`), ties kept in their first order; when only the
    /// first `top` are wanted, a bounded selection rather than a full sort.
    func order(_ keys: [[SortKey]], top: Int?) throws(Diagnostic) -> [Int] {
        let count = keys.count
        // The first key as an integer that orders as it does (the first eight bytes of text, a
        // number's bits), so that most comparisons are one integer comparison.
        let fast = Self.prefixes(keys)
        let firstDescending = descending.first ?? false
        func before(_ a: Int, _ b: Int) -> Bool {
            if let fast, fast[a] != fast[b] { return firstDescending ? fast[a] > fast[b] : fast[a] < fast[b] }
            for index in descending.indices {
                let order = SortKey.compare(keys[a][index], keys[b][index])
                if order != 0 { return descending[index] ? order > 0 : order < 0 }
            }
            return a < b
        }
        if let top, top < count / 8 {
            // Keep the best `top` in order; most items are compared once with the last kept.
            var kept: [Int] = []
            kept.reserveCapacity(top + 1)
            for item in 0..<count {
                if item & 4095 == 0 { try check.poll() }
                guard top > 0 else { break }
                if kept.count == top, !before(item, kept[kept.count - 1]) { continue }
                var low = 0
                var high = kept.count
                while low < high {
                    let middle = (low + high) / 2
                    if before(kept[middle], item) { low = middle + 1 } else { high = middle }
                }
                kept.insert(item, at: low)
                if kept.count > top { kept.removeLast() }
            }
            return kept
        }
        try check.poll()
        let sorted = (0..<count).sorted(by: before)
        try check.poll()
        return sorted
    }

    /// For a first key that is text (or a number) in every item: an integer per item that
    /// orders as the key does, ties left to the full comparison; nil for mixed keys.
    static func prefixes(_ keys: [[SortKey]]) -> [UInt64]? {
        guard let first = keys.first?.first else { return nil }
        var result: [UInt64] = []
        result.reserveCapacity(keys.count)
        for key in keys {
            switch (first, key[0]) {
            case (.text, .text(let folded, _)):
                var value: UInt64 = 0
                for index in 0..<8 { value = value << 8 | UInt64(index < folded.count ? folded[index] : 0) }
                result.append(value)
            case (.number, .number(let number)):
                // IEEE order: flip the sign bit of positives, every bit of negatives.
                let bits = number.isNaN ? UInt64.max : (number == 0 ? 0 : number).bitPattern
                result.append(bits >> 63 == 0 ? bits | (1 << 63) : ~bits)
            default:
                return nil
            }
        }
        return result
    }
}
