/// "It" after an organisation the article only describes: "The finance ministry welcomed the
/// decision. “…,” it said" — the ministry speaks, not the last organisation named before it.
extension SpeakerResolver {
    /// The description of an organisation that opens the sentence of the pronoun at `token` or
    /// the sentence before ("The finance ministry", "The company"), outside quoted words, as
    /// tokens; nil when neither sentence opens with one.
    func describedOrganization(before token: Int) -> Range<Int>? {
        guard view.hash(token) == SpeakerAttributor.it else { return nil }
        let sentence = article.sentenceNumber(containing: view.tokens[token].span.lower)
        for number in [sentence, sentence - 1] where number >= 1 {
            let start = view.context.tokenIndex(atOrAfter: article.sentences[number - 1].span.lower)
            guard start < token, isDefiniteArticle(start), !isQuoted(view.tokens[start].span.lower) else { continue }
            var head = start + 1
            // "The finance ministry", "The opposition Azimio coalition".
            while head < token, head - start <= AttributionLimits.describedOrganizationWords, view.isWord(head),
                !view.isLowerWord(head) || !view.classes(head).contains(.organizationHead)
            {
                head += 1
            }
            // The head noun, then the verb of the sentence ("The ministry welcomed").
            guard head + 1 < token, view.isLowerWord(head), view.classes(head).contains(.organizationHead),
                view.isLowerWord(head + 1), !view.opensComplement(head + 1)
            else { continue }
            return start..<(head + 1)
        }
        return nil
    }

    /// What "it" stands for when it follows the organisation described at `range`: the entity
    /// the description stands for, else the description as written.
    func describedAntecedent(_ range: Range<Int>, previous: Int?) -> Outcome {
        let outcome = description(SpeakerPhrase(range: range, kind: .description), previous: previous)
        let text = outcome.entity == nil ? lowercasingDeterminer(view.string(range), at: range.lowerBound) : nil
        return Outcome(
            entity: outcome.entity, antecedent: view.span(range), text: text, resolution: .pronoun,
            certainty: AttributionLimits.describedOrganizationCertainty)
    }

    /// Whether the byte at `offset` stands inside quoted words.
    func isQuoted(_ offset: Int) -> Bool {
        var low = 0
        var high = quoted.count
        while low < high {
            let middle = (low + high) / 2
            if quoted[middle].upper <= offset { low = middle + 1 } else { high = middle }
        }
        return low < quoted.count && quoted[low].lower <= offset
    }
}
