import NQSource

/// Finds direct quotations and the mention of who said each one.
///
/// Quoted stretches come from `QuoteMarkScanner`; each is attributed by the cue in its own
/// sentence (`SpeakerAttributor`), else by continuing the previous quote's speaker, else by a
/// colon introduction or the subject of its sentence. Quoted words with no speaker that look
/// like titles or names (scare quotes, shows, handles) are dropped. Pronouns and descriptions
/// are resolved to the speaker they stand for by `SpeakerResolver`.
public struct QuotationAnnotator: Sendable {
    /// Creates the annotator.
    public init() {}

    /// The quotations of an article, in text order.
    public func annotate(_ context: AnalysisContext, entities: inout EntityLayer) -> [Quotation] {
        let lines = QuoteMarkScanner.lines(context)
        let candidates = QuoteMarkScanner().scan(context, lines: lines)
        guard !candidates.isEmpty else { return [] }
        let view = TokenView(context)
        let attributor = SpeakerAttributor(view)
        var found: [Attribution?] = []
        var previous: (attribution: Attribution, line: Int)?
        for candidate in candidates {
            let attribution = attribute(candidate, previous: previous, lines: lines, attributor: attributor)
            found.append(attribution)
            if let attribution { previous = (attributor.standalone(attribution), candidate.lineIndex) }
        }
        // A multi-paragraph quote attributed only in a later paragraph: earlier parts share it.
        for index in candidates.indices.reversed().dropFirst() where found[index] == nil {
            guard candidates[index + 1].continuesParagraph, let later = found[index + 1] else { continue }
            found[index] = continued(later, rule: .multiParagraphQuote)
        }
        shareJoinedCues(candidates, &found, view: view)
        let article = context.article
        var resolver = SpeakerResolver(view: view, layer: entities, quoted: candidates.map(\.span))
        var quotes: [Quotation] = []
        var lastSpeaker: (entity: Int, paragraph: Int)?
        for (candidate, attribution) in zip(candidates, found) {
            guard let span = trimmed(candidate.span, context.bytes),
                let attribution, isQuotation(span, view: view, found: attribution)
            else { continue }
            var quote = Quotation(
                span: span, paragraph: candidate.paragraphIndex + 1,
                sentence: article.sentenceNumber(containing: span.lower))
            quote.rule = attribution.rule
            quote.speakerMention = view.span(attribution.phrase.range)
            quote.cue = attribution.cue.map { view.span($0) }
            quote.addressee = attribution.addressee.map { view.span($0) }
            let near = lastSpeaker.flatMap {
                quote.paragraph - $0.paragraph <= AttributionLimits.previousSpeakerParagraphs ? $0.entity : nil
            }
            resolver.resolve(&quote, phrase: attribution.phrase, previous: near)
            if let entity = quote.speakerEntity { lastSpeaker = (entity, quote.paragraph) }
            quotes.append(quote)
        }
        entities = resolver.layer
        return quotes
    }

