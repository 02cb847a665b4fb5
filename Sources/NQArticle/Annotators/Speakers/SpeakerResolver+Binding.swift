import NQSource

extension SpeakerResolver {
    /// The entities a subject pronoun at token `token` cannot stand for (none for a word other
    /// than he or she): see `namedAfter(subject:)` and `namedBefore(cue:)`.
    func namedAfter(pronoun token: Int) -> Set<Int> {
        guard isSubjectPronoun(token) else { return [] }
        let after = namedAfter(subject: token..<(token + 1))
        guard let before = namedBefore(cue: token) else { return after }
        return after.union(before)
    }

    /// The entities named in unquoted words a pronoun's cue reports from before it, which the
    /// pronoun cannot stand for: "The problem with Glass-Steagall, she said, is that …" or "Doe
    /// lied, he said." (she is not Glass-Steagall, he is not Doe). Nil unless the pronoun at token
    /// `token` follows a comma and is followed by a verb of speech, then a full stop or a comma
    /// and more unquoted words: a cue before quoted words ("including, he said, “…”") reports
    /// those. Nil too when a quotation mark or another verb of speech stands before the pronoun
    /// in its sentence ("Christie said that was natural, no different, he said, from …"). A
    /// name in a clause that opens the sentence may be the pronoun's ("Though Ms. Olivieri has
    /// lived there all her life, the police are new, she said.").
    func namedBefore(cue token: Int) -> Set<Int>? {
        guard token >= 2, token + 2 < view.count, view.isPunct(token - 1, ","),
            view.classes(token + 1).contains(.speech)
        else { return nil }
        if view.isPunct(token + 2, ",") {
            guard token + 3 < view.count, view.isWord(token + 3) else { return nil }
        } else if !view.isPunct(token + 2, ".") {
            return nil
        }
        let number = sentenceNumber(ofToken: token)
        guard number > 0 else { return nil }
        let first = sentenceStart(number).token
        guard first < token - 1 else { return nil }
        for index in first..<(token - 1)
        where view.tokens[index].kind == .quote || view.isWord(index) && view.classes(index).contains(.speech) {
            return nil
        }
        let stretch = SourceSpan(view.tokens[first].span.lower, view.tokens[token - 2].span.upper)
        guard var index = layer.mention(overlapping: stretch) else { return nil }
        let sentence = article.sentences[number - 1].span
        var opening = OpeningClause(view, sentence: sentence, from: first)
        var found: Set<Int> = []
        while index < layer.mentions.count, layer.mentions[index].span.lower < stretch.upper {
            let mention = layer.mentions[index]
            index += 1
            if opening.contains(view.context.tokenIndex(atOrAfter: mention.span.lower)) { continue }
            found.insert(mention.entity)
        }
        return found
    }

    /// The entities a subject (a pronoun, or an epithet such as "the candidate") at tokens
    /// `subject` cannot stand for: those its own clause names after it, within a few words and up
    /// to a punctuation mark, a quotation mark or a word that opens another clause ("He has
    /// declared Cruz anointed", "he told Rubio": he is neither; but "he said …, but now Benford
    /// plans" may be Benford). A subject in a clause that opens the sentence ("When he arrived,
    /// Cruz said") may stand for a name after it, so it excludes none.
    func namedAfter(subject: Range<Int>) -> Set<Int> {
        let number = sentenceNumber(ofToken: subject.lowerBound)
        guard number > 0 else { return [] }
        let sentence = article.sentences[number - 1].span
        guard !ReferenceTable.inOpeningClause(view, token: subject.lowerBound, first: sentenceStart(number).token)
        else {
            return []
        }
        let first = subject.upperBound
        var end = first
        while end < view.count, end - first < AttributionLimits.bindingReach,
            view.tokens[end].span.lower < sentence.upper, !endsClause(end)
        {
            end += 1
        }
        guard end > first else { return [] }
        let stretch = SourceSpan(view.tokens[first].span.lower, view.tokens[end - 1].span.upper)
        guard var index = layer.mention(overlapping: stretch) else { return [] }
        var found: Set<Int> = []
        while index < layer.mentions.count, layer.mentions[index].span.lower < stretch.upper {
            found.insert(layer.mentions[index].entity)
            index += 1
        }
        return found
    }

    /// The people a quote's own words at `span` speak of: named there, but not as a modifier
    /// ("the peaceful Trump supporters") nor inside words the quote quotes in turn ("He always
    /// whispered, ‘Billie Jean King, you are the Queen’", said by King).
    func people(inside span: SourceSpan) -> Set<Int> {
        guard var index = layer.mention(overlapping: span) else { return [] }
        var found: Set<Int> = []
        var token = view.context.tokenIndex(atOrAfter: span.lower)
        var nested = false
        while index < layer.mentions.count, layer.mentions[index].span.lower < span.upper {
            let mention = layer.mentions[index]
            index += 1
            while token < view.count, view.tokens[token].span.lower < mention.span.lower {
                if view.tokens[token].kind == .quote, let mark = QuoteMarkScanner.singleMark(view.context, token) {
                    if mark == .opening { nested = true } else if mark == .closing { nested = false }
                }
                token += 1
            }
            guard layer.entities[mention.entity].type == .person, !nested else { continue }
            let after = view.context.tokenIndex(atOrAfter: mention.span.upper)
            if EntityResolver.personFollowers.contains(view.context, token: after) { continue }
            found.insert(mention.entity)
        }
        return found
    }

    /// Words that open another clause, where a pronoun's own clause ends.
    static let clauseOpeners: WordHashes = CueLexicon.hashes(
        "and but or who whom which that when while because before after if although though since unless whereas")

    /// Whether token `index` ends a clause: a quotation mark, a comma, semicolon, colon,
    /// parenthesis or dash, or a word that opens another clause.
    func endsClause(_ index: Int) -> Bool {
        let token = view.tokens[index]
        if token.kind == .quote { return true }
        if view.isWord(index) { return Self.clauseOpeners.contains(view.hash(index)) }
        let first = view.bytes[token.span.lower]
        // Every break but the dashes is one ASCII byte; the dashes (— –), like the ellipsis and
        // the other punctuation of U+2000–U+206F, start with 0xE2.
        switch first {
        case 0xE2, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"):
            return true
        default: return false
        }
    }

    /// The kind of the he or she that opens a clause right after token `index`, after a
    /// subordinating word ("Sanders as he closed out", "Doe, while she waited"): it stands for
    /// the name before, so it tells that person's gender.
    func pronounOfClause(after index: Int) -> PronounKind? {
        var word = index
        if word < view.count, view.isPunct(word, ",") { word += 1 }
        guard word + 1 < view.count, view.isLowerWord(word), view.classes(word).contains(.subordinator),
            isSubjectPronoun(word + 1)
        else { return nil }
        let kind = PronounKind(view, word + 1)
        return kind == .masculine || kind == .feminine ? kind : nil
    }
}
