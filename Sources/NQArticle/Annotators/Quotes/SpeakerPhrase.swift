import NQSource

/// A phrase that can name a speaker or addressee: a name, a pronoun or a description.
struct SpeakerPhrase {
    /// What the phrase is.
    enum Kind: String {
        case name, pronoun, description
    }

    /// The tokens of the phrase.
    var range: Range<Int>
    /// What it is.
    var kind: Kind
    /// The tokens of the name inside a description ("the economist Jane Doe"), if any.
    var name: Range<Int>?
}

/// Reads speaker phrases backwards from a verb or forwards from a position.
struct PhraseReader {
    /// The tokens.
    let view: TokenView

    /// The name run ending at token `last` (inclusive), reading back no further than `floor`.
    func nameBackward(endingAt last: Int, floor: Int) -> Range<Int>? {
        guard last >= floor, view.isNameWord(last) else { return nil }
        var first = last
        while first - 1 >= floor, !view.newlineBefore(first) {
            let previous = first - 1
            if view.isNameWord(previous) {
                first = previous
            } else if view.isLowerWord(previous), view.sameWordIsOf(previous), !view.isOf(previous),
                view.tokens[first].isCapitalized || view.sameWordIsOf(first),
                !TokenView.innerNameJoiners.contains(view.hash(previous))
                    || previous - 1 >= floor && view.isNameWord(previous - 1)
            {
                // "von der Leyen", "bin Salman", "de Blasio": particles opening a surname.
                first = previous
            } else if view.isPunct(previous, "."), previous - 1 >= floor,
                view.isInitial(previous - 1) || view.classes(previous - 1).contains(.honorific)
            {
                first = previous - 1
            } else if let opening = nicknameOpening(before: first, floor: floor) {
                // "Sen. Teodoro “Teddy” Villaraza said": the name around a nickname.
                first = opening - 1
            } else {
                break
            }
        }
        return first..<(last + 1)
    }

    /// The opening mark of a nickname in quotation marks ending just before token `token`,
    /// after a name word at or after `floor` ("Teodoro “Teddy” Villaraza"), if there is one.
    func nicknameOpening(before token: Int, floor: Int) -> Int? {
        guard token - 1 > floor, view.tokens[token - 1].kind == .quote else { return nil }
        // The closing mark may span two tokens (''), before one or two words and the opening mark.
        for opening in stride(from: token - 3, through: max(floor + 1, token - 6), by: -1)
        where view.tokens[opening].kind == .quote && view.isNameWord(opening - 1) {
            return QuoteMarkScanner.nicknameEnd(view.context, opening: opening) == token ? opening : nil
        }
        return nil
    }

    /// The name run starting at token `first`, reading forward no further than `limit`.
    func nameForward(startingAt first: Int, limit: Int) -> Range<Int>? {
        guard first < limit, view.isNameWord(first) else { return nil }
        var end = first + 1
        while end < limit, !view.newlineBefore(end) {
            if view.isNameWord(end) {
                end += 1
            } else if view.isPunct(end, "."), view.isInitial(end - 1) || view.classes(end - 1).contains(.honorific),
                end + 1 < limit, view.isNameWord(end + 1)
            {
                end += 1
            } else if end + 1 < limit, view.isLowerWord(end), view.tokens[end].span.length <= 5,
                view.isNameWord(end + 1), view.tokens[end + 1].spaceBefore,
                view.sameWordIsOf(end), !view.isOf(end) || view.classes(end - 1).contains(.honorific)
            {
                // "Secretary of State John Kerry", "Charles de Gaulle".
                end += 1
            } else if view.tokens[end].kind == .quote,
                let after = QuoteMarkScanner.nicknameEnd(view.context, opening: end),
                after < limit, view.isNameWord(after)
            {
                // "Sen. Teodoro “Teddy” Villaraza said": the name around a nickname.
                end = after
            } else {
                break
            }
        }
        return first..<end
    }

    /// The subject of the verb at token `verb`, read backwards no further than `floor`:
    /// "Trump said", "he later said", "a spokesman for the campaign said", "Doe, an analyst, said".
    func subject(before verb: Int, floor: Int, allowAppositive: Bool = true) -> SpeakerPhrase? {
        guard let found = nearSubject(before: verb, floor: floor, allowAppositive: allowAppositive) else { return nil }
        // "Trump and Ryan said", "Netanyahu and other Israeli leaders called": of two joined by
        // "and", the first leads, when it opens the clause.
        if found.kind != .pronoun, let first = nameJoined(before: found.range, floor: floor),
            first.lowerBound == floor || !view.isWord(first.lowerBound - 1)
                || view.classes(first.lowerBound - 1).contains(.conjunction)
        {
            return SpeakerPhrase(range: first, kind: .name, name: first)
        }
        return found
    }

    /// The name joined by "and" before the phrase at `range` ("Trump" of "Trump and Ryan"), read
    /// no further back than `floor`.
    func nameJoined(before range: Range<Int>, floor: Int) -> Range<Int>? {
        let and = range.lowerBound - 1
        guard and - 1 >= floor, view.isLowerWord(and), view.hash(and) == Self.andHash, !view.isPossessive(and - 1)
        else { return nil }
        // "Nick Clegg, the company's president, and Jane Roe, its lawyer, said": the first
        // named before an appositive of its own, when the name opens the clause.
        if view.isPunct(and - 1, ","),
            case let head? = nameBeforeAppositive(endingAt: and - 1, floor: floor, stop: and - 16),
            head.kind == .name, head.range.lowerBound == floor || !view.isWord(head.range.lowerBound - 1)
        {
            return head.range
        }
        return nameBackward(endingAt: and - 1, floor: floor)
    }

