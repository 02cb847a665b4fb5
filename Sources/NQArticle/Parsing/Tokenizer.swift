import NQSource

/// A word, number or punctuation mark of an article, as a span into its bytes.
public struct Token: Sendable, Equatable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable {
        /// Letters, with inner apostrophes, hyphens and periods (don’t, Russia-Ukraine, U.S.).
        case word
        /// Digits with inner separators (2.5, 1,000, 9/11).
        case number
        /// A quotation mark: straight or typographic, double or single.
        case quote
        /// Any other mark.
        case punctuation
    }

    // The span comes first so that a token packs into 12 bytes instead of 16: an article's
    // tokens are written once and read by every layer.
    /// Where it is.
    public var span: SourceSpan
    /// What the token is made of.
    public var kind: Kind
    /// Whether it starts with an upper-case letter.
    public var isCapitalized: Bool
    /// Whether white space (or the start of the text) comes right before it.
    public var spaceBefore: Bool

    /// Creates a token.
    public init(kind: Kind, span: SourceSpan, isCapitalized: Bool, spaceBefore: Bool) {
        self.kind = kind
        self.span = span
        self.isCapitalized = isCapitalized
        self.spaceBefore = spaceBefore
    }
}

/// Splits text into tokens, working on UTF-8 bytes.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The quotation-mark scalars.
    static let quoteMarks: Set<Unicode.Scalar> = [
        "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}", "\u{201E}", "\u{201F}", "`",
        "\u{2039}", "\u{203A}", "\u{300C}", "\u{300D}", "\u{300E}", "\u{300F}",
    ]

    /// Whether a scalar is one of `quoteMarks`, without hashing it.
    @inline(__always)
    static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A,
            0x300C...0x300F:
            return true
        default: return false
        }
    }

    /// Whether the word at `start` (five bytes or more) is a name behind an Arabic article,
    /// "al-" or "el-" before a capital ("al-Atta said", "el-Sisi told"): capitalised as a name
    /// is, though its first letter is not. The caller has checked the first byte ("a" or "e"), a
    /// cheaper test of every lower-case word.
    @inline(__always)
    static func opensWithArabicArticle(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        buffer[start + 2] == UInt8(ascii: "-") && buffer[start + 1] == UInt8(ascii: "l")
            && CharClass.isUpper(buffer[start + 3])
    }

    /// The tokens of a span of the text.
    public func tokenize(_ bytes: [UInt8], _ span: SourceSpan) -> [Token] {
        var tokens: [Token] = []
        // News text has a token every five bytes or so: room for a few more, so that the array
        // seldom grows (and copies itself) before the end.
        tokens.reserveCapacity(span.length / 4 + 8)
        // One buffer pointer for the whole pass: no bounds check per byte or per token.
        bytes.withUnsafeBufferPointer { buffer in
            var index = span.lower
            let end = span.upper
            var spaceBefore = true
            while index < end {
                // Runs of ASCII spaces (and the single space between most tokens) need no decoding.
                let byte = buffer[index]
                if CharClass.isSpace(byte) {
                    spaceBefore = true
                    index += 1
                    continue
                }
                // Most tokens start with an ASCII byte: classed without decoding a scalar.
                if byte < 0x80 {
                    // The span's end is set past the token's first byte, so not clamped to its start.
                    var span = SourceSpan(index, index)
                    let start = index
                    let kind: Token.Kind
                    (kind, index) = asciiToken(bytes, buffer, byte, at: index, limit: end)
                    span.end = Int32(truncatingIfNeeded: index)
                    tokens.append(
                        Token(
                            kind: kind, span: span,
                            isCapitalized: CharClass.isUpper(byte)
                                || (byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e")) && index - start > 4
                                    && Self.opensWithArabicArticle(buffer, at: start),
                            spaceBefore: spaceBefore))
                    // The one space after most tokens is stepped over here, not at the loop's top.
                    spaceBefore = index < end && buffer[index] == 0x20
                    if spaceBefore { index += 1 }
                    continue
                }
                let (scalar, length) = CharClass.scalar(in: bytes, at: index)
                if CharClass.isSpace(scalar) {
                    spaceBefore = true
                    index += length
                    continue
                }
                let start = index
                var kind = Token.Kind.punctuation
                if CharClass.isLetter(scalar) {
                    kind = .word
                    index = wordEnd(bytes, buffer, from: index + length, limit: end)
                } else if ("0"..."9").contains(scalar) {
                    kind = .number
                    index = numberEnd(bytes, from: index + length, limit: end)
                } else if Self.isQuoteMark(scalar) {
                    kind = .quote
                    index += length
                } else {
                    index += length
                }
                tokens.append(
                    Token(
                        kind: kind, span: SourceSpan(start, index),
                        isCapitalized: CharClass.isUpper(scalar), spaceBefore: spaceBefore))
                spaceBefore = false
            }
        }
        return tokens
    }

    /// The kind and end of the token starting with the ASCII byte `byte` (no space) at `index`:
    /// what the scalar path finds for it, without decoding.
    @inline(__always)
    func asciiToken(
        _ bytes: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, _ byte: UInt8, at index: Int, limit: Int
    ) -> (Token.Kind, Int) {
        if (byte | 0x20) &- 0x61 < 26 { return (.word, wordEnd(bytes, buffer, from: index + 1, limit: limit)) }
        if CharClass.isDigit(byte) { return (.number, numberEnd(bytes, from: index + 1, limit: limit)) }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
            return (.quote, index + 1)
        }
        return (.punctuation, index + 1)
    }

    /// The end of a word: letters, digits and inner joiners followed by a letter.
    @inline(__always)
    func wordEnd(_ bytes: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        var index = start
        while true {
            // ASCII letters and digits, most of every word, need no decoding.
            index = Self.asciiAlphanumericEnd(buffer, from: index, limit: limit)
            guard index < limit else { return index }
            // An ASCII mark other than a joiner ends the word: no scalar to decode.
            let byte = buffer[index]
            if byte < 0x80, byte != UInt8(ascii: "'"), byte != UInt8(ascii: "-"), byte != UInt8(ascii: "."),
                byte != UInt8(ascii: "&")
            {
                return index
            }
            // A typographic apostrophe (E2 80 99) before an ASCII byte ("Trump’s") is decided on
            // bytes: the word goes on past it before a letter, else ends at it.
            if byte == 0xE2, index &+ 3 < limit, buffer[index &+ 1] == 0x80, buffer[index &+ 2] == 0x99,
                buffer[index &+ 3] < 0x80
            {
                guard CharClass.isLetter(buffer[index &+ 3]) else { return index }
                index &+= 3
                continue
            }
            // An ASCII joiner before an ASCII byte (or the end) is decided on bytes.
            let (next, goesOn) =
                byte < 0x80 && (index + 1 >= limit || buffer[index + 1] < 0x80)
                ? asciiJoinerContinuation(bytes, buffer, from: start, at: index, limit: limit)
                : wordContinuation(bytes, from: start, at: index, limit: limit)
            guard goesOn else { return next }
            index = next
        }
    }

    /// `wordContinuation` for the ASCII joiner (`'`, `-`, `.` or `&`) at `index` when the byte
    /// after it, if any, is ASCII too: the same answer without decoding scalars.
    @inline(__always)
    func asciiJoinerContinuation(
        _ bytes: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, at index: Int, limit: Int
    ) -> (Int, Bool) {
        guard index + 1 < limit else { return (index, false) }
        let joiner = buffer[index]
        let next = buffer[index + 1]
        guard (next | 0x20) &- 0x61 < 26 || (joiner == UInt8(ascii: "-") && CharClass.isDigit(next)) else {
            // "U.S." keeps its final period when the word is a dotted abbreviation.
            if joiner == UInt8(ascii: "."), isDottedAbbreviation(bytes, start: start - 1, end: index) {
                return (index + 1, false)
            }
            return (index, false)
        }
        return (index + 1, true)
    }

    /// Reads the non-ASCII character or ASCII joiner at `index` of a word whose scan began at
    /// `start`: the offset after it and true when the word goes on past it, else the word's end
    /// and false. Kept out of `wordEnd`, which runs once per word: the Unicode property look-ups
    /// here cost a set-up on every call of the function holding them.
    @inline(never)
    func wordContinuation(_ bytes: [UInt8], from start: Int, at index: Int, limit: Int) -> (Int, Bool) {
        let (scalar, length) = CharClass.scalar(in: bytes, at: index)
        if CharClass.isLetter(scalar) || ("0"..."9").contains(scalar) || scalar == "\u{00AD}" {
            return (index + length, true)
        }
        let joiner =
            scalar == "'" || scalar == "\u{2019}" || scalar == "-" || scalar == "."
            || scalar == "&" || scalar == "\u{2010}" || scalar == "\u{2011}"
        guard joiner, index + length < limit else { return (index, false) }
        let (next, _) = CharClass.scalar(in: bytes, at: index + length)
        guard CharClass.isLetter(next) || (scalar == "-" && ("0"..."9").contains(next)) else {
            // "U.S." keeps its final period when the word is a dotted abbreviation.
            if scalar == ".", isDottedAbbreviation(bytes, start: start - 1, end: index) {
                return (index + length, false)
            }
            return (index, false)
        }
        return (index + length, true)
    }

    /// The first offset in `start..<limit` that is not an ASCII letter or digit, or `limit`.
    /// Eight bytes are tested per step (most words end within the first eight).
    @inline(__always)
    static func asciiAlphanumericEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        var index = start
        if let base = buffer.baseAddress {
            while index + 8 <= limit {
                let others = notAlphanumeric(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                guard others == 0 else { return index + others.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < limit {
            let byte = buffer[index]
            guard (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 else { break }
            index += 1
        }
        return index
    }

    /// The high bit of each byte of `word` that is no ASCII letter or digit (the first such byte
    /// in memory is the lowest, as the load is little-endian).
    @inline(__always)
    static func notAlphanumeric(_ word: UInt64) -> UInt64 {
        let highs: UInt64 = 0x8080_8080_8080_8080
        // With the high bits cleared no sum below carries into the next byte: the high bit of
        // each byte of `value + (0x80 - low)` says byte >= low, of `value + (0x7F - high)` byte > high.
        let low = word & ~highs
        let digits = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)
        let folded = low | 0x2020_2020_2020_2020
        let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
        return ~((digits | letters) & ~word) & highs
    }

    /// Whether bytes[start..<end] has the form "U.S" (single letters separated by periods).
    func isDottedAbbreviation(_ bytes: [UInt8], start: Int, end: Int) -> Bool {
        guard end - start >= 3 else { return false }
        var index = start
        while index < end {
            guard CharClass.isLetter(bytes[index]) else { return false }
            if index + 1 < end && bytes[index + 1] != UInt8(ascii: ".") { return false }
            index += 2
        }
        return true
    }

    /// The end of a number: digits with inner `.`, `,`, `/` or `:` between digits.
    func numberEnd(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
        var index = start
        while index < limit {
            let byte = bytes[index]
            if CharClass.isDigit(byte) {
                index += 1
                continue
            }
            let joiner =
                byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "/")
                || byte == UInt8(ascii: ":")
            guard joiner, index + 1 < limit, CharClass.isDigit(bytes[index + 1]) else { break }
            index += 1
        }
        return index
    }
}
