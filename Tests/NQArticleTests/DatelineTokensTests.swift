import NQSource
import Testing

@testable import NQArticle

/// Checks that the date line read with the tokens of an article's whole text is the one read
/// from its first bytes tokenized alone, wherever the date stands near the limit of those bytes.
@Suite struct DatelineTokensTests {
    @Test(arguments: [
        "BRUSSELS, March 13, 2025 — ", "Published 2025-03-13 ", "13 March 2025\n", "Mar. 3, 2024 ", "2025-03-1",
    ])
    func datelineIsThatOfTheHeadAlone(date: String) {
        // Lines of every length put the date at every place around the 400th byte, on one of the
        // first lines or past them.
        for lines in [["Title"], ["Title", "", "By Jane Doe"], ["A", "", "B", "", "C"]] {
            for padding in stride(from: 300, through: 420, by: 1) {
                let filler = String(repeating: "word ", count: padding / 5) + String(repeating: "x", count: padding % 5)
                for text in [
                    (lines + [filler, date + "more text after it."]).joined(separator: "\n"),
                    (lines + [filler, "AB, " + date]).joined(separator: "\n"),
                    (lines + [filler + date + "more text after it."]).joined(separator: "\n"),
                    (lines + [filler + "\n" + date]).joined(separator: " "),
                ] {
                    let article = Article(id: "t", source: "<test>", text: ArticleText(text))
                    let bytes = article.text.bytes
                    let tokens = Tokenizer().tokenize(bytes, SourceSpan(0, bytes.count))
                    #expect(
                        DateAnnotator.datelineDate(in: article, tokens: tokens)
                            == DateAnnotator.datelineDate(in: article), "\(text)")
                }
            }
        }
    }
}
