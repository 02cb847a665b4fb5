import NQSource

/// Splits a paragraph into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotation marks and brackets after
/// it) when white space and then the start of a new sentence follow: an upper-case letter, a
/// digit or an opening quotation mark. A period does not end a sentence after a known
/// abbreviation (Mr., Gov., Jan., U.S.), after a single initial (J. K. Rowling) or inside a
/// number (2.5).
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// Abbreviations, lower-cased and without their final period, after which a period does not
    /// end a sentence.
    public static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "gov", "sen", "rep", "reps", "sens", "gen", "lt",
        "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "st", "ste", "mt", "ft", "jr",
        "sr", "rev", "msgr", "hon", "pres", "supt", "det", "insp", "atty", "amb", "gens",
        "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
        "inc", "corp", "co", "ltd", "llc", "bros", "no", "nos", "vol", "vs", "v", "etc", "al",
        "approx", "est", "dept", "univ", "assn", "ave", "blvd", "rd", "fig", "pp", "ph", "op",
        "u.s", "u.k", "u.n", "e.u", "d.c", "n.y", "l.a", "a.m", "p.m", "i.e", "e.g", "u.s.a",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
        "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
        "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    ]

    /// Abbreviations that often close a sentence too: after them a capitalised word starts one.
    static let sentenceFinalAbbreviations: Set<String> = ["etc", "inc", "corp", "co", "ltd", "llc", "jr", "sr"]

    /// `abbreviations` and `sentenceFinalAbbreviations` packed by `packedLowercase`, so that
    /// the word before a period needs no `String`.
    static let packedAbbreviations: HashTable<Bool> = {
        var packed: [UInt64: Bool] = [:]
        for word in abbreviations {
            let bytes = Array(word.utf8)
            packed[mixed(packedLowercase(bytes, 0, bytes.count))] = sentenceFinalAbbreviations.contains(word)
        }
        return HashTable(packed.map { ($0.key, $0.value) })
    }()

    /// A packed word with its bits spread over the whole key (a bijection, so distinct words keep
    /// distinct keys): `HashTable` places a key by some of its middle bits, which for packed short
    /// words are nearly all alike, and the look-ups of such keys probed dozens of slots.
    @inline(__always)
    static func mixed(_ key: UInt64) -> UInt64 {
        var key = key
        key ^= key >> 33
        key &*= 0xff51_afd7_ed55_8ccd
        key ^= key >> 33
        return key
    }

    /// Up to 8 ASCII bytes lower-cased and packed into a word (distinct words, distinct keys).
    static func packedLowercase(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
        var key: UInt64 = 0
        for index in start..<end {
            let byte = bytes[index]
            key = key << 8 | UInt64(CharClass.isUpper(byte) ? byte + 0x20 : byte)
        }
        return key
    }

    /// `endsSentence`'s verdict on the non-empty word `bytes[start..<end]` before a period when
    /// the word is ASCII, decided on bytes; nil for other words, which take the `String` path.
    static func asciiWordEndsSentence(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool? {
        // One pass reads what the verdict needs: whether the word is ASCII, holds a period or a
        // digit, and its first eight bytes packed as `packedLowercase` packs them.
        var hasPeriod = false
        var hasDigit = false
        var packed: UInt64 = 0
        let length = end - start
        let ascii = bytes.withUnsafeBufferPointer { buffer in
            for index in start..<end {
                let byte = buffer[index]
                guard byte < 0x80 else { return false }
                hasPeriod = hasPeriod || byte == 0x2E
                hasDigit = hasDigit || CharClass.isDigit(byte)
                packed = packed &<< 8 | UInt64(CharClass.isUpper(byte) ? byte | 0x20 : byte)
            }
            return true
        }
        guard ascii else { return nil }
        // The longest abbreviation has 6 letters; a longer word cannot be one.
        if length <= 8, let isFinal = packedAbbreviations.value(mixed(packed)) {
            return isFinal
        }
        // A single initial: "J. K. Rowling", "George W. Bush".
        if length == 1 { return !CharClass.isUpper(bytes[start]) }
        // Dotted abbreviations such as "U.S." or "D.C." that are not in the list (the word holds
        // only letters, digits and periods, so letters-or-periods means no digit).
        if hasPeriod, length <= 6, CharClass.isUpper(bytes[start]), !hasDigit {
            return false
        }
        return true
    }

    /// The first offset in `index..<limit` holding `.`, `!`, `?` or 0xE2 (the lead byte of `…`),
    /// or `limit`; 8 bytes are tested per step, as most bytes are none of these.
    static func nextStopCandidate(_ bytes: [UInt8], from index: Int, limit: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = index
            if let base = buffer.baseAddress {
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highs: UInt64 = 0x8080_8080_8080_8080
                // A byte of `word ^ (ones * b)` is zero where the byte equals b; the high bits of
                // `zeros` are set in some byte when one is (the four tests are merged before one
                // branch).
                func zeros(_ word: UInt64) -> UInt64 { (word &- ones) & ~word }
                // Offsets stay within the paragraph: no overflow checks.
                while offset &+ 8 <= limit {
                    let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                    let stops =
                        zeros(word ^ (ones &* 0x2E)) | zeros(word ^ (ones &* 0x21)) | zeros(word ^ (ones &* 0x3F))
                        | zeros(word ^ (ones &* 0xE2))
                    if stops & highs != 0 { break }
                    offset &+= 8
                }
            }
            while offset < limit {
                let byte = buffer[offset]
                if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0xE2 { return offset }
                offset &+= 1
            }
            return limit
        }
    }

    /// The sentence spans of a paragraph, trimmed of surrounding white space.
    public func split(_ bytes: [UInt8], _ paragraph: SourceSpan) -> [SourceSpan] {
        var sentences: [Sentence] = []
        split(bytes, paragraph, into: &sentences)
        return sentences.map(\.span)
    }

    /// Appends the sentences of a paragraph, trimmed of surrounding white space, to `sentences`:
    /// one array for a whole article instead of one per paragraph.
    func split(_ bytes: [UInt8], _ paragraph: SourceSpan, into sentences: inout [Sentence]) {
        var start = paragraph.lower
        var index = paragraph.lower
        let end = paragraph.upper
        while index < end {
            // Only `.`, `!`, `?` and the lead byte of `…` (E2 80 A6) can start a stop; no other
            // byte needs decoding, and UTF-8 continuation bytes never match these.
            index = Self.nextStopCandidate(bytes, from: index, limit: end)
            guard index < end else { break }
            let (scalar, length) = CharClass.scalar(in: bytes, at: index)
            var stopEnd = index + length
            let isStop = scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}"
            guard isStop else {
                index += length
                continue
            }
            // Runs of stops (?!, ...) and closing marks after them belong to this sentence.
            while stopEnd < end {
                let (next, nextLength) = CharClass.scalar(in: bytes, at: stopEnd)
                guard
                    next == "." || next == "!" || next == "?" || next == "\u{2026}" || CharClass.isCloser(next)
                else { break }
                stopEnd += nextLength
            }
            if endsSentence(bytes, stopAt: index, stop: scalar, after: stopEnd, limit: end) {
                sentences.append(Sentence(span: ArticleParser.trimmed(bytes, SourceSpan(start, stopEnd))))
                start = stopEnd
            }
            index = stopEnd
        }
        let last = ArticleParser.trimmed(bytes, SourceSpan(start, end))
        if !last.isEmpty { sentences.append(Sentence(span: last)) }
    }

    /// Whether the stop at `stopAt`, whose marks end at `after`, ends the sentence.
    func endsSentence(_ bytes: [UInt8], stopAt: Int, stop: Unicode.Scalar, after: Int, limit: Int) -> Bool {
        // White space must follow, then the start of a sentence.
        var next = after
        var sawSpace = false
        while next < limit {
            let (scalar, length) = CharClass.scalar(in: bytes, at: next)
            guard CharClass.isSpace(scalar) else { break }
            sawSpace = true
            next += length
        }
        guard sawSpace, next < limit else { return false }
        let (first, firstLength) = CharClass.scalar(in: bytes, at: next)
        var startsSentence = CharClass.isUpper(first) || ("0"..."9").contains(first)
        if CharClass.isOpeningQuote(first) || first == "(" || first == "[" {
            // An opening mark: look at the letter after it.
            let after = next + firstLength
            if after < limit {
                let (letter, _) = CharClass.scalar(in: bytes, at: after)
                startsSentence =
                    CharClass.isUpper(letter) || ("0"..."9").contains(letter)
                    || CharClass.isOpeningQuote(letter) || letter == "."
            }
        }
        guard startsSentence else { return false }
        guard stop == "." else { return true }
        // The word before the period.
        var wordStart = stopAt
        while wordStart > 0 {
            // An ASCII byte (most of them) is its own scalar: tested without decoding.
            let byte = bytes[wordStart - 1]
            if byte < 0x80 {
                guard CharClass.isLetter(byte) || byte == UInt8(ascii: ".") || CharClass.isDigit(byte) else { break }
                wordStart -= 1
                continue
            }
            let previous = CharClass.scalarStart(in: bytes, before: wordStart)
            let (scalar, _) = CharClass.scalar(in: bytes, at: previous)
            guard CharClass.isLetter(scalar) || scalar == "." || ("0"..."9").contains(scalar) else { break }
            wordStart = previous
        }
        if wordStart == stopAt { return true }
        if let known = Self.asciiWordEndsSentence(bytes, wordStart, stopAt) { return known }
        let word = String(decoding: bytes[wordStart..<stopAt], as: UTF8.self)
        let lowered = word.lowercased()
        if Self.abbreviations.contains(lowered) {
            return Self.sentenceFinalAbbreviations.contains(lowered)
        }
        // A single initial: "J. K. Rowling", "George W. Bush".
        if word.unicodeScalars.count == 1, let scalar = word.unicodeScalars.first, CharClass.isUpper(scalar) {
            return false
        }
        // Dotted abbreviations such as "U.S." or "D.C." that are not in the list.
        if word.contains("."), word.count <= 6, word.allSatisfy({ $0.isLetter || $0 == "." }),
            word.first?.isUppercase == true
        {
            return false
        }
        return true
    }
}
