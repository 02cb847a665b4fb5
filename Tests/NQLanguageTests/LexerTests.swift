import NQSource
import Testing

@testable import NQLanguage

@Suite struct LexerTests {
    func kinds(_ text: String) -> [QueryToken.Kind] { Lexer().tokenize(text).map(\.kind) }

    @Test func readsNamesStringsNumbersAndSymbols() {
        let tokens = Lexer().tokenize(#"quotes where speaker = "Rutte" and paragraph >= 2.5e1"#)
        #expect(
            tokens.map(\.kind) == [
                .identifier, .identifier, .identifier, .symbol, .string, .identifier, .identifier, .symbol, .number,
                .end,
            ])
        #expect(tokens[4].value == "Rutte")
        #expect(tokens[7].text == ">=")
        #expect(tokens[8].text == "2.5e1")
    }

    @Test func acceptsTypographicQuotesAsStringDelimiters() {
        let tokens = Lexer().tokenize("speaker = “Müller”")
        #expect(tokens[2].kind == .string)
        #expect(tokens[2].value == "Müller")
        // Spans are UTF-8 offsets: “ is three bytes.
        #expect(tokens[2].span == SourceSpan(10, 10 + 3 + 7 + 3))
    }

    @Test func unterminatedStringIsAnInvalidToken() {
        let tokens = Lexer().tokenize(#"speaker = "Rutte"#)
        #expect(tokens[2].kind == .invalid)
        #expect(tokens[2].value == "unterminated string")
    }

    @Test func readsARegexOnlyAfterMatches() {
        let tokens = Lexer().tokenize(#"text matches /cease-?fire\/x/i"#)
        #expect(tokens[2].kind == .regex)
        #expect(tokens[2].value == "cease-?fire/x")
        #expect(tokens[2].flags == "i")
        // Elsewhere a slash divides.
        #expect(kinds("a / b") == [.identifier, .symbol, .identifier, .end])
    }

    @Test func skipsCommentsAndKeepsLineBreaks() {
        #expect(kinds("quotes # all of them\ncount quotes") == [.identifier, .newline, .identifier, .identifier, .end])
    }

    @Test func escapesInsideStrings() {
        let tokens = Lexer().tokenize(#""say \"no\" \\ now""#)
        #expect(tokens[0].value == #"say "no" \ now"#)
    }
}
