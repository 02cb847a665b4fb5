import NQSource

/// Finds direct quotations and the mention of who said each one.
///
/// Quoted stretches come from `QuoteMarkScanner`; each is attributed by the cue in its own
/// sentence (`SpeakerAttributor`), else by continuing the previous quote's speaker, else by a
/// colon introduction or the subject of its sentence. Quoted words with no speaker that look
/// like titles or names (scare quotes, shows, handles) are dropped. Pronouns and descriptions
/// are resolved to the fullest earlier name (`NameIndex`).
public struct QuotationAnnotator: Sendable {
    /// Creates the annotator.
    public init() {}

    /// The quotations of an article, in text order.
    public func annotate(_ context: AnalysisContext, entities: EntityLayer) -> [Quotation] {
        let lines = QuoteMarkScanner.lines(context)
        let candidates = QuoteMarkScanner().scan(context, lines: lines)
        guard !candidates.isEmpty else { return [] }
        let view = TokenView(context)
        let attributor = SpeakerAttributor(view)
        let names = NameIndex(view, lines: lines)
        let article = context.article
        var quotes: [Quotation] = []
        var attributions: [Attribution?] = []
        var linesOfQuotes: [Int] = []
        var continuesParagraph: [Bool] = []
        for candidate in candidates {
            let line = candidate.line
            var found = attributor.attribute(candidate, paragraph: line)
            let previous = attributions.indices.last.flatMap { index -> (Attribution, Int)? in
                attributions[index].map { ($0, linesOfQuotes[index]) }
            }
            let atLineStart = candidate.openToken == line.lowerBound
            let before = attributor.beforeWindow(candidate, floor: line.lowerBound)
            let sameLine = previous.map { $0.1 == candidate.lineIndex } ?? false
            if found == nil, !before.contains(where: { view.isWord($0) }) {
                found = attributor.previousSentence(candidate, line: line)
            }
            if found == nil, sameLine, let (last, _) = previous, !before.contains(where: { view.isWord($0) }) {
                found = continued(last, rule: "continues-previous")
            }
            if found == nil, !before.isEmpty {
                found = attributor.sentenceSubject(candidate, paragraph: line)
            }
            if found == nil, sameLine, let (last, _) = previous {
                found = continued(last, rule: "continues-previous")
            }
            if found == nil, atLineStart, candidate.lineIndex > 0 {
                let previousLine = lines[candidate.lineIndex - 1].tokens
                found = attributor.colonIntroduction(paragraph: previousLine)
                if found == nil, previous.map({ $0.1 != candidate.lineIndex - 1 }) ?? true {
                    found = attributor.previousSentence(
                        QuoteCandidate(
                            span: candidate.span, openToken: previousLine.upperBound, afterClose: candidate.afterClose,
                            closeToken: nil, paragraphIndex: candidate.paragraphIndex,
                            lineIndex: candidate.lineIndex - 1,
                            line: previousLine, continuesParagraph: false),
                        line: previousLine)
                }
                if found == nil, let (last, lastLine) = previous, lastLine == candidate.lineIndex - 1 {
                    found = continued(
                        last, rule: candidate.continuesParagraph ? "continues-paragraph" : "continues-voice")
                }
            }
            if found == nil, candidate.lineIndex + 1 < lines.count {
                found = attributor.signature(candidate, nextLine: lines[candidate.lineIndex + 1].tokens)
            }
            if found == nil { found = attributor.firstMention(candidate, paragraph: line) }
            guard let span = trimmed(candidate.span, context.bytes), isQuotation(span, view: view, found: found) else {
                continue
            }
            var quote = Quotation(
                span: span, paragraph: article.paragraphs[candidate.paragraphIndex].number,
                sentence: article.sentenceNumber(containing: span.lower), rule: found?.rule ?? "unattributed")
            if let found { describe(&quote, found, view: view, names: names) }
            quotes.append(quote)
            attributions.append(found)
            linesOfQuotes.append(candidate.lineIndex)
            continuesParagraph.append(candidate.continuesParagraph)
        }
        // A multi-paragraph quote attributed only in a later paragraph: earlier parts share it.
        for index in quotes.indices.reversed().dropFirst() where attributions[index] == nil {
            guard continuesParagraph[index + 1], let later = attributions[index + 1] else { continue }
            let found = continued(later, rule: "multi-paragraph-quote")
            attributions[index] = found
            describe(&quotes[index], found, view: view, names: names)
        }
        return quotes
    }

    /// A previous quote's attribution carried over to the next quote.
    func continued(_ attribution: Attribution, rule: String) -> Attribution {
        var copy = attribution
        copy.rule = rule
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

    /// Whether quoted words count as a quotation: anything said by someone, but not a short
    /// run of capitalised words, a number or a handle with no cue of its own (a title, a name, a
    /// scare-quoted label).
    func isQuotation(_ span: SourceSpan, view: TokenView, found: Attribution?) -> Bool {
        let context = view.context
        var index = context.tokenIndex(atOrAfter: span.lower)
        var words = 0
        var capitalized = 0
        while index < view.count, view.tokens[index].span.start < span.end {
            if view.isWord(index) {
                words += 1
                if view.tokens[index].isCapitalized { capitalized += 1 }
            }
            index += 1
        }
        if words == 0 { return false }
        // A short quoted phrase nobody is said to have said is a scare quote or a title.
        if found == nil, words <= 3 { return false }
        if let found, found.cue != nil, found.rule.hasPrefix("quote-") || found.rule.hasSuffix("-quote") { return true }
        return !(words <= 3 && capitalized == words)
    }

    /// Fills a quotation's speaker fields from an attribution.
    func describe(_ quote: inout Quotation, _ found: Attribution, view: TokenView, names: NameIndex) {
        let phrase = found.phrase
        quote.rule = found.rule
        quote.speakerMention = view.span(phrase.range)
        quote.cue = found.cue.map { view.span($0) }
        quote.addressee = found.addressee.map { view.span($0) }
        let mention = view.string(phrase.range)
        var how = found.cue.map { "cue ‘\(view.string($0))’, " } ?? ""
        switch phrase.kind {
        case .name:
            let (full, _) = names.fullName(of: phrase.range, before: phrase.range.lowerBound)
            quote.speaker = full
            how += "speaker named ‘\(mention)’" + (full == mention ? "" : " → \(full) (fullest name with that surname)")
        case .pronoun:
            let paragraphStart = max(0, phrase.range.lowerBound - 400)
            if let person = names.recentPerson(before: phrase.range.lowerBound, notBefore: paragraphStart) {
                let (full, fullRange) = names.fullName(of: person, before: phrase.range.lowerBound)
                quote.antecedent = view.span(fullRange.lowerBound <= person.lowerBound ? fullRange : person)
                quote.speaker = full
                how += "pronoun ‘\(mention)’ → ‘\(view.string(person))’ (most recent person named) → \(full)"
            } else {
                how += "pronoun ‘\(mention)’, unresolved"
            }
        case .description:
            if let name = phrase.name {
                let (full, _) = names.fullName(of: name, before: name.lowerBound)
                quote.antecedent = view.span(name)
                quote.speaker = full
                how += "description ‘\(mention)’ names \(full)"
            } else {
                quote.speaker = mention
                how += "description ‘\(mention)’"
            }
        }
        quote.resolution = "\(found.rule): " + how
    }
}
