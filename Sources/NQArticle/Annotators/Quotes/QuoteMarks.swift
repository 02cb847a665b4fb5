/// The quotation marks of one language: pairs of an opening and a closing mark.
///
/// A mark may play several parts: in German „…“ the “ closes, in English “…” it opens; in
/// Swedish ”…” one mark opens and closes. The scanner asks, for the quote open at the time,
/// whether a mark closes it, else whether it opens a pair, else whether it closes another.
public struct QuoteMarks: Sendable {
    /// One pair of marks.
    public struct Pair: Sendable, Equatable {
        /// The opening mark.
        public var open: Unicode.Scalar
        /// The closing mark (the same as `open` for straight and Swedish marks).
        public var close: Unicode.Scalar

        /// Creates a pair.
        public init(_ open: Unicode.Scalar, _ close: Unicode.Scalar) {
            self.open = open
            self.close = close
        }
    }

    /// The pairs, the most common first.
    public let pairs: [Pair]
    /// Whether two apostrophes or backticks make a double mark (`''…''`, ``…''), as in text
    /// converted from TeX or old newswires.
    public let doubledApostrophes: Bool

    /// One mark of the table and the pairs it opens and closes, as masks with bit `n` set for
    /// pair `n`.
    struct Entry: Sendable {
        /// The mark's scalar value.
        var scalar: UInt32
        /// The pairs it opens.
        var opens: UInt64
        /// The pairs it closes.
        var closes: UInt64
    }

    /// Each mark of the pairs once: a table holds few, so a mark is found by a short walk
    /// rather than by hashing it.
    private let entries: [Entry]

    /// Creates a table.
    public init(_ pairs: [Pair], doubledApostrophes: Bool = false) {
        precondition(pairs.count <= 64, "QuoteMarks: more pairs than a mask holds")
        self.pairs = pairs
        self.doubledApostrophes = doubledApostrophes
        var entries: [Entry] = []
        func entry(_ scalar: Unicode.Scalar) -> Int {
            if let index = entries.firstIndex(where: { $0.scalar == scalar.value }) { return index }
            entries.append(Entry(scalar: scalar.value, opens: 0, closes: 0))
            return entries.count - 1
        }
        for (index, pair) in pairs.enumerated() {
            entries[entry(pair.open)].opens |= 1 << UInt64(index)
            entries[entry(pair.close)].closes |= 1 << UInt64(index)
        }
        self.entries = entries
    }

    /// The entry of a scalar, or an empty one when it is no mark of this table.
    @inline(__always)
    private func entry(_ scalar: Unicode.Scalar) -> Entry {
        entries.withUnsafeBufferPointer { entries in
            for entry in entries where entry.scalar == scalar.value { return entry }
            return Entry(scalar: scalar.value, opens: 0, closes: 0)
        }
    }

    /// The pair number used for doubled apostrophes.
    public var apostrophePair: Int { pairs.count }
    /// The pair number used for single marks (‘…’) in an article quoting with them.
    public var singlePair: Int { pairs.count + 1 }

    /// The part a mark plays while the quote of pair `open` (if any) is open, and the pair it
    /// opens or closes.
    func role(of scalar: Unicode.Scalar, open: Int?) -> (QuoteMarkScanner.Mark, Int) {
        let entry = entry(scalar)
        if let open, open >= 0, open < 64, entry.closes & 1 << UInt64(open) != 0 {
            return (entry.opens & 1 << UInt64(open) != 0 ? .either : .closing, open)
        }
        if entry.opens != 0 {
            // A mark that both opens and closes its pair (straight marks) closes whatever is open,
            // as a writer mixing styles means it to.
            let first = entry.opens.trailingZeroBitCount
            return (entry.closes & 1 << UInt64(first) != 0 ? .either : .opening, first)
        }
        if entry.closes != 0 { return (.closing, entry.closes.trailingZeroBitCount) }
        return (.none, 0)
    }

    /// Whether a scalar is any mark of this table.
    func isMark(_ scalar: Unicode.Scalar) -> Bool {
        let entry = entry(scalar)
        return entry.opens | entry.closes != 0
    }
}
