import Testing

@testable import NQLanguage

/// A small deterministic pseudo-random generator (SplitMix64).
private struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Random patterns over a small alphabet, compared with Swift's backtracking `Regex`,
/// which has the same leftmost-first semantics for these constructs.
@Suite("Regex differential against Swift Regex")
struct RegexDifferentialTests {
    private static func pattern(_ random: inout SplitMix64, depth: Int) -> String {
        var result = ""
        for _ in 0..<(1 + random.below(3)) {
            var atom: String
            switch random.below(depth > 0 ? 9 : 7) {
            case 0, 1: atom = random.pick(["a", "b", "c"])
            case 2: atom = random.pick([".", "[ab]", "[^a]", "[a-c]", "\\w", "\\s"])
            case 3: atom = random.pick(["a", "b"])
            case 4: atom = random.pick(["^", "$", "\\b"])
            case 5, 6: atom = random.pick(["ab", "ba", " "])
            default:
                let left = pattern(&random, depth: depth - 1)
                let right = pattern(&random, depth: depth - 1)
                atom = random.below(2) == 0 ? "(\(left)|\(right))" : "(?:\(left))"
            }
            let canRepeat = !["^", "$", "\\b"].contains(atom)
            if canRepeat && random.below(3) == 0 {
                atom += random.pick(["*", "+", "?", "{2}", "{1,3}", "*?", "+?", "??", "{0,2}?"])
            }
            result += atom
        }
        return result
    }

    private static func text(_ random: inout SplitMix64) -> String {
        String((0..<random.below(12)).map { _ in random.pick(Array("aabbc AB")) })
    }

    @Test("300 random patterns, 10 texts each")
    func agreesWithSwiftRegex() throws {
        var random = SplitMix64(state: 20_260_101)
        var compared = 0
        var matched = 0
        for _ in 0..<300 {
            let source = RegexDifferentialTests.pattern(&random, depth: 2)
            let ignoringCase = random.below(3) == 0
            let ours = try LinearRegex(source, flags: ignoringCase ? "i" : "")
            let theirs = try Regex(source).wordBoundaryKind(.simple).ignoresCase(ignoringCase)
            for _ in 0..<10 {
                let text = RegexDifferentialTests.text(&random)
                let expected = try theirs.firstMatch(in: text).map { match in
                    text.utf8.distance(
                        from: text.startIndex, to: match.range.lowerBound)..<text.utf8.distance(
                            from: text.startIndex, to: match.range.upperBound)
                }
                #expect(
                    ours.firstMatch(in: text) == expected,
                    "/\(source)/\(ignoringCase ? "i" : "") on \"\(text)\"")
                compared += 1
                if expected != nil { matched += 1 }
            }
        }
        #expect(compared == 3_000)
        #expect(matched > 600, "too few matches to compare: \(matched)")
    }

    private static func program(_ pattern: String, flags: String = "") throws -> RegexProgram {
        var parser = RegexParser(pattern, flags: try RegexFlags(flags, base: 0))
        return try RegexCompiler.compile(try parser.parse())
    }

    /// Runs both engines on the whole text, from its first position.
    private static func bothEngines(_ program: RegexProgram, _ text: String) -> (
        Range<Int>?, BacktrackOutcome
    ) {
        var text = text
        return text.withUTF8 { buffer in
            var empty: UInt8 = 0
            return withUnsafePointer(to: &empty) { fallback in
                let base = buffer.baseAddress ?? fallback
                let end = buffer.count
                let pike = PikeVM(program: program).search(base, start: 0, end: end, from: 0)
                let backtracked = BoundedBacktracker(program: program).search(
                    base, start: 0, end: end, from: 0)
                return (pike, backtracked)
            }
        }
    }

    @Test("the Pike VM and the bounded backtracker agree on 400 random patterns")
    func enginesAgree() throws {
        var random = SplitMix64(state: 42)
        var matched = 0
        for _ in 0..<400 {
            let source = RegexDifferentialTests.pattern(&random, depth: 3)
            let program = try RegexDifferentialTests.program(
                source, flags: random.below(2) == 0 ? "i" : "m")
            for _ in 0..<8 {
                let text = (0..<4).map { _ in RegexDifferentialTests.text(&random) }.joined(separator: "\n")
                let (pike, backtracked) = RegexDifferentialTests.bothEngines(program, text)
                let expected: BacktrackOutcome = pike.map { .match($0) } ?? .noMatch
                #expect(backtracked == expected, "/\(source)/ on \"\(text)\"")
                if pike != nil { matched += 1 }
            }
        }
        #expect(matched > 800, "too few matches to compare: \(matched)")
    }

    @Test("the backtracker gives up on a deep job stack and the Pike VM answers")
    func backtrackerGivesUp() throws {
        let text = String(repeating: "a", count: 2_000) + "c"
        let program = try RegexDifferentialTests.program("a*c")
        #expect(RegexDifferentialTests.bothEngines(program, text).1 == .gaveUp)
        #expect(try LinearRegex("a*c").firstMatch(in: text) == 0..<2_001)
        #expect(try LinearRegex("(x+x+)+y").matches(String(repeating: "x", count: 300)) == false)
    }
}
