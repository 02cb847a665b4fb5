import NQSource

/// The tokens where a figure or a date may start, and the quotation marks, of an article: found
/// in one pass over its tokens, so that the figure and date annotators and the quote-mark scanner
/// step from one to the next instead of each reading every token.
struct TokenCandidates: Sendable {
    /// The indexes of the tokens `NumberReader.nextCandidate` stops at, in order.
    let figures: [Int32]
    /// The indexes of the tokens `DateWords.nextCandidate` stops at, in order.
    let dates: [Int32]
    /// The indexes of the quotation-mark tokens, in order.
    let quotes: [Int32]

    /// For each slot of a leading pair (`LeadPairFilter.slot`), the lengths of the number words
    /// starting with it in the low half and those of the date starters in the high half: one
    /// load tests a word for both.
    static let leadPairs: [UInt64] = {
        let numbers = NumberReader.wordStarts
        let dates = DateWords.starterStarts
        var masks = [UInt64](repeating: 0, count: 1024)
        for slot in 0..<1024 {
            // Two bytes whose low five bits are the slot's, with the 0x20 bit set as the slot has it.
            let pair: [UInt8] = [UInt8(0x60 | slot >> 5), UInt8(0x60 | slot & 31)]
            let span = SourceSpan(0, 2)
            masks[slot] = UInt64(numbers.lengths(pair, span)) | UInt64(dates.lengths(pair, span)) << 32
        }
        return masks
    }()

    /// Finds the candidates among `tokens` of `bytes`; without `figuresAndDates`, only the
    /// quotation marks (for an analysis that makes neither figures nor dates).
    init(bytes: [UInt8], tokens: [Token], figuresAndDates: Bool = true) {
        var figures: [Int32] = []
        var dates: [Int32] = []
        var quotes: [Int32] = []
        guard figuresAndDates else {
            quotes.reserveCapacity(tokens.count / 32)
            for index in tokens.indices where tokens[index].kind == .quote {
                quotes.append(Int32(truncatingIfNeeded: index))
            }
            self.figures = figures
            self.dates = dates
            self.quotes = quotes
            return
        }
        // Room for the share of tokens most articles have of each, so that few grow.
        figures.reserveCapacity(tokens.count / 16)
        dates.reserveCapacity(tokens.count / 8)
        quotes.reserveCapacity(tokens.count / 32)
        // Read once here: a static read per token would cost a lazy-initialisation check each.
        let table = Self.leadPairs
        table.withUnsafeBufferPointer { table in
            tokens.withUnsafeBufferPointer { tokens in
                bytes.withUnsafeBufferPointer { bytes in
                    for index in 0..<tokens.count {
                        let token = tokens[index]
                        switch token.kind {
                        case .number:
                            figures.append(Int32(truncatingIfNeeded: index))
                            dates.append(Int32(truncatingIfNeeded: index))
                        case .quote:
                            quotes.append(Int32(truncatingIfNeeded: index))
                        case .punctuation:
                            if token.span.length <= 3, FigureAnnotator.mayStartSymbol(bytes[token.span.lower]) {
                                figures.append(Int32(truncatingIfNeeded: index))
                            }
                        case .word:
                            let length = token.span.length
                            guard length < 32 else { continue }
                            let first = bytes[token.span.lower]
                            let masks = table[Self.slot(bytes, token.span)]
                            let isSymbol = length == 2 && FigureAnnotator.mayStartSymbol(first)
                            // Most words start like no number word nor date starter.
                            guard masks != 0 || isSymbol else { continue }
                            if masks >> 32 & 1 << UInt64(length) != 0 {
                                dates.append(Int32(truncatingIfNeeded: index))
                            }
                            if isSymbol
                                || Self.mayStartNumberWords(
                                    tokens, index, UInt32(truncatingIfNeeded: masks), table, bytes)
                            {
                                figures.append(Int32(truncatingIfNeeded: index))
                            }
                        }
                    }
                }
            }
        }
        self.figures = figures
        self.dates = dates
        self.quotes = quotes
    }

    /// The slot of the first two bytes of the non-empty `span` in `leadPairs`, as
    /// `LeadPairFilter` finds it.
    @inline(__always)
    static func slot(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceSpan) -> Int {
        let first = Int(bytes[span.lower] | 0x20) & 31
        let second = span.length > 1 ? Int(bytes[span.lower + 1] | 0x20) & 31 : 0
        return first << 5 | second
    }

    /// Whether word token `index` (at most 31 bytes), whose first two letters start number words
    /// of `lengths`, may start a number in words, as `NumberReader.nextCandidate` decides: a word
    /// the number-word filter passes, but "a" and "an" only before another such word.
    @inline(__always)
    static func mayStartNumberWords(
        _ tokens: UnsafeBufferPointer<Token>, _ index: Int, _ lengths: UInt32, _ table: UnsafeBufferPointer<UInt64>,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let span = tokens[index].span
        guard lengths != 0, span.length <= 20, NumberReader.mayBeNumberWord(span, lengths: lengths, bytes) else {
            return false
        }
        guard NumberReader.isArticle(bytes, span) else { return true }
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        guard next.kind == .word, next.span.length <= 20 else { return false }
        let nextLengths = UInt32(truncatingIfNeeded: table[slot(bytes, next.span)])
        return NumberReader.mayBeNumberWord(next.span, lengths: nextLengths, bytes)
    }
}
