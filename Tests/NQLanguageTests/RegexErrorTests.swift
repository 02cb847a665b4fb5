import Testing

@testable import NQLanguage

/// One rejected pattern: flags, the expected message and its UTF-8 offset.
struct RegexErrorCase: Sendable, CustomTestStringConvertible {
    let pattern: String
    let flags: String
    let message: String
    let offset: Int

    init(_ pattern: String, flags: String = "", _ message: String, at offset: Int) {
        self.pattern = pattern
        self.flags = flags
        self.message = message
        self.offset = offset
    }

    var testDescription: String { "/\(pattern)/\(flags)" }
}

@Suite("Regex errors")
struct RegexErrorTests {
    static let linear = "(nq's regular expressions run in linear time)"

    static let cases: [RegexErrorCase] = [
        RegexErrorCase("a)", "unmatched ')' in regular expression", at: 1),
        RegexErrorCase("“)", "unmatched ')' in regular expression", at: 3),
        RegexErrorCase("x(a", "missing ')' for the group opened here", at: 1),
        RegexErrorCase("(a)\\1", "backreferences are not supported \(linear)", at: 3),
        RegexErrorCase("(?<n>a)\\k<n>", "backreferences are not supported \(linear)", at: 7),
        RegexErrorCase("(?P<n>a)(?P=n)", "backreferences are not supported \(linear)", at: 8),
        RegexErrorCase("a(?=b)", "lookahead is not supported \(linear)", at: 1),
        RegexErrorCase("a(?!b)", "lookahead is not supported \(linear)", at: 1),
        RegexErrorCase("(?<=a)b", "lookbehind is not supported \(linear)", at: 0),
        RegexErrorCase("(?<!a)b", "lookbehind is not supported \(linear)", at: 0),
        RegexErrorCase("*a", "nothing to repeat before '*'", at: 0),
        RegexErrorCase("a|+", "nothing to repeat before '+'", at: 2),
        RegexErrorCase("(?)", "unsupported group syntax '(?)'", at: 0),
        RegexErrorCase("({2})", "nothing to repeat before '{'", at: 1),
        RegexErrorCase("a**", "nested quantifier '*' (put the repeated part in a group)", at: 2),
        RegexErrorCase("a{2}{3}", "nested quantifier '{' (put the repeated part in a group)", at: 4),
        RegexErrorCase("a*+", "possessive quantifiers are not supported", at: 2),
        RegexErrorCase("ab{2,1}", "invalid repetition count (minimum above maximum)", at: 2),
        RegexErrorCase("ab{1001}", "invalid repetition count (at most 1000)", at: 2),
        RegexErrorCase("ab{1,5000}", "invalid repetition count (at most 1000)", at: 2),
        RegexErrorCase("x[abc", "unterminated character class", at: 1),
        RegexErrorCase("[]", "unterminated character class", at: 0),
        RegexErrorCase("ü[^]", "unterminated character class", at: 2),
        RegexErrorCase("a[z-a]", "invalid character class range 'z-a'", at: 2),
        RegexErrorCase(
            "[\\d-z]", "invalid character class range (a class like '\\d' cannot end a range)", at: 1),
        RegexErrorCase("[[:foo:]]", "unknown POSIX class (use e.g. '[:alpha:]' or '[:digit:]')", at: 1),
        RegexErrorCase("[\\b]", "'\\b' is not allowed in a character class", at: 1),
        RegexErrorCase("a\\q", "unknown escape '\\q'", at: 1),
        RegexErrorCase("ab\\", "trailing '\\' at the end of the regular expression", at: 2),
        RegexErrorCase("a\\Z", "'\\Z' is not supported (use '\\z' or '$')", at: 1),
        RegexErrorCase(
            "\\p{L}", "unicode property classes like '\\p{L}' are not supported (use \\w or a range)",
            at: 0),
        RegexErrorCase(
            "x\\u{110000}", "invalid unicode escape (use \\u{...} with 1 to 6 hex digits, or \\uXXXX)",
            at: 1),
        RegexErrorCase(
            "\\uD800", "invalid unicode escape (use \\u{...} with 1 to 6 hex digits, or \\uXXXX)", at: 0),
        RegexErrorCase(
            "(?i)abc", "inline flags like '(?i)' are not supported (give flags after the pattern)",
            at: 0),
        RegexErrorCase("(?#note)", "unsupported group syntax '(?#'", at: 0),
        RegexErrorCase("(?<1>a)", "invalid group name", at: 0),
        RegexErrorCase("abc", flags: "q", "unknown flag 'q' (use i, m or s)", at: 4),
        RegexErrorCase("abc", flags: "ig", "unknown flag 'g' (use i, m or s)", at: 5),
        RegexErrorCase(
            String(repeating: "(", count: 201), "groups are nested too deeply (at most 200 levels)",
            at: 200),
        RegexErrorCase(
            "(a{1000}){1000}", "regular expression is too large (at most 50000 program instructions)",
            at: 0),
    ]

    @Test("each error has its message and offset", arguments: cases)
    func rejects(_ example: RegexErrorCase) {
        #expect(throws: RegexError(message: example.message, offset: example.offset)) {
            try LinearRegex(example.pattern, flags: example.flags)
        }
    }

    @Test("accepted edge cases compile")
    func accepts() throws {
        for pattern in ["", "a{1000}", "[\\]]", "[a-]", "\\{", "(?:)", "a{,2}", "[“”]", "(?<n>x)"] {
            _ = try LinearRegex(pattern)
        }
        _ = try LinearRegex("x", flags: "ims")
    }
}
