import NQSource

/// "Her husband was more cautious. “…,” he said": a relative described by a possessive and a noun
/// of kin, named when the article names exactly one other person of the owner's family name who
/// can be that relative.
extension SpeakerResolver {
    /// "his" and "her", which can open a description of someone's relative ("Her husband").
    static let possessiveDeterminers = CueLexicon.hashes("his her")
    /// The hash of "his".
    static let his = CueLexicon.hash(Array("his".utf8))
    /// Nouns of kin who usually share a family name, and the gender each tells.
    static let kinGenders: [UInt64: Gender] = {
        var table: [UInt64: Gender] = [:]
        for word in "husband son father brother widower".split(separator: " ") {
            table[CueLexicon.hash(Array(word.utf8))] = .male
        }
        for word in "wife daughter mother sister widow".split(separator: " ") {
            table[CueLexicon.hash(Array(word.utf8))] = .female
        }
        return table
    }()

    /// Whether token `index` opens a description as its owner: a possessive ("Mkhize's") or
    /// "his" or "her".
    func isOwner(_ index: Int) -> Bool {
        view.isPossessive(index) || Self.possessiveDeterminers.contains(view.hash(index))
    }

    /// The person a two-word description of kin stands for ("Her husband", "Whelan's son"): the
    /// owner is the entity of the possessive name, or the person "his" or "her" stands for; the
    /// relative is the one other person of the article whose name ends in the owner's family name
    /// and whose gender, where known, is the noun's. Nil when the description is of another kind,
    /// the owner is no person, or no such relative or more than one is named.
    func relative(described: Range<Int>, previous: Int?) -> Int? {
        guard described.count == 2 else { return nil }
        let opener = described.lowerBound
        let noun = described.upperBound - 1
        guard view.isLowerWord(noun), let gender = Self.kinGenders[view.hash(noun)] else { return nil }
        let owner: Int
        if view.isPossessive(opener) {
            guard let mention = layer.mention(overlapping: view.span(opener..<(opener + 1))) else { return nil }
            owner = layer.mentions[mention].entity
        } else if Self.possessiveDeterminers.contains(view.hash(opener)) {
            let kind: PronounKind = view.hash(opener) == Self.his ? .masculine : .feminine
            guard let (found, _) = antecedent(of: opener, kind: kind, previous: previous) else { return nil }
            owner = found.entity
        } else {
            return nil
        }
        let entities = layer.entities
        guard entities[owner].type == .person, let family = NameWords.last(of: entities[owner].name),
            entities[owner].name.contains(" ")
        else { return nil }
        var found: Int?
        for index in entities.indices where index != owner && entities[index].type == .person {
            guard NameWords.isLastOfSeveral(Substring(family), in: entities[index].name),
                table.genders[index] == .unknown || table.genders[index] == gender
            else { continue }
            if found != nil { return nil }
            found = index
        }
        return found
    }
}
