import NQSource

/// A stretch of text between double quotation marks, before any decision on whether it is a
/// quotation.
public struct QuoteCandidate: Sendable {
    /// The quoted text, without the marks.
    public var span: SourceSpan
    /// The index of the opening mark's first token.
    public var openToken: Int
    /// The index of the token after the closing mark (or after the paragraph when unclosed).
    public var afterClose: Int
    /// The index of the closing mark's first token, when the quote is closed in its paragraph.
    public var closeToken: Int?
    /// The 0-based index of its paragraph in `Article.paragraphs`.
    public var paragraphIndex: Int
    /// The 0-based index of its line among all paragraphs' lines (a paragraph may hold several).
    public var lineIndex: Int
    /// The tokens of its line.
    public var line: Range<Int>
    /// Whether the quote runs on from an unclosed quote ending the previous paragraph.
    public var continuesParagraph: Bool
}

/// Finds double-quoted stretches paragraph by paragraph, on tokens.
///
/// Which marks open and close quotes comes from the article language's `QuoteMarks` table
/// (“…”, „…“, «…», »…«, ‹…›, ”…”, 「…」, straight and two-apostrophe marks); a closing mark
/// closes only the pair that is open. Single marks and apostrophes of English never open, so a
/// nested ‘…’ stays inside its enclosing quote. A quote left open at the end of a paragraph
/// runs to the paragraph's end.
public struct QuoteMarkScanner: Sendable {
    /// What a quote-mark token is.
    enum Mark {
        case opening, closing, either, none
    }

    /// Creates a scanner.
    public init() {}

    /// The kind of mark starting at token `index` and how many tokens it spans, with no quote
    /// open.
    static func mark(_ context: AnalysisContext, _ index: Int) -> (Mark, Int) {
        let (mark, width, _) = classify(context, index, open: nil)
        return (mark, width)
    }

    /// The kind of mark starting at token `index`, how many tokens it spans and the pair it
    /// opens or closes, while the quote of pair `open` is open.
    static func classify(_ context: AnalysisContext, _ index: Int, open: Int?) -> (Mark, Int, Int) {
        let tokens = context.tokens
        let token = tokens[index]
        guard token.kind == .quote else { return (.none, 1, 0) }
        let bytes = context.bytes
        let first = bytes[token.lower]
        let marks = context.marks
        if context.singleQuoteStyle, let mark = singleMark(context, index) { return (mark, 1, marks.singlePair) }
        if first == UInt8(ascii: "'") || first == UInt8(ascii: "`") {
            if marks.doubledApostrophes, index + 1 < tokens.count, tokens[index + 1].span.start == token.span.end,
                bytes[tokens[index + 1].lower] == first
            {
                return (first == UInt8(ascii: "`") ? .opening : .either, 2, marks.apostrophePair)
            }
            return (.none, 1, 0)
        }
        if isInchMark(context, index) { return (.none, 1, 0) }
        let (scalar, _) = CharClass.scalar(in: bytes, at: token.lower)
        let (mark, pair) = marks.role(of: scalar, open: open)
        return (mark, 1, pair)
    }

    /// Whether the double mark at token `index` gives inches after feet ("6’2”", "5'10\""):
    /// it touches a number that touches a single mark after another number.
    static func isInchMark(_ context: AnalysisContext, _ index: Int) -> Bool {
        let tokens = context.tokens
        guard index >= 3, !tokens[index].spaceBefore, tokens[index - 1].kind == .number,
            !tokens[index - 1].spaceBefore, !tokens[index - 2].spaceBefore, tokens[index - 3].kind == .number
        else { return false }
        let bytes = context.bytes
        let feet = tokens[index - 2].span
        return feet.length == 1 && bytes[feet.lower] == UInt8(ascii: "'")
            || feet.length == 3 && bytes[feet.lower] == 0xE2 && bytes[feet.lower + 1] == 0x80
                && (bytes[feet.lower + 2] == 0x99 || bytes[feet.lower + 2] == 0xB2)
    }