    /// The attribution of one quote: from its own sentence's cue, else the previous sentence's,
    /// else continuing the previous quote, else the subject of its sentence, a colon
    /// introduction, a signature line, or the first person mentioned before it.
    func attribute(
        _ candidate: QuoteCandidate, previous: (attribution: Attribution, line: Int)?,
        lines: [(paragraph: Int, tokens: Range<Int>)], attributor: SpeakerAttributor
    ) -> Attribution? {
        let view = attributor.view
        let line = candidate.line
        let before = attributor.beforeWindow(candidate, floor: line.lowerBound)
        if let previous, previous.line == candidate.lineIndex, previous.attribution.cue != nil,
            previous.attribution.rule != .passiveCue,
            let cue = secondReportCue(line.lowerBound..<candidate.openToken, view: view)
        {
            return Attribution(phrase: previous.attribution.phrase, cue: cue..<(cue + 1), rule: .clauseSubjectVerbQuote)
        }
        if let found = attributor.attribute(candidate, paragraph: line, before: before) { return found }
        let opensSentence = !before.contains(where: { view.isWord($0) })
        let sameLine = previous.map { $0.line == candidate.lineIndex } ?? false
        if opensSentence, let found = attributor.previousSentence(candidate, line: line) { return found }
        if sameLine, opensSentence, let previous { return continued(previous.attribution, rule: .continuesPrevious) }
        // "“…,” said Doe, an economist who studies wages, “…”": the second part of a quote its cue
        // interrupts is the same speaker's, whatever the cue's phrase goes on to say.
        if sameLine, let previous, let cue = previous.attribution.cue, before.lowerBound <= cue.lowerBound,
            cue.upperBound <= candidate.openToken
        {
            return continued(previous.attribution, rule: .continuesPrevious)
        }
        // "Doe said that “…” and that the country should not bear “…”": a second "that" clause of
        // the same report.
        if sameLine, let previous, previous.attribution.cue != nil,
            isSecondThatClause(line.lowerBound..<candidate.openToken, view: view)
        {
            return continued(previous.attribution, rule: .continuesPrevious)
        }
        // "He said Sanders has been “…,” and Democrats would need to “…”": after "and", a quote
        // with no cue of its own in the sentence a cue before the first quote reports.
        if sameLine, let previous, previous.attribution.rule.cueOpensReport,
            isReportContinued(line.lowerBound..<candidate.openToken, view: view)
        {
            return continued(previous.attribution, rule: .continuesPrevious)
        }
        if !before.isEmpty, let found = attributor.sentenceSubject(candidate, paragraph: line) { return found }
        if sameLine, let previous { return continued(previous.attribution, rule: .continuesPrevious) }
        if candidate.openToken == line.lowerBound, candidate.lineIndex > 0 {
            let previousLine = lines[candidate.lineIndex - 1].tokens
            // A quote running on from the paragraph before keeps its speaker, even when that
            // paragraph's quoted words end in a colon ("Here they are:").
            if candidate.continuesParagraph, let previous, previous.line == candidate.lineIndex - 1 {
                return continued(previous.attribution, rule: .continuesParagraph)
            }
            if let found = attributor.colonIntroduction(paragraph: previousLine) { return found }
            if previous?.line != candidate.lineIndex - 1 {
                var atLineEnd = candidate
                atLineEnd.openToken = previousLine.upperBound
                atLineEnd.line = previousLine
                if let found = attributor.previousSentence(atLineEnd, line: previousLine) { return found }
            }
            if let previous, previous.line == candidate.lineIndex - 1 {
                let rule: AttributionRule = candidate.continuesParagraph ? .continuesParagraph : .continuesVoice
                return continued(previous.attribution, rule: rule)
            }
        }
        if candidate.lineIndex + 1 < lines.count,
            let found = attributor.signature(candidate, nextLine: lines[candidate.lineIndex + 1].tokens)
        {
            return found
        }
        return attributor.firstMention(candidate, paragraph: line)
    }

