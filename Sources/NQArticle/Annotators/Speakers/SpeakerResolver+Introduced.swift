/// Someone a passage has just brought in: the person a sentence names as its subject right before
/// a quote ("Granit Xhaka was more measured. “…,” the Swiss midfielder said"), or someone only
/// described after a name ("A rescue worker, who …, said …. “…,” he said").
extension SpeakerResolver {
    /// Whether a person's mention starts at token `index`.
    func isPersonMention(at index: Int) -> Bool {
        guard let mention = layer.mention(overlapping: view.tokens[index].span) else { return false }
        return layer.mentions[mention].span.lower == view.tokens[index].span.lower
            && layer.entities[layer.mentions[mention].entity].type == .person
    }

    /// The person a sentence without quoted words brings in just before the sentence of token
    /// `token`, by a name opening it as its subject: "Granit Xhaka was more
    /// measured. “…,” the Swiss midfielder told reporters" — the passage has turned to Xhaka,
    /// whoever spoke last. The name may follow its party and role ("Samajwadi Party chief
    /// Akhilesh Yadav, whose party has 37 MPs, said") or stand in apposition to the role
    /// ("Britain's energy secretary, Ed Miliband, said").
    func introducedPerson(before token: Int) -> Set<Int> {
        let sentence = article.sentenceNumber(containing: view.tokens[token].span.lower)
        // The sentence before, in the same paragraph or ending the one before: the passage has
        // turned to the person ("Musa Bello said pensioners were left out. ¶ “…,” the
        // 71-year-old said").
        guard sentence >= 2, !holdsQuote(article.sentences[sentence - 2].span),
            article.paragraphNumber(ofSentence: sentence - 1) - article.paragraphNumber(ofSentence: sentence - 2) <= 1,
            let start = openingToken(of: sentence - 1, before: token)
        else { return [] }
        // "Samajwadi Party chief Akhilesh Yadav": past the party and role before the name.
        var first = start
        while first < token, first - start < AttributionLimits.describedPersonWords, !isPersonMention(at: first),
            view.isNameWord(first) || view.isLowerWord(first) && view.classes(first).contains(.role)
        {
            first += 1
        }
        var closing: Int?
        if !isPersonMention(at: first), let subject = openingSubject(of: sentence - 1, before: token),
            view.isPunct(subject.upperBound, ","),
            let close = appositiveNameEnd(after: subject.upperBound, limit: token)
        {
            first = subject.upperBound + 1
            closing = close
        }
        guard isPersonMention(at: first), let mention = layer.mention(overlapping: view.tokens[first].span) else {
            return []
        }
        let after = view.context.tokenIndex(atOrAfter: layer.mentions[mention].span.upper)
        var verb = closing.map { $0 + 1 } ?? after
        guard closing.map({ $0 == after }) ?? true else { return [] }
        // "Akhilesh Yadav, whose party has 37 MPs, said".
        if verb < token, view.isPunct(verb, ","), let close = relativeClauseEnd(after: verb, limit: token) {
            verb = close + 1
        }
        guard verb < view.count, ReferenceTable.isFiniteVerb(view, verb) else { return [] }
        // From the paragraph before, only someone reported as saying something ("Musa Bello
        // said"), not doing it ("De Blasio disbanded the unit").
        if article.paragraphNumber(ofSentence: sentence - 2) != article.paragraphNumber(ofSentence: sentence - 1),
            !view.classes(verb).contains(.speech)
        {
            return []
        }
        return [layer.mentions[mention].entity]
    }

    /// Whether a described person of the pronoun's gender, opening its sentence or the one
    /// before, is who the pronoun stands for rather than the person the reference names: the
    /// description's noun tells a gender, and the named person's gender is unknown or the
    /// description brings in someone new after the name ("The former mayor's wife, Amina,
    /// wept. … she told AFP", not Sheila Masinde quoted before).
    func outranks(_ described: Range<Int>, named: ReferenceTable.Reference) -> Bool {
        // "A rescue worker, who did not want to be named, said …. “…,” he said": someone new,
        // brought in after the name, whatever the noun tells.
        let introduced = PhraseReader.indefinites.contains(view.hash(described.lowerBound))
        if named.token < described.lowerBound, introduced { return true }
        // "A former engineer, who asked not to be named because she feared legal action, said":
        // a pronoun in the relative clause after the description is the described person's own.
        if introduced, named.pronoun, named.token > described.upperBound,
            let close = relativeClauseEnd(
                after: described.upperBound, limit: named.token + AttributionLimits.relativeClauseWords),
            named.token < close
        {
            return true
        }
        guard isGendered(headNoun(of: described)) else { return false }
        if table.genders[named.entity] == .unknown { return true }
        return named.token < described.lowerBound && described.contains { isOwner($0) }
    }
}