    /// Determiners that make a name one of a group ("a New Hampshire Republican").
    static let indefinites = CueLexicon.hashes("a an another one")

    /// Words before "as" that give the name someone goes by.
    static let knownAs = CueLexicon.hashes("known identified")

    /// The hashes of "and" and "other".
    static let andHash = CueLexicon.hash(Array("and".utf8))
    static let otherHash = CueLexicon.hash(Array("other".utf8))

    /// The subject nearest the verb at token `verb` (see `subject(before:floor:allowAppositive:)`).
    func nearSubject(before verb: Int, floor: Int, allowAppositive: Bool) -> SpeakerPhrase? {
        var index = verb - 1
        var skipped = 0
        while index >= floor, skipped < 3, view.isLowerWord(index), view.classes(index).contains(.adverb) {
            index -= 1
            skipped += 1
        }
        // "Cruz on Tuesday said": step over a time phrase.
        var back = index
        while back >= floor, view.isWord(back), view.classes(back).contains(.time) { back -= 1 }
        if back < index, back >= floor, view.isLowerWord(back), view.classes(back).contains(.timePreposition) {
            index = back - 1
        }
        guard index >= floor else { return nil }
        let wordClass = view.classes(index)
        if view.isLowerWord(index), wordClass.contains(.conjunction) { return nil }
        if view.isWord(index), wordClass.contains(.quantifier),
            view.isLowerWord(index) || opensSentence(index, floor: floor)
        {
            // "most said", "many told the pollsters", "Another said:".
            return SpeakerPhrase(range: index..<(index + 1), kind: .pronoun)
        }
        if view.isLowerWord(index), wordClass.contains(.relative) {
            // "a message that said": the relative pronoun stands for the speaker.
            return SpeakerPhrase(range: index..<(index + 1), kind: .pronoun)
        }
        if view.isWord(index), wordClass.contains(.pronoun),
            !view.tokens[index].isCapitalized || view.tokens[index].span.length == 1 || index == floor
                || !view.isNameWord(index - 1)
        {
            return SpeakerPhrase(range: index..<(index + 1), kind: .pronoun)
        }
        if let name = nameBackward(endingAt: index, floor: floor) {
            guard !view.isPossessive(index) else { return nil }
            // "another New Hampshire Republican added", "a second Labour MP said": one of a
            // group, a description.
            if let indefinite = indefinite(before: name.lowerBound, floor: floor) {
                return SpeakerPhrase(range: indefinite..<name.upperBound, kind: .description, name: name)
            }
            // "Jane Doe of the Harbour Institute wrote": the person, not the institute.
            if let person = nameBeforeOf(name.lowerBound, floor: floor) {
                return SpeakerPhrase(range: person, kind: .name, name: person)
            }
            // "Gary Byrne, a former agent for President Bill Clinton has written": the name ends
            // an appositive whose closing comma is missing; its head speaks.
            let complement =
                name.lowerBound - 2 >= floor && view.classes(name.lowerBound - 1).contains(.determiner)
                ? name.lowerBound - 2 : name.lowerBound - 1
            if complement >= floor, view.opensComplement(complement),
                let head = headOfOpenAppositive(before: complement, floor: floor)
            {
                return SpeakerPhrase(range: head, kind: .name, name: head)
            }
            // "a source close to Doe said": the name is the complement of a description.
            if name.lowerBound - 2 >= floor, view.opensComplement(name.lowerBound - 1),
                let phrase = description(endingAt: index, floor: floor), phrase.range.lowerBound < name.lowerBound - 1
            {
                return phrase
            }
            return SpeakerPhrase(range: name, kind: .name, name: name)
        }
        if view.isLowerWord(index), !wordClass.contains(.speech), !wordClass.contains(.notName) {
            var phrase = description(endingAt: index, floor: floor)
            // "a Western diplomat following the talks told": the description a participle
            // phrase follows, with it.
            if let found = phrase, found.range.lowerBound - 2 >= floor, isParticipleLike(found.range.lowerBound - 1),
                view.isLowerWord(found.range.lowerBound - 2),
                let head = description(endingAt: found.range.lowerBound - 2, floor: floor),
                head.range.lowerBound == floor || !view.isWord(head.range.lowerBound - 1)
                    || view.classes(head.range.lowerBound - 1).contains(.conjunction)
            {
                phrase = SpeakerPhrase(range: head.range.lowerBound..<found.range.upperBound, kind: .description)
            }
            // "Trump in his announcement speech called": the subject stands before the phrase a
            // preposition opens.
            if let phrase, phrase.range.lowerBound - 2 >= floor, view.isLowerWord(phrase.range.lowerBound - 1),
                Self.circumstancePrepositions.contains(view.hash(phrase.range.lowerBound - 1)),
                let name = nameBackward(endingAt: phrase.range.lowerBound - 2, floor: floor),
                !view.isPossessive(phrase.range.lowerBound - 2)
            {
                return SpeakerPhrase(range: name, kind: .name, name: name)
            }
            return phrase
        }
        // "The head of the mission, former Ghanaian president John Mahama, said": an appositive
        // of role words and the name they lead.
        if allowAppositive, view.isPunct(index, ","), let name = nameBackward(endingAt: index - 1, floor: floor),
            !view.isPossessive(index - 1), let comma = commaBeforeRole(of: name, floor: floor)
        {
            return SpeakerPhrase(range: (comma + 1)..<name.upperBound, kind: .description, name: name)
        }
        if allowAppositive, view.isPunct(index, ","), let name = nameBackward(endingAt: index - 1, floor: floor),
            name.lowerBound - 1 >= floor, view.isPunct(name.lowerBound - 1, ","), !view.isPossessive(index - 1)
        {
            // "The campaign's lawyer, Jane Doe, said"; but "Jane Doe, the editor of the paper,
            // The Planet, said" and "Doe, in Columbus, Ohio, said": a name heading the phrase.
            if case let head? = nameBeforeAppositive(endingAt: name.lowerBound - 1, floor: floor, stop: index - 40),
                head.kind == .name
            {
                return head
            }
            return SpeakerPhrase(range: name, kind: .name, name: name)
        }
        if allowAppositive, view.isPunct(index, ",") || view.isPunct(index, ")") {
            return nameBeforeAppositive(endingAt: index, floor: floor, stop: index - 25)
        }
        return nil
    }

