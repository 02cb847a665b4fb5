import NQSource

/// The rules of `SpeakerAttributor` that read a whole clause or sentence rather than the words
/// next to a cue: clause subjects, the previous sentence, colon introductions, signatures and
/// the last-resort first mention.
extension SpeakerAttributor {
    /// Capitalised time words that open a time phrase ("Hours later", "Minutes after").
    static let timeUnits = CueLexicon.hashes("seconds minutes moments hours days weeks months years decades")
    /// Words after a capitalised time word that make it a time phrase ("Hours later").
    static let timeAdverbs = CueLexicon.hashes("later earlier ago after before")

    /// Whether the lower-case word at `index` looks like a finite verb: a verb of speech, an
    /// auxiliary or adverb, a common irregular past, or a word ending in -ed or -s.
    func looksLikeVerb(_ index: Int) -> Bool {
        guard view.isLowerWord(index) else { return false }
        let wordClass = view.classes(index)
        if wordClass.contains(.speech) || wordClass.contains(.adverb) || wordClass.contains(.verb) { return true }
        if wordClass.contains(.notName) { return false }
        let span = view.tokens[index].span
        guard span.length > 3 else { return false }
        let last = view.bytes[span.upper - 1]
        if last == UInt8(ascii: "s") {
            // "at NLD headquarters, Suu Kyi said": after a name, a plural noun ends its phrase at a
            // comma or full stop (not at one before a quote: "Billy Joel sings, “…”").
            let ends =
                index + 1 < view.count && (view.isTerminal(index + 1) || view.isPunct(index + 1, ","))
                && !(index + 2 < view.count && view.isDoubleMark(index + 2))
            return !(ends && index > 0 && view.isNameWord(index - 1))
        }
        return last == UInt8(ascii: "d") && view.bytes[span.upper - 2] == UInt8(ascii: "e")
    }

    /// The first token before `cue` that is not an adverb (nil when none is left in the window).
    func skipAdverbs(before cue: Int, floor: Int) -> Int? {
        var index = cue - 1
        while index >= floor, view.isLowerWord(index), view.classes(index).contains(.adverb) { index -= 1 }
        return index >= floor && view.isLowerWord(index) ? index : nil
    }

    /// Whether the word at `index` ends in -ing.
    func isParticiple(_ index: Int) -> Bool {
        let span = view.tokens[index].span
        return span.length > 4 && view.bytes[span.upper - 3] == UInt8(ascii: "i")
            && view.bytes[span.upper - 2] == UInt8(ascii: "n") && view.bytes[span.upper - 1] == UInt8(ascii: "g")
    }

