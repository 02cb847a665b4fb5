/// Where the text of rows as written has ASCII capitals, when those are all that folding
/// changed: rows with the same folded text are then ordered as written from these offsets
/// alone, without reading their text again (at the first offset where two rows differ, the
/// one with the capital has the smaller byte).
struct CaseMarks {
    /// Every row's offsets, one row after another.
    var offsets: [Int32] = []
    /// For each row, where its offsets are (a start of -1: folding changed more than capitals).
    var starts: [Int]
    var ends: [Int]

    init(count: Int) {
        starts = [Int](repeating: -1, count: count)
        ends = [Int](repeating: -1, count: count)
    }

    /// Records row `index`, whose text as written folded to `folded`.
    mutating func record(_ index: Int, written: ArraySlice<UInt8>, folded: ArraySlice<UInt8>) {
        guard written.count == folded.count else { return }
        let start = offsets.count
        var (x, y) = (written.startIndex, folded.startIndex)
        while x < written.endIndex {
            let (byte, lowered) = (written[x], folded[y])
            if byte != lowered {
                guard byte &- 0x41 < 26, lowered == byte | 0x20 else {
                    offsets.removeLast(offsets.count - start)
                    return
                }
                offsets.append(Int32(truncatingIfNeeded: x - written.startIndex))
            }
            x += 1
            y += 1
        }
        starts[index] = start
        ends[index] = offsets.count
    }

    /// Orders `items[range]` (rows with the same folded text, in their first order) by their
    /// text as written, then first order; false, leaving them, when a row changed otherwise.
    func sort(_ items: inout [UInt32], _ range: Range<Int>, descending: Bool) -> Bool {
        guard items[range].allSatisfy({ starts[Int($0)] >= 0 }) else { return false }
        let first = Int(items[range.lowerBound])
        guard items[range].contains(where: { compare(first, Int($0)) != 0 }) else { return true }
        items[range].sort { a, b in
            let order = compare(Int(a), Int(b))
            if order != 0 { return descending ? order > 0 : order < 0 }
            return a < b
        }
        return true
    }

    /// -1, 0 or 1 as row `a` as written sorts before, with or after row `b`.
    func compare(_ a: Int, _ b: Int) -> Int {
        let (x, y) = (starts[a]..<ends[a], starts[b]..<ends[b])
        for step in 0..<min(x.count, y.count) where offsets[x.lowerBound + step] != offsets[y.lowerBound + step] {
            return offsets[x.lowerBound + step] < offsets[y.lowerBound + step] ? -1 : 1
        }
        // The row with a capital further on has the smaller byte there.
        return x.count == y.count ? 0 : (x.count > y.count ? -1 : 1)
    }
}