    /// The comma opening the role words before the name at `name` ("former Ghanaian president"
    /// of ", former Ghanaian president John Mahama,"): lower-case words of a role, one of them a
    /// role noun, and capitalised words of a nationality or body, at most
    /// `AttributionLimits.roleWords` + 2 tokens; nil when anything else stands there.
    func commaBeforeRole(of name: Range<Int>, floor: Int) -> Int? {
        var index = name.lowerBound - 1
        var role = false
        while index >= floor, name.lowerBound - index <= AttributionLimits.roleWords + 2, view.isWord(index) {
            if view.isLowerWord(index) {
                if view.classes(index).contains(.role) {
                    role = true
                } else if !EntityResolver.personCues.contains(view.bytes, view.tokens[index].span) {
                    return nil
                }
            } else if view.isPossessive(index) {
                return nil
            }
            index -= 1
        }
        guard role, index >= floor, view.isPunct(index, ",") else { return nil }
        return index
    }

    /// The "a", "an", "another" or "one" right before token `start`, or one word before it
    /// with an adjective between ("a second", "another senior"), if any.
    func indefinite(before start: Int, floor: Int) -> Int? {
        let before = start - 1
        guard before >= floor, view.isWord(before) else { return nil }
        if view.isLowerWord(before) || opensSentence(before, floor: floor),
            Self.indefinites.contains(view.hash(before))
        {
            return before
        }
        let classes = view.classes(before)
        guard before - 1 >= floor, view.isLowerWord(before),
            classes.isDisjoint(with: [.time, .notName, .conjunction, .speech, .verb, .pronoun, .adverb]),
            view.isLowerWord(before - 1) || opensSentence(before - 1, floor: floor),
            Self.indefinites.contains(view.hash(before - 1))
        else { return nil }
        return before - 1
    }

    /// Whether token `index` opens its sentence: the first of the window, or after a full stop,
    /// a question mark or an exclamation mark.
    func opensSentence(_ index: Int, floor: Int) -> Bool {
        index == floor || view.isPunct(index - 1, ".") || view.isPunct(index - 1, "?") || view.isPunct(index - 1, "!")
    }

    /// Prepositions of a phrase that may stand between a subject and its verb ("Doe in a
    /// statement said").
    static let circumstancePrepositions = CueLexicon.hashes("in on at during")

    /// The name of two or more words before "of" or "of the" that ends just before token
    /// `start` ("Jane Doe of the Harbour Institute"): the person an affiliation follows.
    func nameBeforeOf(_ start: Int, floor: Int) -> Range<Int>? {
        // Back over the rest of an organisation's name ("James Martin Center for …").
        var index = start - 1
        while index - 1 >= floor, start - index < 10 {
            var of: Int?
            if view.isLowerWord(index), view.isOf(index) {
                of = index
            } else if view.classes(index).contains(.determiner), index - 1 >= floor, view.isLowerWord(index - 1),
                view.isOf(index - 1)
            {
                // "of the Heritage Foundation", "of The Nation"
                of = index - 1
            }
            if let of, let person = personBefore(of: of, floor: floor) {
                // "Bishop Jane Doe of the Harbour Church of Ely": a name after another "of" is
                // the organisation the person belongs to; read on to the person.
                if let outer = nameBeforeOf(person.lowerBound, floor: floor), followsOf(person.lowerBound) {
                    return outer
                }
                return person
            }
            guard
                view.isNameWord(index) || view.isLowerWord(index) && view.sameWordIsOf(index)
                    || view.isLowerWord(index) && view.classes(index).contains(.determiner)
                    || view.isPreposition(index)
                    // "Institute for Science and International Security"
                    || view.isLowerWord(index) && view.classes(index).contains(.conjunction)
                        && view.isNameWord(index + 1) && index - 1 >= floor && view.isNameWord(index - 1)
            else { return nil }
            index -= 1
        }
        return nil
    }

    /// The name heading an appositive that opens (", a", ", the", ", president and", ", who") at most
    /// `AttributionLimits.appositiveLength` tokens before token `index` and is not closed: the
    /// name opens its clause.
    func headOfOpenAppositive(before index: Int, floor: Int) -> Range<Int>? {
        var comma = index - 1
        while comma > floor, index - comma <= AttributionLimits.appositiveLength, view.isWord(comma) {
            comma -= 1
        }
        guard comma > floor, view.isPunct(comma, ","), view.isLowerWord(comma + 1),
            !view.classes(comma + 1).isDisjoint(with: [.determiner, .honorific, .role, .relativePronoun]),
            let head = nameBackward(endingAt: comma - 1, floor: floor), !view.isPossessive(comma - 1),
            head.lowerBound == floor || !view.isWord(head.lowerBound - 1)
        else { return nil }
        return head
    }

