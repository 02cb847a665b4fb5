import Testing

@testable import NQArticle

/// `TokenView.words(ofLengths:startingWith:)`, one quick pass over the tokens, finds the words a
/// plain filter of the tokens finds.
@Suite struct TokenViewWordsTests {
    @Test func wordsOfLengthsAsAPlainFilterFindsThem() {
        let text =
            "He said she would go. Whoever hired him, HIS aide and she herself, a hero, said: "
            + "\"Sheer whim!\" Whereupon the shepherd left, he and I, with 42 sheep and an ox.\n"
        let article = ArticleAnalyzer().analyze(id: "t", source: "<test>", text: ArticleText(text))
        let context = AnalysisContext(article: article, language: LanguageTables.builtIn().profile("en"))
        let view = TokenView(context)
        let bytes = context.bytes
        for (lengths, starts) in [(2...8, ["wh", "he", "sh", "hi"]), (3...3, ["sh", "hi"]), (2...2, ["he", "an"])] {
            let plain = context.tokens.indices.filter { index in
                let token = context.tokens[index]
                guard token.kind == .word, lengths.contains(token.span.length) else { return false }
                let first = bytes[token.span.lower] | 0x20
                let second = bytes[token.span.lower + 1] | 0x20
                return starts.contains { Array($0.utf8) == [first, second] }
            }
            #expect(!plain.isEmpty)
            #expect(view.words(ofLengths: lengths, startingWith: starts) == plain, "\(lengths) \(starts)")
        }
    }
}
