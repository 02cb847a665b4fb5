import Testing

@testable import NQLanguage

/// One matching case: the pattern, its flags, a text, and the expected first match (nil: none).
struct RegexCase: Sendable, CustomTestStringConvertible {
    let pattern: String
    let flags: String
    let text: String
    let expected: String?

    init(_ pattern: String, _ text: String, _ expected: String?) {
        self.init(pattern, "", text, expected)
    }

    init(_ pattern: String, _ flags: String, _ text: String, _ expected: String?) {
        self.pattern = pattern
        self.flags = flags
        self.text = text
        self.expected = expected
    }

    var testDescription: String { "/\(pattern)/\(flags) on \"\(text)\"" }

    /// The matched text, found by the engine.
    func run() throws -> String? {
        let regex = try LinearRegex(pattern, flags: flags)
        guard let range = regex.firstMatch(in: text) else { return nil }
        let bytes = Array(text.utf8)[range]
        return String(decoding: bytes, as: UTF8.self)
    }
}

@Suite("Regex matching")
struct RegexMatchingTests {
    static let literals: [RegexCase] = [
        RegexCase("fire", "cease-fire now", "fire"),
        RegexCase("fire", "cease-Fire now", nil),
        RegexCase("cease-?fire", "a ceasefire", "ceasefire"),
        RegexCase("cease-?fire", "a cease-fire", "cease-fire"),
        RegexCase("", "abc", ""),
        RegexCase("abc", "", nil),
        RegexCase("Müller", "Herr Müller sagt", "Müller"),
        RegexCase("“", "he said “yes”", "“"),
        RegexCase("“[^”]*”", "he said “yes” and “no”", "“yes”"),
        RegexCase("a.c", "abc", "abc"),
        RegexCase("a.c", "a\nc", nil),
        RegexCase("a.c", "s", "a\nc", "a\nc"),
        RegexCase("M.ller", "Müller", "Müller"),
        RegexCase("^.$", "ü", "ü"),
        RegexCase("^.$", "😀", "😀"),
        RegexCase("a\\.b", "axb a.b", "a.b"),
        RegexCase("\\\\", "a\\b", "\\"),
        RegexCase("\\/", "a/b", "/"),
        RegexCase("a\\tb", "a\tb", "a\tb"),
        RegexCase("\\n", "x\ny", "\n"),
        RegexCase("\\u201C", "“x", "“"),
        RegexCase("\\u{201D}", "x”", "”"),
        RegexCase("\\x41\\x{42}", "zAB", "AB"),
        RegexCase("a{b", "a{b", "a{b"),
        RegexCase("x{2,1", "x{2,1", "x{2,1"),
    ]

    static let classes: [RegexCase] = [
        RegexCase("[abc]+", "xxbcaz", "bca"),
        RegexCase("[a-c]+", "xxbcaz", "bca"),
        RegexCase("[^a-c]+", "abxyc", "xy"),
        RegexCase("[]a]+", "x]a]", "]a]"),
        RegexCase("[a-]+", "x-a-", "-a-"),
        RegexCase("[\\]\\\\]+", "x]\\", "]\\"),
        RegexCase("[\\d.]+", "pi 3.14!", "3.14"),
        RegexCase("[\\w]+", "  naïve ", "naïve"),
        RegexCase("[\\W]+", "ab, cd", ", "),
        RegexCase("[^\\s]+", "  word  ", "word"),
        RegexCase("[[:digit:]]+", "ab12c", "12"),
        RegexCase("[[:^alpha:]]+", "ab12c", "12"),
        RegexCase("[à-ü]+", "Straße für", "ü"),
        RegexCase("[“”\"]", "say ”", "”"),
        RegexCase("\\d+", "abc 2024 x", "2024"),
        RegexCase("\\D+", "12ab3", "ab"),
        RegexCase("\\w+", "-- Ärger! --", "Ärger"),
        RegexCase("\\W+", "ab -- cd", " -- "),
        RegexCase("\\s+", "a \t\nb", " \t\n"),
        RegexCase("\\s", "a\u{00A0}b", "\u{00A0}"),
        RegexCase("\\S+", "  x1 ", "x1"),
        RegexCase("\\d", "٣", nil),
    ]

    static let quantifiers: [RegexCase] = [
        RegexCase("ab*", "abbbc", "abbb"),
        RegexCase("ab+", "ac abbc", "abb"),
        RegexCase("ab?c", "ac", "ac"),
        RegexCase("ab{2}c", "abc abbc", "abbc"),
        RegexCase("ab{2,}c", "abbbbc", "abbbbc"),
        RegexCase("ab{2,3}", "abbbb", "abbb"),
        RegexCase("ab{0}c", "ac", "ac"),
        RegexCase("ab*?", "abbb", "a"),
        RegexCase("ab+?", "abbb", "ab"),
        RegexCase("ab??", "ab", "a"),
        RegexCase("ab{2,}?", "abbbb", "abb"),
        RegexCase("a.*b", "a1b2b3", "a1b2b"),
        RegexCase("a.*?b", "a1b2b3", "a1b"),
        RegexCase("(ab)+", "xababa", "abab"),
        RegexCase("(?:ab)+c", "abababc", "abababc"),
        RegexCase("(a*)*b", "aaab", "aaab"),
        RegexCase("(a*)+$", "aab", ""),
        RegexCase("(|a)+", "aaa", ""),
    ]