    /// The first name or pronoun of `window` followed by a lower-case word that is no function
    /// word (a verb, as in "Trump went", "he figures"): the subject of the clause. A subject of
    /// a subordinate clause ("after he won") or a name used as a modifier ("the Paris attacks")
    /// is taken only when the main clause has none.
    func clauseSubject(in window: Range<Int>) -> SpeakerPhrase? {
        var index = window.lowerBound
        var subordinate: SpeakerPhrase?
        while index < window.upperBound {
            // "― much like he did after the attacks ―": an aside between dashes has no subject of
            // the sentence.
            if view.isDash(index),
                let close = ((index + 1)..<min(window.upperBound, index + AttributionLimits.appositiveLength))
                    .first(where: { view.isDash($0) })
            {
                index = close + 1
                continue
            }
            var phrase: SpeakerPhrase?
            let wordClass = view.classes(index)
            if view.isWord(index), wordClass.contains(.pronoun), !wordClass.contains(.determiner) {
                phrase = SpeakerPhrase(range: index..<(index + 1), kind: .pronoun)
            } else if let name = reader.nameForward(startingAt: index, limit: window.upperBound) {
                // "Hours later, Trump …": a capitalised time word opening a time phrase is no name.
                if name.count == 1, Self.timeUnits.contains(view.hash(name.lowerBound)),
                    name.upperBound < window.upperBound, view.isLowerWord(name.upperBound),
                    Self.timeAdverbs.contains(view.hash(name.upperBound))
                {
                    index = name.upperBound + 1
                    continue
                }
                // "Ever since she endorsed …": a common word opening the sentence before a
                // subordinating word or preposition is no name.
                if name.count == 1, name.upperBound < window.upperBound, isOrdinaryOpener(name.lowerBound) {
                    index = name.upperBound
                    continue
                }
                phrase = SpeakerPhrase(range: name, kind: .name, name: name)
            } else {
                phrase = openingDescription(at: index, window: window)
            }
            guard var found = phrase else {
                index += 1
                continue
            }
            // "Rubio’s campaign sent out a release": the possessed noun is the subject.
            // "The party’s spokesman, Tim Farron, was": the name in apposition to it, before the verb.
            var verb: Int?
            if found.kind == .name, view.isPossessive(found.range.upperBound - 1) {
                if let owned = possessedDescription(found.range, limit: window.upperBound) {
                    found = owned
                } else if let named = possessedAppositive(found.range, limit: window.upperBound) {
                    found = named
                    verb = named.range.upperBound + 1
                }
            }
            var next = verb ?? found.range.upperBound
            // "Jane Doe of the Harbour Institute, …, warned": past the affiliation to the verb.
            if found.kind == .name, found.range.count >= 2, next + 1 < window.upperBound, view.isLowerWord(next),
                view.isOf(next)
            {
                var start = next + 1
                if view.isLowerWord(start), view.classes(start).contains(.determiner) { start += 1 }
                if let affiliation = reader.nameForward(startingAt: start, limit: window.upperBound) {
                    next = affiliation.upperBound
                }
            }
            // "Anthony Albanese on Monday defended": past a time phrase to the verb.
            if found.kind == .name, next + 1 < window.upperBound, view.isLowerWord(next),
                view.classes(next).contains(.timePreposition)
            {
                var after = next + 1
                while after < window.upperBound, view.isWord(after), view.classes(after).contains(.time) { after += 1 }
                if after > next + 1 { next = after }
            }
            if found.kind == .name, let verb = verbAfterJointName(found.range, next: next, limit: window.upperBound) {
                next = verb
            }
            if found.kind == .name, next + 1 < window.upperBound, view.isPunct(next, ","),
                !view.classes(next + 1).contains(.pronoun) || isWord(next + 1, Self.who)
            {
                // "Doe, also campaigning in the state, said", "Doe, the president of the Watch, a
                // group that sued, said": the verb after one or more appositives (not "…, he
                // looked up, said": a clause of its own).
                let reach = appositiveReach(of: found.range, comma: next, window: window)
                if let verb = verbAfterAppositives(from: next, limit: window.upperBound, reach: reach) { next = verb }
            }
            if next < window.upperBound, looksLikeVerb(next), !view.isPossessive(found.range.upperBound - 1) {
                let before = found.range.lowerBound - 1
                let afterSubordinator =
                    before >= window.lowerBound && view.isWord(before)
                    && (view.classes(before).contains(.subordinator) || view.classes(before).contains(.determiner)
                        || view.isPossessive(before)
                        || view.isLowerWord(before) && view.classes(before).contains(.speech))
                // "When asked whom she supported, Ms. Sherry smiled and said": the subject of the
                // clause opening the sentence is not the main clause's either.
                if afterSubordinator
                    || ReferenceTable.inOpeningClause(view, token: found.range.lowerBound, sentence: view.span(window))
                {
                    if subordinate == nil { subordinate = found }
                } else {
                    return reader.appositiveHead(of: found) ?? trimmed(found)
                }
            }
            index = found.range.upperBound
        }
        return subordinate.map(trimmed)
    }

    /// Whether the capitalised word at `index` opens its sentence, is a common word and nothing
    /// else (no given name, place or group), and comes before a subordinating word or a
    /// preposition: "Ever since", "Even after".
    func isOrdinaryOpener(_ index: Int) -> Bool {
        guard index == 0 || view.isTerminal(index - 1) || view.newlineBefore(index), index + 1 < view.count,
            view.isLowerWord(index + 1),
            view.classes(index + 1).contains(.subordinator) || view.isPreposition(index + 1)
        else { return false }
        return Lexicon.flags(view.bytes, view.tokens[index].span) == .common
    }

    /// "… was underscored when Ryan lamented the “…” and criticized the “…”": the subject of the
    /// clause a subordinator opens before the conjunction at `joint`, with no comma between (the
    /// verbs joined are that clause's), or nil.
    func subordinateSubject(before joint: Int, floor: Int) -> SpeakerPhrase? {
        var index = joint - 1
        while index > floor, !view.isPunct(index, ","), !view.isTerminal(index) {
            if view.isLowerWord(index), view.classes(index).contains(.subordinator),
                view.hash(index) != SpeakerAttributor.that
            {
                guard let phrase = clauseSubject(in: (index + 1)..<joint), phrase.kind != .pronoun else { return nil }
                return phrase
            }
            index -= 1
        }
        return nil
    }

