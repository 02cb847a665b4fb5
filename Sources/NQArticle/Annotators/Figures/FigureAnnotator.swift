import NQSource

/// Finds money, percentages, counts, ratios, durations and sizes.
public struct FigureAnnotator: Sendable {
    /// Creates the annotator.
    public init() {}

    /// Nouns of time that make a hyphenated figure a duration ("30-day").
    static let durationUnits: Set<String> = [
        "second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "night",
    ]
    /// The words after a number that the tests before the count's noun look for: the words of
    /// percent and ratios, and the currencies.
    static let followerWords = WordHashSet(
        ["percentage", "percent", "pct", "per", "out"] + Array(Gazetteer.currencies.keys))
    /// Whether a lower-cased word names percent: compared, not hashed into a set.
    @inline(__always)
    static func isPercentWord(_ word: String) -> Bool {
        word == "percent" || word == "pct" || word == "percentage"
    }

    /// The figures of an article, in text order.
    public func annotate(_ context: AnalysisContext) -> [Figure] {
        let reader = NumberReader(context: context)
        let tokens = context.tokens
        let bytes = context.bytes
        let symbols = Self.symbolStarts
        let followers = Self.followerWords
        var figures: [Figure] = []
        var candidates = CandidateCursor(context.candidates.figures)
        var index = 0
        func add(_ first: Int, _ end: Int, _ value: Double?, _ unit: String?, _ kind: Figure.Kind) {
            let span = SourceSpan(start: tokens[first].span.start, end: tokens[end - 1].span.end)
            figures.append(
                Figure(
                    span: span, value: value, unit: unit, kind: kind,
                    sentence: context.article.sentenceNumber(containing: span.lower)))
        }
        while index < tokens.count {
            // Most tokens can start no figure: passed over to the next candidate found beforehand.
            index = candidates.first(atOrAfter: index, end: tokens.count)
            guard index < tokens.count else { break }
            let token = tokens[index]
            // A currency symbol before a number: "$874 billion", "£3.2m", "US$5".
            if token.kind == .punctuation || (token.kind == .word && token.span.length == 2),
                token.span.length <= 3, Self.mayStartSymbol(bytes[token.span.lower]),
                symbols.mayContain(bytes, token.span), let code = symbolCurrency(context, index),
                index + 1 < tokens.count, tokens[index + 1].kind == .number,
                let number = reader.read(at: index + 1)
            {
                var first = index
                if index > 0, !token.spaceBefore, context.token(index - 1, is: "US") { first = index - 1 }
                // A range sharing its scale: "$5-10 billion" (the upper bound as value).
                if number.end == index + 2, context.token(number.end, is: "-"), !tokens[number.end].spaceBefore,
                    let upper = reader.read(at: number.end + 1), upper.end > number.end + 2
                {
                    add(first, upper.end, upper.value, code, .money)
                    index = upper.end
                    continue
                }
                add(first, number.end, number.value, code, .money)
                index = number.end
                continue
            }
            guard token.kind == .number || reader.mayBeNumberWord(index),
                let number = reader.read(at: index)
            else {
                index += 1
                continue
            }
            let end = number.end
            // The lower-cased word after the number, made once for the tests below; not made for
            // an ASCII word none of them may take but the last, the count's noun.
            let plain = reader.isOtherWord(end, followers)
            let following = plain ? nil : reader.word(end)
            // "2%", "2 percent", "2 per cent".
            if end < tokens.count {
                let next = tokens[end]
                if next.kind == .punctuation, bytes[next.span.lower] == UInt8(ascii: "%") {
                    // A poll's pair "58%-33%" is one figure, valued by its first number.
                    if context.token(end + 1, is: "-"), end + 3 < tokens.count, tokens[end + 2].kind == .number,
                        context.token(end + 3, is: "%"), !tokens[end + 1].spaceBefore, !tokens[end + 2].spaceBefore
                    {
                        add(index, end + 4, number.value, "percent", .percent)
                        index = end + 4
                        continue
                    }
                    add(index, end + 1, number.value, "percent", .percent)
                    index = end + 1
                    continue
                }
                if let word = following {
                    // "9 percentage points": a difference of percentages, counted in points.
                    if word == "percentage", reader.word(end + 1).map({ $0.hasPrefix("point") }) == true {
                        add(index, end + 2, number.value, "percentage point", .count)
                        index = end + 2
                        continue
                    }
                    if Self.isPercentWord(word) {
                        add(index, end + 1, number.value, "percent", .percent)
                        index = end + 1
                        continue
                    }
                    if word == "per", reader.word(end + 1) == "cent" {
                        add(index, end + 2, number.value, "percent", .percent)
                        index = end + 2
                        continue
                    }
                    // "800 billion euros", "50 cents", "twenty thousand dollars".
                    if let code = Gazetteer.currencies[word] {
                        let value =
                            word == "cent" || word == "cents" || word == "pence"
                            ? number.value / 100 : number.value
                        add(index, end + 1, value, code, .money)
                        index = end + 1
                        continue
                    }
                }
            }
            guard token.kind == .number else {
                index = end
                continue
            }
            // "23 out of 32 NATO nations".
            if following == "out", reader.word(end + 1) == "of", end + 2 < tokens.count,
                let total = reader.read(at: end + 2), total.value > 0
            {
                add(
                    index, total.end, number.value / total.value, nounUnit(context, reader, after: total.end),
                    .ratio)
                index = total.end
                continue
            }
            // "30-day ceasefire", "27-member bloc".
            if end + 1 < tokens.count, !tokens[end].spaceBefore,
                bytes[tokens[end].span.lower] == UInt8(ascii: "-"),
                !tokens[end + 1].spaceBefore, let noun = reader.word(end + 1)
            {
                let unit = Self.singular(noun)
                add(
                    index, end + 2, number.value, unit, Self.durationUnits.contains(unit) ? .duration : .size)
                index = end + 2
                continue
            }
            // "12 people", "three weeks": a count of the noun that follows.
            if end < tokens.count, !tokens[end].isCapitalized, !Self.isYear(number, context),
                let noun = following ?? (plain ? reader.word(end) : nil), noun.count > 2
            {
                let unit = Self.singular(noun)
                add(
                    index, end + 1, number.value, unit, Self.durationUnits.contains(unit) ? .duration : .count
                )
                index = end + 1
                continue
            }
            index = end
        }
        return figures
    }

