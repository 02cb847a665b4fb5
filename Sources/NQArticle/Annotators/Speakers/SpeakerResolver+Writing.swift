import NQSource

extension SpeakerResolver {
    /// Whether the cue at token `cue` reports written words no one says: "read" or "reads" with a
    /// noun for something written on (a sign, a placard, a banner) in its sentence outside the
    /// quote at `quote` ("A sign on the door read: “…”", "“…,” read a banner").
    func isWriting(cue: Int, quote: SourceSpan) -> Bool {
        guard cue < view.count, view.isLowerWord(cue), Self.readForms.contains(view.hash(cue)) else { return false }
        let number = sentenceNumber(ofToken: cue)
        guard number > 0 else { return false }
        let sentence = article.sentences[number - 1].span
        let first = max(sentenceStart(number).token, cue - AttributionLimits.writingReach)
        var index = first
        while index < view.count, index <= cue + AttributionLimits.writingReach,
            view.tokens[index].span.lower < sentence.upper
        {
            let offset = view.tokens[index].span.lower
            if (offset < quote.lower || offset >= quote.upper), view.isLowerWord(index),
                Self.writtenOn.contains(view.hash(index))
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// The hashes of "read" and "reads".
    static let readForms = CueLexicon.hashes("read reads")

    /// The hashes of nouns for things words are written on, which "read" them.
    static let writtenOn = CueLexicon.hashes(
        """
        sign signs placard placards banner banners poster posters tarpaulin tarpaulins billboard billboards
        notice notices graffiti inscription inscriptions plaque plaques label labels caption captions
        headline headlines slogan slogans t-shirt t-shirts shirt shirts sticker stickers board boards
        screen screens
        """)
}
