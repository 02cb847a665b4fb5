import NQArticle
import NQSource

/// Sorting rows by one text field that is a span of their article (`sentences order by text`),
/// in the order of `SortKey`: nulls first, then the text lower-cased byte by byte, then as
/// written, then the rows' first order (descending reverses all but the last).
///
/// Every row's key starts as an integer, the first eight folded bytes (`SortKey.prefix`), read
/// from the field's `SortPrefixColumn` when most of a collection is sorted; the integers are
/// radix-sorted (for the best few rows, only those no worse than the few best integers), and
/// only rows whose integers tie are folded whole and compared as bytes.
struct SpanTextOrdering {
    let descending: Bool
    let check: Cancellation

    /// The order of `rows` (indices into it); only the first `top` are exact and returned when
    /// `top` is given. `field` must be a span field of the rows' collection.
    func order(
        _ rows: [RowRef], by field: FieldDef, of collection: CollectionDef, in corpus: Corpus, top: Int?
    ) throws(Diagnostic) -> [Int] {
        var (keys, items, nulls) = try prefixes(rows, by: field, of: collection, in: corpus)
        var wanted = keys.count
        if let top { wanted = min(wanted, descending ? top : max(0, top - nulls.count)) }
        if wanted < keys.count / 8, wanted <= 4096 {
            // The best few: only rows whose prefix is no worse than the `wanted`-th best can be
            // among them (ties at that prefix are all kept, in their first order).
            let threshold = wanted == 0 ? 0 : RadixSort.smallest(wanted, of: keys)
            var kept = 0
            for index in keys.indices where wanted > 0 && keys[index] <= threshold {
                keys[kept] = keys[index]
                items[kept] = items[index]
                kept += 1
            }
            keys.removeLast(keys.count - kept)
            items.removeLast(items.count - kept)
        }
        try RadixSort.sort(&keys, &items, check: check)
        try breakTies(&items, keys: keys, upTo: wanted, rows: rows, by: field, in: corpus)
        let sorted = items[0..<wanted].map { Int($0) }
        var result = descending ? sorted + nulls : nulls + sorted
        if let top, result.count > top { result.removeLast(result.count - top) }
        return result
    }

    /// Every row's prefix (inverted when descending, so that smaller is always first) with the
    /// row's index, and the indices of the null rows apart.
    func prefixes(
        _ rows: [RowRef], by field: FieldDef, of collection: CollectionDef, in corpus: Corpus
    ) throws(Diagnostic) -> (keys: [UInt64], items: [UInt32], nulls: [Int]) {
        var keys: [UInt64] = []
        var items: [UInt32] = []
        var nulls: [Int] = []
        keys.reserveCapacity(rows.count)
        items.reserveCapacity(rows.count)
        let flip: UInt64 = descending ? .max : 0
        if corpus.hasSortPrefixColumn(field, of: collection) || rows.count * 4 >= itemCount(collection, corpus) {
            let column = try corpus.sortPrefixColumn(field, of: collection, check: check)
            try check.poll()
            rows.withUnsafeBufferPointer { rows in
                column.first.withUnsafeBufferPointer { first in
                    column.prefixes.withUnsafeBufferPointer { prefixes in
                        column.nulls.withUnsafeBufferPointer { isNull in
                            for index in 0..<rows.count {
                                let slot = first[Int(rows[index].article)] + Int(rows[index].item)
                                if isNull[slot] {
                                    nulls.append(index)
                                } else {
                                    keys.append(prefixes[slot] ^ flip)
                                    items.append(UInt32(truncatingIfNeeded: index))
                                }
                            }
                        }
                    }
                }
            }
            return (keys, items, nulls)
        }
        let span = field.span ?? { _, _ in nil }
        for (index, row) in rows.enumerated() {
            if index & 4095 == 0 { try check.poll() }
            guard let found = span(corpus, row) else {
                nulls.append(index)
                continue
            }
            let prefix = corpus.articles[Int(row.article)].text.bytes.withUnsafeBufferPointer { bytes in
                let (lower, upper) = SortPrefixColumn.clamped(found, bytes.count)
                return SortKey.prefix(bytes, from: lower, to: upper)
            }
            keys.append(prefix ^ flip)
            items.append(UInt32(truncatingIfNeeded: index))
        }
        return (keys, items, nulls)
    }

    /// How many items the collection has in the corpus (the rows a column would cover).
    func itemCount(_ collection: CollectionDef, _ corpus: Corpus) -> Int {
        corpus.articles.reduce(0) { $0 + collection.itemCount($1) }
    }

