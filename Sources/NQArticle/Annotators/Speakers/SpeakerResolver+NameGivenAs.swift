import NQSource

/// "“…,” said the farmer, who gave his name only as Ahmed", "an academic named Eric Kingson": a
/// description followed by the name its person gave stands for that name.
extension SpeakerResolver {
    /// Words just before "as" that say a name is given ("gave his name only as", "identified
    /// only as", "named only as", "known only as").
    static let nameGivingWords = CueLexicon.hashes("name identified named known")
    /// The word between a description and the name of its person ("an academic named Eric
    /// Kingson"; not "called", which also says what one calls another).
    static let namingWords = CueLexicon.hashes("named")

    /// The person a description at `range` names with a clause after it giving the name: a
    /// comma, then within `AttributionLimits.nameGivenWords` words "name … as", "identified …
    /// as" or "known … as", then a person's mention, or capitalised words taken as written; nil
    /// when none follows.
    func nameGiven(after range: Range<Int>) -> Outcome? {
        // "a 70-year-old academic named Eric Kingson": the person named right after "named".
        let next = range.upperBound
        if next + 1 < view.count, view.isLowerWord(next), Self.namingWords.contains(view.hash(next)),
            let mention = layer.mention(overlapping: view.tokens[next + 1].span),
            layer.mentions[mention].span.lower == view.tokens[next + 1].span.lower,
            layer.entities[layer.mentions[mention].entity].type == .person
        {
            return Outcome(
                entity: layer.mentions[mention].entity, antecedent: layer.mentions[mention].span,
                resolution: .namedDescription, certainty: AttributionLimits.appositionCertainty)
        }
        let comma = range.upperBound
        guard comma + 2 < view.count, view.isPunct(comma, ",") else { return nil }
        var index = comma + 1
        var giving = false
        while index < view.count, index - comma <= AttributionLimits.nameGivenWords, view.isLowerWord(index) {
            let hash = view.hash(index)
            if hash == SpeakerAttributor.as {
                let first = index + 1
                guard giving, first < view.count, view.isWord(first), view.tokens[first].isCapitalized else {
                    return nil
                }
                if let mention = layer.mention(overlapping: view.tokens[first].span),
                    layer.mentions[mention].span.lower == view.tokens[first].span.lower,
                    layer.entities[layer.mentions[mention].entity].type == .person
                {
                    return Outcome(
                        entity: layer.mentions[mention].entity, antecedent: layer.mentions[mention].span,
                        resolution: .namedDescription, certainty: AttributionLimits.appositionCertainty)
                }
                // A name no list knows ("Amina"): as written, up to three capitalised words.
                var last = first
                while last + 1 < view.count, last + 1 - first < 3, view.isWord(last + 1),
                    view.tokens[last + 1].isCapitalized
                {
                    last += 1
                }
                return Outcome(
                    antecedent: view.span(first..<(last + 1)), text: view.string(first..<(last + 1)),
                    resolution: .namedDescription, certainty: AttributionLimits.appositionCertainty)
            }
            if Self.nameGivingWords.contains(hash) { giving = true }
            index += 1
        }
        return nil
    }
}
