import NQSource

/// How a word near a quote is read before it counts as a cue or a subject: "put it" as a cue, a
/// cue word used as a noun, and a name governed by a preposition.
extension SpeakerAttributor {
    /// Whether token `index` is "put" or "puts" before "it": "as Doe put it, “…”".
    func isPutIt(_ index: Int) -> Bool {
        guard index + 1 < view.count, isWord(index + 1, Self.it), view.isLowerWord(index) else { return false }
        let hash = view.hash(index)
        return hash == Self.put || hash == Self.puts
    }

    /// Whether token `index` opens a phrasal verb of speech: "Doe shot back, “…”", "fired
    /// back", "hit back", "lashed out", "chimed in", "weighed in".
    func isPhrasalCue(_ index: Int) -> Bool {
        // The particle first: most words are no "back", "out", "in" or "up", and need no
        // dictionary lookup.
        guard index + 1 < view.count, view.isLowerWord(index), view.isLowerWord(index + 1),
            Self.phrasalParticles.contains(view.hash(index + 1)),
            let particle = Self.phrasalCues[view.hash(index)]
        else { return false }
        return view.hash(index + 1) == particle
    }

    /// Verbs of phrasal cues, each with its particle.
    static let phrasalCues: [UInt64: UInt64] = {
        let words =
            ("shot back shoots back fired back fires back hit back hits back struck back pushed back "
            + "lashed out lashes out chimed in weighed in weighs in piped up spoke up")
            .split(separator: " ").map { CueLexicon.hash(Array($0.utf8)) }
        var table: [UInt64: UInt64] = [:]
        for pair in stride(from: 0, to: words.count - 1, by: 2) { table[words[pair]] = words[pair + 1] }
        return table
    }()

    /// The particles of the phrasal cues.
    static let phrasalParticles = WordHashes(phrasalCues.values)

    /// The hashes of "put" and "puts".
    static let put = CueLexicon.hash(Array("put".utf8))
    static let puts = CueLexicon.hash(Array("puts".utf8))

    /// Whether the cue word at `index` is a past participle after a form of "be" ("her name was
    /// announced", "the plan is described as"): its subject is what was said or spoken of, not
    /// who spoke. "was saying" and "was shout" are no passive; nor is a verb of asking ("Doe was
    /// asked").
    func isPassive(_ index: Int, floor: Int, asking: Bool = false) -> Bool {
        guard view.isLowerWord(index), asking || !view.classes(index).contains(.addressing) else { return false }
        guard reader.isPastParticiple(index) || Self.irregularParticiples.contains(view.hash(index)),
            !reportsSubjectSpeaking(after: index)
        else { return false }
        var before = index - 1
        while before >= floor, view.isLowerWord(before), !Self.beForms.contains(view.hash(before)),
            view.classes(before).contains(.adverb) || WordHashSet.hasSuffix(view.bytes, view.tokens[before].span, "ly")
        {
            before -= 1
        }
        return before >= floor && view.isLowerWord(before) && Self.beForms.contains(view.hash(before))
    }

    /// The attribution of a passive cue at `cue`: the agent after "by" speaks ("“…” was written
    /// by Doe"); otherwise the words are reported with no speaker, and the subject is kept only
    /// to show what the cue was read with.
    func passive(cue: Int, window: Range<Int>, after: Bool) -> Attribution? {
        // A passive far after the quote ("…” covering 2003, … a killing that was claimed by
        // the group") is about something else.
        if after, cue - window.lowerBound > AttributionLimits.nearCueReach { return nil }
        if cue + 2 < window.upperBound, isWord(cue + 1, Self.by),
            let phrase = reader.phrase(startingAt: cue + 2, limit: window.upperBound), phrase.kind != .pronoun
        {
            return Attribution(phrase: phrase, cue: cue..<(cue + 1), rule: after ? .quoteVerbName : .verbNameQuote)
        }
        guard let phrase = reader.subject(before: cue, floor: window.lowerBound) else { return nil }
        return Attribution(phrase: phrase, cue: cue..<(cue + 1), rule: .passiveCue)
    }

    /// The hash of "by".
    static let by = CueLexicon.hash(Array("by".utf8))

    /// Whether the words after the passive cue at `index` say the subject spoke: "is quoted as
    /// saying", "is reported to have called", "was heard saying".
    func reportsSubjectSpeaking(after index: Int) -> Bool {
        func isSpeech(_ token: Int) -> Bool {
            token < view.count && view.isLowerWord(token) && view.classes(token).contains(.speech)
        }
        if isSpeech(index + 1) { return true }
        if index + 2 < view.count, isWord(index + 1, Self.as) { return isSpeech(index + 2) }
        if index + 3 < view.count, isWord(index + 1, SpeakerAttributor.to), isWord(index + 2, Self.have) {
            return isSpeech(index + 3)
        }
        return false
    }