    /// "Guns are “…” and “…,” Doe proclaimed": a quote with no cue of its own, joined by "and"
    /// (or "or", after an optional comma) to the next quote on its line, shares the cue after
    /// that one.
    func shareJoinedCues(_ candidates: [QuoteCandidate], _ found: inout [Attribution?], view: TokenView) {
        for index in candidates.indices.reversed().dropFirst() {
            let rule = found[index]?.rule
            guard rule == nil || rule == .sentenceSubject || rule == .firstMention,
                let close = candidates[index].closeToken, let later = found[index + 1],
                candidates[index + 1].lineIndex == candidates[index].lineIndex,
                later.rule == .quoteVerbName || later.rule == .quoteNameVerb || later.rule == .quoteAccordingTo
                    || later.rule == .joinedQuote
            else { continue }
            // A cue earlier in the sentence ("Doe's campaign said she would “…” but “…,” while Roe
            // said") is the quote's own, however it was read.
            let opening = candidates[index].line.lowerBound..<candidates[index].openToken
            if rule != nil, opening.contains(where: { view.isLowerWord($0) && view.classes($0).contains(.speech) }) {
                continue
            }
            let between = candidates[index].afterClose..<candidates[index + 1].openToken
            guard close < candidates[index + 1].openToken, between.count >= 1 else { continue }
            if between.count <= 2, let joint = between.last, view.isLowerWord(joint),
                view.classes(joint).contains(.conjunction),
                between.count == 1 || view.isPunct(between.lowerBound, ",")
            {
                found[index] = continued(later, rule: .joinedQuote)
            } else if rule != nil, later.rule != .joinedQuote, later.rule != .quoteAccordingTo,
                !view.isTerminal(close - 1), !between.contains(where: { view.isTerminal($0) }),
                let cue = later.cue, isSentenceEnd(after: cue.upperBound, phrase: later.phrase.range, view: view)
            {
                // "The FBI did not find “…,” aside from … “…,” said the bureau's director, James
                // B. Comey, on Monday.": a sentence attributed at its end is the speaker's whole.
                found[index] = continued(later, rule: .joinedQuote)
            }
        }
    }

    /// Whether the sentence ends after the cue at token `cue` and its speaker's phrase, with at
    /// most a short phrase between ("…,” said Doe, an analyst, on Monday.").
    func isSentenceEnd(after cue: Int, phrase: Range<Int>, view: TokenView) -> Bool {
        let start = max(cue, phrase.upperBound)
        var index = start
        while index < view.count, index - start <= AttributionLimits.appositiveLength {
            if view.isTerminal(index) { return true }
            if view.tokens[index].kind == .quote || view.newlineBefore(index) { return false }
            index += 1
        }
        return false
    }

    /// Whether the words between the quote before and this one (in `before`, up to the quote)
    /// open with ", and that", "and that" or "but that", with no sentence end among them.
    func isSecondThatClause(_ before: Range<Int>, view: TokenView) -> Bool {
        guard let index = conjunctionAfterQuote(before, view: view) else { return false }
        return view.isLowerWord(index + 1) && view.hash(index + 1) == SpeakerAttributor.that
    }

    /// Whether the words since the sentence's last quote run on from it ("…,” and Democrats
    /// would need to “…”, "“…” if she gave “…”"): a conjunction or subordinator after a quote
    /// that ends in no full stop, in the same sentence.
    func isReportContinued(_ before: Range<Int>, view: TokenView) -> Bool {
        guard let index = conjunctionAfterQuote(before, view: view, orSubordinator: true) else { return false }
        var close = index - 1
        while close > before.lowerBound, !view.isDoubleMark(close) { close -= 1 }
        return close > before.lowerBound && !view.isTerminal(close - 1)
    }

    /// "Doe issued a statement saying it “…” and said Roe will have a “…”": the verb of speech that
    /// opens, after "and", the words since a sentence's first quote, with no subject of its own:
    /// the second quote is the same speaker's.
    func secondReportCue(_ before: Range<Int>, view: TokenView) -> Int? {
        guard var index = conjunctionAfterQuote(before, view: view) else { return nil }
        index += 1
        while index < before.upperBound, view.isLowerWord(index), view.classes(index).contains(.adverb) { index += 1 }
        guard index < before.upperBound, view.isLowerWord(index), view.classes(index).contains(.speech) else {
            return nil
        }
        return index
    }

