import NQSource
import Testing

@testable import NQArticle

/// Checks that the tokens of a text's first bytes, taken from the whole text's tokens, are those
/// of tokenizing the first bytes alone, wherever the text is cut.
@Suite struct HeadTokensTests {
    @Test(arguments: [
        "BRUSSELS, March 13, 2025 — The U.S. said", "a\u{00A0}b well-done café’s “x” 1,000.5 twenty-five.",
        "  U.S.\nA.B. e-mail 9/11 it’s", "",
    ])
    func headTokensAreThoseOfTheHeadAlone(text: String) {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer().tokenize(bytes, SourceSpan(0, bytes.count))
        for limit in 0...bytes.count {
            let head = Array(bytes[..<limit])
            #expect(
                DateAnnotator.headTokens(tokens, of: bytes, head: head)
                    == Tokenizer().tokenize(head, SourceSpan(0, limit)))
        }
    }
}
