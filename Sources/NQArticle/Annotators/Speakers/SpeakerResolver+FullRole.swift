import NQSource

/// "Clinton, the former secretary of state, … the former secretary of state talked about …":
/// a role with a complement ("secretary of state") stands for the person the article gave that
/// whole role, in apposition or before the name, though alone it could be anyone's.
extension SpeakerResolver {
    /// The hash of "of".
    static let of = CueLexicon.hash(Array("of".utf8))

    /// The person a description with a complement at `range` (from its "the") stands for: the one
    /// person given every word of the description after its "the", or of several the most
    /// salient, those favoured by `AttributionLimits.roleMatchWeight`, when that is one of them;
    /// nil when no one was given that role.
    func fullRoleHolder(of range: Range<Int>, previous: Int?) -> ReferenceTable.Reference? {
        let holders = fullRoleHolders(of: range)
        // One person given the whole role: that person, however salient others are.
        if holders.count == 1, let person = holders.first,
            let mention = lastMention(of: person, before: view.tokens[range.lowerBound].span.lower),
            let reference = table.references.last(where: { $0.mention == mention })
        {
            return reference
        }
        return mostSalient(of: holders, at: range, previous: previous)
    }

    /// The people named before the description at `range` whose apposition after the name
    /// opens with an article or possessive and then the description's words after its "the",
    /// in order ("Clinton, the former secretary of state,"), or who have those words before
    /// their name ("former Secretary of State Hillary Clinton").
    func fullRoleHolders(of range: Range<Int>) -> Set<Int> {
        let words = (range.lowerBound + 1)..<range.upperBound
        guard words.count >= 2 else { return [] }
        return peopleNamed(before: range) { reference, after in
            if repeatsRole(range, before: reference.token) { return true }
            let opener = after + 1
            guard view.isPunct(after, ","), opener + words.count < range.lowerBound,
                Self.articles.contains(view.hash(opener)) || view.isPossessive(opener)
            else { return false }
            return words.indices.allSatisfy { view.sameWord(opener + 1 + $0 - words.lowerBound, $0) }
        }
    }
}