    /// The conjunction (or, when asked, the subordinator: "if", "because") that opens the words
    /// after the last closing quotation mark in `before` (after a comma, if any), with a word
    /// after it.
    func conjunctionAfterQuote(_ before: Range<Int>, view: TokenView, orSubordinator: Bool = false) -> Int? {
        guard
            var index = before.reversed().first(where: { view.isDoubleMark($0) || view.isTerminal($0) }),
            view.isDoubleMark(index)
        else { return nil }
        index += 1
        while index < before.upperBound, view.tokens[index].kind == .quote { index += 1 }
        if index < before.upperBound, view.isPunct(index, ",") { index += 1 }
        guard index + 1 < before.upperBound, view.isLowerWord(index),
            view.classes(index).contains(.conjunction)
                || orSubordinator && view.classes(index).contains(.subordinator)
                    && view.hash(index) != SpeakerAttributor.that
        else { return nil }
        return index
    }

    /// A previous quote's attribution carried over to the next quote.
    func continued(_ attribution: Attribution, rule: AttributionRule) -> Attribution {
        var copy = attribution
        // A passive names no speaker for what continues it either.
        if attribution.rule != .passiveCue { copy.rule = rule }
        copy.addressee = nil
        return copy
    }

    /// The span without white space at either end (nil when nothing is left).
    func trimmed(_ span: SourceSpan, _ bytes: [UInt8]) -> SourceSpan? {
        var lower = span.lower
        var upper = span.upper
        while lower < upper, CharClass.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, CharClass.isSpace(bytes[upper - 1]) { upper -= 1 }
        return upper > lower ? SourceSpan(lower, upper) : nil
    }

    /// Whether the quoted words from token `first` to `last` open their sentence and end in a
    /// comma, with the cue right after them: speech ("“Not even one,” he said"), not a title.
    func opensSentenceBeforeCue(first: Int, last: Int, view: TokenView, found: Attribution) -> Bool {
        guard found.rule == .quoteNameVerb || found.rule == .quoteVerbName, view.isPunct(last, ",") else {
            return false
        }
        let mark = first - 1
        return mark <= 0 || view.newlineBefore(mark) || view.isTerminal(mark - 1)
    }

    /// Whether quoted words count as a quotation: words someone is said to have said, but not a
    /// short run of capitalised words, a number or a handle with no cue of its own (a title, a
    /// name), nor a short phrase whose speaker is only guessed (a scare-quoted label).
    func isQuotation(_ span: SourceSpan, view: TokenView, found: Attribution) -> Bool {
        let context = view.context
        var index = context.tokenIndex(atOrAfter: span.lower)
        var words = 0
        var capitalized = 0
        var titleWords = 0
        var exclaims = false
        let first = index
        while index < view.count, view.tokens[index].span.start < span.end {
            if view.isWord(index) {
                // Nine words or more are a quotation whatever the rest holds: no test below
                // turns down so many, so the rest of a long quote is not read.
                if words == 8 { return true }
                words += 1
                if view.tokens[index].isCapitalized {
                    capitalized += 1
                    titleWords += 1
                } else if titleWords == words - 1, view.classes(index).contains(.notName) {
                    // Only while every word so far is a title's: once one is not, the count
                    // falls behind for good, and the classes of the rest are not looked up.
                    titleWords += 1
                }
            } else if view.isPunct(index, "?") || view.isPunct(index, "!") {
                exclaims = true
            }
            index += 1
        }
        if words == 0 { return false }
        // A title in title case ("Meet the Press", "The Art of the Deal"); but not words that open
        // their sentence and end in a comma before the cue that follows ("“Elections now,” he wrote").
        if words >= 2, words <= 8, titleWords == words, !exclaims, first < view.count, view.tokens[first].isCapitalized,
            !opensSentenceBeforeCue(first: first, last: index - 1, view: view, found: found)
        {
            return false
        }
        if found.cue != nil, found.rule.restsOnAdjacentCue { return true }
        // A short phrase attributed only by guesswork is a scare quote or a label.
        switch found.rule {
        case .firstMention: if words < 6 { return false }
        case .sentenceSubject, .continuesPrevious: if words < 3 { return false }
        default: break
        }
        return !(words <= 3 && capitalized == words)
    }
}
