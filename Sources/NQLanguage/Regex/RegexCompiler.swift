/// One instruction of a compiled regular expression (a Thompson NFA in program form).
enum RegexInstruction: Sendable, Equatable {
    /// Consume one scalar equal to the value.
    case scalar(UInt32)
    /// Consume one scalar in a set: ASCII by bitmap, other scalars by `sets[index]`
    /// (index -1: the set has no non-ASCII member).
    case set(low: UInt64, high: UInt64, index: Int)
    /// Continue at both targets, the first preferred.
    case split(Int, Int)
    /// Continue at the target.
    case jump(Int)
    /// Continue at the next instruction if the assertion holds here.
    case assert(RegexAssertion)
    /// A match ends here.
    case match
}

/// A compiled regular expression: instructions plus what the search needs to skip ahead.
struct RegexProgram: Sendable {
    /// The instructions; execution starts at 0.
    var instructions: [RegexInstruction] = []
    /// Sets with non-ASCII members, referenced by `.set` instructions.
    var sets: [ScalarSet] = []
    /// Whether matches can only start at the start of the text.
    var anchoredAtStart = false
    /// Skip-ahead information.
    var prefilter = RegexPrefilter()
}

/// Compiles a syntax tree into a `RegexProgram`.
struct RegexCompiler {
    /// The largest program accepted; bounds memory and the per-byte cost of a search.
    static let maxInstructions = 50_000

    private var program = RegexProgram()

    /// Compiles a syntax tree (after factoring its alternations).
    static func compile(_ parsed: RegexNode) throws(RegexError) -> RegexProgram {
        let node = RegexFactoring.factor(parsed)
        var compiler = RegexCompiler()
        try compiler.emit(node)
        try compiler.append(.match)
        compiler.program.anchoredAtStart = node.isAnchoredAtStart
        compiler.program.prefilter = RegexPrefilter(node)
        return compiler.program
    }

    private var next: Int { program.instructions.count }

    private mutating func append(_ instruction: RegexInstruction) throws(RegexError) {
        guard program.instructions.count < RegexCompiler.maxInstructions else {
            throw .tooLarge(limit: RegexCompiler.maxInstructions)
        }
        program.instructions.append(instruction)
    }

    private mutating func patch(_ position: Int, _ instruction: RegexInstruction) {
        program.instructions[position] = instruction
    }

    private mutating func emit(_ node: RegexNode) throws(RegexError) {
        switch node {
        case .empty:
            break
        case .literal(let value):
            try append(.scalar(value))
        case .set(let set):
            var index = -1
            if set.mayContainNonASCII {
                index = program.sets.count
                program.sets.append(set)
            }
            let bitmap = set.asciiBitmap
            try append(.set(low: bitmap.low, high: bitmap.high, index: index))
        case .assertion(let kind):
            try append(.assert(kind))
        case .concat(let parts):
            for part in parts { try emit(part) }
        case .alternation(let branches):
            try emitAlternation(branches[...])
        case .repetition(let body, let min, let max, let greedy):
            try emitRepetition(body, min: min, max: max, greedy: greedy)
        }
    }

    /// `a|b|c` as split(a, split(b, c)), each branch jumping to the end; iterative, so long
    /// alternations (lists of names) cannot exhaust the stack.
    private mutating func emitAlternation(_ branches: ArraySlice<RegexNode>) throws(RegexError) {
        var jumps: [Int] = []
        for (number, branch) in zip(1..., branches) {
            guard number < branches.count else {
                try emit(branch)
                break
            }
            let split = next
            try append(.jump(-1))
            try emit(branch)
            jumps.append(next)
            try append(.jump(-1))
            patch(split, .split(split + 1, next))
        }
        for jump in jumps { patch(jump, .jump(next)) }
    }

    private mutating func emitRepetition(
        _ body: RegexNode, min: Int, max: Int?, greedy: Bool
    ) throws(RegexError) {
        guard let max else {
            if min == 0 {
                // L: split(body, exit); body; jump L
                let loop = next
                try append(.jump(-1))
                try emit(body)
                try append(.jump(loop))
                patch(loop, greedy ? .split(loop + 1, next) : .split(next, loop + 1))
            } else {
                // body × (min - 1); L: body; split(L, exit)
                for _ in 0..<(min - 1) { try emit(body) }
                let loop = next
                try emit(body)
                try append(greedy ? .split(loop, next + 1) : .split(next + 1, loop))
            }
            return
        }
        for _ in 0..<min { try emit(body) }
        // (body (body (...)?)?)? for the optional copies, all exits to the same end.
        var splits: [Int] = []
        for _ in 0..<(max - min) {
            splits.append(next)
            try append(.jump(-1))
            try emit(body)
        }
        let end = next
        for split in splits {
            patch(split, greedy ? .split(split + 1, end) : .split(end, split + 1))
        }
    }
}
