import NQSource

extension SpeakerResolver {
    /// Links every "he" and "she" outside quoted words to the entity it stands for, in text
    /// order, and adds it to the reference table as a subject mention of that entity: a reader
    /// follows a person through "Jane Doe … She … she …" even when another woman is named in
    /// between, and a later pronoun continues the chain rather than the nearest name. `candidates`
    /// are the tokens that may be such pronouns, in order (every one that is).
    mutating func chainPronouns(quoted: [SourceSpan], among candidates: [Int]) {
        let names = table.references
        guard !names.isEmpty else { return }
        table.references = []
        table.references.reserveCapacity(names.count * 2)
        var next = 0
        var quote = 0
        for token in candidates where isSubjectPronoun(token) {
            let offset = view.tokens[token].span.lower
            while quote < quoted.count, quoted[quote].upper <= offset { quote += 1 }
            if quote < quoted.count, quoted[quote].lower <= offset { continue }
            while next < names.count, names[next].offset < offset {
                table.references.append(names[next])
                next += 1
            }
            let sentence = sentenceNumber(ofToken: token)
            guard sentence > 0 else { continue }
            let kind = PronounKind(view, token)
            // "Asked what she would do next, Mbeki laughed": the person the main clause names.
            if let mention = cataphor(token, kind: kind, sentence: sentence) {
                let entity = layer.mentions[mention].entity
                table.references.append(
                    ReferenceTable.Reference(
                        mention: mention, offset: offset, pronoun: true, entity: entity, token: token,
                        end: token + 1, sentence: sentence, quoted: false, subject: true, mainSubject: false,
                        possessive: false))
                continue
            }
            let named = antecedent(of: token, kind: kind, previous: nil)
            // "Walz approaches it calmly. She said …": no one named agrees, so the person named
            // just before, whose gender rested only on the usual gender of the given name.
            guard case (var found, let certainty)? = named ?? againstGivenName(token, kind: kind, previous: nil)
            else { continue }
            if named == nil { table.overrule(kind == .masculine ? .male : .female, for: found.entity) }
            var sure = certainty >= AttributionLimits.chainCertainty
            if let described = describedPerson(before: token, kind: kind) {
                // "The new mayor takes office …. She has promised": the person the description
                // names, after another's name.
                if let person = describedNamedPerson(described, kind: kind, previous: nil),
                    describedNameOutranks(person, described: described, named: found),
                    let mention = lastMention(of: person, before: offset)
                {
                    found.entity = person
                    found.mention = mention
                    sure = true
                } else if outranks(described, named: found) {
                    // "Mkhize's wife, May, wept. … she told reporters": the described woman, not a
                    // person named earlier whose gender is unknown or who came before her.
                    continue
                }
            }
            guard sure else { continue }
            if certainty >= AttributionLimits.learnGenderCertainty {
                table.learn(kind == .masculine ? .male : .female, for: found.entity)
            }
            table.references.append(
                ReferenceTable.Reference(
                    mention: found.mention, offset: offset, pronoun: true, entity: found.entity, token: token,
                    end: token + 1, sentence: sentence, quoted: false, subject: true, mainSubject: true,
                    possessive: false))
        }
        table.references.append(contentsOf: names[next...])
    }

    /// Learns the gender of a person the article names only by surname from a "himself" or
    /// "herself" later in the sentence whose main subject the person is, with no other name in
    /// between: "Cruz openly admitted that he himself had picked the team". `candidates` are the
    /// tokens that may be "himself" or "herself", in order (every one that is).
    mutating func learnGendersFromPossessives(quoted: [SourceSpan], among candidates: [Int]) {
        let references = table.references
        var next = 0
        var quote = 0
        for token in candidates {
            guard let gender = reflexiveOrPossessiveGender(token) else { continue }
            let offset = view.tokens[token].span.lower
            while quote < quoted.count, quoted[quote].upper <= offset { quote += 1 }
            if quote < quoted.count, quoted[quote].lower <= offset { continue }
            while next < references.count, references[next].offset < offset { next += 1 }
            guard next > 0 else { continue }
            let nearest = references[next - 1]
            guard nearest.mainSubject, !nearest.quoted, !nearest.pronoun, !nearest.possessive,
                nearest.sentence == article.sentenceNumber(containing: offset),
                layer.entities[nearest.entity].type == .person, table.genders[nearest.entity] == .unknown
            else { continue }
            table.learn(gender, for: nearest.entity)
        }
    }

    /// The gender "himself" or "herself" at token `token` tells (lower case only); "his" is left out,
    /// as it as often belongs to someone else the sentence names ("Khan spoke of his son").
    func reflexiveOrPossessiveGender(_ token: Int) -> Gender? {
        guard view.isLowerWord(token), view.tokens[token].span.length == 7 else { return nil }
        switch view.hash(token) {
        case Self.himself: return .male
        case Self.herself: return .female
        default: return nil
        }
    }

    /// The hashes of "himself" and "herself".
    static let himself = CueLexicon.hash(Array("himself".utf8))
    static let herself = CueLexicon.hash(Array("herself".utf8))

    /// Whether token `token` is "he" or "she" (any case), or their contractions ("he's",
    /// "she'd"), the pronouns that stand for a subject.
    @inline(__always)
    func isSubjectPronoun(_ token: Int) -> Bool {
        let span = view.tokens[token].span
        guard view.tokens[token].kind == .word, span.length >= 2, span.length <= 8 else { return false }
        // Every one starts with "he" or "sh" (any case): other words need no hash.
        let bytes = view.bytes
        let first = bytes[span.lower] | 0x20
        let second = bytes[span.lower + 1] | 0x20
        guard
            first == UInt8(ascii: "h") && second == UInt8(ascii: "e")
                || first == UInt8(ascii: "s") && second == UInt8(ascii: "h")
        else { return false }
        return Self.subjectPronouns.contains(view.hash(token))
    }

    /// The hashes of the subject pronouns a chain follows.
    static let subjectPronouns = CueLexicon.hashes("he she he's he'd he'll she's she'd she'll")
}
