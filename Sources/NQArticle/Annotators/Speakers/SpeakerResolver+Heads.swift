/// What a description's head noun stands for: an organisation whose name holds it or one of its
/// kind ("the department", "the agency"), a person whose title holds it ("the senator"), or the
/// leader of the organisation it names ("the UN chief").
extension SpeakerResolver {
    /// The entity a description's head noun at token `head` stands for: the latest organisation
    /// whose name holds the noun, or for a person noun ("the senator") the latest person whose
    /// title holds it.
    func entityForHead(_ head: Int, in range: Range<Int>) -> ReferenceTable.Reference? {
        let word = view.string(head..<(head + 1)).lowercased()
        let isOrganization = view.classes(head).contains(.organizationHead)
        let isPerson = view.classes(head).contains(.personHead)
        guard isOrganization || isPerson else { return nil }
        let offset = view.tokens[range.lowerBound].span.lower
        let sentence = article.sentenceNumber(containing: offset)
        let demonym = isPerson ? demonymModifier(in: range.lowerBound..<head) : nil
        // "the UN chief": the person the organisation named in the description heads.
        let affiliation = isPerson && demonym == nil ? affiliationModifier(in: range.lowerBound..<head) : nil
        let leads = SpeakerWords.leaderHeads.contains(word)
        // "the chief minister" is no "Finance Minister": the office's qualifiers must agree.
        var qualifiers = (range.lowerBound..<head).compactMap { index -> String? in
            guard view.isLowerWord(index) else { return nil }
            let qualifier = view.string(index..<(index + 1)).lowercased()
            return SpeakerWords.officeQualifiers.contains(qualifier) ? qualifier : nil
        }
        // "the minister of transport" is no "Minister of Health": the words of an "of" complement
        // too (not "the senator from Vermont", whose title names no state).
        if head + 2 < range.upperBound, view.isLowerWord(head + 1), view.hash(head + 1) == Self.of {
            qualifiers += ((head + 2)..<range.upperBound).filter { view.isWord($0) }.map {
                view.string($0..<($0 + 1)).lowercased()
            }
        }
        var index = table.firstReference(atOrAfter: offset) - 1
        let floor = max(-1, index - AttributionLimits.referenceReach)
        while index > floor {
            let reference = table.references[index]
            index -= 1
            if reference.sentence == 0 || reference.quoted { continue }
            if sentence - reference.sentence > AttributionLimits.descriptionSentences { break }
            let entity = layer.entities[reference.entity]
            // "the Turkish president" is not the president whose title names no country.
            if let demonym, !(entity.title?.contains(demonym) ?? false) { continue }
            if isOrganization, entity.type == .organization, Self.organization(entity.name, isA: word) {
                return reference
            }
            if let affiliation, entity.type == .person,
                entity.affiliation.map({ $0 == affiliation.name || affiliation.aliases.contains($0) }) ?? false,
                leads || entity.title.map({ Self.title($0, holds: word) }) ?? false
            {
                return reference
            }
            if isPerson, entity.type == .person, entity.title.map({ Self.title($0, holds: word) }) ?? false,
                qualifiers.allSatisfy({ entity.title?.lowercased().contains($0) ?? false })
            {
                return reference
            }
        }
        return nil
    }