    /// A description opening a clause at token `index` ("The Florida senator is telling …"), read
    /// up to its verb, with the name inside it ("The Clinton campaign said"); not a time phrase ("A
    /// week later, …") nor "that" opening a clause ("found in 2014 that the Air Force is").
    func openingDescription(at index: Int, window: Range<Int>) -> SpeakerPhrase? {
        guard view.isWord(index), view.classes(index).contains(.determiner), !view.isPossessive(index),
            index == window.lowerBound || !view.isWord(index - 1), view.hash(index) != SpeakerAttributor.that
        else { return nil }
        var end = index + 1
        while end < window.upperBound, end - index <= 5, view.isWord(end), !looksLikeVerb(end) { end += 1 }
        guard end > index + 1, end < window.upperBound, looksLikeVerb(end), !view.classes(index + 1).contains(.time)
        else { return nil }
        let inner = ((index + 1)..<end).first(where: { view.isNameWord($0) }).flatMap {
            reader.nameForward(startingAt: $0, limit: end)
        }
        return SpeakerPhrase(range: index..<end, kind: .description, name: inner)
    }

    /// The description a possessive name at `name` opens, up to the verb after it ("Rubio’s
    /// campaign" of "Rubio’s campaign sent"), within `limit`; nil when no verb follows its noun
    /// or the noun does not speak for the name.
    func possessedDescription(_ name: Range<Int>, limit: Int) -> SpeakerPhrase? {
        var end = name.upperBound
        while end < limit, end - name.upperBound < 4, view.isLowerWord(end), !looksLikeVerb(end) { end += 1 }
        // Only a noun that speaks for its owner: a campaign, a spokeswoman, a letter.
        guard end > name.upperBound, end < limit, looksLikeVerb(end), view.classes(end - 1).contains(.representative)
        else { return nil }
        return SpeakerPhrase(range: name.lowerBound..<end, kind: .description, name: name)
    }

    /// The name in apposition to the noun a possessive name at `name` opens, when a verb follows
    /// it within `limit` ("Tim Farron" of "The Liberal Democrats’ environment spokesman, Tim
    /// Farron, was"), or nil.
    func possessedAppositive(_ name: Range<Int>, limit: Int) -> SpeakerPhrase? {
        var end = name.upperBound
        while end < limit, end - name.upperBound < 4, view.isLowerWord(end), !looksLikeVerb(end) { end += 1 }
        guard end > name.upperBound, end + 1 < limit, view.isPunct(end, ","),
            let appositive = reader.nameForward(startingAt: end + 1, limit: limit),
            appositive.upperBound + 1 < limit, view.isPunct(appositive.upperBound, ","),
            looksLikeVerb(appositive.upperBound + 1)
        else { return nil }
        return SpeakerPhrase(range: appositive, kind: .name, name: appositive)
    }

    /// "Trump and Ryan issued a statement": the verb after a second name joined by "and" to the
    /// name at `name` (ending at token `next`), so that the first of the two is the subject.
    func verbAfterJointName(_ name: Range<Int>, next: Int, limit: Int) -> Int? {
        guard next + 1 < limit, view.isLowerWord(next), view.classes(next).contains(.conjunction),
            !view.isPossessive(name.upperBound - 1)
        else { return nil }
        // "Netanyahu and other right-wing Israeli leaders shunned": a group the name leads.
        if view.isLowerWord(next + 1), view.hash(next + 1) == PhraseReader.otherHash {
            var verb = next + 2
            while verb < limit, verb - next <= AttributionLimits.roleWords + 1, view.isWord(verb) {
                if view.isLowerWord(verb), verb > next + 2, looksLikeVerb(verb), !view.isPlural(verb) { return verb }
                verb += 1
            }
            return nil
        }
        guard let other = reader.nameForward(startingAt: next + 1, limit: limit),
            !view.isPossessive(other.upperBound - 1), other.upperBound < limit, looksLikeVerb(other.upperBound)
        else { return nil }
        return other.upperBound
    }

    /// A description read up to its verb without the function words and time phrase it ended on
    /// ("the person who", "the Sanders campaign on Monday").
    func trimmed(_ phrase: SpeakerPhrase) -> SpeakerPhrase {
        guard phrase.kind == .description else { return phrase }
        var copy = phrase
        copy.range =
            phrase.range.lowerBound..<reader.trimmedEnd(first: phrase.range.lowerBound, end: phrase.range.upperBound)
        if let name = copy.name, name.upperBound > copy.range.upperBound { copy.name = nil }
        return copy
    }

    /// The hashes of prepositions that put the name after them in a phrase ("in Columbia", "Like
    /// Corker,"), any case.
    static let phraseOpeners = CueLexicon.hashes(
        objectPrepositionWords + " with after before during since across than against")

