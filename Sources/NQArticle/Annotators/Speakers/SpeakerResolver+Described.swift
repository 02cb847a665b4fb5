import NQSource

/// "It" after an organisation the article only describes: "The finance ministry welcomed the
/// decision. “…,” it said" — the ministry speaks, not the last organisation named before it.
extension SpeakerResolver {
    /// The description of an organisation that opens the sentence of the pronoun at `token` or
    /// the sentence before ("The finance ministry", "Israel's military"), outside quoted words, as
    /// tokens; nil when neither sentence opens with one.
    func describedOrganization(before token: Int) -> Range<Int>? {
        guard view.hash(token) == SpeakerAttributor.it else { return nil }
        let sentence = article.sentenceNumber(containing: view.tokens[token].span.lower)
        for number in sentenceAndOneBeforeQuote(sentence) {
            guard let start = openingToken(of: number, before: token),
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
        // "The Verdi union": the name inside it.
        let name =
            possessiveOpener(at: range.lowerBound, limit: range.upperBound).map { range.lowerBound..<($0 + 1) }
            ?? innerName(of: range)
        let outcome = description(SpeakerPhrase(range: range, kind: .description, name: name), previous: previous)
        let text = outcome.entity == nil ? lowercasingOpener(view.string(range), at: range.lowerBound) : nil
        return Outcome(
            entity: outcome.entity, antecedent: view.span(range), text: text, resolution: .pronoun,
            certainty: AttributionLimits.describedOrganizationCertainty)
    }

    /// The capitalised words a mention covers right before the head noun ending a description
    /// ("Verdi" in "The Verdi union"; not "Ely Securities" in "Analysts at Ely Securities"), as
    /// tokens.
    func innerName(of range: Range<Int>) -> Range<Int>? {
        let head = range.upperBound - 1
        guard head - 1 > range.lowerBound, view.isLowerWord(head), view.isNameWord(head - 1),
            layer.mention(overlapping: view.span((head - 1)..<head)) != nil
        else { return nil }
        var first = head - 1
        while first - 1 > range.lowerBound, view.isNameWord(first - 1) { first -= 1 }
        return first..<head
    }

    /// A description that opens its sentence as it reads inside one: "The company", "Local
    /// residents" are "the company", "local residents"; "Israel's military" keeps its name.
    func lowercasingOpener(_ text: String, at token: Int) -> String {
        guard view.isWord(token), view.tokens[token].isCapitalized, view.tokens[token].span.length > 1,
            token + 1 < view.count, view.isLowerWord(token + 1) || !view.isWord(token + 1),
            layer.mention(overlapping: view.span(token..<(token + 1))) == nil,
            let first = text.unicodeScalars.first, first.isASCII
        else { return text }
        return String(first).lowercased() + text.dropFirst()
    }

    /// The sentence a pronoun at token `token` is read from for its antecedent: its own, or for
    /// one right after a quote that opened in an earlier sentence, the sentence where the quote
    /// opened ("Whitfield was defiant. “People say the boom is over. Check back in a year,” she
    /// said": the quote's length puts her no further from Whitfield).
    func readingSentence(ofToken token: Int) -> Int {
        let sentence = sentenceNumber(ofToken: token)
        let offset = view.tokens[token].span.lower
        let after = firstQuote(endingAfter: offset)
        guard after > 0 else { return sentence }
        let quote = quoted[after - 1]
        // Only marks and punctuation between the quote and the pronoun: "…,” she said".
        var before = token - 1
        while before >= 0, view.tokens[before].span.lower >= quote.upper {
            if view.isWord(before) || token - before > AttributionLimits.quoteToCueMarks { return sentence }
            before -= 1
        }
        let opening = article.sentenceNumber(containing: quote.lower)
        return opening > 0 ? min(opening, sentence) : sentence
    }

    /// Whether the byte at `offset` stands inside quoted words.
    func isQuoted(_ offset: Int) -> Bool {
        holdsQuote(SourceSpan(offset, offset + 1))
    }

    /// Whether quoted words overlap `span` (a sentence, a byte).
    func holdsQuote(_ span: SourceSpan) -> Bool {
        let low = firstQuote(endingAfter: span.lower)
        return low < quoted.count && quoted[low].lower < span.upper
    }

    /// The index of the first quoted stretch ending after UTF-8 offset `offset` (the count when
    /// none does): those before it end at or before the offset.
    func firstQuote(endingAfter offset: Int) -> Int {
        var low = 0
        var high = quoted.count
        while low < high {
            let middle = (low + high) / 2
            if quoted[middle].upper <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// "He" or "she" after a person the article only describes: "A reporter for the agency called it
/// “chaos.” “We saw people hit,” he said" — when no one named fits the pronoun.
extension SpeakerResolver {
    /// The description of one person that opens the sentence of the pronoun at `token` or the
    /// sentence before ("A reporter for the agency", "The 29-year-old woman"), agreeing with the
    /// pronoun's gender where its noun tells one, as tokens; nil when neither sentence opens so.
    func describedPerson(before token: Int, kind: PronounKind) -> Range<Int>? {
        let sentence = sentenceNumber(ofToken: token)
        for number in sentenceAndOneBeforeQuote(sentence) {
            // "A reporter for the agency", "The 29-year-old woman", "Mkhize's wife": its first word
            // is looked at before the subject is read to its verb.
            guard let start = openingToken(of: number, before: token),
                Self.articles.contains(view.hash(start)) || isOwner(start),
                let subject = openingSubject(startingAt: start, before: token)
            else { continue }
            let owner = isOwner(subject.lowerBound) ? subject.lowerBound : -1
            let head = headNoun(of: subject)
            guard view.isLowerWord(head), !view.isPlural(head), describesOnePerson(head), agrees(head, with: kind),
                !subject.contains(where: { $0 != owner && view.isNameWord($0) && namesPerson($0..<($0 + 1)) })
            else { continue }
            return subject
        }
        return nil
    }

    /// The description of people that opens the sentence of "they" at `token` or the sentence
    /// before ("Local residents say", "The two companies announced"), or an earlier one when the
    /// sentences between open with "they" too, as tokens; nil when none opens with one or its
    /// head is no plural of people or bodies.
    func describedGroup(before token: Int) -> Range<Int>? {
        guard view.hash(token) == Self.they else { return nil }
        let sentence = article.sentenceNumber(containing: view.tokens[token].span.lower)
        let earliest = max(1, sentence - AttributionLimits.groupChainSentences)
        for number in stride(from: sentence, through: earliest, by: -1) {
            // Past the sentence before only through sentences that open with "they".
            if number < sentence - 1,
                !(openingToken(of: number + 1, before: token).map { view.hash($0) == Self.they } ?? false)
            {
                break
            }
            // "Local residents", "Analysts at Jefferies"; not a name opening it ("Jane Doe and …").
            guard let subject = openingSubject(of: number, before: token),
                layer.mention(overlapping: view.span(subject.lowerBound..<(subject.lowerBound + 1))) == nil,
                view.classes(subject.lowerBound).isDisjoint(with: [.subordinator, .conjunction])
            else { continue }
            // The head may open the sentence: "Analysts at Jefferies said".
            let head = headNoun(of: subject)
            guard view.isLowerWord(head) || head == subject.lowerBound,
                WordHashSet.looksPlural(view.bytes, view.tokens[head].span)
                    || SpeakerWords.groups.contains(singular(head)),
                canSpeak(subject), !SpeakerWords.documentWords.contains(singular(head))
            else { continue }
            return subject
        }
        return nil
    }

    /// The subject opening sentence `number` (counted from 1) up to its verb, when the verb comes
    /// before token `limit` within `AttributionLimits.describedPersonWords` tokens ("A reporter
    /// for the agency called"), outside quoted words.
    func openingSubject(of number: Int, before limit: Int) -> Range<Int>? {
        guard let start = openingToken(of: number, before: limit) else { return nil }
        return openingSubject(startingAt: start, before: limit)
    }

    /// The subject from token `start`, a sentence's first, up to its verb: the opening subject
    /// of the sentence it opens.
    func openingSubject(startingAt start: Int, before limit: Int) -> Range<Int>? {
        guard view.isWord(start) else { return nil }
        var verb = start + 1
        var end: Int?
        while verb < limit, verb - start <= AttributionLimits.describedPersonWords {
            // "Mkhize's wife, May, wept": past a name in apposition to the verb.
            if end == nil, view.isPunct(verb, ","),
                let close = appositiveNameEnd(after: verb, limit: limit) ?? relativeClauseEnd(after: verb, limit: limit)
            {
                end = verb
                // "A man, who gave only his first name, Abdi, said": past the name the clause gives.
                verb = (appositiveNameEnd(after: close, limit: limit) ?? close) + 1
                continue
            }
            guard view.isWord(verb) || view.isPunct(verb, "-") || view.tokens[verb].kind == .number,
                !ReferenceTable.isFiniteVerb(view, verb)
            else { break }
            verb += 1
        }
        guard verb < limit, ReferenceTable.isFiniteVerb(view, verb) else { return nil }
        return start..<(end ?? verb)
    }

    /// The comma closing a relative clause after the comma at `comma` (", who did not want to be
    /// named,", ", whose party has 37 MPs,"), within `AttributionLimits.relativeClauseWords`
    /// words and before `limit`.
    func relativeClauseEnd(after comma: Int, limit: Int) -> Int? {
        guard comma + 1 < limit, view.isLowerWord(comma + 1),
            view.classes(comma + 1).contains(.relativePronoun) || view.hash(comma + 1) == PhraseReader.whose
        else { return nil }
        var index = comma + 2
        while index < limit, index - comma <= AttributionLimits.relativeClauseWords,
            view.isWord(index) || view.tokens[index].kind == .number
        {
            index += 1
        }
        guard index > comma + 2, index < limit, view.isPunct(index, ",") else { return nil }
        return index
    }

    /// The comma closing a name of one to three capitalised words after the comma at `comma`
    /// (", May,"), if there is one before `limit`.
    func appositiveNameEnd(after comma: Int, limit: Int) -> Int? {
        var index = comma + 1
        while index < limit, index - comma <= 3, view.isWord(index), view.tokens[index].isCapitalized { index += 1 }
        guard index > comma + 1, index < limit, view.isPunct(index, ",") else { return nil }
        return index
    }

    /// The numbers of sentence `sentence` and of the one before, those that are sentences (1 or
    /// more), in that order: a range walked down rather than an array made for each pronoun.
    @inline(__always)
    static func sentenceAndOneBefore(_ sentence: Int) -> StrideThrough<Int> {
        stride(from: sentence, through: max(1, sentence - 1), by: -1)
    }

    /// The numbers of sentence `sentence` and of the one before it outside quoted words (1 or
    /// more), in that order: "A nurse described the shifts. “You go twelve hours without water.
    /// You go home and cry,” she said" reaches past the quote's first sentence to the nurse, at
    /// most `AttributionLimits.quotedSentences` back.
    func sentenceAndOneBeforeQuote(_ sentence: Int) -> StrideThrough<Int> {
        var before = max(1, sentence - 1)
        while before > 1, sentence - before < AttributionLimits.quotedSentences,
            case let start = sentenceStart(before),
            start.token < view.count, view.tokens[start.token].kind == .quote || start.quoted
        {
            before -= 1
        }
        return stride(from: sentence, through: before, by: -max(1, sentence - before))
    }

    /// The first token of sentence `number` (counted from 1) when it comes before token `limit`
    /// and outside quoted words.
    func openingToken(of number: Int, before limit: Int) -> Int? {
        let start = sentenceStart(number)
        guard start.token < limit, !start.quoted else { return nil }
        return start.token
    }

    /// The hash of "they".
    static let they = CueLexicon.hash(Array("they".utf8))

    /// Whether the noun at `head` is of one person: a role, a person's noun ("the senator"), or a
    /// noun of people by its ending ("a reporter", "a resident"); not an organisation or document.
    func describesOnePerson(_ head: Int) -> Bool {
        let classes = view.classes(head)
        if classes.contains(.organizationHead) { return false }
        let word = view.string(head..<(head + 1)).lowercased()
        if SpeakerWords.documentWords.contains(word) { return false }
        return classes.contains(.role) || classes.contains(.personHead) || isPersonNoun(word)
            || SpeakerWords.genderedPeople[word] != nil
    }

    /// Whether the noun at `head` agrees with a pronoun of `kind`: "woman" never with "he".
    func agrees(_ head: Int, with kind: PronounKind) -> Bool {
        switch SpeakerWords.genderedPeople[view.string(head..<(head + 1)).lowercased()] {
        case .male?: kind == .masculine
        case .female?: kind == .feminine
        default: kind == .masculine || kind == .feminine
        }
    }
}
