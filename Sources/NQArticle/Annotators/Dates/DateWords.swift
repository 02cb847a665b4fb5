import NQSource

/// A date expression matched at some token.
struct DateMatch: Sendable {
    /// The token index after the expression.
    var end: Int
    /// Its normalised value, when known.
    var normalized: String?
    /// How it is expressed.
    var kind: DateMention.Kind
}

/// Matches one date expression at a token: "March 13, 2025", "13 March 2025", "2025-03-13",
/// "Thursday", "last year", "yesterday", "in 2024".
struct DateWords {
    /// The tokens read.
    let tokens: [Token]
    /// The bytes they are spans of.
    let bytes: [UInt8]
    /// `starterStarts` and `starters`, read once when the matcher is made: a static read in the
    /// loop over every token would cost a lazy-initialisation check per token.
    let starts: LeadPairFilter
    let starterSet: WordHashSet
    /// `monthsByHash` and `weekdaysByHash`, read once when the matcher is made.
    let monthNumbers: HashTable<Int>
    let weekdayNumbers: HashTable<Int>
    /// `starterKindsByHash`, read once when the matcher is made.
    let starterKinds: HashTable<Bool>

    /// Creates a matcher of an article's date expressions.
    init(context: AnalysisContext) {
        self.init(tokens: context.tokens, bytes: context.bytes)
    }

    /// Creates a matcher of the date expressions among `tokens` of `bytes`.
    init(tokens: [Token], bytes: [UInt8]) {
        self.tokens = tokens
        self.bytes = bytes
        self.starts = Self.starterStarts
        self.starterSet = Self.starters
        self.monthNumbers = Self.monthsByHash
        self.weekdayNumbers = Self.weekdaysByHash
        self.starterKinds = Self.starterKindsByHash
    }

    /// `DateAnnotator.months` by `WordHashSet.hash` of the names, to look a word up without
    /// making a string.
    static let monthsByHash = byHash(DateAnnotator.months)
    /// `DateAnnotator.weekdays` by `WordHashSet.hash` of the names.
    static let weekdaysByHash = byHash(DateAnnotator.weekdays)

    /// A table of words (ASCII, lower-case) by their `WordHashSet.hash`.
    static func byHash(_ table: [String: Int]) -> HashTable<Int> {
        HashTable(
            table.map { word, value in
                let bytes = Array(word.utf8)
                return (WordHashSet.hash(bytes, SourceSpan(0, bytes.count)), value)
            })
    }

    /// Words that start a date expression on their own ("March", "Thursday", "yesterday").
    static let triggers = WordHashSet(
        Array(DateAnnotator.months.keys) + Array(DateAnnotator.weekdays.keys) + [
            "today", "tonight", "yesterday", "tomorrow",
        ])
    /// The triggers and the shifters, words that start a relative date when a calendar unit
    /// follows ("last", "next"): a word in neither starts no date.
    static let starters = WordHashSet(starterWords)
    /// The words of `starters`.
    static let starterWords =
        Array(DateAnnotator.months.keys) + Array(DateAnnotator.weekdays.keys) + [
            "today", "tonight", "yesterday", "tomorrow", "last", "next", "this", "past",
        ]
    /// The starters by `WordHashSet.hash`: true for a trigger, false for a shifter, so that one
    /// hash of a word tells whether it starts a date and how.
    static let starterKindsByHash = HashTable(
        starterWords.map { word in
            let bytes = Array(word.utf8)
            return (
                WordHashSet.hash(bytes, SourceSpan(0, bytes.count)),
                triggers.contains(bytes, SourceSpan(0, bytes.count))
            )
        })
    /// The starters by first two letters and length, with or without a possessive ending ('s, ’s).
    static let starterStarts = LeadPairFilter(starterWords, extraLengths: [2, 4])
    /// Calendar units after a shifter ("year", "week", "Monday").
    static let units = WordHashSet(["year", "month", "week", "night"] + Array(DateAnnotator.weekdays.keys))
    /// Every word a date expression may be made of.
    static let vocabulary = WordHashSet(
        Array(DateAnnotator.months.keys) + Array(DateAnnotator.weekdays.keys)
            + [
                "today", "tonight", "yesterday", "tomorrow", "last", "next", "this", "past", "year", "month", "week",
                "night",
            ])
    /// Words before a bare year ("in 2024").
    static let prepositions = WordHashSet(DateAnnotator.yearPrepositions)