    /// How many appositives may stand between the name at `name` and its verb, the first after the
    /// comma at `comma`: several when the name opens its clause and a lower-case word the first
    /// appositive ("Doe, an economist who …, a critic of …, said"), none when the name is in a
    /// phrase ("Here in Columbia, Sanders stepped up …, saying"), else one.
    func appositiveReach(of name: Range<Int>, comma: Int, window: Range<Int>) -> Int {
        let before = name.lowerBound - 1
        if before >= window.lowerBound, view.isWord(before) {
            if Self.phraseOpeners.contains(view.hash(before)) { return 0 }
        }
        let opensClause =
            before < window.lowerBound || view.isDoubleMark(before)
            || view.isWord(before) && view.classes(before).contains(.conjunction)
        return opensClause && view.isLowerWord(comma + 1) ? AttributionLimits.appositives : 1
    }

    /// The verb after the appositives that follow the comma at token `comma` ("Doe, an economist
    /// who studies wages, said"): at most `reach` of them, each no longer than
    /// `AttributionLimits.appositiveLength` tokens when there may be several, 20 when only one.
    func verbAfterAppositives(from comma: Int, limit: Int, reach: Int) -> Int? {
        var start = comma
        for _ in 0..<reach {
            var close = start + 1
            let length = reach > 1 ? AttributionLimits.appositiveLength : 20
            while close < limit, close - start < length, !view.isPunct(close, ","),
                !view.isTerminal(close), !view.isDoubleMark(close)
            {
                close += 1
            }
            guard close + 1 < limit, close > start + 1, view.isPunct(close, ",") else { return nil }
            // "Facing criticism from Republicans, Mr. Trump released a statement, describing …":
            // a name and its verb make a clause, not an appositive.
            if let name = reader.nameForward(startingAt: start + 1, limit: close), name.upperBound < close,
                !view.isPossessive(name.upperBound - 1), looksLikeVerb(name.upperBound)
            {
                return nil
            }
            if looksLikeVerb(close + 1) { return close + 1 }
            start = close
        }
        return nil
    }

    /// The attribution of the sentence just before a quote that opens a sentence of its own
    /// ("Doe agreed. “…”", "… he said. “…”").
    func previousSentence(_ candidate: QuoteCandidate, line: Range<Int>) -> Attribution? {
        let end = candidate.openToken - 1
        guard end > line.lowerBound, view.isTerminal(end) || view.isPunct(end, ":") else { return nil }
        var start = end
        while start > line.lowerBound, end - start < 45, !view.isTerminal(start - 1), !view.isDoubleMark(start - 1) {
            start -= 1
        }
        guard var found = attributionBefore(in: start..<end) ?? gesture(in: start..<end), found.rule != .passiveCue
        else { return nil }
        found.rule = .previousSentenceCue
        if let cue = found.cue?.upperBound,
            let source = laterSource(in: max(cue, found.phrase.range.upperBound)..<end)
        {
            return source
        }
        return standalone(found)
    }

    /// "Stokes shrugged. “…”", "She pauses. “…”": a short sentence whose verb is a speaker's
    /// gesture (no verb of speech) gives the quote opening the next sentence to its subject.
    func gesture(in window: Range<Int>) -> Attribution? {
        guard window.count <= AttributionLimits.gestureSentenceWords else { return nil }
        for index in window where view.isLowerWord(index) && Self.gestures.contains(view.hash(index)) {
            guard let phrase = reader.subject(before: index, floor: window.lowerBound) else { return nil }
            return Attribution(phrase: phrase, cue: index..<(index + 1), rule: .previousSentenceCue)
        }
        return nil
    }

    /// The hashes of verbs of a speaker's gesture before words ("shrugged", "paused", "smiled").
    static let gestures = CueLexicon.hashes(
        """
        shrugged shrugs smiled smiles laughed laughs paused pauses nodded nods sighed sighs grinned grins
        winced winces chuckled chuckles frowned frowns hesitated hesitates beamed beams
        """)

