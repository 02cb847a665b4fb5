import NQSource
import Testing

@testable import NQArticle

/// Checks the tokenizer's ASCII path against what its scalar path gives.
@Suite struct TokenizerTests {
    /// The kinds and texts of a text's tokens.
    func tokens(_ text: String) -> [(Token.Kind, String)] {
        let bytes = Array(text.utf8)
        return Tokenizer().tokenize(bytes, SourceSpan(0, bytes.count)).map { token in
            (token.kind, String(decoding: bytes[token.span.lower..<token.span.upper], as: UTF8.self))
        }
    }

    @Test func asciiTokensAreClassedAsTheirScalarsAre() {
        let found = tokens("\"Twenty-five\" `U.S.` 1,000 $5 it's")
        #expect(
            found.map(\.0) == [.quote, .word, .quote, .quote, .word, .quote, .number, .punctuation, .number, .word])
        #expect(found.map(\.1) == ["\"", "Twenty-five", "\"", "`", "U.S.", "`", "1,000", "$", "5", "it's"])
    }

    @Test func spaceBeforeMarksTokensAfterAnyWhiteSpace() {
        let bytes = Array("Yes,  he\tsaid \"no\" (twice)\n5 %".utf8)
        let found = Tokenizer().tokenize(bytes, SourceSpan(0, bytes.count)).map(\.spaceBefore)
        #expect(found == [true, false, true, true, true, false, false, true, false, false, true, true])
    }

    @Test func aWordStartingWithAnASCIILetterGoesOnPastOtherScripts() {
        let found = tokens("café-bar «Zürich» 9-11")
        #expect(found.map(\.1) == ["café-bar", "«", "Zürich", "»", "9", "-", "11"])
        #expect(found.map(\.0) == [.word, .quote, .word, .quote, .number, .punctuation, .number])
    }

    /// A typographic apostrophe inside a word is read on bytes when an ASCII byte follows it; the
    /// scalar path reads it before other scripts, at the end and before non-letters.
    @Test func aTypographicApostropheJoinsAWordBeforeALetter() {
        #expect(tokens("Trump\u{2019}s").map(\.1) == ["Trump\u{2019}s"])
        #expect(tokens("o\u{2019}Neill\u{2019}s aides").map(\.1) == ["o\u{2019}Neill\u{2019}s", "aides"])
        #expect(tokens("Trump\u{2019} said").map(\.1) == ["Trump", "\u{2019}", "said"])
        #expect(tokens("Trump\u{2019}1").map(\.1) == ["Trump", "\u{2019}", "1"])
        #expect(tokens("Trump\u{2019}").map(\.1) == ["Trump", "\u{2019}"])
        #expect(tokens("Trump\u{2019}\u{2019}").map(\.1) == ["Trump", "\u{2019}", "\u{2019}"])
        #expect(tokens("Trump\u{2019}é").map(\.1) == ["Trump\u{2019}é"])
        #expect(tokens("Trump\u{2019}\u{201D}").map(\.1) == ["Trump", "\u{2019}", "\u{201D}"])
        #expect(tokens("l\u{2019}État").map(\.1) == ["l\u{2019}État"])
    }
}
