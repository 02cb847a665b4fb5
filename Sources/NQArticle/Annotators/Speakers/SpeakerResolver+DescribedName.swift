import NQSource

/// "Deborah Harcourt was elected mayor …. The new mayor takes office on January 2. She has
/// promised …": a pronoun after a description that names a person stands for that person.
extension SpeakerResolver {
    /// The person the description `described` (opening the pronoun's sentence or the one before)
    /// stands for, as a speaker's description would ("the new mayor" → the person the article
    /// made mayor), when that person can be what a pronoun of `kind` refers to; nil when the
    /// description names no one or another kind of entity.
    func describedNamedPerson(_ described: Range<Int>, kind: PronounKind, previous: Int?) -> Int? {
        guard kind == .masculine || kind == .feminine,
            let phrase = PhraseReader(view: view).description(
                endingAt: described.upperBound - 1, floor: described.lowerBound),
            phrase.range == described
        else { return nil }
        // The one person the article gave the description's role ("Jane Doe was elected mayor"),
        // however salient others are: the description opens the sentence, a subject the pronoun
        // continues.
        let head = headNoun(of: described)
        let holders = phrase.name == nil && view.isLowerWord(head) ? roleHolders(of: head, in: described) : []
        guard let entity = holders.count == 1 ? holders.first : description(phrase, previous: previous).entity,
            layer.entities[entity].type == .person,
            table.genders[entity].agrees(with: kind == .masculine ? .male : .female)
        else { return nil }
        return entity
    }

    /// Whether the person a description names outranks the one a pronoun's salience found: the
    /// description comes after that name, and is someone else.
    func describedNameOutranks(_ person: Int, described: Range<Int>, named: ReferenceTable.Reference?) -> Bool {
        guard let named else { return true }
        return named.entity != person && named.token < described.lowerBound
    }

    /// The last mention of entity `entity` that starts before UTF-8 offset `offset`.
    func lastMention(of entity: Int, before offset: Int) -> Int? {
        var low = 0
        var high = layer.mentions.count
        while low < high {
            let mid = (low + high) / 2
            if layer.mentions[mid].span.lower < offset { low = mid + 1 } else { high = mid }
        }
        return layer.mentions[..<low].lastIndex { $0.entity == entity }
    }
}