    /// The attribution with a relative pronoun ("Doe, who said …") replaced by the name it
    /// follows, for use outside the pronoun's own sentence.
    func standalone(_ attribution: Attribution) -> Attribution {
        let phrase = attribution.phrase
        guard phrase.kind == .pronoun, phrase.range.count == 1, phrase.range.lowerBound >= 2,
            view.isLowerWord(phrase.range.lowerBound), view.isPunct(phrase.range.lowerBound - 1, ","),
            // "who", "which", "that": not "he" ("…, the year he returned to Bucknell, he explained").
            view.classes(phrase.range.lowerBound).contains(.relativePronoun)
                || view.classes(phrase.range.lowerBound).contains(.relative),
            var name = reader.nameBackward(
                endingAt: phrase.range.lowerBound - 2, floor: max(0, phrase.range.lowerBound - 8))
        else { return attribution }
        // "said Nicky Driscoll, 24, from Manchester, who said": the person, not the place.
        if let person = reader.nameBeforePlacePhrase(name) { name = person }
        var copy = attribution
        copy.phrase = SpeakerPhrase(range: name, kind: .name, name: name)
        return copy
    }

    /// The subject of the sentence before a quote that has no cue ("He figures that …").
    func sentenceSubject(_ candidate: QuoteCandidate, paragraph: Range<Int>) -> Attribution? {
        let before = beforeWindow(candidate, floor: paragraph.lowerBound)
        // "Jindal signed an order, while Mike Huckabee, the former governor, proposed we “…”": the
        // subject of the contrasting clause the quote is in.
        if let contrast = before.last(where: { $0 > before.lowerBound && isContrast($0) }),
            let phrase = clauseSubject(in: (contrast + 1)..<before.upperBound), phrase.kind == .name
        {
            return Attribution(phrase: phrase, rule: .sentenceSubject)
        }
        if let phrase = clauseSubject(in: before) { return Attribution(phrase: phrase, rule: .sentenceSubject) }
        return nil
    }

    /// Whether token `index` is "while" or "whereas" after a comma, opening a clause that
    /// contrasts with the one before.
    func isContrast(_ index: Int) -> Bool {
        view.isPunct(index - 1, ",") && view.isLowerWord(index) && Self.contrasts.contains(view.hash(index))
    }

    /// The name signed under a quote on the next line ("- Jane Doe.").
    func signature(_ candidate: QuoteCandidate, nextLine: Range<Int>) -> Attribution? {
        guard candidate.afterClose >= candidate.line.upperBound, nextLine.count >= 2, view.isDash(nextLine.lowerBound)
        else {
            return nil
        }
        guard let phrase = reader.phrase(startingAt: nextLine.lowerBound + 1, limit: nextLine.upperBound) else {
            return nil
        }
        return Attribution(phrase: phrase, rule: .signature)
    }

    /// The first name or pronoun of the sentence before a quote: the last resort.
    func firstMention(_ candidate: QuoteCandidate, paragraph: Range<Int>) -> Attribution? {
        let before = beforeWindow(candidate, floor: paragraph.lowerBound)
        var index = before.lowerBound
        while index < before.upperBound {
            if view.isWord(index), view.classes(index).contains(.pronoun), !view.classes(index).contains(.determiner) {
                return Attribution(
                    phrase: SpeakerPhrase(range: index..<(index + 1), kind: .pronoun), rule: .firstMention)
            }
            if let name = reader.nameForward(startingAt: index, limit: before.upperBound) {
                return Attribution(phrase: SpeakerPhrase(range: name, kind: .name, name: name), rule: .firstMention)
            }
            index += 1
        }
        return nil
    }

    /// The speaker introduced by the last sentence of a paragraph ending in a colon.
    func colonIntroduction(paragraph: Range<Int>) -> Attribution? {
        guard paragraph.count > 1, view.isPunct(paragraph.upperBound - 1, ":") else { return nil }
        var start = paragraph.upperBound - 1
        while start > paragraph.lowerBound, !view.isTerminal(start - 1), !view.isDoubleMark(start - 1) { start -= 1 }
        let window = start..<(paragraph.upperBound - 1)
        if var found = attributionBefore(in: window), found.rule != .passiveCue {
            found.rule = .colonIntroduction
            return found
        }
        // "In response, Republican nominee Donald Trump issued the following statement:".
        if let phrase = clauseSubject(in: window), phrase.name != nil {
            return Attribution(phrase: phrase, rule: .colonIntroduction)
        }
        var index = window.lowerBound
        while index < window.upperBound {
            if view.isWord(index), view.classes(index).contains(.pronoun), !view.classes(index).contains(.determiner) {
                return Attribution(
                    phrase: SpeakerPhrase(range: index..<(index + 1), kind: .pronoun), rule: .colonIntroduction)
            }
            if let name = reader.nameForward(startingAt: index, limit: window.upperBound) {
                return Attribution(
                    phrase: SpeakerPhrase(range: name, kind: .name, name: name), rule: .colonIntroduction)
            }
            index += 1
        }
        return nil
    }
}