    /// Puts each run of rows with the same prefix in order by their whole text, for the runs
    /// that start before `limit`. The text of every row in such a run is folded once into one
    /// buffer, in the rows' first order (the articles' bytes read front to back rather than
    /// in sorted order); rows whose folded text ties are compared as written.
    func breakTies(
        _ items: inout [UInt32], keys: [UInt64], upTo limit: Int, rows: [RowRef], by field: FieldDef,
        in corpus: Corpus
    ) throws(Diagnostic) {
        var runs: [Range<Int>] = []
        var tied = [Bool](repeating: false, count: rows.count)
        var start = 0
        while start < limit {
            var end = start + 1
            while end < keys.count, keys[end] == keys[start] { end += 1 }
            if end - start > 1 {
                runs.append(start..<end)
                for index in start..<end { tied[Int(items[index])] = true }
            }
            start = end
        }
        guard !runs.isEmpty else { return }
        // Where each tied row's text lies in its article, and how many bytes they hold in all.
        let span = field.span ?? { _, _ in nil }
        var lowers = [Int32](repeating: 0, count: rows.count)
        var uppers = [Int32](repeating: 0, count: rows.count)
        var total = 0
        var current: Int32 = -1
        var length = 0
        var visited = 0
        for (index, row) in rows.enumerated() where tied[index] {
            visited += 1
            if visited & 4095 == 0 { try check.poll() }
            if row.article != current {
                current = row.article
                length = corpus.articles[Int(current)].text.bytes.count
            }
            let (lower, upper) = span(corpus, row).map { SortPrefixColumn.clamped($0, length) } ?? (0, 0)
            (lowers[index], uppers[index]) = (Int32(truncatingIfNeeded: lower), Int32(truncatingIfNeeded: upper))
            total += upper - lower
        }
        // Their text folded into one buffer (lower-casing seldom lengthens text).
        var folded: [UInt8] = []
        folded.reserveCapacity(total + total / 16)
        var starts = [Int](repeating: 0, count: rows.count)
        var ends = [Int](repeating: 0, count: rows.count)
        var capitals = CaseMarks(count: rows.count)
        current = -1
        var text: [UInt8] = []
        for (index, row) in rows.enumerated() where tied[index] {
            visited += 1
            if visited & 4095 == 0 { try check.poll() }
            if row.article != current {
                current = row.article
                text = corpus.articles[Int(current)].text.bytes
            }
            let written = text[Int(lowers[index])..<Int(uppers[index])]
            starts[index] = folded.count
            SortKey.appendFolded(written, to: &folded)
            ends[index] = folded.count
            capitals.record(index, written: written, folded: folded[starts[index]..<ends[index]])
        }
        let descending = descending
        var sorted = 0
        try folded.withUnsafeBufferPointer { (text) throws(Diagnostic) in
            for run in runs {
                sorted += run.count
                if sorted >= 4096 {
                    try check.poll()
                    sorted = 0
                }
                items[run].sort { a, b in
                    let (a, b) = (Int(a), Int(b))
                    let order = Self.compare(text, starts[a]..<ends[a], text, starts[b]..<ends[b])
                    if order != 0 { return descending ? order > 0 : order < 0 }
                    return a < b
                }
                // Rows whose folded text is the same, in their first order now: by the text as
                // written, read once per row (most such rows are copies of one text).
                var low = run.lowerBound
                while low < run.upperBound {
                    let first = Int(items[low])
                    var high = low + 1
                    while high < run.upperBound,
                        Self.compare(
                            text, starts[first]..<ends[first], text, starts[Int(items[high])]..<ends[Int(items[high])])
                            == 0
                    {
                        high += 1
                    }
                    if high - low > 1, !capitals.sort(&items, low..<high, descending: descending) {
                        sortAsWritten(&items, low..<high, rows: rows, lowers: lowers, uppers: uppers, in: corpus)
                    }
                    low = high
                }
            }
        }
    }

    /// Puts rows whose folded text is the same in order by their text as written, then by their
    /// first order (`items[range]` is in first order already).
    func sortAsWritten(
        _ items: inout [UInt32], _ range: Range<Int>, rows: [RowRef], lowers: [Int32], uppers: [Int32],
        in corpus: Corpus
    ) {
        var written: [UInt8] = []
        var members: [(item: UInt32, bytes: Range<Int>)] = []
        members.reserveCapacity(range.count)
        for item in items[range] {
            let text = corpus.articles[Int(rows[Int(item)].article)].text.bytes
            let start = written.count
            written.append(contentsOf: text[Int(lowers[Int(item)])..<Int(uppers[Int(item)])])
            members.append((item, start..<written.count))
        }
        let descending = descending
        written.withUnsafeBufferPointer { text in
            let first = members[0].bytes
            guard members.contains(where: { Self.compare(text, first, text, $0.bytes) != 0 }) else { return }
            members.sort { a, b in
                let order = Self.compare(text, a.bytes, text, b.bytes)
                if order != 0 { return descending ? order > 0 : order < 0 }
                return a.item < b.item
            }
        }
        for (offset, member) in members.enumerated() { items[range.lowerBound + offset] = member.item }
    }

    /// -1, 0 or 1 as the bytes `a` of `x` sort before, with or after the bytes `b` of `y` (a
    /// prefix first).
    @inline(__always)
    static func compare(
        _ x: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ y: UnsafeBufferPointer<UInt8>, _ b: Range<Int>
    ) -> Int {
        let length = min(a.count, b.count)
        var offset = 0
        // Eight bytes at a time while they agree; the first that differ, as a big-endian
        // integer, order as their bytes do.
        while offset + 8 <= length {
            let p = UnsafeRawPointer(x.baseAddress.unsafelyUnwrapped + a.lowerBound + offset).loadUnaligned(
                as: UInt64.self)
            let q = UnsafeRawPointer(y.baseAddress.unsafelyUnwrapped + b.lowerBound + offset).loadUnaligned(
                as: UInt64.self)
            if p != q { return p.bigEndian < q.bigEndian ? -1 : 1 }
            offset += 8
        }
        while offset < length {
            let (p, q) = (x[a.lowerBound + offset], y[b.lowerBound + offset])
            if p != q { return p < q ? -1 : 1 }
            offset += 1
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}