    /// The name before the place phrase that ends at the name `name` ("Nicky Driscoll, 24, from
    /// Manchester", "Marco Rubio of Florida"), past an age between commas, if any.
    func nameBeforePlacePhrase(_ name: Range<Int>) -> Range<Int>? {
        // "Sen. Marco Rubio of Florida, who mused": the person the affiliation follows.
        if name.lowerBound - 1 >= 0, view.isLowerWord(name.lowerBound - 1), view.isOf(name.lowerBound - 1) {
            return personBefore(of: name.lowerBound - 1, floor: max(0, name.lowerBound - 9))
        }
        guard name.lowerBound - 3 >= 0, view.isPreposition(name.lowerBound - 1), view.isPunct(name.lowerBound - 2, ",")
        else { return nil }
        var end = name.lowerBound - 3
        if end - 2 >= 0, view.tokens[end].kind == .number, view.isPunct(end - 1, ",") { end -= 2 }
        return nameBackward(endingAt: end, floor: max(0, end - 8))
    }

    /// Whether the name starting at token `first` follows "of" or "of the".
    func followsOf(_ first: Int) -> Bool {
        var index = first - 1
        if index >= 0, view.isLowerWord(index), view.classes(index).contains(.determiner) { index -= 1 }
        return index >= 0 && view.isLowerWord(index) && view.isOf(index)
    }

    /// The name of a person (two or more words) ending just before the "of" at token `of`.
    func personBefore(of: Int, floor: Int) -> Range<Int>? {
        guard of - 1 >= floor, !view.isPossessive(of - 1), let person = nameBackward(endingAt: of - 1, floor: floor),
            person.count >= 2,
            // "Former Secretary of State Jane Doe": a title before "of" is no person.
            !person.allSatisfy({ view.classes($0).contains(.honorific) })
        else { return nil }
        return person
    }

    /// "Doe, a professor at the university, said": the name before the appositive that ends at
    /// the comma or bracket `index`, reading back no further than `stop`; a name inside a
    /// phrase ("in Columbus, Ohio,") sends the search one comma further.
    func nameBeforeAppositive(endingAt index: Int, floor: Int, stop: Int) -> SpeakerPhrase? {
        var back = index - 1
        let stop = max(floor, stop)
        while back > stop {
            while back > stop, !view.isPunct(back, ","), !view.isPunct(back, "("),
                !view.isDoubleMark(back), !view.isTerminal(back)
            {
                back -= 1
            }
            guard back > stop, view.isPunct(back, ",") || view.isPunct(back, "(") else { break }
            if let name = nameBackward(endingAt: back - 1, floor: floor), !view.isPossessive(back - 1),
                !continuesPlace(name, floor: floor), !isInRelativeClause(name, floor: floor)
            {
                let before = name.lowerBound - 1
                // "…, Speaker of the House Rep. Paul Ryan (R-Wis.) said": a party label follows a
                // person's name wherever the name stands.
                // "after Mr. Trump, asked about it, had said": a subordinator opens the name's clause.
                // Not a place a preposition opening the sentence sets the scene with ("In
                // Montevideo, the widow, …, said").
                let scene =
                    before >= floor && view.isWord(before) && view.tokens[before].isCapitalized
                    && TokenView.prepositions.contains(view.hash(before))
                if !scene,
                    before < floor || !view.isLowerWord(before) || view.classes(before).contains(.conjunction)
                        || view.classes(before).contains(.subordinator)
                        || view.isPunct(back, "(") && view.isPunct(index, ")")
                            && (back + 1..<index).allSatisfy({ !view.isPunct($0, "(") })
                {
                    return SpeakerPhrase(range: name, kind: .name, name: name)
                }
            } else if view.isWord(back - 1), view.classes(back - 1).contains(.pronoun) {
                return SpeakerPhrase(range: (back - 1)..<back, kind: .pronoun)
            } else if back + 1 < index,
                view.isLowerWord(back + 1)
                    && (view.classes(back + 1).contains(.relativePronoun) || isParticipleLike(back + 1)
                        || view.classes(back + 1).contains(.determiner))
                    || view.isWord(back + 1) && view.isPossessive(back + 1),
                view.isLowerWord(back - 1), let phrase = description(endingAt: back - 1, floor: floor),
                phrase.range.lowerBound == floor
                    || !view.isWord(phrase.range.lowerBound - 1)
                        && !view.isPunct(phrase.range.lowerBound - 1, ",")
            {
                // "The veteran activist, who backs Cruz, warned", "An official, speaking on condition
                // of anonymity, said", "The airline, Europe's largest, said": the description the
                // clause or appositive follows.
                return phrase
            }
            back -= 1
        }
        return nil
    }

    /// Whether the name at `name` is in apposition inside a "whose" clause: "Doe, whose latest
    /// start-up, Paradata, uses big data, said".
    func isInRelativeClause(_ name: Range<Int>, floor: Int) -> Bool {
        let comma = name.lowerBound - 1
        guard comma - 1 >= floor, view.isPunct(comma, ",") else { return false }
        var index = comma - 1
        while index >= floor, comma - index <= 4, view.isLowerWord(index) {
            if view.hash(index) == Self.whose { return true }
            index -= 1
        }
        return false
    }