    /// Past participles of verbs of speech that do not end in -ed.
    static let irregularParticiples = CueLexicon.hashes("said written spoken read thought")

    /// The hashes of "as" and "have".
    static let `as` = CueLexicon.hash(Array("as".utf8))
    static let have = CueLexicon.hash(Array("have".utf8))

    /// The forms of "be" that make a passive.
    static let beForms = CueLexicon.hashes("is are was were be been being")

    /// Whether the phrase starting at token `start` follows a preposition ("on Facebook writing"):
    /// the object of a phrase, not the subject of what follows.
    func followsPreposition(_ start: Int, floor: Int) -> Bool {
        guard start - 1 >= floor, view.isWord(start - 1) else { return false }
        return Self.objectPrepositions.contains(view.hash(start - 1))
    }

    /// Prepositions whose object is no subject of an -ing form after it (not "with": "with Doe
    /// tweeting that …" makes Doe the subject).
    static let objectPrepositions = CueLexicon.hashes(objectPrepositionWords)
    /// The words of `objectPrepositions`.
    static let objectPrepositionWords = "in on at from to of for by into via like near about"

    /// Whether the name at `name` is governed by a preposition of address, right before it or
    /// before a short description it follows ("to Trump", "to the Dutch newspaper NRC").
    func isAddressed(_ name: Range<Int>, floor: Int) -> Bool {
        var index = name.lowerBound - 1
        while index >= floor, name.lowerBound - index <= 5, view.isWord(index) {
            if view.isLowerWord(index), Self.addresseePrepositions.contains(view.hash(index)) { return true }
            // Only a description's words stand between: no verb, no other preposition.
            if view.isLowerWord(index),
                view.classes(index).contains(.speech) || view.classes(index).contains(.verb)
                    || view.isPreposition(index)
            {
                return false
            }
            index -= 1
        }
        return false
    }

    /// Whether a description read after a verb goes on to a verb of its own ("said the candidate
    /// could be", "said the days when the nation had"): the subject of what was said, not who said it.
    func readsOnToVerb(_ range: Range<Int>, limit: Int) -> Bool {
        let verbs = range.dropFirst().contains { index in
            view.isLowerWord(index)
                && (view.classes(index).contains(.modal) || ReferenceTable.auxiliaries.contains(view.hash(index)))
        }
        return verbs || range.upperBound < limit && ReferenceTable.isFiniteVerb(view, range.upperBound)
    }

    /// Whether the words after a quote open with a contrast ("while", "whereas"), after a comma.
    func opensContrast(_ window: Range<Int>) -> Bool {
        var index = window.lowerBound
        while index < window.upperBound, !view.isWord(index) { index += 1 }
        return index < window.upperBound && view.isLowerWord(index) && Self.contrasts.contains(view.hash(index))
    }

    /// Words that open a contrasting clause.
    static let contrasts = CueLexicon.hashes("while whereas")

    /// Prepositions before a name that is addressed or spoken of, not speaking.
    static let addresseePrepositions = CueLexicon.hashes("to at for about on against in with")

    /// Whether the cue word at `index` is a noun after a determiner and one to three modifiers
    /// ("a phone call", "the final report", "his now-familiar campaign promise", "a Trump-style
    /// retort"): only for cue words that are also nouns.
    func isNounAfterModifier(_ index: Int, floor: Int) -> Bool {
        if view.hash(index) == Self.states {
            return index > floor && view.isWord(index - 1)
                && (view.tokens[index - 1].isCapitalized || view.classes(index - 1).contains(.quantifier))
        }
        guard Self.nounCues.contains(view.hash(index)) else { return false }
        var modifier = index - 1
        // "a Trump-style retort": a capitalised word only as the one modifier ("the People's Daily
        // newspaper calls it" keeps its verb).
        while modifier > floor, index - modifier <= 3, view.isWord(modifier),
            !view.classes(modifier).contains(.determiner), !view.classes(modifier).contains(.quantifier)
        {
            let classes = view.classes(modifier)
            guard !classes.contains(.adverb), !classes.contains(.pronoun), !classes.contains(.speech),
                !classes.contains(.modal), !view.isPreposition(modifier),
                view.isLowerWord(modifier) || modifier == index - 1
            else { return false }
            modifier -= 1
        }
        return modifier < index - 1 && modifier >= floor && view.isWord(modifier)
            && (view.classes(modifier).contains(.determiner) || view.classes(modifier).contains(.quantifier))
    }

    /// Cue words that are also nouns ("a phone call", "the final report").
    static let nounCues = CueLexicon.hashes(
        """
        call calls report reports reply replies answer answers post posts tweet tweets offer promise pledge vow
        claim claims joke quip remark demand hint counter lament statement comment retort points
        """)

    /// The hash of "states": a noun after a capitalised word or a quantifier ("many Asian
    /// states", "Gulf states"), a verb after a noun ("the ad states").
    static let states = CueLexicon.hash(Array("states".utf8))
}
