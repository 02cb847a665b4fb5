/// "Evelyn Matthei, a former mayor of Providencia, … “…,” the former mayor said": a role the
/// article gave a person in apposition stands for that person later, as a title does.
extension SpeakerResolver {
    /// The person the description at `range` stands for when people named before it were given
    /// its role by an apposition ("Name, a former mayor of …", "Name, the group's founder") or by
    /// the words before their name ("Greens leader Adam Bandt") or a verb after it ("Jane Doe was
    /// elected mayor"): the most salient person, those
    /// with the role favoured by `AttributionLimits.roleMatchWeight`, when that is one of them.
    func roleHolder(of head: Int, in range: Range<Int>, previous: Int?) -> ReferenceTable.Reference? {
        mostSalient(of: roleHolders(of: head, in: range), at: range, previous: previous)
    }

    /// The most salient person at the description at `range`, `holders` favoured by
    /// `AttributionLimits.roleMatchWeight`, when that is one of `holders`.
    func mostSalient(of holders: Set<Int>, at range: Range<Int>, previous: Int?) -> ReferenceTable.Reference? {
        guard !holders.isEmpty,
            let (found, _) = antecedent(
                of: range.lowerBound, kind: .person, previous: previous, excluding: [], favouring: holders),
            holders.contains(found.entity)
        else { return nil }
        return found
    }

    /// The people named before the description at `range`, within the references a description
    /// reaches (a role given once holds for the article), given its role by an apposition or by
    /// the words before their name.
    func roleHolders(of head: Int, in range: Range<Int>) -> Set<Int> {
        guard view.isWord(head), !view.isPlural(head) else { return [] }
        return peopleNamed(before: range) { reference, after in
            apposition(after: after, holds: head, before: range.lowerBound)
                || repeatsRole(range, before: reference.token) || apposition(before: reference.token, holds: head)
                || predicate(after: after, holds: head, before: range.lowerBound)
        }
    }

    /// The people named by name (not by pronoun, nor in quoted words) in the references a
    /// description at `range` reaches, for whom `given` holds: it is asked with the reference
    /// and the token after the name, which stands at least two tokens before the description
    /// (not the description itself after a name: "Mika Brzezinski, the candidate said").
    func peopleNamed(
        before range: Range<Int>, where given: (ReferenceTable.Reference, Int) -> Bool
    ) -> Set<Int> {
        var holders = Set<Int>()
        let offset = view.tokens[range.lowerBound].span.lower
        var index = table.firstReference(atOrAfter: offset) - 1
        let floor = max(-1, index - AttributionLimits.referenceReach)
        while index > floor {
            let reference = table.references[index]
            index -= 1
            if reference.sentence == 0 || reference.quoted || reference.pronoun { continue }
            guard layer.entities[reference.entity].type == .person else { continue }
            let after = reference.end
            guard after + 1 < range.lowerBound else { continue }
            if given(reference, after) { holders.insert(reference.entity) }
        }
        return holders
    }

    /// Whether a description ending in a comma stands just before the name at token `name` ("The
    /// vice-chancellor, Professor Jane Doe,", "The party's leader, Jane Doe,"), past titles
    /// before the name, its words from its "the", "a" or possessive to its first complement
    /// holding the word at `head`, a noun of a person.
    func apposition(before name: Int, holds head: Int) -> Bool {
        var comma = name - 1
        while comma >= 0, name - comma <= 2, view.isWord(comma), view.classes(comma).contains(.honorific) { comma -= 1 }
        guard comma >= 1, view.isPunct(comma, ",") else { return false }
        var opener = comma - 1
        while opener >= 0, comma - opener <= AttributionLimits.appositionWords, view.isWord(opener),
            !Self.articles.contains(view.hash(opener)), !view.isPossessive(opener)
        {
            opener -= 1
        }
        // Not a phrase a preposition opens: "According to the statement, Doe met …".
        guard opener >= 0, comma - opener <= AttributionLimits.appositionWords, view.isWord(opener),
            opener == 0 || !view.opensComplement(opener - 1), describesOnePerson(head)
        else {
            return false
        }
        for index in (opener + 1)..<comma {
            if view.opensComplement(index) || view.classes(index).contains(.relativePronoun) { return false }
            if view.sameWord(index, head) { return true }
        }
        return false
    }

