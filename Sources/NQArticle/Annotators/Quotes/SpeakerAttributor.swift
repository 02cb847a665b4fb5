import NQSource

/// Who a quotation is attributed to by its own sentence, and how.
struct Attribution {
    /// The speaker phrase.
    var phrase: SpeakerPhrase
    /// The cue tokens (said, according to), when there is one.
    var cue: Range<Int>?
    /// The person addressed, when the cue is a verb such as `told`.
    var addressee: Range<Int>?
    /// The rule that found it.
    var rule: AttributionRule
}

/// Finds the speaker of a quotation from the words around it: a cue verb before or after the
/// quote and the subject or object phrase next to the cue.
struct SpeakerAttributor {
    /// The tokens.
    let view: TokenView
    /// The phrase reader.
    let reader: PhraseReader

    /// Creates an attributor.
    init(_ view: TokenView) {
        self.view = view
        self.reader = PhraseReader(view: view)
    }

    /// The tokens after a quote up to the end of its sentence, the next quote or `limit`.
    func afterWindow(_ candidate: QuoteCandidate, limit: Int) -> Range<Int> {
        var start = candidate.afterClose
        while start < limit,
            view.isPunct(start, ",") || view.isDash(start) || view.isPunct(start, ")")
                || (view.tokens[start].kind == .quote && !view.isDoubleMark(start))
        {
            start += 1
        }
        var end = start
        while end < limit, end - start < 30, !view.isTerminal(end) {
            if view.isDoubleMark(end) {
                // "“…,” Sen. Teodoro “Teddy” Villaraza said": a nickname inside a name reads on.
                guard let after = QuoteMarkScanner.nicknameEnd(view.context, opening: end), after < limit else { break }
                end = after
                continue
            }
            end += 1
        }
        return start..<end
    }

    /// Whether the quote ends as quotes followed by their attribution do: with a comma, `?`, `!`
    /// or a dash inside or just after the closing mark, or at a line's end.
    func isAttributionBreak(_ candidate: QuoteCandidate) -> Bool {
        guard let close = candidate.closeToken else { return true }
        // "…,” but he also noted: a new clause, not an attribution.
        var next = candidate.afterClose
        while next < candidate.line.upperBound, view.isPunct(next, ",") { next += 1 }
        if next < candidate.line.upperBound, view.isLowerWord(next), view.classes(next).contains(.conjunction) {
            return false
        }
        let last = close - 1
        if last > candidate.openToken,
            view.isPunct(last, ",") || view.isPunct(last, "?") || view.isPunct(last, "!") || view.isDash(last)
                || view.isPunct(last, ".")
        {
            return true
        }
        next = candidate.afterClose
        return next >= candidate.line.upperBound || view.isPunct(next, ",") || view.isDash(next)
    }

    /// Whether a window is a sentence of attribution alone: a name and a verb of speech ending
    /// in a full stop ("Doe added.").
    func isShortAttribution(_ window: Range<Int>) -> Bool {
        guard window.count >= 2, window.count <= 3, window.upperBound < view.count, view.isTerminal(window.upperBound),
            view.isNameWord(window.lowerBound)
        else { return false }
        let cue = window.upperBound - 1
        return view.isLowerWord(cue) && view.classes(cue).contains(.speech)
    }

    /// Whether the quote ends its own sentence ("… done.” He left.), so that the words after
    /// it start a new sentence rather than attribute it.
    func endsSentence(_ candidate: QuoteCandidate) -> Bool {
        guard let close = candidate.closeToken, close > candidate.openToken + 1 else { return false }
        let after = candidate.afterClose
        guard after < candidate.line.upperBound, view.tokens[after].isCapitalized else { return false }
        return view.isPunct(close - 1, ".")
    }

    /// The tokens before a quote back to the start of its sentence, a previous long quote or
    /// `floor`; a short quote before it (a title, a phrase) is stepped over.
    func beforeWindow(_ candidate: QuoteCandidate, floor: Int) -> Range<Int> {
        let end = candidate.openToken
        var start = end
        while start > floor, end - start < 45, !view.isTerminal(start - 1) {
            if view.isDoubleMark(start - 1) {
                var open = start - 2
                while open > floor, open > start - 9, !view.isDoubleMark(open) { open -= 1 }
                guard open >= floor, view.isDoubleMark(open), open > start - 9, !view.isTerminal(start - 2) else {
                    break
                }
                start = open
                continue
            }
            start -= 1
        }
        return start..<end
    }

