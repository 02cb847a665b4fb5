import NQSource

/// Byte-level questions about the tokens of one article, for the quotation rules.
final class TokenView {
    /// The article's tokens.
    let tokens: [Token]
    /// The article's bytes.
    let bytes: [UInt8]
    /// The analysis context.
    let context: AnalysisContext
    /// The word classes looked up so far, by token.
    private let cache: ClassCache

    /// The cue words of the article's language, passed in with the context.
    private let table: WordTable

    /// Word classes and hashes by token, filled as they are looked up.
    ///
    /// The rules ask about the same few tokens again and again (the words around a cue), so each
    /// token's hash is computed once. The values live in raw buffers: as an array property of a
    /// class, every lookup paid a dynamic exclusivity check, which cost as much as the lookup itself.
    final class ClassCache {
        /// The raw classes of each token with `known` set, or 0 when not yet looked up.
        let classes: UnsafeMutableBufferPointer<UInt32>
        /// The `CueLexicon.hash` of each token, or 0 when not yet computed.
        let hashes: UnsafeMutableBufferPointer<UInt64>
        /// The bit that marks classes looked up (no class uses it).
        static var known: UInt32 { 1 << 31 }

        /// Creates an empty cache for `count` tokens.
        init(count: Int) {
            classes = .allocate(capacity: count)
            classes.initialize(repeating: 0)
            hashes = .allocate(capacity: count)
            hashes.initialize(repeating: 0)
        }

        deinit {
            classes.deallocate()
            hashes.deallocate()
        }
    }

    /// Creates a view of a context.
    init(_ context: AnalysisContext) {
        self.context = context
        self.tokens = context.tokens
        self.bytes = context.bytes
        self.cache = ClassCache(count: context.tokens.count)
        self.table = context.cues.words
    }

    /// The number of tokens.
    var count: Int { tokens.count }

    /// The word classes of token `index` (empty for non-words).
    ///
    /// Inlined at its callers, which ask it of many tokens: only the first look-up of a token calls out.
    @inline(__always)
    func classes(_ index: Int) -> WordClass {
        precondition(index >= 0 && index < cache.classes.count, "token index out of range")
        let known = cache.classes[index]
        if known != 0 { return WordClass(rawValue: known & ~ClassCache.known) }
        return lookUpClasses(index)
    }

    /// The word classes of token `index`, looked up in the table and kept.
    @inline(never)
    func lookUpClasses(_ index: Int) -> WordClass {
        let token = tokens[index]
        // No listed word is longer than 24 bytes.
        let found: WordClass = token.kind == .word && token.span.length <= 24 ? table.classes(hash(index)) : []
        cache.classes[index] = found.rawValue | ClassCache.known
        return found
    }

    /// Whether token `index` is a word.
    @inline(__always)
    func isWord(_ index: Int) -> Bool { tokens[index].kind == .word }

    /// Whether token `index` is a word starting with a lower-case letter.
    @inline(__always)
    func isLowerWord(_ index: Int) -> Bool { tokens[index].kind == .word && !tokens[index].isCapitalized }

    /// Whether token `index` is the single ASCII character `character`.
    @inline(__always)
    func isPunct(_ index: Int, _ character: Unicode.Scalar) -> Bool {
        let span = tokens[index].span
        return span.length == 1 && bytes[span.lower] == UInt8(character.value)
    }

    /// Whether token `index` is a dash (-, –, —, ―).
    func isDash(_ index: Int) -> Bool {
        let span = tokens[index].span
        if span.length == 1 { return bytes[span.lower] == UInt8(ascii: "-") }
        return span.length == 3 && bytes[span.lower] == 0xE2 && bytes[span.lower + 1] == 0x80
            && (0x93...0x95).contains(bytes[span.lower + 2])
    }

    /// Whether token `index` is a single capital letter (an initial such as the F of John F. Kennedy).
    func isInitial(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && token.span.length == 1 && token.isCapitalized
    }

    /// Whether token `index` ends a sentence: `!`, `?`, or a `.` not closing an abbreviation.
    ///
    /// Inlined at its callers, which walk back over many tokens: only a period calls out.
    @inline(__always)
    func isTerminal(_ index: Int) -> Bool {
        // One read of the token for the three marks: most tokens are words of more than one byte.
        let span = tokens[index].span
        guard span.length == 1 else { return false }
        let byte = bytes[span.lower]
        if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { return true }
        return byte == UInt8(ascii: ".") && isTerminalPeriod(index)
    }

    /// Whether the period at token `index` ends a sentence: not one closing an abbreviation, an
    /// initial or "No." before a number.
    @inline(never)
    func isTerminalPeriod(_ index: Int) -> Bool {
        // "(D-N.Y.) said", "Inc., the company": a period inside a sentence.
        if index + 1 < tokens.count, isPunct(index + 1, ")") || isPunct(index + 1, ",") { return false }
        guard index > 0, tokens[index - 1].span.end == tokens[index].span.start else { return true }
        if isInitial(index - 1) { return false }
        // "a No. 10 spokesman": the sign of a number.
        if index + 1 < tokens.count, tokens[index + 1].kind == .number, context.span(tokens[index - 1].span, is: "No") {
            return false
        }
        return !classes(index - 1).contains(.honorific) || tokens[index - 1].span.length > 4
    }

    /// Whether token `index` starts a double quotation mark.
    func isDoubleMark(_ index: Int) -> Bool {
        tokens[index].kind == .quote && QuoteMarkScanner.mark(context, index).0 != .none
    }

    /// Whether token `index` can be part of a name: a capitalised word that is not a function
    /// word, or a title written before a name.
    func isNameWord(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized else { return false }
        let wordClass = classes(index)
        return !wordClass.contains(.notName) || wordClass.contains(.honorific)
    }

