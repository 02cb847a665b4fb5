import NQSource

/// Who a quotation is attributed to by its own sentence, and how.
struct Attribution {
    /// The speaker phrase.
    var phrase: SpeakerPhrase
    /// The cue tokens (said, according to), when there is one.
    var cue: Range<Int>?
    /// The person addressed, when the cue is a verb such as `told`.
    var addressee: Range<Int>?
    /// The rule's stable name.
    var rule: String
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
        while start < limit, view.isPunct(start, ",") || view.isDash(start) { start += 1 }
        var end = start
        while end < limit, end - start < 30, !view.isTerminal(end), !view.isDoubleMark(end) { end += 1 }
        return start..<end
    }

    /// The tokens before a quote back to the start of its sentence, a previous quote or `floor`.
    func beforeWindow(_ candidate: QuoteCandidate, floor: Int) -> Range<Int> {
        let end = candidate.openToken
        var start = end
        while start > floor, end - start < 45, !view.isTerminal(start - 1), !view.isDoubleMark(start - 1) { start -= 1 }
        return start..<end
    }

    /// The first speech cue in `window` at most `reach` tokens from its start.
    func firstCue(in window: Range<Int>, reach: Int) -> Int? {
        var index = window.lowerBound
        while index < window.upperBound, index - window.lowerBound <= reach {
            if view.isLowerWord(index), view.classes(index).contains(.speech) || isAccordingTo(index) { return index }
            index += 1
        }
        return nil
    }

    /// The last speech cue in `window`.
    func lastCue(in window: Range<Int>) -> Int? {
        var index = window.upperBound - 1
        while index >= window.lowerBound {
            if view.isWord(index), view.classes(index).contains(.speech) || isAccordingTo(index),
                view.isLowerWord(index) || index == window.lowerBound
            {
                return index
            }
            index -= 1
        }
        return nil
    }

    /// Whether token `index` is `according` followed by `to`.
    func isAccordingTo(_ index: Int) -> Bool {
        view.classes(index).contains(.according) && index + 1 < view.count && view.isWord(index + 1)
    }

    /// The attribution a cue at token `cue` gives, looking no further than `window`.
    func attribution(cue: Int, window: Range<Int>, after: Bool) -> Attribution? {
        let side = after ? "quote-" : ""
        let tail = after ? "" : "-quote"
        if isAccordingTo(cue) {
            guard let phrase = reader.phrase(startingAt: cue + 2, limit: window.upperBound) else { return nil }
            return Attribution(phrase: phrase, cue: cue..<(cue + 2), rule: side + "according-to" + tail)
        }
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
        if verbFirst, !view.classes(cue).contains(.addressing) || addressee == nil,
            let phrase = reader.phrase(startingAt: cue + 1, limit: window.upperBound), phrase.kind != .pronoun
                || view.classes(phrase.range.lowerBound).contains(.pronoun)
        {
            return Attribution(phrase: phrase, cue: cue..<(cue + 1), rule: side + "verb-name" + tail)
        }
        if let phrase = reader.subject(before: cue, floor: window.lowerBound) {
            return Attribution(
                phrase: phrase, cue: cue..<(cue + 1), addressee: addressee, rule: side + "name-verb" + tail)
        }
        return nil
    }

    /// The attribution from the quote's own sentence, if it has one.
    func attribute(_ candidate: QuoteCandidate, paragraph: Range<Int>) -> Attribution? {
        let after = afterWindow(candidate, limit: paragraph.upperBound)
        let before = beforeWindow(candidate, floor: paragraph.lowerBound)
        if let cue = firstCue(in: after, reach: 4), let found = attribution(cue: cue, window: after, after: true) {
            return found
        }
        if let cue = lastCue(in: before), let found = attribution(cue: cue, window: before, after: false) {
            return found
        }
        if let cue = firstCue(in: after, reach: 15), let found = attribution(cue: cue, window: after, after: true) {
            return found
        }
        return nil
    }

    /// The subject of the sentence before a quote that has no cue ("He figures that …").
    func sentenceSubject(_ candidate: QuoteCandidate, paragraph: Range<Int>) -> Attribution? {
        let before = beforeWindow(candidate, floor: paragraph.lowerBound)
        var index = before.lowerBound
        while index < before.upperBound {
            if view.isWord(index), view.classes(index).contains(.pronoun), !view.classes(index).contains(.determiner) {
                return Attribution(phrase: SpeakerPhrase(range: index..<(index + 1), kind: .pronoun), rule: "sentence-subject")
            }
            if let name = reader.nameForward(startingAt: index, limit: before.upperBound) {
                return Attribution(phrase: SpeakerPhrase(range: name, kind: .name, name: name), rule: "sentence-subject")
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
        if let cue = lastCue(in: window), var found = attribution(cue: cue, window: window, after: false) {
            found.rule = "colon-introduction"
            return found
        }
        var index = window.lowerBound
        while index < window.upperBound {
            if view.isWord(index), view.classes(index).contains(.pronoun), !view.classes(index).contains(.determiner) {
                return Attribution(phrase: SpeakerPhrase(range: index..<(index + 1), kind: .pronoun), rule: "colon-introduction")
            }
            if let name = reader.nameForward(startingAt: index, limit: window.upperBound) {
                return Attribution(phrase: SpeakerPhrase(range: name, kind: .name, name: name), rule: "colon-introduction")
            }
            index += 1
        }
        return nil
    }
}