    /// The part a typographic single mark at token `index` plays in an article quoting with
    /// single marks: ‘ opens; a ’ standing apart from a word closes, unless it ends a plural
    /// possessive ("the workers’ union"); nil for any other token.
    static func singleMark(_ context: AnalysisContext, _ index: Int) -> Mark? {
        let token = context.tokens[index]
        let bytes = context.bytes
        if token.span.length == 1, bytes[token.lower] == UInt8(ascii: "'") { return straightSingleMark(context, index) }
        guard token.span.length == 3, bytes[token.lower] == 0xE2, bytes[token.lower + 1] == 0x80 else { return nil }
        if bytes[token.lower + 2] == 0x98 { return .opening }
        guard bytes[token.lower + 2] == 0x99 else { return nil }
        let tokens = context.tokens
        if index > 0, !token.spaceBefore, tokens[index - 1].kind == .word,
            bytes[tokens[index - 1].span.upper - 1] | 0x20 == UInt8(ascii: "s"), index + 1 < tokens.count,
            tokens[index + 1].spaceBefore, tokens[index + 1].kind == .word, !tokens[index + 1].isCapitalized
        {
            return Mark.none
        }
        return .closing
    }

    /// The part a straight single mark at token `index` plays in an article quoting with single
    /// marks: one before a word it touches opens ('We …), one after the word or punctuation it
    /// touches closes (… ready,'), also before punctuation (… like this'.), unless it ends a
    /// plural possessive ("the workers' union").
    static func straightSingleMark(_ context: AnalysisContext, _ index: Int) -> Mark? {
        let tokens = context.tokens
        let token = tokens[index]
        let touchesNext =
            index + 1 < tokens.count && !tokens[index + 1].spaceBefore && tokens[index + 1].kind != .quote
            && tokens[index + 1].kind != .punctuation
        let touchesPrevious = index > 0 && !token.spaceBefore && tokens[index - 1].kind != .quote
        if touchesNext, !touchesPrevious { return .opening }
        guard touchesPrevious, !touchesNext else { return Mark.none }
        let bytes = context.bytes
        if tokens[index - 1].kind == .word, bytes[tokens[index - 1].span.upper - 1] | 0x20 == UInt8(ascii: "s"),
            index + 1 < tokens.count, tokens[index + 1].kind == .word, !tokens[index + 1].isCapitalized
        {
            return Mark.none
        }
        return .closing
    }

    /// Whether an article quotes with single marks: more ‘ (or straight ') opening a word than
    /// double marks of its language's table; `quotes` are the indexes of its quote-mark tokens.
    static func usesSingleMarks(bytes: [UInt8], tokens: [Token], quotes: [Int32], marks: QuoteMarks) -> Bool {
        var singles = 0
        var doubles = 0
        for position in quotes {
            let index = Int(position)
            let token = tokens[index]
            let first = bytes[token.lower]
            if first == UInt8(ascii: "\"") {
                doubles += 1
            } else if first == UInt8(ascii: "'") || first == UInt8(ascii: "`"), index + 1 < tokens.count,
                tokens[index + 1].span.start == token.span.end, bytes[tokens[index + 1].lower] == first
            {
                // Doubled apostrophes ('' … '') stand for double marks.
                doubles += 1
            } else if index > 0, tokens[index - 1].span.end == token.span.start, bytes[tokens[index - 1].lower] == first
            {
                continue  // The second mark of a doubled pair.
            } else if first == UInt8(ascii: "'"), token.span.length == 1, index + 1 < tokens.count,
                index == 0 || tokens[index].spaceBefore, !tokens[index + 1].spaceBefore, tokens[index + 1].kind == .word
            {
                // A straight mark opening a word ('We …); not '' (doubled apostrophes).
                singles += 1
            } else if first == 0xE2, token.span.length == 3, bytes[token.lower + 1] == 0x80 {
                if bytes[token.lower + 2] == 0x98 {
                    singles += 1
                } else if marks.isMark(CharClass.scalar(in: bytes, at: token.lower).0) {
                    doubles += 1
                }
            } else if first >= 0x80, marks.isMark(CharClass.scalar(in: bytes, at: token.lower).0) {
                doubles += 1
            }
        }
        // Each double quote has two marks; each single quote one opening mark.
        return singles >= 2 && singles * 2 > doubles
    }

