/// The mentions of a layer that start where a token starts: by token, and as a list in token
/// order, both made on one pass over the tokens.
struct MentionStarts {
    /// The tokens a mention starts at, in increasing order, each with the index of the last
    /// mention (in layer order) starting there.
    private(set) var pairs: [(token: Int, mention: Int)] = []
    /// For every token (and one past the end), the index of the mention starting at it, or -1.
    private var table: [Int32]

    /// How many tokens a mention starts at.
    var count: Int { pairs.count }

    /// Finds the tokens at which the mentions of `layer`, in text order, start.
    init(_ layer: EntityLayer, context: AnalysisContext) {
        var table = [Int32](repeating: -1, count: context.tokens.count + 2)
        var pairs: [(token: Int, mention: Int)] = []
        pairs.reserveCapacity(layer.mentions.count)
        // One pass over every token, on unsafe buffers.
        context.tokens.withUnsafeBufferPointer { tokens in
            table.withUnsafeMutableBufferPointer { table in
                var token = 0
                for (index, mention) in layer.mentions.enumerated() {
                    token = Self.firstToken(atOrAfter: mention.span.start, in: tokens, from: token)
                    guard token < tokens.count, tokens[token].span.start == mention.span.start else { continue }
                    table[token] = Int32(truncatingIfNeeded: index)
                    if let last = pairs.last, last.token == token {
                        pairs[pairs.count - 1].mention = index
                    } else {
                        pairs.append((token, index))
                    }
                }
            }
        }
        self.table = table
        self.pairs = pairs
    }

    /// The first token from `low` on that starts at or after `start` (`tokens.count` if none),
    /// found by steps of 1, 2, 4, … and a binary search within the last: mentions are some
    /// sixteen tokens apart, so most tokens are never read.
    @inline(__always)
    static func firstToken(atOrAfter start: Int32, in tokens: UnsafeBufferPointer<Token>, from low: Int) -> Int {
        guard low < tokens.count, tokens[low].span.start < start else { return low }
        // `tokens[below]` starts before `start`; `above` is the end or a token at or after it.
        var below = low
        var step = 1
        var above = low &+ 1
        while above < tokens.count, tokens[above].span.start < start {
            below = above
            step &<<= 1
            above = below &+ step
        }
        above = min(above, tokens.count)
        while above &- below > 1 {
            let middle = (below &+ above) >> 1
            if tokens[middle].span.start < start { below = middle } else { above = middle }
        }
        return above
    }

    /// The index of the mention starting at token `token` (at most one past the last token), or -1.
    subscript(token: Int) -> Int { Int(table[token]) }
}