    /// The business "the company" or "the carmaker" at `token` stands for when no organisation's
    /// name holds its head, when the choice is sure enough: the most salient organisation before
    /// it that is a listed company, or else no listed organisation, no acronym, with no
    /// institution's word in its name and not called an institution by the article ("Voltrana";
    /// not Reuters, the HLF, the Finance Ministry or "the Verdi union").
    func business(at token: Int, previous: Int?) -> (ReferenceTable.Reference, Double)? {
        // "The Verdi union", "the Azimio coalition": a name the article calls an institution.
        var institutions = Set<Int>()
        for mention in layer.mentions where layer.entities[mention.entity].type == .organization {
            let after = view.context.tokenIndex(atOrAfter: mention.span.upper)
            // Not an owner: "in Lufthansa's court".
            if after > 0, after < view.count, view.isLowerWord(after), !view.isPossessive(after - 1),
                SpeakerWords.institutionWords.contains(view.string(after..<(after + 1)).lowercased())
            {
                institutions.insert(mention.entity)
            }
        }
        var businesses = Set<Int>()
        for (index, entity) in layer.entities.enumerated()
        where entity.type == .organization && !institutions.contains(index) {
            let name = entity.name
            // A known business ("Volkswagen", "BMW") is one, whatever its name looks like.
            if Gazetteer.companies.contains(name) {
                businesses.insert(index)
                continue
            }
            // Not an acronym: "The HLF claimed the attack" is no company's doing.
            guard Gazetteer.organizations[name] == nil,
                !name.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "." }),
                !name.lowercased().split(separator: " ").contains(where: {
                    SpeakerWords.institutionWords.contains(String($0))
                })
            else { continue }
            businesses.insert(index)
        }
        guard !businesses.isEmpty,
            let (found, certainty) = antecedent(of: token, kind: .group, previous: previous, among: businesses),
            certainty >= AttributionLimits.businessCertainty
        else { return nil }
        return (found, certainty)
    }

    /// The organisation that opens the sentence holding token `token` or the one before, as its
    /// subject, nearest first, outside quoted words ("Parks Canada said … “…,” the agency
    /// said"); nil when neither sentence is about one.
    func subjectOrganization(before token: Int) -> ReferenceTable.Reference? {
        let offset = view.tokens[token].span.lower
        let sentence = article.sentenceNumber(containing: offset)
        var index = table.firstReference(atOrAfter: offset) - 1
        while index >= 0, sentence - table.references[index].sentence <= 1 {
            let reference = table.references[index]
            index -= 1
            if reference.sentence == 0 || reference.quoted || !reference.mainSubject { continue }
            guard layer.entities[reference.entity].type == .organization,
                let opening = openingToken(of: reference.sentence, before: reference.token + 1)
            else { continue }
            // It opens the sentence, after "The" at most: "The Harbour Trust said", not "the crowd
            // -- which rallied at Temple University".
            if reference.token == opening || reference.token == opening + 1 && isDefiniteArticle(opening) {
                return reference
            }
        }
        return nil
    }

    /// The description opening the sentence holding token `token` or the one before with "a"
    /// or "an" and the same head noun as the word at `head` ("A spokesperson for the European
    /// Commission said"), as a phrase to resolve; nil when neither sentence opens so.
    func representativeOpening(before token: Int, head: Int) -> SpeakerPhrase? {
        let sentence = article.sentenceNumber(containing: view.tokens[token].span.lower)
        let reader = PhraseReader(view: view)
        for number in Self.sentenceAndOneBefore(sentence) {
            guard let subject = openingSubject(of: number, before: token), subject.count >= 3,
                PhraseReader.indefinites.contains(view.hash(subject.lowerBound)),
                view.hash(subject.lowerBound + 1) == view.hash(head),
                let phrase = reader.description(endingAt: subject.upperBound - 1, floor: subject.lowerBound),
                phrase.range == subject, phrase.name != nil
            else { continue }
            return phrase
        }
        return nil
    }

    /// Whether an organisation named `name` is what a description headed by `word` stands for:
    /// its name holds the word ("the department", the Justice Department) or one of its kind
    /// ("the agency", the State Department), or the kind takes an acronym ("the agency", the FBI).
    static func organization(_ name: String, isA word: String) -> Bool {
        let kinds = SpeakerWords.organizationKinds[word]
        if SpeakerWords.acronymKinds.contains(word), (2...5).contains(name.count),
            name.allSatisfy({ $0.isASCII && $0.isUppercase })
        {
            return true
        }
        // An ASCII name's words are read in place, not split as characters.
        if let found = ASCIIText.containsWord(of: name, where: { $0 == word || kinds?.contains($0) == true }) {
            return found
        }
        return name.lowercased().split(separator: " ").contains { $0 == word || kinds?.contains(String($0)) == true }
    }

    /// The nationality word modifying a description ("Turkish" in "the Turkish president").
    func demonymModifier(in range: Range<Int>) -> String? {
        for token in range where view.isWord(token) && view.tokens[token].isCapitalized {
            if Lexicon.flags(view.bytes, view.tokens[token].span).contains(.nationality) {
                return view.string(token..<(token + 1))
            }
        }
        return nil
    }

    /// The organisation a name in a description modifying its head names ("UN" in "the UN
    /// chief", the United Nations); not a place ("the Florida senator").
    func affiliationModifier(in range: Range<Int>) -> Entity? {
        for token in range where view.isWord(token) && view.tokens[token].isCapitalized {
            guard let mention = layer.mention(overlapping: view.span(token..<(token + 1))) else { continue }
            let entity = layer.entities[layer.mentions[mention].entity]
            if entity.type == .organization { return entity }
        }
        return nil
    }

    /// The abbreviations a title is written with, by the role noun they stand for.
    static let titleAbbreviations: [String: [String]] = [
        "governor": ["gov."], "senator": ["sen."], "representative": ["rep."], "congressman": ["rep."],
        "congresswoman": ["rep."], "general": ["gen."], "secretary": ["sec."], "president": ["pres."],
        "lieutenant": ["lt."], "attorney": ["atty."], "superintendent": ["supt."], "commissioner": ["comm."],
    ]

    /// Whether a title ("New Jersey Gov.", "Senate Minority Leader") holds the role noun `word`
    /// ("governor", "leader"), written out or abbreviated.
    static func title(_ title: String, holds word: String) -> Bool {
        // Most titles and words are ASCII: read in place, with no lower-cased copy.
        if let found = ASCIIText.contains(title, lowerCased: word) {
            if found { return true }
        } else if title.lowercased().contains(word) {
            return true
        }
        // Only a few role nouns have abbreviations: the title's words are split for those alone.
        guard let abbreviations = titleAbbreviations[word] else { return false }
        if let found = ASCIIText.containsWord(of: title, where: { abbreviations.contains($0) }) { return found }
        let words = title.lowercased().split(separator: " ")
        return abbreviations.contains { abbreviation in words.contains { $0 == abbreviation } }
    }
}
