import NQSource

/// "Deborah Harcourt was elected mayor of Millbrook …. “…,” the new mayor said": a role the
/// article gave a person with a verb after the name stands for that person later, as one given
/// in apposition does.
extension SpeakerResolver {
    /// Words between a name and the verb giving it a role: "was", "has been", "will be".
    static let roleAuxiliaries = CueLexicon.hashes("was is has had have been be will would")
    /// The copulas, after which the role follows at once with its article: "is the mayor".
    static let roleCopulas = CueLexicon.hashes("was is")
    /// Verbs that give the person before them the role after them: "was elected mayor", "became
    /// chair", "was named chief executive", "was sworn in as president".
    static let roleVerbs = CueLexicon.hashes("elected re-elected named appointed chosen became becomes sworn promoted")
    /// Words between such a verb and the role: "sworn in as", "promoted to".
    static let roleParticles = CueLexicon.hashes("in as to")

    /// Whether the words after a name, from token `after`, give the name the role at `head` as a
    /// predicate ("was elected mayor of …", "became the group's chair", "is the mayor"), the role
    /// within `AttributionLimits.appositionWords` words and before a complement, ending before
    /// token `limit`.
    func predicate(after: Int, holds head: Int, before limit: Int) -> Bool {
        var index = after
        var copula = false
        while index < limit, index - after < 3, view.isLowerWord(index),
            Self.roleAuxiliaries.contains(view.hash(index))
        {
            copula = Self.roleCopulas.contains(view.hash(index))
            index += 1
        }
        guard index < limit, view.isLowerWord(index) else { return false }
        if Self.roleVerbs.contains(view.hash(index)) {
            index += 1
            while index < limit, index - after < 6, view.isLowerWord(index),
                Self.roleParticles.contains(view.hash(index))
            {
                index += 1
            }
        } else if !(copula && index == after + 1 && Self.articles.contains(view.hash(index))) {
            return false
        }
        let opener = index
        while index < limit, index - opener <= AttributionLimits.appositionWords,
            view.isWord(index) || view.tokens[index].kind == .number || view.isPunct(index, "-")
        {
            if view.opensComplement(index) || view.classes(index).contains(.relativePronoun) { return false }
            if view.sameWord(index, head) { return describesOnePerson(head) }
            index += 1
        }
        return false
    }
}
