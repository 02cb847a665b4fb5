import NQSource

/// Guesses an article's language from its first words: the share of each language's function
/// words, or the script (kana, Han) for Japanese and Chinese.
public struct LanguageGuess: Sendable {
    /// The languages to choose from.
    public let tables: LanguageTables

    /// Creates a guesser.
    public init(tables: LanguageTables) {
        self.tables = tables
    }

    /// How much text is looked at: enough words to tell (some 350 words, of which a third or
    /// more are function words in any of the languages), read once as bytes.
    static let sampleBytes = 2_048

    /// Whether `buffer[0..<end]` holds a byte in 0xE3–0xE9, read eight bytes at a time past runs
    /// of ASCII (nearly all of an English text).
    static func hasCJKLead(_ buffer: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
        guard let base = buffer.baseAddress else { return false }
        var index = 0
        while index < end {
            if index + 8 <= end,
                UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
                continue
            }
            if buffer[index] &- 0xE3 < 7 { return true }
            index += 1
        }
        return false
    }

    /// The language of a text; English unless another language's words clearly dominate.
    public func guess(_ bytes: [UInt8]) -> LanguageProfile {
        let end = min(bytes.count, Self.sampleBytes)
        var letters = 0
        var kana = 0
        var han = 0
        var index = 0
        // Without a lead byte of kana or Han (0xE3–0xE9) the script count cannot name Japanese
        // or Chinese: it is skipped.
        let mayBeCJK = bytes.withUnsafeBufferPointer { Self.hasCJKLead($0, end: end) }
        // Kana (U+3040–30FF) and Han (U+4E00–9FFF) by their UTF-8 lead bytes; any other letter
        // counts once, ASCII by its byte and the rest by the lead byte of its sequence.
        while mayBeCJK, index < end {
            let byte = bytes[index]
            if byte == 0xE3, index + 1 < end, bytes[index + 1] >= 0x81, bytes[index + 1] <= 0x83 {
                kana += 1
                index += 3
                continue
            }
            if byte >= 0xE4, byte <= 0xE9 {
                han += 1
                index += 3
                continue
            }
            if byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A || byte >= 0xC3 && byte <= 0xDF { letters += 1 }
            index += 1
        }
        let total = letters + kana + han
        if total > 0, (kana + han) * 3 > total {
            return tables.profile(kana * 10 > kana + han ? "ja" : "zh")
        }
        let languages = tables.profiles.count
        // The counts are kept on the stack: no array per article.
        let best = withUnsafeTemporaryAllocation(of: Int.self, capacity: languages) { counts in
            counts.initialize(repeating: 0)
            let words = bytes.withUnsafeBufferPointer { countFunctionWords($0, end: end, into: counts) }
            guard words >= 8 else { return 0 }
            // The first of the highest counts.
            var best = 0
            for index in 1..<max(languages, 1) where counts[index] > counts[best] { best = index }
            // Another language wins only with clearly more of its words than English has.
            return best != 0 && counts[best] >= 3 && counts[best] > counts[0] * 2 ? best : 0
        }
        return best == 0 ? tables.english : tables.profiles[best]
    }

    /// Adds to `counts` (one per profile) the function words of each profile among the words of
    /// `buffer[0..<end]`, and returns how many words of up to 16 bytes there are.
    ///
    /// Words are runs of letters (any byte of a multi-byte letter counts as one) ending at any
    /// other byte; typographic punctuation (“ ” ’ — …), three bytes starting 0xE2, is one
    /// separator. A word of up to eight bytes is looked up by its packed bytes, a longer one by
    /// its hash, lower-cased as `CueLexicon.hash` does (a word holds no ’).
    func countFunctionWords(
        _ buffer: UnsafeBufferPointer<UInt8>, end: Int, into counts: UnsafeMutableBufferPointer<Int>
    )
        -> Int
    {
        let longest = tables.longestFunctionWord
        let short = tables.shortFunctionWordProfiles
        var words = 0
        var index = 0
        while index < end {
            var listed: UInt32 = 0
            // Most words (and separators) end within eight bytes of their start: read from one load.
            if index &+ 8 <= end, let base = buffer.baseAddress {
                let chunk = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let others = ~Self.wordBytes(chunk) & 0x8080_8080_8080_8080
                if others != 0 {
                    let length = others.trailingZeroBitCount &>> 3
                    if length > 0 {
                        words &+= 1
                        listed = short.value(Self.packedKey(chunk, length)) ?? 0
                        while listed != 0 {
                            counts[listed.trailingZeroBitCount] += 1
                            listed &= listed &- 1
                        }
                    }
                    let separator = UInt8(truncatingIfNeeded: chunk &>> UInt64(truncatingIfNeeded: length &<< 3))
                    index &+= separator == 0xE2 ? length &+ 3 : length &+ 1
                    continue
                }
            }
            let wordEnd = Self.wordEnd(buffer, from: index, end: end)
            let length = wordEnd &- index
            if length > 0, length <= 16 {
                words &+= 1
                if length <= 8 {
                    listed = short.value(Self.packedKey(buffer, index, length)) ?? 0
                } else if length <= longest {
                    var hash = CueLexicon.hashBasis
                    for offset in index..<wordEnd { hash = CueLexicon.hashStep(hash, Self.lowered(buffer[offset])) }
                    listed = tables.functionWordProfiles.value(hash) ?? 0
                }
                while listed != 0 {
                    counts[listed.trailingZeroBitCount] += 1
                    listed &= listed &- 1
                }
            }
            index = wordEnd < end && buffer[wordEnd] == 0xE2 ? wordEnd &+ 3 : wordEnd &+ 1
        }
        return words
    }

    /// A word's byte lower-cased: an ASCII letter with its 0x20 bit set, a byte of a multi-byte
    /// letter as it is.
    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 { byte < 0x80 ? byte | 0x20 : byte }

    /// The high bit of each byte of `chunk` that is a word's: an ASCII letter, or a byte of 0x80
    /// or more other than 0xE2.
    @inline(__always)
    static func wordBytes(_ chunk: UInt64) -> UInt64 {
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // As in `Tokenizer.notAlphanumeric`: with the high bits cleared no sum carries into the
        // next byte; the high bit of `folded + 0x1F` says folded > 0x60, of `folded + 0x05`
        // folded > 0x7A.
        let folded = (chunk & lows) | 0x2020_2020_2020_2020
        let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
        let other = chunk ^ 0xE2E2_E2E2_E2E2_E2E2
        let notE2 = ((other & lows) &+ lows) | other
        return (letters | chunk) & notE2 & highs
    }

    /// The end of the word (possibly empty) starting at `start`: the first offset before `end`
    /// whose byte is no word's (see `wordBytes`), or `end`.
    @inline(__always)
    static func wordEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var index = start
        if let base = buffer.baseAddress {
            while index &+ 8 <= end {
                let chunk = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let others = ~wordBytes(chunk) & 0x8080_8080_8080_8080
                guard others == 0 else { return index &+ others.trailingZeroBitCount &>> 3 }
                index &+= 8
            }
        }
        while index < end {
            let byte = buffer[index]
            guard byte | 0x20 &- 0x61 < 26 || byte >= 0x80 && byte != 0xE2 else { break }
            index &+= 1
        }
        return index
    }

    /// The key of the word `buffer[start..<start + length]` (one to eight word bytes): its bytes
    /// lowered (see `lowered`), the first lowest, packed into a word and mixed. As no word byte is
    /// zero, distinct words have distinct keys.
    @inline(__always)
    static func packedKey(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> UInt64 {
        if start &+ 8 <= buffer.count, let base = buffer.baseAddress {
            let chunk = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            return packedKey(chunk, length)
        }
        var packed: UInt64 = 0
        for offset in (start..<start &+ length).reversed() { packed = packed << 8 | UInt64(lowered(buffer[offset])) }
        return mixed(packed)
    }

    /// The key of the word held by the low `length` bytes (one to eight) of `chunk`, as
    /// `packedKey(_:_:_:)` makes it.
    @inline(__always)
    static func packedKey(_ chunk: UInt64, _ length: Int) -> UInt64 {
        // ASCII bytes take their 0x20 bit; the bytes past the word are shifted out.
        let lowered = chunk | (~chunk & 0x8080_8080_8080_8080) &>> 2
        let past = UInt64(truncatingIfNeeded: 64 &- 8 &* length)
        return mixed((lowered &<< past) &>> past)
    }

    /// The key of a function word's bytes (one to eight), as `packedKey` makes it.
    static func packedKey(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { packedKey($0, 0, $0.count) }
    }

    /// A packed word with its bits spread over the key (a bijection: an odd multiple, rotated):
    /// `HashTable` places a key by its bits from the seventh up, which the rotation fills with
    /// the product's top bits, made from every bit of the word.
    @inline(__always)
    static func mixed(_ key: UInt64) -> UInt64 {
        let product = key &* 0x9E37_79B9_7F4A_7C15
        return product &>> 49 | product &<< 15
    }
}
