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

    /// For each mark, the pairs it opens and the pairs it closes.
    private let opens: [UInt32: [Int]]
    private let closes: [UInt32: [Int]]

    /// Creates a table.
    public init(_ pairs: [Pair], doubledApostrophes: Bool = false) {
        self.pairs = pairs
        self.doubledApostrophes = doubledApostrophes
        var opens: [UInt32: [Int]] = [:]
        var closes: [UInt32: [Int]] = [:]
        for (index, pair) in pairs.enumerated() {
            opens[pair.open.value, default: []].append(index)
            closes[pair.close.value, default: []].append(index)
        }
        self.opens = opens
        self.closes = closes
    }

    /// The pair number used for doubled apostrophes.
    public var apostrophePair: Int { pairs.count }
    /// The pair number used for single marks (‘…’) in an article quoting with them.
    public var singlePair: Int { pairs.count + 1 }

    /// The part a mark plays while the quote of pair `open` (if any) is open, and the pair it
    /// opens or closes.
    func role(of scalar: Unicode.Scalar, open: Int?) -> (QuoteMarkScanner.Mark, Int) {
        let closing = closes[scalar.value] ?? []
        let opening = opens[scalar.value] ?? []
        if let open, closing.contains(open) {
            return (opening.contains(open) ? .either : .closing, open)
        }
        if let first = opening.first {
            // A mark that both opens and closes its pair (straight marks) closes whatever is open,
            // as a writer mixing styles means it to.
            return (closing.contains(first) ? .either : .opening, first)
        }
        if let first = closing.first { return (.closing, first) }
        return (.none, 0)
    }

    /// Whether a scalar is any mark of this table.
    func isMark(_ scalar: Unicode.Scalar) -> Bool {
        opens[scalar.value] != nil || closes[scalar.value] != nil
    }
}
