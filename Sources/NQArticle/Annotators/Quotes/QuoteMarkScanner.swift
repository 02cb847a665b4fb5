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
    /// Whether the quote runs on from an unclosed quote ending the previous paragraph.
    public var continuesParagraph: Bool
}

/// Finds double-quoted stretches paragraph by paragraph, on tokens.
///
/// Typographic (“ ”), straight (") and two-apostrophe ('' '') double marks open and close
/// quotes; single marks and apostrophes never do, so a nested ‘…’ stays inside its enclosing
/// quote. A quote left open at the end of a paragraph runs to the paragraph's end.
public struct QuoteMarkScanner: Sendable {
    /// What a quote-mark token is.
    enum Mark {
        case opening, closing, either, none
    }

    /// Creates a scanner.
    public init() {}

    /// The kind of mark starting at token `index` and how many tokens it spans.
    static func mark(_ context: AnalysisContext, _ index: Int) -> (Mark, Int) {
        let tokens = context.tokens
        let token = tokens[index]
        guard token.kind == .quote else { return (.none, 1) }
        let bytes = context.bytes
        let first = bytes[token.lower]
        if first == UInt8(ascii: "\"") { return (.either, 1) }
        if first == UInt8(ascii: "'") || first == UInt8(ascii: "`") {
            if index + 1 < tokens.count, tokens[index + 1].span.start == token.span.end,
                bytes[tokens[index + 1].lower] == first
            {
                return (first == UInt8(ascii: "`") ? .opening : .either, 2)
            }
            return (.none, 1)
        }
        if first == 0xE2, token.span.length == 3, bytes[token.lower + 1] == 0x80 {
            switch bytes[token.lower + 2] {
            case 0x9C, 0x9E: return (.opening, 1)
            case 0x9D, 0x9F: return (.closing, 1)
            default: return (.none, 1)
            }
        }
        if first == 0xC2, token.span.length == 2 {
            if bytes[token.lower + 1] == 0xAB { return (.opening, 1) }
            if bytes[token.lower + 1] == 0xBB { return (.closing, 1) }
        }
        return (.none, 1)
    }

    /// The quoted stretches of the article's paragraphs, in text order.
    public func scan(_ context: AnalysisContext) -> [QuoteCandidate] {
        let tokens = context.tokens
        var result: [QuoteCandidate] = []
        var previousUnclosed = false
        for (paragraphIndex, paragraph) in context.article.paragraphs.enumerated() {
            var index = context.tokenIndex(atOrAfter: paragraph.span.lower)
            let firstToken = index
            var open: (token: Int, contentStart: Int)?
            var openedAtStart = false
            var unclosed = false
            while index < tokens.count, tokens[index].span.start < paragraph.span.end {
                let (mark, width) = Self.mark(context, index)
                let markEnd = tokens[index + width - 1].span.end
                switch mark {
                case .none:
                    break
                case .opening:
                    // A second opening mark while one is open restarts the quote.
                    open = (index, Int(markEnd))
                    openedAtStart = index == firstToken
                case .closing, .either:
                    if let current = open {
                        result.append(
                            QuoteCandidate(
                                span: SourceSpan(current.contentStart, tokens[index].lower),
                                openToken: current.token, afterClose: index + width, closeToken: index,
                                paragraphIndex: paragraphIndex,
                                continuesParagraph: previousUnclosed && openedAtStart))
                        open = nil
                    } else if mark == .either {
                        open = (index, Int(markEnd))
                        openedAtStart = index == firstToken
                    }
                }
                index += width
            }
            if let current = open, current.contentStart < paragraph.span.upper {
                result.append(
                    QuoteCandidate(
                        span: SourceSpan(current.contentStart, paragraph.span.upper),
                        openToken: current.token, afterClose: index, closeToken: nil,
                        paragraphIndex: paragraphIndex,
                        continuesParagraph: previousUnclosed && openedAtStart))
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
