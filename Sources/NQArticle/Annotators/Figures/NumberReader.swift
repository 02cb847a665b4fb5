import NQSource

/// A number read from the text: its value and the tokens it spans.
struct ReadNumber: Sendable {
    /// Its value, scale words applied ("2.5 million" → 2500000).
    var value: Double
    /// The index of its first token.
    var first: Int
    /// The index after its last token.
    var end: Int
}

/// Reads numbers written in digits ("1,200.5"), with scale words ("800 billion", "3.2m"), or in
/// words ("twenty thousand"), working on token bytes.
struct NumberReader {
    let context: AnalysisContext
    /// The article's bytes.
    var bytes: [UInt8] { context.bytes }

    /// Scale words and abbreviations written after a number.
    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6,
        "mn": 1e6,
        "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    ]

    /// The value of a number token's digits, ignoring thousands separators.
    func digits(_ token: Token) -> Double? {
        var integer: Double = 0
        var fraction: Double = 0
        var scale: Double = 1
        var inFraction = false
        let bytes = self.bytes
        for offset in token.span.lower..<token.span.upper {
            let byte = bytes[offset]
            if CharClass.isDigit(byte) {
                let digit = Double(byte - 0x30)
                if inFraction {
                    scale /= 10
                    fraction += digit * scale
                } else {
                    integer = integer * 10 + digit
                }
            } else if byte == UInt8(ascii: ".") {
                if inFraction { return nil }
                inFraction = true
            } else if byte != UInt8(ascii: ",") {
                return nil
            }
        }
        return integer + fraction
    }

    /// The number words, to test a token without making a string.
    static let wordHashes = WordHashSet(Gazetteer.numberWords.keys)

    /// The number words by first two letters and length.
    static let wordStarts = LeadPairFilter(Gazetteer.numberWords.keys)

    /// The number words' values by `WordHashSet.hash`, to read an ASCII word's value without
    /// making a string.
    static let wordValues = HashTable(
        Gazetteer.numberWords.map { word, value in
            let bytes = Array(word.utf8)
            return (WordHashSet.hash(bytes, SourceSpan(0, bytes.count)), value)
        })

    /// `wordHashes`, `wordStarts` and `wordValues`, read once when the reader is made: a static
    /// read in the loop over every token would cost a lazy-initialisation check per token.
    let numberWords: WordHashSet
    let numberWordStarts: LeadPairFilter
    let numberValues: HashTable<Double>

    /// Creates a reader of an article's numbers.
    init(context: AnalysisContext) {
        self.context = context
        self.numberWords = Self.wordHashes
        self.numberWordStarts = Self.wordStarts
        self.numberValues = Self.wordValues
    }

    /// Whether a word token may be a number word ("twenty", "Twenty-five", "million"): most tokens
    /// are turned away here by kind, first two letters and length, without a call.
    @inline(__always)
    func mayBeNumberWord(_ index: Int) -> Bool {
        let token = context.tokens[index]
        guard token.kind == .word, token.span.length <= 20 else { return false }
        let lengths = numberWordStarts.lengths(bytes, token.span)
        // A short word is one only with a number word's length; a longer one may be hyphenated.
        return lengths != 0 && (token.span.length > 5 || lengths & (1 << UInt32(token.span.length)) != 0)
            && isNumberWord(token.span, lengths: lengths)
    }

    /// The first token from `index` on that may start a figure, or the token count: a number, a
    /// mark or two-letter word that may be a currency symbol, or a word that `mayBeNumberWord`
    /// may take, by first two letters, length and hyphen ("a" and "an" only before another such
    /// word). The plain scan that `TokenCandidates.figures`, made in one pass with the other
    /// candidates, must agree with.
    func nextCandidate(from index: Int) -> Int {
        let filter = numberWordStarts
        return context.tokens.withUnsafeBufferPointer { tokens in
            bytes.withUnsafeBufferPointer { bytes in
                var index = index
                while index < tokens.count {
                    let token = tokens[index]
                    let length = token.span.length
                    switch token.kind {
                    case .number:
                        return index
                    case .punctuation:
                        if length <= 3, FigureAnnotator.mayStartSymbol(bytes[token.span.lower]) { return index }
                    case .word:
                        if length == 2, FigureAnnotator.mayStartSymbol(bytes[token.span.lower]) { return index }
                        guard Self.mayBeNumberWord(token, filter, bytes) else { break }
                        // "a" and "an" (the most frequent words passing the filter) start a figure
                        // only before a number word ("a million"): before a word the filter turns
                        // away, or no word, `readWords` reads none.
                        if Self.isArticle(bytes, token.span),
                            index + 1 == tokens.count || !Self.mayBeNumberWord(tokens[index + 1], filter, bytes)
                        {
                            break
                        }
                        return index
                    case .quote:
                        break
                    }
                    index += 1
                }
                return index
            }
        }
    }