    /// The lines of the article's paragraphs as token ranges, with their paragraph indexes (a
    /// paragraph without quotation marks counts as one line).
    public static func lines(_ context: AnalysisContext) -> [(paragraph: Int, tokens: Range<Int>)] {
        let bytes = context.bytes
        var lines: [(paragraph: Int, tokens: Range<Int>)] = []
        let paragraphs = context.article.paragraphs
        // A line for each paragraph, and room for a few more.
        lines.reserveCapacity(paragraphs.count + 16)
        let tokens = context.tokens
        var quotes = CandidateCursor(context.candidates.quotes)
        // The paragraphs come in text order: each one's first token is found stepping on from the
        // end of the one before, its end by a search from there, and whether it holds a quotation
        // mark from the list of them, not by reading its tokens.
        var paragraphEnd = 0
        for (paragraphIndex, paragraph) in paragraphs.enumerated() {
            var lineStart = paragraphEnd
            if lineStart > 0, tokens[lineStart - 1].span.lower >= paragraph.span.lower {
                lineStart = context.tokenIndex(atOrAfter: paragraph.span.lower)
            }
            while lineStart < tokens.count, tokens[lineStart].span.lower < paragraph.span.lower { lineStart += 1 }
            paragraphEnd = Self.firstToken(tokens, atOrAfter: paragraph.span.upper, from: lineStart)
            let quoted = quotes.first(atOrAfter: lineStart, end: paragraphEnd) < paragraphEnd
            // Only paragraphs with quotation marks are split into lines; others stay whole.
            guard quoted else {
                if paragraphEnd > lineStart { lines.append((paragraphIndex, lineStart..<paragraphEnd)) }
                continue
            }
            let breaks = ByteScan.offsets(of: 0x0A, in: bytes, within: paragraph.span.lower..<paragraph.span.upper)
            for offset in breaks {
                let next = context.tokenIndex(atOrAfter: offset)
                if next > lineStart, next < paragraphEnd {
                    lines.append((paragraphIndex, lineStart..<next))
                    lineStart = next
                }
            }
            if paragraphEnd > lineStart { lines.append((paragraphIndex, lineStart..<paragraphEnd)) }
        }
        return lines
    }