    /// The first speech cue in `window` at most `reach` tokens from its start.
    func firstCue(in window: Range<Int>, reach: Int) -> Int? {
        var index = window.lowerBound
        while index < window.upperBound, index - window.lowerBound <= reach {
            // Not after "would" or "to": "records" that would respond to requests, …, she wrote (but
            // "the president will say", prepared remarks, is a cue).
            // "“…,” the report said": a cue word after a determiner or possessive is a noun.
            if view.isLowerWord(index),
                view.classes(index).contains(.speech) && !isParticiple(index)
                    && !isNounAfterModifier(index, floor: window.lowerBound) && !isNounAfterDeterminer(index, window)
                    || isAccordingTo(index) || isPutIt(index) || isPhrasalCue(index),
                index == window.lowerBound || !view.isLowerWord(index - 1)
                    || !Self.hypotheticals.contains(view.hash(index - 1))
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether the cue word at `index` follows a determiner or a possessive in `window` and so
    /// is a noun ("the report", "her tweet"); "another said" has a quantifier for its subject,
    /// "playbooks that advised" a relative pronoun.
    func isNounAfterDeterminer(_ index: Int, _ window: Range<Int>) -> Bool {
        guard index > window.lowerBound, view.isWord(index - 1) else { return false }
        let classes = view.classes(index - 1)
        return classes.contains(.determiner) && classes.isDisjoint(with: [.quantifier, .relative])
            || view.isPossessive(index - 1)
    }

    /// The last speech cue in `window`, preferring the plain verbs of saying (said, told,
    /// wrote) to the others, and any to one after a modal ("declared … that any deal would
    /// demand"); a word after a determiner or possessive is a noun, not a cue.
    func lastCue(in window: Range<Int>) -> Int? {
        var index = window.upperBound - 1
        var other: Int?
        var modalOther: Int?
        while index >= window.lowerBound {
            // A cue is a word in lower case (or the window's first): other tokens, names most
            // of all, are passed over before their classes are looked up.
            guard view.isWord(index), view.isLowerWord(index) || index == window.lowerBound else {
                index -= 1
                continue
            }
            let wordClass = view.classes(index)
            if wordClass.contains(.speech) || isAccordingTo(index) || isPutIt(index) || isPhrasalCue(index),
                // "the reports", "Trump's claims", "in states across the country": a noun; but
                // "Another said:" has a quantifier for its subject.
                index == window.lowerBound
                    || (!view.classes(index - 1).contains(.determiner) || view.classes(index - 1).contains(.quantifier))
                        && !view.isPossessive(index - 1) && !view.isPreposition(index - 1),
                !isNounAfterModifier(index, floor: window.lowerBound)
            {
                let modal = index > window.lowerBound && view.classes(index - 1).contains(.modal)
                if !modal, !view.tokens[index].isCapitalized || isAccordingTo(index),
                    wordClass.contains(.core) || isAccordingTo(index)
                {
                    // "Cruz said he'd make sand “…,” and Trump vowed to “…”": a later cue whose
                    // own clause names its subject after "and" (or "while", "whereas") is the
                    // quote's.
                    if let other,
                        let subject = reader.subject(before: other, floor: index + 1, allowAppositive: false),
                        subject.kind == .name, subject.range.lowerBound - 1 > index,
                        view.isLowerWord(subject.range.lowerBound - 1),
                        view.classes(subject.range.lowerBound - 1).contains(.conjunction)
                            || Self.contrasts.contains(view.hash(subject.range.lowerBound - 1))
                    {
                        return other
                    }
                    return index
                }
                if modal {
                    if modalOther == nil { modalOther = index }
                } else if other == nil {
                    other = index
                }
            }
            index -= 1
        }
        return other ?? modalOther
    }

    /// Words before a verb that make it no report of speech: "would respond", "to answer".
    static let hypotheticals = CueLexicon.hashes("would could should might to")

    /// The hashes of `what`, `it` and `who`.
    static let what = CueLexicon.hash(Array("what".utf8))
    static let it = CueLexicon.hash(Array("it".utf8))
    static let who = CueLexicon.hash(Array("who".utf8))
    /// The hashes of "to" and "that".
    static let to = CueLexicon.hash(Array("to".utf8))
    static let that = CueLexicon.hash(Array("that".utf8))

    /// Whether token `index` is the lower-case word whose hash is `word`.
    func isWord(_ index: Int, _ word: UInt64) -> Bool {
        view.isLowerWord(index) && view.hash(index) == word
    }

    /// The words of "quoted" forms that report another's words ("The agency quoted Doe as
    /// saying").
    static let quotedForms = CueLexicon.hashes("quoted quotes quoting quote")

    /// "The Kremlin quoted Putin as saying “…”": the speaker is who "quoted" takes as its
    /// object, when "as" and a word of speech follow that phrase. In the passive ("Doe was quoted
    /// by state media as saying") the words after "by" only report: the subject speaks.
    func quotedAsSaying(_ cue: Int, window: Range<Int>) -> Attribution? {
        guard view.isLowerWord(cue), Self.quotedForms.contains(view.hash(cue)) else { return nil }
        if cue + 1 < window.upperBound, isWord(cue + 1, Self.by) {
            var index = cue + 2
            while index < min(window.upperBound, cue + 2 + AttributionLimits.reportingAgentWords), view.isWord(index),
                !isWord(index, Self.as)
            {
                index += 1
            }
            guard index + 1 < window.upperBound, isWord(index, Self.as), view.classes(index + 1).contains(.speech),
                isPassive(cue, floor: window.lowerBound),
                let subject = reader.subject(before: cue, floor: window.lowerBound)
            else { return nil }
            return Attribution(phrase: subject, cue: cue..<(index + 2), rule: .quotedAsSaying)
        }
        guard let phrase = reader.phrase(startingAt: cue + 1, limit: window.upperBound),
            phrase.range.upperBound + 1 < window.upperBound, isWord(phrase.range.upperBound, Self.as),
            view.classes(phrase.range.upperBound + 1).contains(.speech)
        else { return nil }
        return Attribution(phrase: phrase, cue: cue..<(phrase.range.upperBound + 2), rule: .quotedAsSaying)
    }

    /// Whether token `index` is `according` followed by `to`.
    func isAccordingTo(_ index: Int) -> Bool {
        view.classes(index).contains(.according) && index + 1 < view.count && view.isWord(index + 1)
    }

    /// The attribution a cue at token `cue` gives, looking no further than `window`.
    func attribution(cue: Int, window: Range<Int>, after: Bool) -> Attribution? {
        if let quoted = quotedAsSaying(cue, window: window) { return quoted }
        if isAccordingTo(cue) {
            guard let phrase = reader.phrase(startingAt: cue + 2, limit: window.upperBound) else { return nil }
            return Attribution(
                phrase: phrase, cue: cue..<(cue + 2), rule: after ? .quoteAccordingTo : .accordingToQuote)
        }
        // "“…,” shot back Doe": the speaker follows the particle of a phrasal cue.
        let next = isPhrasalCue(cue) ? cue + 2 : cue + 1
        var addressee: Range<Int>?
        if view.classes(cue).contains(.addressing), cue + 1 < window.upperBound {
            addressee = reader.phrase(startingAt: cue + 1, limit: window.upperBound).map(\.range)
        }
        // "…," said Jane Doe — the verb comes first.
        var verbFirst = cue == window.lowerBound
        if !verbFirst {
            var index = window.lowerBound
            while index < cue, view.isLowerWord(index), view.classes(index).contains(.adverb) { index += 1 }
            verbFirst = index == cue
        }
        // "put it": the speaker is the subject before, never the "it" after.
        if verbFirst, !isPutIt(cue), after || !view.classes(cue).contains(.addressing) || addressee == nil,
            let phrase = reader.phrase(startingAt: next, limit: window.upperBound),
            phrase.kind != .pronoun
                || view.classes(phrase.range.lowerBound).contains(.pronoun)
        {
            return Attribution(phrase: phrase, cue: cue..<(cue + 1), rule: after ? .quoteVerbName : .verbNameQuote)
        }
        if isPassive(cue, floor: window.lowerBound) { return passive(cue: cue, window: window, after: after) }
        // "Sanders was asked by host Bill Maher, “…”", "Asked by Thrush if Clinton “gets” race":
        // who asks, after "by", speaks.
        if view.classes(cue).contains(.addressing), cue + 2 < window.upperBound, view.isLowerWord(cue + 1),
            view.hash(cue + 1) == Self.by,
            isPassive(cue, floor: window.lowerBound, asking: true) || cue == 0 || view.isTerminal(cue - 1)
                || view.newlineBefore(cue),
            let agent = reader.phrase(startingAt: cue + 2, limit: window.upperBound), agent.kind != .pronoun
        {
            return Attribution(phrase: agent, cue: cue..<(cue + 1), rule: after ? .quoteVerbName : .verbNameQuote)
        }
        if let phrase = reader.subject(before: cue, floor: window.lowerBound) {
            return Attribution(
                phrase: phrase, cue: cue..<(cue + 1), addressee: addressee,
                rule: after ? .quoteNameVerb : .nameVerbQuote)
        }
        // "Doe spoke after he won and later said": the subject of the main clause the verb joins.
        if !after, let joint = skipAdverbs(before: cue, floor: window.lowerBound),
            view.classes(joint).contains(.conjunction),
            let phrase = subordinateSubject(before: joint, floor: window.lowerBound)
                ?? clauseSubject(in: window.lowerBound..<joint)
        {
            return Attribution(
                phrase: phrase, cue: cue..<(cue + 1), addressee: addressee, rule: .clauseSubjectVerbQuote)
        }
        // "…, said Jane Doe": a comma before the verb also puts the speaker after it; a description
        // only near the quote (not "Doe, the author of “Going Viral,” about …, said the days when").
        if after, !isPutIt(cue), cue - 1 >= window.lowerBound, view.isPunct(cue - 1, ","),
            !view.classes(cue).contains(.addressing),
            let phrase = reader.phrase(startingAt: next, limit: window.upperBound), phrase.kind != .pronoun,
            phrase.name != nil || cue - window.lowerBound <= AttributionLimits.nearCueReach,
            // "…,” said the candidate could be …": the subject of what was said.
            !(phrase.kind == .description && readsOnToVerb(phrase.range, limit: window.upperBound))
        {
            return Attribution(phrase: phrase, cue: cue..<(cue + 1), rule: after ? .quoteVerbName : .verbNameQuote)
        }
        // "Because of the schedule, explained Doe, “…”": the same inversion just before a quote.
        if !after, cue - 1 >= window.lowerBound, view.isPunct(cue - 1, ","), !view.classes(cue).contains(.addressing),
            let phrase = reader.phrase(startingAt: next, limit: window.upperBound), phrase.kind == .name,
            phrase.range.upperBound == window.upperBound - 1,
            view.isPunct(phrase.range.upperBound, ",") || view.isPunct(phrase.range.upperBound, ":")
        {
            return Attribution(phrase: phrase, cue: cue..<(cue + 1), rule: .verbNameQuote)
        }
        if after, view.classes(window.lowerBound).contains(.determiner),
            let phrase = reader.phrase(startingAt: window.lowerBound, limit: cue)
        {
            return Attribution(
                phrase: phrase, cue: cue..<(cue + 1), addressee: addressee,
                rule: after ? .quoteNameVerb : .nameVerbQuote)
        }
        return nil
    }

    /// The attribution from the quote's own sentence, if it has one; a source named later in
    /// the sentence ("…,” she said, according to the newspaper) takes precedence. `before` is
    /// the quote's `beforeWindow` in `paragraph`.
    func attribute(_ candidate: QuoteCandidate, paragraph: Range<Int>, before: Range<Int>) -> Attribution? {
        let after = afterWindow(candidate, limit: paragraph.upperBound)
        let own = ownAttribution(candidate, before: before, after: after)
        // A possessive noun of speech between the sentence's cue and the quote names its owner.
        if let possessive = possessiveSource(before: before),
            let noun = possessive.cue?.lowerBound, own?.cue.map({ $0.upperBound <= noun }) ?? true
        {
            return possessive
        }
        guard let found = own else { return nil }
        guard let cue = found.cue?.upperBound else { return found }
        if cue <= candidate.openToken, let first = found.cue?.lowerBound, !isAccordingTo(first) {
            if let source = earlierSource(in: before.lowerBound..<min(first, found.phrase.range.lowerBound)) {
                return source
            }
        }
        let from = max(after.lowerBound, cue, found.phrase.range.upperBound)
        return laterSource(in: from..<after.upperBound) ?? found
    }

    /// A source named before the speaker and cue, which the report rests on: "According to the
    /// newspaper, Doe said “…”".
    func earlierSource(in window: Range<Int>) -> Attribution? {
        var index = window.lowerBound
        while index + 2 < window.upperBound {
            if isAccordingTo(index), let source = reader.phrase(startingAt: index + 2, limit: window.upperBound) {
                return Attribution(phrase: source, cue: index..<(index + 2), rule: .accordingToSource)
            }
            index += 1
        }
        return nil
    }

    /// Whether a source phrase is a statement, transcript or release, or the office, that a
    /// possessive pronoun gives to the speaker ("a statement from his office", "her statement",
    /// "his office"), not another source.
    func isOwnDocument(_ phrase: SpeakerPhrase) -> Bool {
        guard phrase.kind == .description else { return false }
        let words = phrase.range.filter { view.isLowerWord($0) }.map { view.string($0..<($0 + 1)).lowercased() }
        return words.contains { SpeakerWords.documentWords.contains($0) || $0 == "office" }
            && words.contains { ["his", "her", "their"].contains($0) }
    }

    /// A source named after the speaker's cue, which the report rests on: "according to the
    /// newspaper", "reports the newspaper", "the newspaper reported".
    func laterSource(in window: Range<Int>) -> Attribution? {
        var index = window.lowerBound
        while index < window.upperBound {
            if view.isLowerWord(index), isAccordingTo(index), index + 2 < window.upperBound,
                let source = reader.phrase(startingAt: index + 2, limit: window.upperBound)
            {
                // "…,” he said, according to a statement from his office": the speaker's own
                // statement is how the words came, not a source they rest on.
                if isOwnDocument(source) { return nil }
                return Attribution(phrase: source, cue: index..<(index + 2), rule: .accordingToSource)
            }
            // "…,” Carson noted, as reported by BuzzFeed News: a passive report relays the words,
            // whose speaker stays.
            if view.isLowerWord(index), view.classes(index).contains(.reporting),
                index + 1 >= window.upperBound || view.hash(index + 1) != Self.by
            {
                if let source = reader.phrase(startingAt: index + 1, limit: window.upperBound), source.kind != .pronoun
                {
                    return Attribution(phrase: source, cue: index..<(index + 1), rule: .reportedBySource)
                }
                if let source = reader.subject(before: index, floor: window.lowerBound, allowAppositive: false),
                    source.kind != .pronoun
                {
                    return Attribution(phrase: source, cue: index..<(index + 1), rule: .reportedBySource)
                }
            }
            index += 1
        }
        return nil
    }

    /// The attribution from the cue words next to the quote, whose `beforeWindow` and
    /// `afterWindow` in its paragraph are `before` and `after`.
    func ownAttribution(_ candidate: QuoteCandidate, before: Range<Int>, after: Range<Int>) -> Attribution? {
        var after = after
        // After a quote that ends its sentence, only a short sentence of attribution counts
        // ("….” Doe added.), not a new sentence ("….” He said the plan…).
        if endsSentence(candidate), !isShortAttribution(after) {
            after = candidate.afterClose..<candidate.afterClose
        }
        if isAttributionBreak(candidate), let cue = firstCue(in: after, reach: 4),
            let found = attribution(cue: cue, window: after, after: true)
        {
            return found
        }
        if let found = attributionBefore(in: before) {
            // "Doe would do well to begin “…” with Roe, said Poe": an infinitive is no report of
            // speech; a cue after the quote names who spoke.
            if let cue = found.cue?.lowerBound, cue > 0, isWord(cue - 1, Self.to),
                let later = firstCue(in: after, reach: AttributionLimits.farCueReach),
                let laterFound = attribution(cue: later, window: after, after: true)
            {
                return laterFound
            }
            return found
        }
        // A transcript line or a quoted source: "Doe: “…”", "More from Doe: “…”".
        // "Bush broke down what was wrong to the Dutch newspaper NRC: “…”": the sentence's subject
        // introduces the quote when the name before the colon is addressed.
        if before.count >= 2, view.isPunct(before.upperBound - 1, ":"),
            let name = reader.nameBackward(endingAt: before.upperBound - 2, floor: before.lowerBound),
            isAddressed(name, floor: before.lowerBound),
            let phrase = clauseSubject(in: before.lowerBound..<name.lowerBound), phrase.kind == .name
        {
            return Attribution(phrase: phrase, rule: .colonIntroduction)
        }
        if before.count >= 2, view.isPunct(before.upperBound - 1, ":"),
            let name = reader.nameBackward(endingAt: before.upperBound - 2, floor: before.lowerBound),
            // Not "… delivered a blunt message to Trump: “…”": the name a preposition governs
            // ("More from Doe:" and "A statement by Doe:" still name the source).
            !isAddressed(name, floor: before.lowerBound)
        {
            // "Mark Blumenthal and Jon Cohen: “…”": of two names joined by "and", the first leads.
            let lead = reader.nameJoined(before: name, floor: before.lowerBound) ?? name
            return Attribution(phrase: SpeakerPhrase(range: lead, kind: .name, name: lead), rule: .nameColonQuote)
        }
        if let cue = firstCue(in: after, reach: 4), let found = attribution(cue: cue, window: after, after: true) {
            return found
        }
        // "…” but “…,” while Collins and Roe suggested …": a contrast opens another's clause.
        if !opensContrast(after), let cue = firstCue(in: after, reach: 25),
            let found = attribution(cue: cue, window: after, after: true)
        {
            return found
        }
        // "The party's environment spokesman, Tim Farron, was unimpressed: “…”": with no cue, the
        // subject of the clause the colon ends introduces the quote when it names someone.
        if before.count >= 3, view.isPunct(before.upperBound - 1, ":"),
            let phrase = clauseSubject(in: before.lowerBound..<(before.upperBound - 1)), phrase.name != nil
        {
            return Attribution(phrase: phrase, rule: .colonIntroduction)
        }
        return actionAfter(candidate, window: after, before: before)
    }

    /// "“…,” Doe shot back.": after a quote that ends in a comma, a short clause of a subject
    /// and a past-tense verb that is no listed cue still tells who spoke.
    func actionAfter(_ candidate: QuoteCandidate, window: Range<Int>, before: Range<Int>) -> Attribution? {
        guard let close = candidate.closeToken, close - 1 > candidate.openToken, view.isPunct(close - 1, ","),
            window.lowerBound == candidate.afterClose, window.count >= 2, window.count <= 8,
            window.upperBound < view.count, view.isTerminal(window.upperBound),
            var phrase = reader.phrase(startingAt: window.lowerBound, limit: window.upperBound),
            phrase.kind == .name || view.classes(phrase.range.lowerBound).contains(.pronoun)
                // "an angry Doe retaliated": a name heading a short description.
                || phrase.kind == .description && phrase.name?.upperBound == phrase.range.upperBound,
            phrase.range.upperBound < window.upperBound
        else { return nil }
        // Only a quote that opens its sentence: "As for “…,” Doe found" quotes words in a phrase.
        guard !before.contains(where: { view.isWord($0) }) else { return nil }
        if phrase.kind == .description, let name = phrase.name {
            phrase = SpeakerPhrase(range: name, kind: .name, name: name)
        }
        let verb = phrase.range.upperBound
        guard view.isLowerWord(verb), !view.classes(verb).contains(.modal),
            view.classes(verb).contains(.verb)
                || view.tokens[verb].span.length > 4
                    && view.bytes[view.tokens[verb].span.upper - 1] == UInt8(ascii: "d")
                    && view.bytes[view.tokens[verb].span.upper - 2] == UInt8(ascii: "e")
        else { return nil }
        return Attribution(phrase: phrase, cue: verb..<(verb + 1), rule: .quoteNameVerb)
    }

    /// The attribution from the cues of the words before a quote, nearest first; a participle
    /// ("adding", "calling him") defers to an earlier cue or the subject of its clause.
    func attributionBefore(in window: Range<Int>) -> Attribution? {
        // "After Beck asked him who would win, D’Souza replied, “…”": a verb of speech right
        // before the quote with a name for its subject is the quote's own, however plain the
        // verbs of saying earlier in the sentence.
        let adjacent = window.upperBound - 2
        if adjacent > window.lowerBound, view.isPunct(adjacent + 1, ",") || view.isPunct(adjacent + 1, ":"),
            view.isLowerWord(adjacent), view.classes(adjacent).contains(.speech), !isParticiple(adjacent),
            !view.classes(adjacent).contains(.addressing),
            let phrase = reader.subject(before: adjacent, floor: window.lowerBound, allowAppositive: false),
            phrase.kind == .name
        {
            return Attribution(phrase: phrase, cue: adjacent..<(adjacent + 1), rule: .nameVerbQuote)
        }
        var end = window.upperBound
        var firstCueSeen: Int?
        var passiveFound: Attribution?
        while let cue = lastCue(in: window.lowerBound..<end) {
            // A passive ("was said to be “…”") tells of no speaker, not even its clause's subject;
            // an earlier cue of the sentence may ("Doe said the plan was described as “…”").
            let passive = isPassive(cue, floor: window.lowerBound)
            if firstCueSeen == nil, !passive { firstCueSeen = cue }
            // "according to" ends in -ing but names its source like a verb of saying.
            let participle = isParticiple(cue) && !isAccordingTo(cue)
            if !participle,
                var found = attribution(cue: cue, window: window.lowerBound..<window.upperBound, after: false)
            {
                if found.rule == .passiveCue {
                    if passiveFound == nil { passiveFound = found }
                    end = cue
                    continue
                }
                // "Doe railed against what he calls the “…”": the label is the clause subject's.
                // A thing ("what it calls") is named nearer than the subject; "who" is no subject.
                let pronoun = found.phrase.range.lowerBound
                if found.phrase.kind == .pronoun, pronoun - 1 > window.lowerBound, isWord(pronoun - 1, Self.what),
                    !isWord(pronoun, Self.it), let subject = clauseSubject(in: window.lowerBound..<(pronoun - 1)),
                    subject.kind != .pronoun || !isWord(subject.range.lowerBound, Self.who)
                {
                    found.phrase = subject
                }
                return found
            }
            if participle, cue - 1 >= window.lowerBound, !view.isPunct(cue - 1, ","),
                let phrase = reader.subject(before: cue, floor: window.lowerBound, allowAppositive: false),
                phrase.kind != .description, !followsPreposition(phrase.range.lowerBound, floor: window.lowerBound)
            {
                return Attribution(phrase: phrase, cue: cue..<(cue + 1), rule: .nameVerbQuote)
            }
            end = cue
        }
        if let passiveFound { return passiveFound }
        guard let cue = firstCueSeen else { return nil }
        // "It was a potent punch, as Jane Roe echoed the criticism, saying …": a participle after
        // a comma is done by the person the clause just before it names as its subject (not by
        // a thing: "…, after her statement was shown to be false, stating" is the candidate's).
        if cue - 1 > window.lowerBound, view.isPunct(cue - 1, ","),
            let opener = subordinator(before: cue - 1, floor: window.lowerBound),
            let phrase = clauseSubject(in: (opener + 1)..<(cue - 1)), phrase.kind == .name
        {
            return Attribution(phrase: phrase, cue: cue..<(cue + 1), rule: .clauseSubjectVerbQuote)
        }
        guard let phrase = clauseSubject(in: window.lowerBound..<(cue + 1)) else { return nil }
        return Attribution(phrase: phrase, cue: cue..<(cue + 1), rule: .clauseSubjectVerbQuote)
    }

    /// The subordinating word ("as", "when", "while") opening the clause that ends at token
    /// `end`, after its comma, if no other comma or sentence end comes between.
    func subordinator(before end: Int, floor: Int) -> Int? {
        var index = end - 1
        while index >= floor, !view.isPunct(index, ","), !view.isTerminal(index) {
            if view.isLowerWord(index), view.classes(index).contains(.subordinator),
                view.hash(index) != Self.that, index - 1 >= floor, view.isPunct(index - 1, ",")
            {
                return index
            }
            index -= 1
        }
        return nil
    }
}
