/// A regular expression that matches in linear time: O(pattern × text), whatever the pattern.
///
/// Compiled once into a Thompson NFA, searched over UTF-8 bytes by a Pike VM (all threads in
/// lock step) or, for short texts such as sentences, by a backtracker bounded by a visited
/// bitmap, in the spirit of RE2 and Go's regexp: `(a+)+$` cannot blow up. A literal prefix
/// is found first with `memchr`. Matching is leftmost-first like Perl and RE2.
///
/// Syntax: literals (whole Unicode scalars), `.`, classes `[a-z]` `[^...]` with escapes and
/// POSIX `[:alpha:]` (ASCII), `\d` (ASCII digits), `\w` (ASCII letters, digits and `_`, plus
/// non-ASCII letters, digits and marks), `\s` (ASCII and Unicode white space) and their
/// negations, `\b \B` (by `\w`), `^ $ \A \z`, groups `( )` `(?: )` `(?<name> )`, `|`,
/// `* + ? {n} {n,} {n,m}` (counts up to 1000) and their lazy forms, escapes `\n \t \r \f \v
/// \0 \xHH \x{...} \uHHHH \u{...}` and escaped punctuation. Backreferences, lookaround,
/// inline flags, possessive quantifiers and `\p{...}` are rejected with a `RegexError`.
/// `^`/`\A` and `$`/`\z` refer to the searched range (`$` does not match before a final
/// newline unless the m flag is given). Invalid UTF-8 bytes match only `.` and negations.
public struct LinearRegex: Sendable {
    private let program: RegexProgram

    /// Compiles a pattern; flags: i (case-insensitive, ASCII and simple Unicode case folding),
    /// m (^ $ at line breaks), s (. matches newline).
    public init(_ pattern: String, flags: String = "") throws(RegexError) {
        let parsedFlags = try RegexFlags(flags, base: pattern.utf8.count + 1)
        var parser = RegexParser(pattern, flags: parsedFlags)
        program = try RegexCompiler.compile(try parser.parse())
    }

    /// The first match in bytes[range] (UTF-8), as a byte range, leftmost-first semantics like
    /// Perl/RE2 (not leftmost-longest).
    ///
    /// The range is the whole text for the anchors and `\b`: bytes outside it are not looked at.
    /// It must lie within the buffer and should start and end at scalar boundaries.
    public func firstMatch(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Range<Int>? {
        precondition(
            range.lowerBound >= 0 && range.upperBound <= bytes.count, "range outside the buffer")
        guard let base = bytes.baseAddress else {
            var empty: UInt8 = 0
            return withUnsafePointer(to: &empty) { program.firstMatch($0, start: 0, end: 0) }
        }
        return program.firstMatch(base, start: range.lowerBound, end: range.upperBound)
    }

    /// Convenience: whether the string contains a match.
    public func matches(_ text: String) -> Bool {
        firstMatch(in: text) != nil
    }

    /// Convenience: the first match as a range of the string's utf8 offsets.
    public func firstMatch(in text: String) -> Range<Int>? {
        var text = text
        return text.withUTF8 { firstMatch(in: $0, range: 0..<$0.count) }
    }
}
