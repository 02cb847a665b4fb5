/// A place in a list of candidate token indexes, stepped forward as an annotator reads on.
struct CandidateCursor {
    /// The candidates, in order.
    let positions: [Int32]
    /// The index in `positions` of the first candidate not yet passed.
    var next = 0

    /// Creates a cursor at the first of `positions`.
    init(_ positions: [Int32]) {
        self.positions = positions
    }

    /// The first candidate at or after token `index`, or `end` when there is none: found stepping
    /// on from the last one asked for, or searched for when `index` lies before it.
    @inline(__always)
    mutating func first(atOrAfter index: Int, end: Int) -> Int {
        if next > 0, Int(positions[next - 1]) >= index {
            // Asked for an earlier place: found again from the start.
            var low = 0
            var high = next
            while low < high {
                let mid = (low + high) / 2
                if Int(positions[mid]) < index { low = mid + 1 } else { high = mid }
            }
            next = low
        }
        while next < positions.count, Int(positions[next]) < index { next += 1 }
        return next < positions.count ? Int(positions[next]) : end
    }
}
