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
        case .text(let text): self = Self.text(Array(text.utf8)[...])
        case .list: self = Self.text(Array(value.displayText.utf8)[...])
        }
    }

    /// The key of UTF-8 text: lower-cased, and as written only when that differs (the common
    /// case, text that has no capitals past its first letters, still makes two arrays).
    static func text(_ bytes: ArraySlice<UInt8>) -> SortKey {
        let (lowered, changed) = folded(bytes)
        return .text(lowered, changed ? Array(bytes) : lowered)
    }

    /// Appends UTF-8 text lower-cased as `folded` makes it.
    static func appendFolded(_ bytes: ArraySlice<UInt8>, to result: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { source in
            var index = 0
            while index < source.count {
                // A run of ASCII bytes: copied at once, then lower-cased where it lies.
                var ascii = index
                while ascii < source.count, source[ascii] < 0x80 { ascii += 1 }
                if ascii > index {
                    let tail = result.count
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: source[index..<ascii]))
                    result.withUnsafeMutableBufferPointer { result in
                        for offset in tail..<result.count where result[offset] &- 0x41 < 26 { result[offset] |= 0x20 }
                    }
                    index = ascii
                    continue
                }
                let (end, lowered) = foldScalar(source, at: index, end: source.count)
                if let lowered {
                    result.append(contentsOf: lowered.utf8)
                } else {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: source[index..<end]))
                }
                index = end
            }
        }
    }

    /// The scalar whose UTF-8 lead byte (past ASCII) is at `index`, decoded no further than
    /// `end`: where it ends, and its lower-case mapping when lower-casing changes it (nil: the
    /// bytes stand as written). The one rule of every folding here.
    @inline(__always)
    static func foldScalar(
        _ source: UnsafeBufferPointer<UInt8>, at index: Int, end: Int
    ) -> (end: Int, lowered: String?) {
        let byte = source[index]
        let width = byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : 2)
        let stop = min(end, index + width)
        var value = UInt32(byte) & (width == 2 ? 0x1F : (width == 3 ? 0x0F : 0x07))
        for next in (index + 1)..<stop { value = value << 6 | UInt32(source[next] & 0x3F) }
        if let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased {
            return (stop, scalar.properties.lowercaseMapping)
        }
        return (stop, nil)
    }

    /// The first eight bytes of the folded form of `source[start..<end]` (as `appendFolded`
    /// makes it) as one integer that orders as they do, shorter text padded with zero bytes:
    /// two texts whose prefixes differ are ordered by them alone.
    static func prefix(_ source: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        var value: UInt64 = 0
        var taken = 0
        var index = start
        while index < end, taken < 8 {
            let byte = source[index]
            if byte < 0x80 {
                value = value << 8 | UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                taken += 1
                index += 1
                continue
            }
            let (next, lowered) = foldScalar(source, at: index, end: end)
            if let lowered {
                for folded in lowered.utf8 where taken < 8 {
                    value = value << 8 | UInt64(folded)
                    taken += 1
                }
            } else {
                for offset in index..<next where taken < 8 {
                    value = value << 8 | UInt64(source[offset])
                    taken += 1
                }
            }
            index = next
        }
        return taken == 0 ? 0 : value << UInt64(8 * (8 - taken))
    }

    /// UTF-8 text lower-cased as `lowercased()` does it, without a string in between: ASCII byte
    /// by byte, and only the rare upper-case letters past ASCII through their Unicode mapping
    /// (typographic quotes and dashes, the common bytes past ASCII in news, are copied); and
    /// whether anything changed.
    static func folded(_ bytes: ArraySlice<UInt8>) -> ([UInt8], Bool) {
        var changed = false
        var special = false
        let quick = bytes.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: source.count) { buffer, count in
                var index = 0
                while index < source.count {
                    let byte = source[index]
                    if byte < 0x80 {
                        let upper = byte &- 0x41 < 26
                        changed = changed || upper
                        buffer[index] = upper ? byte | 0x20 : byte
                        index += 1
                        continue
                    }
                    let (end, lowered) = foldScalar(source, at: index, end: source.count)
                    if lowered != nil {
                        special = true
                        break
                    }
                    for next in index..<end { buffer[next] = source[next] }
                    index = end
                }
                count = special ? 0 : source.count
            }
        }
        if !special { return (quick, changed) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        appendFolded(bytes, to: &result)
        return (result, true)
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
            return try check.best(top, of: 0..<count, by: before)
        }
        try check.poll()
        let sorted = check.sorting(count, by: before)
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

extension Cancellation {
    /// The best `top` of `items` in order (`before` is the order); most items are compared once
    /// with the last kept. The flag is polled every 4,096 items.
    func best(_ top: Int, of items: some Sequence<Int>, by before: (Int, Int) -> Bool) throws(Diagnostic) -> [Int] {
        var kept: [Int] = []
        kept.reserveCapacity(top + 1)
        guard top > 0 else { return kept }
        var seen = 0
        for item in items {
            seen += 1
            if seen & 4095 == 0 { try poll() }
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

    /// The indices `0..<count` sorted; a raised flag is seen within 65,536 comparisons, after
    /// which every comparison answers at once so that the sort ends quickly, and the caller's
    /// next `poll` throws.
    func sorting(_ count: Int, by before: (Int, Int) -> Bool) -> [Int] {
        var comparisons = 0
        var stopped = false
        return (0..<count).sorted { a, b in
            if stopped { return false }
            comparisons &+= 1
            if comparisons & 0xFFFF == 0, isCancelled() {
                stopped = true
                return false
            }
            return before(a, b)
        }
    }
}