    /// Whether `token` is a word that may be a number word, by its first two letters and length
    /// or, when longer, the place of a hyphen ("twenty-five"): true whenever `mayBeNumberWord`
    /// is, without its look-up.
    @inline(__always)
    static func mayBeNumberWord(_ token: Token, _ filter: LeadPairFilter, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .word, token.span.length <= 20 else { return false }
        return mayBeNumberWord(token.span, lengths: filter.lengths(bytes, token.span), bytes)
    }

    /// `mayBeNumberWord` of the word at `span`, at most 20 bytes long, whose first two letters
    /// start number words of `lengths` (a mask by length, from `numberWordStarts`).
    @inline(__always)
    static func mayBeNumberWord(_ span: SourceSpan, lengths: UInt32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = span.length
        if lengths & (1 << UInt32(length)) != 0 { return true }
        // `isNumberWord` reads a word longer than five bytes by its part before its first hyphen,
        // which must have a number word's length.
        guard length > 5 else { return false }
        var shorter = lengths & ((1 << UInt32(length)) - 1)
        while shorter != 0 {
            if bytes[span.lower + shorter.trailingZeroBitCount] == UInt8(ascii: "-") { return true }
            shorter &= shorter - 1
        }
        return false
    }

    /// Whether the word at `span` is "a" or "an", in any case.
    @inline(__always)
    static func isArticle(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceSpan) -> Bool {
        guard span.length <= 2, bytes[span.lower] | 0x20 == UInt8(ascii: "a") else { return false }
        return span.length == 1 || bytes[span.lower + 1] | 0x20 == UInt8(ascii: "n")
    }

    /// Whether a word whose first two letters start number words of `lengths` (a mask by length,
    /// from `numberWordStarts`) is one, whole or by the part before its hyphen ("Twenty-five").
    func isNumberWord(_ span: SourceSpan, lengths: UInt32) -> Bool {
        var end = span.upper
        if span.length > 5 {
            // A hyphen past the longest of these words leaves no number word before it.
            let longest = 31 - lengths.leadingZeroBitCount
            end =
                Self.firstHyphen(bytes, in: SourceSpan(span.lower, min(span.upper, span.lower + longest + 1)))
                ?? span.upper
        }
        // The whole word, or the part before a hyphen, must have a number word's length.
        let whole = lengths & (1 << UInt32(span.length)) != 0
        guard whole || end < span.upper, lengths & (1 << UInt32(end - span.lower)) != 0 else { return false }
        return numberWords.contains(bytes, SourceSpan(span.lower, end))
    }