    /// Whether the description at `range` ("the Greens leader", "the opposition leader") is, but
    /// for its "the", the words just before the name at token `name` ("Greens leader Adam Bandt"):
    /// two words at least, since one ("the actor") fits too many.
    func repeatsRole(_ range: Range<Int>, before name: Int) -> Bool {
        let words = range.count - 1
        guard words >= 2, name - words >= 0 else { return false }
        return (0..<words).allSatisfy { offset in
            let described = range.lowerBound + 1 + offset
            let written = name - words + offset
            return view.isWord(written) && view.sameWord(described, written)
        }
    }

    /// Whether the words after a name, from token `after`, are an apposition (", a …", ", the
    /// …", ", Chile's …") whose words before its first complement, comma or stop hold the word
    /// at `head`, ending before token `limit`.
    func apposition(after: Int, holds head: Int, before limit: Int) -> Bool {
        guard after + 1 < view.count, view.isPunct(after, ","), view.isWord(after + 1) else { return false }
        let opener = after + 1
        let opensDescription =
            Self.articles.contains(view.hash(opener)) || view.tokens[opener].isCapitalized && view.isPossessive(opener)
        guard opensDescription else { return false }
        var index = opener + 1
        // Past an age or a number ("Jane Doe, a 45-year-old taxi driver").
        while index < limit, index - opener <= AttributionLimits.appositionWords,
            view.isWord(index) || view.tokens[index].kind == .number || view.isPunct(index, "-")
        {
            if view.opensComplement(index) || view.classes(index).contains(.relativePronoun) { return false }
            if view.sameWord(index, head) { return true }
            index += 1
        }
        return false
    }
}

/// "A diplomat in Hanoi, who declined to be identified, said … “…,” the diplomat said": a
/// definite description repeating the head of an indefinite one just before stands for the
/// same unnamed someone, not for the most salient person named.
extension SpeakerResolver {
    /// The indefinite description ("a diplomat in Hanoi", "an aide") whose head word the
    /// description with head `head` at `range` repeats, outside quoted words, in its sentence or
    /// the `AttributionLimits.indefiniteSentences` before; as tokens from its determiner to its
    /// head.
    func indefiniteAntecedent(of head: Int, in range: Range<Int>) -> Range<Int>? {
        guard view.isLowerWord(head) else { return nil }
        let offset = view.tokens[range.lowerBound].span.lower
        let sentence = article.sentenceNumber(containing: offset)
        // A token's sentence number falls behind too far exactly when it starts before the
        // earliest sentence reached: one offset, not a search of the sentences for each token.
        let earliest = sentence - AttributionLimits.indefiniteSentences
        let floor = earliest >= 1 ? article.sentences[earliest - 1].span.lower : Int.min
        var index = range.lowerBound - 1
        while index >= 0 {
            let lower = view.tokens[index].span.lower
            if lower < floor { break }
            if view.isLowerWord(index), view.sameWord(index, head), !isQuoted(lower),
                let determiner = indefiniteDeterminer(before: index)
            {
                return determiner..<(index + 1)
            }
            index -= 1
        }
        return nil
    }

    /// The hashes of "a", "an", "another" and "one" ("One cabinet minister said … the minister
    /// said").
    static let indefinites: WordHashes = CueLexicon.hashes("a an another one")

    /// The "a", "an", "another" or "one" opening the noun phrase whose head is at `head`, across at most
    /// three lower-case words between them ("a senior Western diplomat").
    func indefiniteDeterminer(before head: Int) -> Int? {
        var index = head - 1
        while index >= 0, head - index <= 4, view.isWord(index) {
            if Self.indefinites.contains(view.hash(index)) { return index }
            guard view.isLowerWord(index) || view.tokens[index].isCapitalized && !view.isPossessive(index) else {
                return nil
            }
            index -= 1
        }
        return nil
    }
}
