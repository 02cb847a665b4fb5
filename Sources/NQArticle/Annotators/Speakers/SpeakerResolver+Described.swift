/// "It" after an organisation the article only describes: "The finance ministry welcomed the
/// decision. “…,” it said" — the ministry speaks, not the last organisation named before it.
extension SpeakerResolver {
    /// The description of an organisation that opens the sentence of the pronoun at `token` or
    /// the sentence before ("The finance ministry", "Israel's military"), outside quoted words, as
    /// tokens; nil when neither sentence opens with one.
    func describedOrganization(before token: Int) -> Range<Int>? {
        guard view.hash(token) == SpeakerAttributor.it else { return nil }
        let sentence = article.sentenceNumber(containing: view.tokens[token].span.lower)
        for number in [sentence, sentence - 1] where number >= 1 {
            let start = view.context.tokenIndex(atOrAfter: article.sentences[number - 1].span.lower)
            guard start < token, !isQuoted(view.tokens[start].span.lower),
                let owner = possessiveOpener(at: start, limit: token) ?? (isDefiniteArticle(start) ? start : nil)
            else { continue }
            var head = owner + 1
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

    /// The possessive token ending a name that opens at `start` ("Israel's", "Jan Varga's"), if
    /// the name has at most three words and ends before `limit`.
    func possessiveOpener(at start: Int, limit: Int) -> Int? {
        var index = start
        while index < limit, index - start < 3, view.isWord(index), view.tokens[index].isCapitalized {
            if view.isPossessive(index) { return index }
            index += 1
        }
        return nil
    }

    /// What "it" stands for when it follows the organisation described at `range`: the entity
    /// the description stands for, else the description as written.
    func describedAntecedent(_ range: Range<Int>, previous: Int?) -> Outcome {
        // "Trump's campaign": the name a possessive opener gives, which the description may speak for.
        let name = possessiveOpener(at: range.lowerBound, limit: range.upperBound).map { range.lowerBound..<($0 + 1) }
        let outcome = description(SpeakerPhrase(range: range, kind: .description, name: name), previous: previous)
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