    /// The first token at or after `start` that starts at or after UTF-8 offset `offset` (tokens
    /// start in text order), or the token count: searched for, not stepped to.
    static func firstToken(_ tokens: [Token], atOrAfter offset: Int, from start: Int) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            var low = start
            var high = tokens.count
            while low < high {
                let mid = (low + high) / 2
                if tokens[mid].span.lower < offset { low = mid + 1 } else { high = mid }
            }
            return low
        }
    }

    /// How many closing marks follow token `start` in `line` before the next opening mark,
    /// while the quote of pair `open` is open.
    static func closingMarks(_ context: AnalysisContext, after start: Int, in line: Range<Int>, open: Int?) -> Int {
        var count = 0
        var index = start
        while index < line.upperBound {
            let (mark, width, _) = Self.classify(context, index, open: open)
            if mark == .opening { break }
            if mark == .closing { count += 1 }
            index += width
        }
        return count
    }

    /// The most words a nickname inside a name holds ("Teodoro “Teddy” Villaraza").
    static let nicknameWords = 2

    /// When the opening mark of pair `pair` at token `index` (of `width` tokens) starts a
    /// nickname written inside a name, the token after its closing mark: a capitalised word and a
    /// space before it, one or two capitalised words touching the marks, and a space and a
    /// capitalised word after ("Sen. Teodoro “Teddy” Villaraza", "Robert "Bob" Smith"). Nil
    /// for any other mark.
    static func nicknameEnd(_ context: AnalysisContext, _ index: Int, width: Int, pair: Int, in line: Range<Int>)
        -> Int?
    {
        let tokens = context.tokens
        guard index > line.lowerBound, tokens[index].spaceBefore, tokens[index - 1].kind == .word,
            tokens[index - 1].isCapitalized
        else { return nil }
        var next = index + width
        var words = 0
        while next < line.upperBound, tokens[next].kind == .word, tokens[next].isCapitalized,
            tokens[next].spaceBefore == (words > 0), words < nicknameWords
        {
            words += 1
            next += 1
        }
        guard words > 0, next < line.upperBound, tokens[next].kind == .quote, !tokens[next].spaceBefore else {
            return nil
        }
        let (mark, closeWidth, closePair) = classify(context, next, open: pair)
        guard mark == .closing || mark == .either, closePair == pair else { return nil }
        let after = next + closeWidth
        guard after < line.upperBound, tokens[after].spaceBefore, tokens[after].kind == .word,
            tokens[after].isCapitalized
        else { return nil }
        return after
    }

    /// When token `index` opens a nickname inside a name on one line (see `nicknameEnd`), the
    /// token after the nickname's closing mark: for readers of names, which skip it.
    static func nicknameEnd(_ context: AnalysisContext, opening index: Int) -> Int? {
        let tokens = context.tokens
        guard index > 0, tokens[index].kind == .quote else { return nil }
        let (mark, width, pair) = classify(context, index, open: nil)
        guard mark == .opening || mark == .either,
            let after = nicknameEnd(context, index, width: width, pair: pair, in: (index - 1)..<tokens.count)
        else { return nil }
        let bytes = context.bytes
        let stretch = tokens[index - 1].span.upper..<tokens[after].span.lower
        return bytes[stretch].contains(UInt8(ascii: "\n")) ? nil : after
    }

    /// Whether the mark at token `index` stands where a quote opens: at the start of its line or
    /// after a space, touching the word it opens.
    static func opensWord(_ context: AnalysisContext, _ index: Int, width: Int, in line: Range<Int>) -> Bool {
        let tokens = context.tokens
        let next = index + width
        guard next < line.upperBound, !tokens[next].spaceBefore else { return false }
        guard tokens[next].kind != .quote, tokens[next].kind != .punctuation else { return false }
        return index == line.lowerBound || tokens[index].spaceBefore
    }

    /// Whether the line after token `start` holds a mark closing pair `pair`, and after it one
    /// closing the enclosing quote of pair `outer` when `outer` is given.
    static func closes(
        _ context: AnalysisContext, pair: Int, after start: Int, in line: Range<Int>, then outer: Int? = nil
    ) -> Bool {
        var index = start
        var inner = false
        while index < min(line.upperBound, start + nestingReach) {
            let (mark, width, found) = Self.classify(context, index, open: inner ? outer : pair)
            if !inner, mark != .none, mark != .opening, found == pair {
                guard outer != nil else { return true }
                inner = true
            } else if inner, mark != .none, mark != .opening, found == outer {
                return true
            }
            index += width
        }
        return false
    }

    /// Whether an opening mark of pair `pair` at token `index`, while the quote of pair
    /// `current` is open, starts a quote inside it: the line closes two quotes after it (“…
    /// “nested” …”); or the marks differ ("… “nested” …"), every quote opening from here to the
    /// end of the line is a phrase (a title or a term, not speech of its own), and the line
    /// closes the open quote too, or leaves it open when it began the line as a quote running on
    /// over paragraphs does.
    static func nests(
        _ context: AnalysisContext, at index: Int, width: Int, pair: Int, in line: Range<Int>,
        current: (token: Int, pair: Int)
    ) -> Bool {
        if closingMarks(context, after: index + width, in: line, open: current.pair) >= 2 { return true }
        guard pair != current.pair, phrasesOnly(context, from: index, in: line, outer: current.pair) else {
            return false
        }
        return closes(context, pair: pair, after: index + width, in: line, then: current.pair)
            || current.token == line.lowerBound && closes(context, pair: pair, after: index + width, in: line)
    }

    /// The most tokens after a mark read to decide whether it opens a quote inside another, so
    /// that a line of many marks is read in linear time.
    static let nestingReach = 400

    /// The most words a quote inside another may hold and still be a phrase.
    static let phraseWords = 5

    /// Whether every quote opening at or after token `start` in `line` inside a quote of pair
    /// `outer` is a phrase: closed on the line, at most `phraseWords` words, no full stop,
    /// question or exclamation mark.
    static func phrasesOnly(_ context: AnalysisContext, from start: Int, in line: Range<Int>, outer: Int) -> Bool {
        // A line too long to read again at every mark keeps its marks unnested.
        guard line.upperBound - start <= nestingReach else { return false }
        let tokens = context.tokens
        let bytes = context.bytes
        var index = start
        var inner: Int?
        var words = 0
        while index < line.upperBound {
            let (mark, width, pair) = Self.classify(context, index, open: inner ?? outer)
            if let open = inner {
                if mark != .none, mark != .opening, pair == open {
                    inner = nil
                } else if tokens[index].kind == .word || tokens[index].kind == .number {
                    words += 1
                    if words > phraseWords { return false }
                } else if tokens[index].kind == .punctuation,
                    [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[tokens[index].lower])
                {
                    return false
                }
            } else if pair != outer,
                mark == .opening || mark == .either && opensWord(context, index, width: width, in: line)
            {
                inner = pair
                words = 0
            }
            index += width
        }
        return inner == nil
    }

    /// The quoted stretches of the article's lines, in text order.
    public func scan(_ context: AnalysisContext, lines: [(paragraph: Int, tokens: Range<Int>)]) -> [QuoteCandidate] {
        let tokens = context.tokens
        var quotes = CandidateCursor(context.candidates.quotes)
        var result: [QuoteCandidate] = []
        result.reserveCapacity(16)
        var previousUnclosed = false
        for (lineIndex, line) in lines.enumerated() {
            var index = line.tokens.lowerBound
            var open: (token: Int, contentStart: Int, pair: Int)?
            var openedAtStart = false
            var unclosed = false
            var depth = 0
            var nested = 0
            func candidate(_ open: (token: Int, contentStart: Int, pair: Int), end: Int, close: Int?, after: Int)
                -> QuoteCandidate
            {
                QuoteCandidate(
                    span: SourceSpan(open.contentStart, end), openToken: open.token, afterClose: after,
                    closeToken: close, paragraphIndex: line.paragraph, lineIndex: lineIndex, line: line.tokens,
                    continuesParagraph: previousUnclosed && openedAtStart)
            }
            while index < line.tokens.upperBound {
                // Most tokens are no quotation mark: stepped over to the next mark of the list.
                if tokens[index].kind != .quote {
                    index = min(quotes.first(atOrAfter: index + 1, end: line.tokens.upperBound), line.tokens.upperBound)
                    continue
                }
                let (mark, width, pair) = Self.classify(context, index, open: open?.pair)
                let markEnd = tokens[index + width - 1].span.end
                switch mark {
                case .none:
                    break
                case .opening where open == nil:
                    // "Sen. Teodoro “Teddy” Villaraza said": a nickname inside a name, no quote.
                    if let after = Self.nicknameEnd(context, index, width: width, pair: pair, in: line.tokens) {
                        index = after
                        continue
                    }
                    open = (index, Int(markEnd), pair)
                    openedAtStart = index == line.tokens.lowerBound
                    depth = 0
                case .opening:
                    if let current = open,
                        Self.nests(
                            context, at: index, width: width, pair: pair, in: line.tokens,
                            current: (current.token, current.pair))
                    {
                        // “… “nested” …”: a quote inside the open one.
                        depth += 1
                        nested = pair
                    } else {
                        // Otherwise a second opening mark while one is open restarts the quote.
                        open = (index, Int(markEnd), pair)
                        openedAtStart = index == line.tokens.lowerBound
                        depth = 0
                    }
                case .closing, .either:
                    if depth > 0, mark == .closing || pair == nested {
                        depth -= 1
                    } else if let current = open, mark == .either, pair != current.pair,
                        Self.opensWord(context, index, width: width, in: line.tokens),
                        Self.closes(context, pair: pair, after: index + width, in: line.tokens, then: current.pair),
                        Self.phrasesOnly(context, from: index, in: line.tokens, outer: current.pair)
                    {
                        // “… "nested" …”: straight marks opening a word inside a typographic quote.
                        depth += 1
                        nested = pair
                    } else if let current = open {
                        result.append(candidate(current, end: tokens[index].lower, close: index, after: index + width))
                        open = nil
                    } else if mark == .either,
                        let after = Self.nicknameEnd(context, index, width: width, pair: pair, in: line.tokens)
                    {
                        index = after
                        continue
                    } else if mark == .either {
                        open = (index, Int(markEnd), pair)
                        openedAtStart = index == line.tokens.lowerBound
                    }
                }
                index += width
            }
            if let current = open, current.token + 1 < line.tokens.upperBound {
                result.append(
                    candidate(current, end: tokens[line.tokens.upperBound - 1].span.upper, close: nil, after: index))
                unclosed = true
            }
            previousUnclosed = unclosed
        }
        return result
    }
}

extension Token {
    /// The first UTF-8 offset, as an `Int`.
    var lower: Int { span.lower }
}
