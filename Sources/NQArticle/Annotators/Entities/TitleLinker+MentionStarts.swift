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
                    while token < tokens.count, tokens[token].span.start < mention.span.start { token &+= 1 }
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

    /// The index of the mention starting at token `token` (at most one past the last token), or -1.
    subscript(token: Int) -> Int { Int(table[token]) }
}