    static let alternation: [RegexCase] = [
        RegexCase("cat|dog", "hotdog cat", "dog"),
        RegexCase("a|ab", "abc", "a"),
        RegexCase("ab|a", "abc", "ab"),
        RegexCase("(a|ab)(c|bcd)", "abcd", "abcd"),
        RegexCase("x(a|b|c)+y", "xabcay", "xabcay"),
        RegexCase("(?<word>ok|fine)", "it is fine", "fine"),
        RegexCase("a(|b)", "ab", "a"),
        RegexCase("|a", "a", ""),
        RegexCase("Merkel|Merz|Macron", "Mr Merz", "Merz"),
        RegexCase("ab|a|abc", "abc", "ab"),
        RegexCase("abc|ab|a", "abc", "abc"),
        RegexCase("a|b|ab", "ab", "a"),
        RegexCase("ax|bx|ay", "ay", "ay"),
        RegexCase("x(?:ab|ac)*y", "xabacaby", "xabacaby"),
    ]

    static let anchors: [RegexCase] = [
        RegexCase("^ab", "ab", "ab"),
        RegexCase("^ab", "cab", nil),
        RegexCase("ab$", "cab", "ab"),
        RegexCase("ab$", "ab\n", nil),
        RegexCase("^b", "a\nb", nil),
        RegexCase("^b", "m", "a\nb", "b"),
        RegexCase("a$", "m", "a\nb", "a"),
        RegexCase("^$", "m", "a\n\nb", ""),
        RegexCase("\\Ab", "m", "a\nb", nil),
        RegexCase("a\\z", "m", "a\nb", nil),
        RegexCase("b\\z", "m", "a\nb", "b"),
        RegexCase("^", "", "x", ""),
        RegexCase("$", "", "x", ""),
    ]

    static let wordBoundaries: [RegexCase] = [
        RegexCase("\\bcat\\b", "concat cat", "cat"),
        RegexCase("\\bcat\\b", "concatenate", nil),
        RegexCase("\\Bcat", "concat cat", "cat"),
        RegexCase("\\bfür\\b", "dafür für", "für"),
        RegexCase("\\bÜber", "Überfall", "Über"),
        RegexCase("\\b", "", "  ", nil),
        RegexCase("\\B", "", "  ", ""),
        RegexCase("a\\b", "a“", "a"),
    ]

    static let caseInsensitive: [RegexCase] = [
        RegexCase("cease-?fire", "i", "A CEASEFIRE", "CEASEFIRE"),
        RegexCase("fire", "i", "FiRe", "FiRe"),
        RegexCase("müller", "i", "MÜLLER", "MÜLLER"),
        RegexCase("MÜLLER", "i", "müller", "müller"),
        RegexCase("[a-c]+", "i", "xABCa", "ABCa"),
        RegexCase("[^a]", "i", "Ab", "b"),
        RegexCase("σ", "i", "ΣΑΣ", "Σ"),
        RegexCase("ς", "i", "σ", "σ"),
        RegexCase("k", "i", "\u{212A}", "\u{212A}"),
        RegexCase("straße", "i", "STRAẞE", "STRAẞE"),
        RegexCase("i", "i", "ı", nil),
        RegexCase("\\bthe\\b", "i", "bathe The", "The"),
        RegexCase("ABC", "i", "xabc", "abc"),
        RegexCase("[а-я]+", "i", "в МОСКВЕ", "в"),
        RegexCase("москв[а-я]", "i", "В МОСКВЕ", "МОСКВЕ"),
        RegexCase("[^а-я]+", "i", "МОСКВА, 2024", ", 2024"),
    ]

    @Test("literals, dot, escapes", arguments: literals)
    func literal(_ example: RegexCase) throws { #expect(try example.run() == example.expected) }

    @Test("character classes", arguments: classes)
    func characterClass(_ example: RegexCase) throws {
        #expect(try example.run() == example.expected)
    }

    @Test("quantifiers, greedy and lazy", arguments: quantifiers)
    func quantifier(_ example: RegexCase) throws { #expect(try example.run() == example.expected) }

    @Test("alternation and groups", arguments: alternation)
    func alternative(_ example: RegexCase) throws { #expect(try example.run() == example.expected) }

    @Test("anchors and the m flag", arguments: anchors)
    func anchor(_ example: RegexCase) throws { #expect(try example.run() == example.expected) }

    @Test("word boundaries", arguments: wordBoundaries)
    func wordBoundary(_ example: RegexCase) throws { #expect(try example.run() == example.expected) }

    @Test("case-insensitive matching", arguments: caseInsensitive)
    func caseInsensitiveMatch(_ example: RegexCase) throws {
        #expect(try example.run() == example.expected)
    }
}