    /// The hash of "whose".
    static let whose = CueLexicon.hash(Array("whose".utf8))

    /// Whether the name at `name` follows a comma after a name inside a phrase, as a state
    /// follows its city: "of Raleigh, N.C.", "in Columbus, Ohio".
    func continuesPlace(_ name: Range<Int>, floor: Int) -> Bool {
        let comma = name.lowerBound - 1
        guard comma - 1 >= floor, view.isPunct(comma, ","),
            let earlier = nameBackward(endingAt: comma - 1, floor: floor), earlier.lowerBound - 1 >= floor
        else { return false }
        let before = earlier.lowerBound - 1
        return view.isLowerWord(before) && !view.classes(before).contains(.conjunction)
    }

    /// The name a description opening after a comma stands in apposition to, when that name opens
    /// its clause: "Doe, an economist who studies wages, said", "But Doe, the head of the Watch, a
    /// group that sued, said" (not "In Ohio, the governor said").
    func appositiveHead(of phrase: SpeakerPhrase) -> SpeakerPhrase? {
        let comma = phrase.range.lowerBound - 1
        guard phrase.kind == .description, phrase.name == nil, comma >= 1, view.isPunct(comma, ","),
            view.classes(phrase.range.lowerBound).contains(.determiner)
        else { return nil }
        var floor = comma
        while floor > 0, comma - floor < AttributionLimits.beforeWindow, !view.isTerminal(floor - 1),
            !view.isDoubleMark(floor - 1), !view.newlineBefore(floor)
        {
            floor -= 1
        }
        func opensClause(_ name: Range<Int>) -> Bool {
            let before = name.lowerBound - 1
            return before < floor || view.isWord(before) && view.classes(before).contains(.conjunction)
        }
        if let name = nameBackward(endingAt: comma - 1, floor: floor), !view.isPossessive(comma - 1) {
            return opensClause(name) ? SpeakerPhrase(range: name, kind: .name, name: name) : nil
        }
        guard let head = nameBeforeAppositive(endingAt: comma, floor: floor, stop: floor), head.kind == .name,
            opensClause(head.range)
        else { return nil }
        return head
    }

    /// A description ending at the noun `last`: back to its determiner ("the campaign",
    /// "a spokeswoman for the group"), or the noun alone when it is a role ("officials").
    func description(endingAt last: Int, floor: Int) -> SpeakerPhrase? {
        var index = last
        var name: Range<Int>?
        // Tokens of hyphened numbers read ("24" and "-" of "24-year-old"), which count as no words.
        var joined = 0
        while index >= floor, last - index < 7, view.isWord(index) {
            let wordClass = view.classes(index)
            // "Netanyahu and other Israeli leaders": "other" after "and" opens the second of two.
            if index < last, index - 1 >= floor, view.isLowerWord(index), view.hash(index) == Self.otherHash,
                view.isLowerWord(index - 1), view.hash(index - 1) == Self.andHash
            {
                return SpeakerPhrase(range: index..<(last + 1), kind: .description, name: name)
            }
            if wordClass.contains(.determiner) {
                if view.tokens[index].isCapitalized, index > floor, view.isNameWord(index - 1) { break }
                // "so numerous that Border Patrol agents described": "that" before a plural opens
                // a clause; the phrase is what follows it.
                if index < last, view.isLowerWord(index), view.hash(index) == SpeakerAttributor.that,
                    view.isPlural(last)
                {
                    return SpeakerPhrase(range: (index + 1)..<(last + 1), kind: .description, name: name)
                }
                // "a spokesman for the campaign", "a source close to the talks", "A person familiar
                // with the matter": past a preposition to the phrase's own determiner.
                if index - 2 >= floor, last - index < 5, view.opensComplement(index - 1), view.isLowerWord(index - 2) {
                    var earlier = index - 2
                    // Not across a verb: "The council voted for the resolution which said".
                    while earlier >= floor, index - earlier < 5,
                        view.isLowerWord(earlier) || view.isWord(earlier) && view.classes(earlier).contains(.determiner)
                            || view.isPossessive(earlier) || view.isBareApostrophe(earlier),
                        !view.isLowerWord(earlier) || view.classes(earlier).isDisjoint(with: [.speech, .verb]),
                        !isPastParticiple(earlier)
                    {
                        if view.classes(earlier).contains(.determiner) {
                            return SpeakerPhrase(range: earlier..<(last + 1), kind: .description, name: name)
                        }
                        // "Sanders’ fundraising email to his supporters": a possessive name opens it.
                        if view.isPossessive(earlier) {
                            return SpeakerPhrase(
                                range: earlier..<(last + 1), kind: .description, name: earlier..<(earlier + 1))
                        }
                        if view.isBareApostrophe(earlier) {
                            guard earlier - 1 >= floor, view.isNameWord(earlier - 1) else { break }
                            return SpeakerPhrase(
                                range: (earlier - 1)..<(last + 1), kind: .description, name: (earlier - 1)..<earlier)
                        }
                        earlier -= 1
                    }
                }
                // Longer with a complement: "a source close to Jane Doe".
                guard
                    last - index - joined < 4 || view.classes(last).contains(.role)
                        || ((index + 1)..<last).contains(where: { view.opensComplement($0) })
                else { break }
                return SpeakerPhrase(range: index..<(last + 1), kind: .description, name: name)
            }
            // A preposition ends the phrase, unless the name it governs ends it ("the mayor of
            // Springfield").
            if wordClass.contains(.speech) || wordClass.contains(.pronoun)
                || view.isPreposition(index) && (name?.lowerBound != index + 1 || name?.upperBound != last + 1)
                || isParticipleLike(index) && !isAdjectiveAfterDeterminer(index, last: last, floor: floor)
            {
                break
            }
            if name == nil, view.isNameWord(index) { name = nameBackward(endingAt: index, floor: floor) }
            index -= 1
            // "the 78-year-old": a number joined by a hyphen to the word after it.
            if index - 1 >= floor, isHyphenedNumber(index - 1) {
                index -= 2
                joined += 2
            }
            // "a No 10 spokesman", "the No. 2 official": a numbered name.
            if index >= floor, let number = numberSign(endingAt: index, floor: floor) {
                if name == nil { name = number.lowerBound..<(index + 1) }
                index = number.lowerBound - 1
            }
        }
        // "Sanders’ campaign": a name whose possessive apostrophe stands alone.
        if name == nil, index >= floor + 1, index < last, view.isBareApostrophe(index), view.isNameWord(index - 1),
            let owner = nameBackward(endingAt: index - 1, floor: floor)
        {
            return SpeakerPhrase(range: owner.lowerBound..<(last + 1), kind: .description, name: owner)
        }
        // "Donald Trump's campaign manager": the owner's name belongs to the description.
        if let owner = name, owner.upperBound <= last, view.isPossessive(owner.upperBound - 1),
            view.classes(last).contains(.role) || view.classes(last).contains(.representative)
        {
            return SpeakerPhrase(range: owner.lowerBound..<(last + 1), kind: .description, name: owner)
        }
        if last - 1 >= floor, view.tokens[last - 1].kind == .number {
            // "21 percent said".
            return SpeakerPhrase(range: (last - 1)..<(last + 1), kind: .description)
        }
        guard view.classes(last).contains(.role) else { return nil }
        var first = last
        while first - 1 >= floor, view.isNameWord(first - 1) || view.isAcronym(first - 1) { first -= 1 }
        return SpeakerPhrase(range: first..<(last + 1), kind: .description, name: first < last ? first..<last : nil)
    }

