import NQSource

/// "Asked what she would do next, Mbeki laughed": a he or she in a clause that opens its
/// sentence stands for the person the main clause then names as its subject.
extension SpeakerResolver {
    /// Words after an opening participle that make it a clause of its own: "Asked what …",
    /// "Asked whether …" (besides the prepositions of "Asked about …").
    static let participleQuestions = CueLexicon.hashes("what whether if why how when where who which")

    /// The mention of the person the subject pronoun at `token` looks ahead to: the pronoun
    /// stands in a clause opening its sentence (number `number`, from 1), and the first words
    /// after the comma closing that clause name a person whose gender agrees with a pronoun of
    /// `kind`. Nil otherwise.
    func cataphor(_ token: Int, kind: PronounKind, sentence number: Int) -> Int? {
        guard kind == .masculine || kind == .feminine,
            ReferenceTable.inOpeningClause(view, token: token, first: sentenceStart(number).token)
        else { return nil }
        let sentence = article.sentences[number - 1].span
        var comma = token + 1
        while comma < view.count, comma - token <= AttributionLimits.describedPersonWords, !view.isPunct(comma, ",") {
            guard view.tokens[comma].span.upper <= sentence.upper, view.tokens[comma].kind != .quote else { return nil }
            comma += 1
        }
        guard comma + 1 < view.count, view.isPunct(comma, ","), view.tokens[comma + 1].isCapitalized,
            let mention = layer.mention(overlapping: view.tokens[comma + 1].span),
            layer.mentions[mention].span.lower == view.tokens[comma + 1].span.lower,
            layer.entities[layer.mentions[mention].entity].type == .person,
            table.genders[layer.mentions[mention].entity].agrees(with: kind == .masculine ? .male : .female)
        else { return nil }
        return mention
    }
}
