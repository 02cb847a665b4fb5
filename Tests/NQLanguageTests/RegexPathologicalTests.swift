import Testing

@testable import NQLanguage

/// Patterns that take exponential time in a backtracking engine; here they finish in linear
/// time. The assertions are on results only: an exponential engine would simply not finish.
@Suite("Regex pathological patterns")
struct RegexPathologicalTests {
    @Test("(a+)+$ against 30 000 a's and a b")
    func nestedPlus() throws {
        let text = String(repeating: "a", count: 30_000) + "b"
        #expect(try LinearRegex("(a+)+$").firstMatch(in: text) == nil)
        #expect(try LinearRegex("(a+)+b").firstMatch(in: text) == 0..<30_001)
    }

    @Test("(x+x+)+y against 20 000 x's")
    func doublePlus() throws {
        let text = String(repeating: "x", count: 20_000)
        #expect(try LinearRegex("(x+x+)+y").matches(text) == false)
        #expect(try LinearRegex("(x+x+)+y").firstMatch(in: text + "y") == 0..<20_001)
    }

    @Test("alternation and star blow-ups")
    func alternations() throws {
        let text = String(repeating: "a", count: 20_000)
        #expect(try LinearRegex("(a|aa)*c").matches(text) == false)
        #expect(try LinearRegex("(a|a)*$").firstMatch(in: text) == 0..<20_000)
        #expect(try LinearRegex("(a*)*$").firstMatch(in: text + "b") == 20_001..<20_001)
        let words = String(repeating: "word ", count: 5_000) + "!"
        #expect(try LinearRegex("^(\\w+\\s?)*$").matches(words) == false)
    }

    @Test("large counted repetition")
    func counted() throws {
        let text = String(repeating: "ab", count: 10_000)
        let regex = try LinearRegex("(a?){500}a{500}c", flags: "i")
        #expect(regex.matches(text) == false)
        #expect(try LinearRegex("(?:ab){1000}").firstMatch(in: text) == 0..<2_000)
    }

    @Test("a long alternation of names")
    func longAlternation() throws {
        let names = (0..<2_000).map { "name\($0)x" }
        let regex = try LinearRegex("\\b(" + names.joined(separator: "|") + ")\\b", flags: "i")
        #expect(regex.firstMatch(in: "said NAME1999X today") == 5..<14)
        #expect(regex.matches("name2000x") == false)
    }
}
