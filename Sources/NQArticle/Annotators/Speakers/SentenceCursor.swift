import NQSource

/// The sentence numbers of UTF-8 offsets met in text order, found by stepping forward from the
/// sentence of the offset before instead of searching all sentences for each: the same numbers as
/// `Article.sentenceNumber(containing:)`, which it asks for an offset no sentence holds.
struct SentenceCursor {
    /// The article's sentences.
    private let sentences: [Sentence]
    /// The article.
    private let article: Article
    /// The index of the sentence the last offset was in (or the one before it).
    private var index = 0

    /// Creates a cursor at the start of an article.
    init(_ article: Article) {
        self.article = article
        self.sentences = article.sentences
    }

    /// The 1-based number of the sentence containing `offset` (0 when none).
    mutating func number(containing offset: Int) -> Int {
        while index + 1 < sentences.count, sentences[index + 1].span.lower <= offset { index += 1 }
        if index < sentences.count, sentences[index].span.lower <= offset, offset < sentences[index].span.upper {
            return index + 1
        }
        return article.sentenceNumber(containing: offset)
    }
}