    /// The offset of the first hyphen in `span` of `bytes`, if any: read through a buffer pointer,
    /// as this runs for every long word starting like a number word.
    @inline(__always)
    static func firstHyphen(_ bytes: [UInt8], in span: SourceSpan) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = span.lower
            while offset < span.upper {
                if buffer[offset] == UInt8(ascii: "-") { return offset }
                offset += 1
            }
            return nil
        }
    }

    /// The scale words, to test a token without making a string.
    static let scaleWords = WordHashSet(scales.keys)

    /// Whether token `index` is an ASCII word that is not in `words`, so that its lower-cased text
    /// need not be made to know it is no key of the matching table.
    func isOtherWord(_ index: Int, _ words: WordHashSet) -> Bool {
        let tokens = context.tokens
        guard index < tokens.count, tokens[index].kind == .word else { return false }
        let span = tokens[index].span
        for offset in span.lower..<span.upper where bytes[offset] >= 0x80 { return false }
        return !words.contains(bytes, span)
    }

    /// The lower-cased text of a word token.
    func word(_ index: Int) -> String? {
        guard index < context.tokens.count, context.tokens[index].kind == .word else { return nil }
        return context.string(context.tokens[index]).lowercased()
    }

    /// The number starting at token `index`, if one does.
    func read(at index: Int) -> ReadNumber? {
        let tokens = context.tokens
        guard index < tokens.count else { return nil }
        var value: Double
        var next = index + 1
        if tokens[index].kind == .number {
            guard let parsed = digits(tokens[index]) else { return nil }
            value = parsed
        } else if mayBeNumberWord(index), let words = readWords(at: index) {
            value = words.value
            next = words.end
        } else {
            return nil
        }
        // Scale words: "800 billion", "3.2m", "1.5 million".
        while !isOtherWord(next, Self.scaleWords), let scaleWord = word(next), let scale = Self.scales[scaleWord],
            scaleWord.count > 2 || !tokens[next].spaceBefore
        {
            value *= scale
            next += 1
        }
        return ReadNumber(value: value, first: index, end: next)
    }

    /// A number written in words: "twenty", "twenty-five", "two hundred thousand", "a million".
    func readWords(at index: Int) -> ReadNumber? {
        // "a" or "an" before a word that is no number word: no number, found without lower-casing.
        let span = context.tokens[index].span
        if span.length <= 2, bytes[span.lower] | 0x20 == UInt8(ascii: "a"),
            span.length == 1 || bytes[span.lower + 1] | 0x20 == UInt8(ascii: "n"),
            isOtherWord(index + 1, numberWords)
        {
            return nil
        }
        var total: Double = 0
        var current: Double = 0
        var next = index
        var any = false
        while next < context.tokens.count, mayBeNumberWord(next) {
            let article = isArticle(next)
            if let value = wordValue(at: next), !article || next == index {
                if article {
                    // "a million": only when a scale word follows.
                    guard !isOtherWord(next + 1, numberWords), let scale = listedValue(at: next + 1), scale >= 100
                    else { break }
                    current = 1
                } else if value >= 1000 {
                    total += max(current, 1) * value
                    current = 0
                } else if value == 100 {
                    current = max(current, 1) * 100
                } else {
                    current += value
                }
                any = true
                next += 1
                continue
            }
            break
        }
        guard any, !(next == index + 1 && isArticle(index)) else {
            return nil
        }
        return ReadNumber(value: total + current, first: index, end: next)
    }

    /// Whether word token `index` is "a" or "an", in any case (what `word` lower-cases to them).
    func isArticle(_ index: Int) -> Bool {
        bytes.withUnsafeBufferPointer { Self.isArticle($0, context.tokens[index].span) }
    }

    /// Whether the bytes of `span` are all ASCII.
    func isASCII(_ span: SourceSpan) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = span.lower
            while offset < span.upper, buffer[offset] < 0x80 { offset += 1 }
            return offset == span.upper
        }
    }

    /// `Gazetteer.numberWords` of the lower-cased text of token `index`, nil when it is no word:
    /// looked up by hash for an ASCII word, without making a string.
    func listedValue(at index: Int) -> Double? {
        guard index < context.tokens.count, context.tokens[index].kind == .word else { return nil }
        let span = context.tokens[index].span
        guard isASCII(span) else { return word(index).flatMap { Gazetteer.numberWords[$0] } }
        return numberValues.value(WordHashSet.hash(bytes, span))
    }

    /// `wordValue` of the lower-cased text of token `index`, nil when it is no word: read on bytes
    /// for an ASCII word, without making a string.
    func wordValue(at index: Int) -> Double? {
        guard index < context.tokens.count, context.tokens[index].kind == .word else { return nil }
        let span = context.tokens[index].span
        guard isASCII(span) else { return word(index).flatMap(Self.wordValue) }
        if let value = numberValues.value(WordHashSet.hash(bytes, span)) { return value }
        guard Self.firstHyphen(bytes, in: span) != nil else { return nil }
        // The parts between hyphens (empty ones skipped), each under a hundred: "twenty-five".
        var sum: Double = 0
        var partStart = span.lower
        for offset in span.lower...span.upper where offset == span.upper || bytes[offset] == UInt8(ascii: "-") {
            if offset > partStart {
                guard let value = numberValues.value(WordHashSet.hash(bytes, SourceSpan(partStart, offset))),
                    value < 100
                else { return nil }
                sum += value
            }
            partStart = offset + 1
        }
        return sum
    }

    /// The value of one number word, including hyphenated ones ("twenty-five").
    static func wordValue(_ text: String) -> Double? {
        if let value = Gazetteer.numberWords[text] { return value }
        guard text.utf8.contains(UInt8(ascii: "-")) else { return nil }
        var sum: Double = 0
        for part in text.split(separator: "-") {
            guard let value = Gazetteer.numberWords[String(part)], value < 100 else { return nil }
            sum += value
        }
        return sum
    }
}