    /// The lower-cased text of a word token (without a possessive ending), if it is a word of
    /// the date vocabulary.
    func word(_ index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let span = WordHashSet.withoutPossessive(bytes, tokens[index].span)
        guard span.length <= 10, Self.vocabulary.contains(bytes, span) else { return nil }
        return text(span).lowercased()
    }

    /// The text of a span, as `AnalysisContext.text` makes it.
    func text(_ span: SourceSpan) -> String {
        let lower = max(0, min(span.lower, bytes.count))
        let upper = max(lower, min(span.upper, bytes.count))
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[lower..<upper]), as: UTF8.self)
        }
    }

    /// The integer value of a number token of at most `digits` digits.
    func integer(_ index: Int, digits: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .number else { return nil }
        let span = tokens[index].span
        guard span.length <= digits else { return nil }
        var value = 0
        for offset in span.lower..<span.upper {
            let byte = bytes[offset]
            guard CharClass.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Whether token `index` is the punctuation mark `mark`.
    func isMark(_ index: Int, _ mark: UInt8) -> Bool {
        index < tokens.count && tokens[index].span.length == 1
            && bytes[tokens[index].span.lower] == mark
    }

    /// A plausible year (1800–2100).
    func year(_ index: Int) -> Int? {
        guard let value = integer(index, digits: 4), tokens[index].span.length == 4,
            (1800...2100).contains(value)
        else { return nil }
        return value
    }

    /// Whether a date expression may start at token `index`: a number, or a starter word (with or
    /// without a possessive ending). Nearly every token is turned away here, without a call to
    /// `match`.
    @inline(__always)
    func mayStart(at index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .number { return true }
        guard token.kind == .word, starts.mayContain(bytes, token.span) else { return false }
        return starterSet.contains(bytes, WordHashSet.withoutPossessive(bytes, token.span))
    }

    /// The first token from `index` on for which `mayStart` may hold, or the token count: a number
    /// or a word passing the filter of starters. The plain scan that `TokenCandidates.dates`,
    /// made in one pass with the other candidates, must agree with.
    func nextCandidate(from index: Int) -> Int {
        let filter = starts
        return tokens.withUnsafeBufferPointer { tokens in
            bytes.withUnsafeBufferPointer { bytes in
                var index = index
                while index < tokens.count {
                    let token = tokens[index]
                    if token.kind == .number { return index }
                    if token.kind == .word {
                        let length = token.span.length
                        if length < 32, filter.lengths(bytes, token.span) & (1 << UInt32(length)) != 0 {
                            return index
                        }
                    }
                    index += 1
                }
                return index
            }
        }
    }

    /// The date expression at token `index`, if any.
    func match(at index: Int, reference: CalendarDate?) -> DateMatch? {
        let token = tokens[index]
        if token.kind == .number { return numeric(at: index) }
        guard token.kind == .word, starts.mayContain(bytes, token.span) else { return nil }
        let span = WordHashSet.withoutPossessive(bytes, token.span)
        guard span.length > 0 else { return nil }
        // One hash tells a starter and its kind, and finds a month or weekday, with no string.
        let hash = WordHashSet.hash(bytes, span)
        guard let trigger = starterKinds.value(hash),
            trigger || index + 1 < tokens.count && Self.units.contains(bytes, tokens[index + 1].span)
        else { return nil }
        if let month = monthNumbers.value(hash) { return monthDate(at: index, month: month) }
        if let weekday = weekdayNumbers.value(hash) {
            let date = reference.map { $0.adding(days: -((($0.weekday - weekday) % 7 + 7) % 7)) }
            return DateMatch(end: index + 1, normalized: date?.iso, kind: .weekday)
        }
        guard let text = word(index) else { return nil }
        return relative(at: index, text: text, reference: reference)
    }

    /// "2025-03-13", "2024" after a preposition, "13 March 2025".
    func numeric(at index: Int) -> DateMatch? {
        if let year = year(index), isMark(index + 1, UInt8(ascii: "-")),
            let month = integer(index + 2, digits: 2),
            isMark(index + 3, UInt8(ascii: "-")), let day = integer(index + 4, digits: 2),
            (1...12).contains(month), (1...31).contains(day)
        {
            return DateMatch(
                end: index + 5, normalized: CalendarDate(year: year, month: month, day: day).iso,
                kind: .explicit)
        }
        if let day = integer(index, digits: 2), (1...31).contains(day), let text = word(index + 1),
            let month = DateAnnotator.months[text], text != "may" || year(index + 2) != nil
        {
            var end = index + 2
            if isMark(end, UInt8(ascii: ".")) { end += 1 }
            if let year = year(end) {
                return DateMatch(
                    end: end + 1, normalized: CalendarDate(year: year, month: month, day: day).iso,
                    kind: .explicit)
            }
            return DateMatch(end: end, normalized: nil, kind: .explicit)
        }
        if let year = year(index), index > 0, tokens[index].spaceBefore,
            Self.prepositions.contains(bytes, tokens[index - 1].span)
        {
            return DateMatch(end: index + 1, normalized: String(year), kind: .year)
        }
        return nil
    }

    /// "March 13, 2025", "March 13", "March 2025", "Mar. 13".
    func monthDate(at index: Int, month: Int) -> DateMatch? {
        var next = index + 1
        if isMark(next, UInt8(ascii: ".")), !tokens[next].spaceBefore { next += 1 }
        if let day = integer(next, digits: 2), (1...31).contains(day) {
            var end = next + 1
            if isMark(end, UInt8(ascii: ",")), let year = year(end + 1) {
                end += 2
                return DateMatch(
                    end: end, normalized: CalendarDate(year: year, month: month, day: day).iso,
                    kind: .explicit)
            }
            if let year = year(end) {
                return DateMatch(
                    end: end + 1, normalized: CalendarDate(year: year, month: month, day: day).iso,
                    kind: .explicit)
            }
            return DateMatch(end: end, normalized: nil, kind: .explicit)
        }
        if let year = year(next) {
            return DateMatch(
                end: next + 1, normalized: CalendarDate(year: year, month: month, day: 1).isoMonth,
                kind: .month)
        }
        // A bare month name, capitalised and not "May" or "March" (too often other words).
        if tokens[index].isCapitalized, month != 5, month != 3, next == index + 1,
            (word(index)?.count ?? 0) > 3
        {
            return DateMatch(end: index + 1, normalized: nil, kind: .month)
        }
        return nil
    }

    /// "today", "yesterday", "last week", "next month", "this year", "last night".
    func relative(at index: Int, text: String, reference: CalendarDate?) -> DateMatch? {
        switch text {
        case "today", "tonight":
            return DateMatch(end: index + 1, normalized: reference?.iso, kind: .relative)
        case "yesterday":
            return DateMatch(end: index + 1, normalized: reference?.adding(days: -1).iso, kind: .relative)
        case "tomorrow":
            return DateMatch(end: index + 1, normalized: reference?.adding(days: 1).iso, kind: .relative)
        case "last", "next", "this", "past":
            guard let unit = word(index + 1) else { return nil }
            let step = text == "last" || text == "past" ? -1 : text == "next" ? 1 : 0
            guard let normalized = shifted(reference, unit: unit, step: step) else { return nil }
            return DateMatch(end: index + 2, normalized: normalized, kind: .relative)
        default:
            return nil
        }
    }

    /// The period `step` units from the reference date: nil when `unit` is no calendar unit,
    /// `.some(nil)` when it is but the article's date is unknown.
    func shifted(_ reference: CalendarDate?, unit: String, step: Int) -> String?? {
        switch unit {
        case "year":
            return .some(reference.map { String($0.year + step) })
        case "month":
            return .some(reference.map { $0.addingMonths(step).isoMonth })
        case "week":
            // The Monday of that week.
            return .some(reference.map { $0.adding(days: 7 * step - $0.weekday).iso })
        case "night":
            return step == -1 ? .some(reference.map { $0.adding(days: -1).iso }) : nil
        default:
            guard let weekday = DateAnnotator.weekdays[unit], step != 0 else { return nil }
            return .some(
                reference.map { date in
                    let back = ((date.weekday - weekday) % 7 + 7) % 7
                    return date.adding(days: step < 0 ? -(back == 0 ? 7 : back) : 7 - back).iso
                })
        }
    }
}