    /// The currency symbols by first two bytes and length, so that most marks starting like one
    /// (the dashes and the ellipsis, 0xE2 0x80 …) are turned away without making their text.
    static let symbolStarts = LeadPairFilter(Gazetteer.currencies.keys)

    /// Whether a token starting with `first` may be a currency symbol (as `symbolCurrency` tests),
    /// so that most punctuation is passed over without reading the article's bytes again.
    @inline(__always)
    static func mayStartSymbol(_ first: UInt8) -> Bool {
        first == UInt8(ascii: "$") || first == UInt8(ascii: "U") || first == 0xC2 || first == 0xE2
    }

    /// The currency a symbol token stands for ("$", "€", "US$").
    func symbolCurrency(_ context: AnalysisContext, _ index: Int) -> String? {
        let token = context.tokens[index]
        guard token.span.length <= 3 else { return nil }
        let first = context.bytes[token.span.lower]
        // "$", "US$", and the two- and three-byte symbols (£ ¥ € ₹ ₽ ₩ ₪).
        guard first == UInt8(ascii: "$") || first == UInt8(ascii: "U") || first == 0xC2 || first == 0xE2
        else {
            return nil
        }
        let text = context.string(token)
        guard text.count == 1 || text == "US$" else { return nil }
        return Gazetteer.currencies[text]
    }

    /// The noun a count or ratio counts: the first lower-case word within two words.
    func nounUnit(_ context: AnalysisContext, _ reader: NumberReader, after index: Int) -> String? {
        for offset in index..<min(index + 3, context.tokens.count) {
            let token = context.tokens[offset]
            guard token.kind == .word else { return nil }
            if !token.isCapitalized, let word = reader.word(offset) { return Self.singular(word) }
        }
        return nil
    }

    /// Whether a bare number looks like a year ("2024").
    static func isYear(_ number: ReadNumber, _ context: AnalysisContext) -> Bool {
        number.end == number.first + 1 && context.tokens[number.first].span.length == 4
            && number.value >= 1800
            && number.value <= 2100
    }

    /// A noun's singular: "days" → "day", "members" → "member".
    static func singular(_ noun: String) -> String {
        if noun.hasSuffix("ies"), noun.count > 4 { return String(noun.dropLast(3)) + "y" }
        if noun.hasSuffix("s"), !noun.hasSuffix("ss"), noun.count > 3 { return String(noun.dropLast()) }
        return noun
    }
}