    /// Whether token `index` is an all-capitals word of two or more letters (an acronym).
    func isAcronym(_ index: Int) -> Bool {
        let span = tokens[index].span
        guard tokens[index].kind == .word, span.length >= 2 else { return false }
        for offset in span.lower..<span.upper where CharClass.isLower(bytes[offset]) { return false }
        return true
    }

    /// Whether the words of two tokens are spelled the same (ignoring case).
    func sameWord(_ first: Int, _ second: Int) -> Bool {
        hash(first) == hash(second)
    }

    /// The text of a range of tokens.
    func string(_ range: Range<Int>) -> String {
        guard let first = range.first else { return "" }
        return context.article.text.string(
            SourceSpan(start: tokens[first].span.start, end: tokens[range.last!].span.end))
    }

    /// The span covering a range of tokens.
    func span(_ range: Range<Int>) -> SourceSpan {
        SourceSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
    }

    /// Whether the word at `index` ends in 's or ’s (a possessive).
    func isPossessive(_ index: Int) -> Bool {
        let span = tokens[index].span
        guard tokens[index].kind == .word, span.length > 2, bytes[span.upper - 1] == UInt8(ascii: "s") else {
            return false
        }
        return bytes[span.upper - 2] == UInt8(ascii: "'") || bytes[span.upper - 2] == 0x99
    }

    /// Whether token `index` is an apostrophe written right after the word before it, as a plural
    /// or an s-final name's possessive ("Sanders' campaign", "Fellowes’ captain").
    @inline(__always)
    func isBareApostrophe(_ index: Int) -> Bool {
        let span = tokens[index].span
        guard tokens[index].spaceBefore == false else { return false }
        if span.length == 1 { return bytes[span.lower] == UInt8(ascii: "'") }
        return span.length == 3 && bytes[span.lower] == 0xE2 && bytes[span.lower + 1] == 0x80
            && bytes[span.lower + 2] == 0x99
    }

    /// Whether the token at `index` ends an owner's name: "Trump's", "Fellowes" before a bare
    /// apostrophe, or that apostrophe.
    @inline(__always)
    func isOwner(_ index: Int) -> Bool {
        guard tokens[index].kind == .word else {
            return index > 0 && tokens[index - 1].kind == .word && isBareApostrophe(index)
        }
        return isPossessive(index) || index + 1 < tokens.count && isBareApostrophe(index + 1)
    }

    /// Whether token `index` looks like a plural noun: a lower-case word of four or more letters
    /// ending in "s", not "ss", "us" or "is" ("agents", not "press", "status", "analysis").
    func isPlural(_ index: Int) -> Bool {
        isLowerWord(index) && WordHashSet.looksPlural(bytes, tokens[index].span)
    }

    /// The lower-cased hash of token `index` (`CueLexicon.hash`), for looking it up in a word set;
    /// computed once per token.
    @inline(__always)
    func hash(_ index: Int) -> UInt64 {
        let known = cache.hashes[index]
        if known != 0 { return known }
        return computeHash(index)
    }

    /// The hash of token `index`, computed and kept.
    @inline(never)
    func computeHash(_ index: Int) -> UInt64 {
        let span = tokens[index].span
        let found = CueLexicon.hash(bytes, span.lower, span.upper)
        cache.hashes[index] = found
        return found
    }

    /// The indices, in order, of the words of `lengths` bytes (two at least) that start with one
    /// of `starts` (two ASCII letters in lower case, matched in any case), and of a few others:
    /// one quick pass over all the tokens for the few short words a rule looks for ("he", "she",
    /// "himself"), which the rule then checks itself.
    func words(ofLengths lengths: ClosedRange<Int>, startingWith starts: [String]) -> [Int] {
        precondition(lengths.lowerBound >= 2, "a start is two bytes")
        // The letters that may follow each first letter, as bits, both by their low five bits
        // (a byte that is no letter may pass: the caller checks the word): most words are
        // passed over on their first byte, the rest on their second.
        // On the stack, and the starts read in place: nothing is allocated but the answer.
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 32) { follows in
            follows.initialize(repeating: 0)
            var leads: UInt32 = 0
            for start in starts {
                var letters = start.utf8.makeIterator()
                guard let first = letters.next(), let second = letters.next() else {
                    preconditionFailure("a start is two bytes")
                }
                leads |= 1 << UInt32(first & 31)
                follows[Int(first & 31)] |= 1 << UInt32(second & 31)
            }
            var found: [Int] = []
            // The lengths tested in one comparison: a length below the range wraps round above it.
            let shortest = lengths.lowerBound
            let spread = UInt(lengths.upperBound - shortest)
            tokens.withUnsafeBufferPointer { tokens in
                bytes.withUnsafeBufferPointer { bytes in
                    for index in tokens.indices {
                        let token = tokens[index]
                        guard UInt(bitPattern: token.span.length &- shortest) <= spread, token.kind == .word else {
                            continue
                        }
                        let lead = bytes[token.span.lower] | 0x20
                        guard leads & 1 << UInt32(lead & 31) != 0 else { continue }
                        let second = bytes[token.span.lower + 1] | 0x20
                        if follows[Int(lead & 31)] & 1 << UInt32(second & 31) != 0 { found.append(index) }
                    }
                }
            }
            return found
        }
    }

    /// Whether a line break separates token `index` from the token before it.
    func newlineBefore(_ index: Int) -> Bool {
        guard index > 0, tokens[index].spaceBefore else { return false }
        var offset = tokens[index - 1].span.upper
        while offset < tokens[index].span.lower {
            if bytes[offset] == 0x0A { return true }
            offset += 1
        }
        return false
    }
}