    /// The tokens of "No" or "No." before the number at token `index` ("No 10", "No. 2"), when
    /// the number has one.
    func numberSign(endingAt index: Int, floor: Int) -> Range<Int>? {
        guard view.tokens[index].kind == .number, index - 1 >= floor else { return nil }
        var sign = index - 1
        if view.isPunct(sign, "."), sign - 1 >= floor { sign -= 1 }
        guard view.isWord(sign), view.context.span(view.tokens[sign].span, is: "No") else { return nil }
        return sign..<index
    }

    /// The name after one to three lower-case words of a role ("delegate", "party boss") that
    /// start at token `start`, reading no further than `limit`.
    func nameAfterRole(from start: Int, limit: Int) -> Range<Int>? {
        var index = start
        while index < limit, index - start < AttributionLimits.roleWords, view.isLowerWord(index),
            !view.newlineBefore(index)
        {
            if endsRoleWords(index) || view.classes(index).contains(.adverb) { return nil }
            index += 1
        }
        guard index > start, index < limit, view.isNameWord(index) else { return nil }
        return nameForward(startingAt: index, limit: limit)
    }

    /// Whether the lower-case word at `index` cannot be one of a role's words ("delegate", "party
    /// boss", "deputy campaign manager"): a verb of speech or another verb, a conjunction, a word
    /// that ends a phrase, a determiner, a pronoun, a preposition or an -ing form.
    func endsRoleWords(_ index: Int) -> Bool {
        let wordClass = view.classes(index)
        return wordClass.contains(.speech) || wordClass.contains(.conjunction) || wordClass.contains(.clauseBreak)
            || wordClass.contains(.determiner) || wordClass.contains(.pronoun) || view.isPreposition(index)
            || wordClass.contains(.verb) || isParticipleLike(index)
    }

    /// Whether the word at `index` modifies a noun after a determiner ("the outgoing president",
    /// "his opening speech") or is hyphenated ("right-wing"): an -ing word there is an
    /// adjective, not a verb.
    func isAdjectiveAfterDeterminer(_ index: Int, last: Int, floor: Int) -> Bool {
        guard index < last else { return false }
        // A hyphenated word is an adjective wherever it stands ("right-wing", "long-standing").
        if view.bytes[view.tokens[index].span.lower..<view.tokens[index].span.upper].contains(UInt8(ascii: "-")) {
            return true
        }
        return index - 1 >= floor && view.isWord(index - 1) && view.classes(index - 1).contains(.determiner)
    }

    /// Whether the word at `index` is lower-case and ends in -ing (a verb form, not a noun).
    func isParticipleLike(_ index: Int) -> Bool {
        let span = view.tokens[index].span
        return view.isLowerWord(index) && span.length > 4 && WordHashSet.hasSuffix(view.bytes, span, "ing")
    }

