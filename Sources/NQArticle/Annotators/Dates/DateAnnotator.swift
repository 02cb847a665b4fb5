import NQSource

/// Finds weekdays, relative and explicit dates, normalised against the article's date.
public struct DateAnnotator: Sendable {
    /// Creates the annotator.
    public init() {}

    /// Month names and abbreviations, with their number.
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
        "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    /// Weekday names, 0 = Monday.
    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
        "sunday": 6,
    ]
    /// Words before a year that make a bare four-digit number a year ("in 2024").
    static let yearPrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "from", "to", "before", "after", "during", "of",
        "through", "early", "late",
    ]

    /// The date expressions of an article, in text order.
    public func annotate(_ context: AnalysisContext) -> [DateMention] {
        let reference = context.article.date.flatMap(CalendarDate.init(iso:))
        let words = DateWords(context: context)
        var result: [DateMention] = []
        var index = 0
        let tokens = context.tokens
        var candidates = CandidateCursor(context.candidates.dates)
        while index < tokens.count {
            // Most tokens can start no date: passed over to the next candidate found beforehand.
            index = candidates.first(atOrAfter: index, end: tokens.count)
            guard index < tokens.count else { break }
            guard words.mayStart(at: index), let found = words.match(at: index, reference: reference) else {
                index += 1
                continue
            }
            let span = SourceSpan(start: tokens[index].span.start, end: tokens[found.end - 1].span.end)
            result.append(
                DateMention(
                    span: span, normalized: found.normalized, kind: found.kind,
                    sentence: context.article.sentenceNumber(containing: span.lower)))
            index = found.end
        }
        return result
    }

    /// How many lines from the top (blank lines included) a date line may stand on: title,
    /// blank, byline, date.
    static let datelineLines = 6

    /// The article's own date, from a date line near its start, if it has one; `tokens`, when
    /// given, are those of the article's whole text, which spare tokenizing its start again.
    ///
    /// The date line is looked for among the tokens of the first 400 bytes alone. Those of the
    /// whole text are the same up to the last ending before that limit: a date read there, up
    /// to four tokens ahead, is read the same from the whole text's tokens, so that the start is
    /// tokenized apart only when the search comes within four tokens of that limit and may still
    /// find a date there.
    public static func datelineDate(in article: Article, tokens: [Token]? = nil) -> String? {
        let text = article.text.bytes
        let limit = min(text.count, 400)
        var place = DatelinePlace()
        if let tokens {
            var kept = 0
            while kept < tokens.count, tokens[kept].span.upper < limit { kept += 1 }
            let safe = limit < text.count ? max(0, kept - 4) : tokens.count
            let words = DateWords(tokens: tokens, bytes: text)
            if let found = place.search(words, 0..<safe) { return found }
            if safe == tokens.count { return nil }
            // The tokens left all on the current line, 60 bytes or more into it: no date line.
            if place.lineStart + 60 <= tokens[safe].span.lower,
                ByteScan.offsets(of: 0x0A, in: text, within: max(place.lineStart, place.scanned)..<limit).isEmpty
            {
                return nil
            }
        }
        let head = Array(text[0..<limit])
        let headTokens =
            if let tokens {
                headTokens(tokens, of: text, head: head)
            } else {
                Tokenizer().tokenize(head, SourceSpan(0, limit))
            }
        let from = place.next
        return place.search(DateWords(tokens: headTokens, bytes: head), from..<headTokens.count) ?? nil
    }

    /// The tokens of `head`, the first bytes of a text, from the tokens of the whole text: those
    /// ending before the head's end are the same; from the end of the last of them the head is
    /// tokenized again, as a token there may end otherwise in the head alone.
    static func headTokens(_ tokens: [Token], of bytes: [UInt8], head: [UInt8]) -> [Token] {
        let limit = head.count
        guard limit < bytes.count else { return tokens }
        var count = 0
        while count < tokens.count, tokens[count].span.upper < limit { count += 1 }
        let resume = count > 0 ? tokens[count - 1].span.upper : 0
        var rest = Tokenizer().tokenize(head, SourceSpan(resume, limit))
        // A fresh tokenization starts after white space: not so for a token right after the last kept.
        if count > 0, let first = rest.first, first.span.lower == resume { rest[0].spaceBefore = false }
        return Array(tokens[..<count]) + rest
    }
}
