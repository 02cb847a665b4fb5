import NQArticle

extension Evaluator {
    /// Notes on a query's `speaker = NAME` when the name fits several people of the corpus
    /// ("Trump": Donald, Eric and Ivanka Trump): every one of them is matched, and the note says
    /// which and how to pick one, so that people are never mixed silently.
    public func speakerNotes(_ plan: Plan) -> [String] {
        guard plan.collection.name == "quotes", let names = indexableNames(plan) else { return [] }
        var notes: [String] = []
        for name in names {
            let matched = corpus.speakerIdentities(named: name)
            // A full name that one of them is shown under picks that one, and says nothing.
            guard matched.count > 1,
                !(name.contains(" ") && matched.contains(where: { $0.name.lowercased() == name.lowercased() }))
            else { continue }
            let shown = matched.prefix(5).map { "\($0.name) (\(corpus.quoteCount(ofIdentity: $0.id)))" }
            let more = matched.count > 5 ? " and \(matched.count - 5) more" : ""
            notes.append(
                "note: '\(name)' fits \(matched.count) speakers, all matched: \(shown.joined(separator: ", "))\(more);"
                    + " for one, write speaker = \"\(matched[0].name)\" or speaker_id = \"\(matched[0].id)\"")
        }
        return notes
    }
}