    /// The speaker phrase starting at token `first` (after a verb: "said Jane Doe, an
    /// analyst", "said the spokesman", "said he"), reading no further than `limit`.
    func phrase(startingAt first: Int, limit: Int) -> SpeakerPhrase? {
        guard first < limit, view.isWord(first) else { return nil }
        // "concludes that Trump is too": "that" after a verb opens what is said, not who says it.
        if view.isLowerWord(first), first + 1 < limit,
            view.isNameWord(first + 1) || view.classes(first + 1).contains(.pronoun),
            view.hash(first) == SpeakerAttributor.that
        {
            return nil
        }
        let wordClass = view.classes(first)
        if wordClass.contains(.pronoun) || wordClass.contains(.objectPronoun),
            !view.isNameWord(first) || view.tokens[first].span.length <= 3,
            !wordClass.contains(.determiner) || first + 1 >= limit || !view.isWord(first + 1)
        {
            return SpeakerPhrase(range: first..<(first + 1), kind: .pronoun)
        }
        if !wordClass.contains(.determiner), let name = nameForward(startingAt: first, limit: limit) {
            // "said Virginia delegate Jane Doe": a name modifying a role before the speaker's name.
            if let person = nameAfterRole(from: name.upperBound, limit: limit) {
                return SpeakerPhrase(range: first..<person.upperBound, kind: .description, name: person)
            }
            if let owned = possessedAfterCue(name, limit: limit) { return owned }
            return SpeakerPhrase(range: name, kind: .name, name: name)
        }
        if !wordClass.contains(.determiner), !wordClass.contains(.role) {
            // "said former Gov. Jane Doe", "said Republican strategist Jane Doe": words before a name.
            var ahead = first
            while ahead < limit, ahead - first < 6, view.isLowerWord(ahead) || view.isNameWord(ahead),
                !view.classes(ahead).contains(.clauseBreak)
            {
                if view.isNameWord(ahead), let found = nameForward(startingAt: ahead, limit: limit) {
                    // "former Vermont governor Jane Doe": the name after the role is the speaker.
                    let name = nameAfterRole(from: found.upperBound, limit: limit) ?? found
                    return SpeakerPhrase(range: first..<name.upperBound, kind: .description, name: name)
                }
                ahead += 1
            }
            return nil
        }
        var end = first
        var name: Range<Int>?
        while end < limit, end - first < 10, view.isWord(end) || view.isPunct(end, "'") || isHyphenedNumber(end) {
            if isHyphenedNumber(end) {
                end += 2
                continue
            }
            // "the base chief known as Bob": the name the description goes by.
            if end > first, end + 2 < limit, view.isLowerWord(end), Self.knownAs.contains(view.hash(end)),
                view.isLowerWord(end + 1), view.hash(end + 1) == SpeakerAttributor.as,
                let known = nameForward(startingAt: end + 2, limit: limit)
            {
                return SpeakerPhrase(range: first..<known.upperBound, kind: .description, name: known)
            }
            if end > first, view.classes(end).contains(.clauseBreak), view.isLowerWord(end),
                !joinsName(end, limit: limit)
            {
                break
            }
            // "said the candidate could win", "said the plan was": a modal or a form of be or
            // have starts what is said.
            if end > first, view.isLowerWord(end),
                view.classes(end).contains(.modal) && view.hash(end) != SpeakerAttributor.to
                    || ReferenceTable.auxiliaries.contains(view.hash(end))
            {
                break
            }
            // "a poll conducted in February": a participle starts what is said of the phrase.
            if end > first + 1, isPastParticiple(end),
                end + 1 >= limit || !view.isWord(end + 1)
                    || view.isPreposition(end + 1) || view.classes(end + 1).contains(.timePreposition)
                    || view.classes(end + 1).contains(.time)
            {
                break
            }
            if name == nil, view.isNameWord(end), end > first || !wordClass.contains(.determiner) {
                name = nameForward(startingAt: end, limit: limit)
                if let found = name { end = found.upperBound - 1 }
            }
            end += 1
        }
        guard end > first else { return nil }
        // "said the bureau's director, James B. Comey, on Monday", "said another Twitter user, Jane
        // Doe", "said his best friend at college, Jane Doe": the name in apposition.
        if name.map({ $0.upperBound < end }) ?? true, let named = appositiveName(after: end, limit: limit) {
            return SpeakerPhrase(range: first..<named.upperBound, kind: .description, name: named)
        }
        return SpeakerPhrase(range: first..<trimmedEnd(first: first, end: end), kind: .description, name: name)
    }

    /// "said Redsky's daughter, Amanda", "said Okafor's brother": a possessive name after a cue
    /// owns the person's noun that speaks, and is not the speaker. The name in apposition to the
    /// noun when there is one, else the description; nil when no noun follows, the noun is no
    /// person's ("according to Axelrod's memoir"), or it speaks for its owner ("Trump's
    /// spokeswoman"), who stays the speaker.
    func possessedAfterCue(_ name: Range<Int>, limit: Int) -> SpeakerPhrase? {
        guard view.isPossessive(name.upperBound - 1) else { return nil }
        var end = name.upperBound
        while end < limit, end - name.upperBound < AttributionLimits.roleWords, view.isLowerWord(end),
            !view.newlineBefore(end)
        {
            if endsRoleWords(end) || view.classes(end).contains(.modal) { break }
            end += 1
        }
        // A person's noun: "daughter", "captain", "deputy campaign manager"; not "memoir", "ire".
        guard end > name.upperBound, case let noun = view.classes(end - 1), !noun.contains(.representative),
            noun.contains(.role) || noun.contains(.personHead) || SpeakerResolver.kinGenders[view.hash(end - 1)] != nil
                || SpeakerWords.genderedPeople[view.string((end - 1)..<end).lowercased()] != nil
        else { return nil }
        // "said Okafor's lawyer, barrister Jane Roe": the name may follow a role.
        if let named = appositiveName(after: end, limit: limit)
            ?? (end + 1 < limit && view.isPunct(end, ",") ? nameAfterRole(from: end + 1, limit: limit) : nil)
        {
            return SpeakerPhrase(range: name.lowerBound..<named.upperBound, kind: .description, name: named)
        }
        return SpeakerPhrase(range: name.lowerBound..<end, kind: .description, name: nil)
    }

