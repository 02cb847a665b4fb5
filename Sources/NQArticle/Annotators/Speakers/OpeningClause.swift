import NQSource

/// `ReferenceTable.inOpeningClause` for the tokens of one sentence, asked of each mention in it:
/// what the sentence's first word tells is read once, and the commas after it are looked for
/// once, not again for every mention.
struct OpeningClause {
    /// The tokens.
    private let view: TokenView
    /// The sentence's first word (the first word token at or after its start).
    private let first: Int
    /// Whether the first word ends in -ing or is a subordinating word ("Noting that", "When").
    private let opener: Bool
    /// Whether the first word ends in -ed and the word after it is a preposition ("Dismayed
    /// by"): a participle, when that word comes before the token asked about.
    private let participle: Bool
    /// Whether the first word is a preposition that opens a phrase before the subject ("At").
    private let preposition: Bool
    /// The first comma after the first word, once found.
    private var comma: Int?
    /// How far the search for that comma has gone.
    private var searched: Int

    /// Reads the first word of the sentence at `sentence`; `token` is a token of the sentence,
    /// or the first after its start: its first token is found stepping back from there (the
    /// few tokens before a name) rather than searched for in all of the article's.
    init(_ view: TokenView, sentence: SourceSpan, from token: Int) {
        self.view = view
        var first = token
        if first < view.count, view.tokens[first].span.lower < sentence.lower {
            // A token before the sentence: searched for after all.
            first = view.context.tokenIndex(atOrAfter: sentence.lower)
        }
        while first > 0, view.tokens[first - 1].span.lower >= sentence.lower { first -= 1 }
        while first < view.count, !view.isWord(first) { first += 1 }
        self.first = first
        self.searched = first
        guard first < view.count else {
            (opener, participle, preposition) = (false, false, false)
            return
        }
        let span = view.tokens[first].span
        let ing = span.length > 4 && WordHashSet.hasSuffix(view.bytes, span, "ing")
        opener = ing || view.classes(first).contains(.subordinator)
        participle =
            span.length > 4 && WordHashSet.hasSuffix(view.bytes, span, "ed") && first + 1 < view.count
            && (SpeakerAttributor.objectPrepositions.contains(view.hash(first + 1))
                || SpeakerResolver.participleQuestions.contains(view.hash(first + 1)))
        preposition = ReferenceTable.openingPrepositions.contains(view.hash(first))
    }

    /// Whether token `token` stands in a clause that opens the sentence: the answer of
    /// `ReferenceTable.inOpeningClause(view, token: token, sentence: sentence)`.
    mutating func contains(_ token: Int) -> Bool {
        guard first < token else { return false }
        guard opener || participle && first + 1 < token || preposition && ReferenceTable.endsInComma(view, after: token)
        else { return false }
        return !hasComma(before: token)
    }

    /// Whether a comma stands between the first word and token `token`.
    private mutating func hasComma(before token: Int) -> Bool {
        if let comma { return comma < token }
        while searched < token {
            if view.isPunct(searched, ",") {
                comma = searched
                return true
            }
            searched += 1
        }
        return false
    }
}