    /// Whether token `index` is a number joined by a hyphen to the word after it ("78" in "the
    /// 78-year-old", "a 20-point lead").
    func isHyphenedNumber(_ index: Int) -> Bool {
        index + 2 < view.count && view.tokens[index].kind == .number && view.isPunct(index + 1, "-")
            && !view.tokens[index + 1].spaceBefore && !view.tokens[index + 2].spaceBefore && view.isWord(index + 2)
    }

    /// Whether "to" at `index` joins a name to the description before it ("an adviser to Doe", "a
    /// person close to the Does") rather than opening what follows ("said the aide to reporters").
    func joinsName(_ index: Int, limit: Int) -> Bool {
        let span = view.tokens[index].span
        guard span.length == 2, view.bytes[span.lower] == UInt8(ascii: "t"),
            view.bytes[span.lower + 1] == UInt8(ascii: "o")
        else { return false }
        var next = index + 1
        if next < limit, view.isLowerWord(next), view.classes(next).contains(.determiner) { next += 1 }
        return next < limit && view.isNameWord(next) && !view.isPossessive(next)
    }

    /// The name in apposition after a description that ends at token `end`: at a comma, or after a
    /// short phrase ("at college, Jane Doe"), a name followed by no other capitalised word.
    func appositiveName(after end: Int, limit: Int) -> Range<Int>? {
        var comma = end
        if comma < limit, view.isPreposition(comma) {
            // Over a short phrase of place or time to its comma.
            while comma < limit, comma - end < 6, view.isWord(comma) { comma += 1 }
        }
        guard comma + 1 < limit, view.isPunct(comma, ","), let named = nameForward(startingAt: comma + 1, limit: limit),
            !view.isPossessive(named.upperBound - 1),
            named.upperBound >= limit || !view.isWord(named.upperBound) || view.isLowerWord(named.upperBound)
        else { return nil }
        return named
    }

    /// The end of a description read forwards without the function words it stopped on ("the
    /// authors of the" → "the authors", "a group that" → "a group").
    func trimmedEnd(first: Int, end: Int) -> Int {
        var end = end
        // "the Sanders campaign on Monday": a time phrase says when, not who.
        while end - 2 > first, view.isWord(end - 1), view.classes(end - 1).contains(.time),
            view.isLowerWord(end - 2), view.classes(end - 2).contains(.timePreposition)
        {
            end -= 2
        }
        while end - 1 > first, view.isLowerWord(end - 1) {
            let wordClass = view.classes(end - 1)
            guard
                wordClass.contains(.determiner) || wordClass.contains(.relative) || wordClass.contains(.clauseBreak)
                    || view.isPreposition(end - 1)
            else { break }
            end -= 1
        }
        return end
    }

    /// Whether the word at `index` is lower-case and ends in -ed ("conducted", "released").
    func isPastParticiple(_ index: Int) -> Bool {
        let span = view.tokens[index].span
        return view.isLowerWord(index) && span.length > 4 && WordHashSet.hasSuffix(view.bytes, span, "ed")
    }
}

extension TokenView {
    /// The hashes of the small words inside names.
    static let nameJoiners: WordHashes = CueLexicon.hashes(
        "of de van von bin al da do la le der den del della dela delos du dos das ibn ole arap ten ter bint binti")

    /// The hashes of the small words inside names that are also common words ("ten"): inside a
    /// name only after a name word ("Erik ten Brink", not "the ten Democrats").
    static let innerNameJoiners: WordHashes = CueLexicon.hashes("ten ter")

    /// The hashes of prepositions that join a description to its complement.
    static let prepositions: WordHashes = CueLexicon.hashes("for of at with from in")

    /// Whether token `index` is a preposition such as `for` or `of`.
    func isPreposition(_ index: Int) -> Bool {
        isLowerWord(index) && Self.prepositions.contains(hash(index))
    }

    /// Whether token `index` opens a noun's complement: a preposition, or "to" before a name or
    /// a determiner ("an adviser to Doe", "a source close to the talks"; not "a bill to curb").
    func opensComplement(_ index: Int) -> Bool {
        guard isLowerWord(index) else { return false }
        let word = hash(index)
        if Self.prepositions.contains(word) { return true }
        guard word == SpeakerAttributor.to, index + 1 < count, isWord(index + 1) else { return false }
        return tokens[index + 1].isCapitalized || classes(index + 1).contains(.determiner)
    }

    /// Whether token `index` is `of`.
    func isOf(_ index: Int) -> Bool {
        let span = tokens[index].span
        return span.length == 2 && bytes[span.lower] | 0x20 == UInt8(ascii: "o")
            && bytes[span.lower + 1] | 0x20 == UInt8(ascii: "f")
    }

    /// Whether token `index` is one of the small words inside names ("of", "de", "van").
    func sameWordIsOf(_ index: Int) -> Bool {
        Self.nameJoiners.contains(hash(index))
    }
}
