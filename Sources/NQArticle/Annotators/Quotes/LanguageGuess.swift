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
        var counts = Array(repeating: 0, count: tables.profiles.count)
        let longest = tables.longestFunctionWord
        var words = 0
        var start = 0
        index = 0
        // Words are runs of letters (any byte of a multi-byte letter counts as one), hashed as they
        // are read, lower-cased as `CueLexicon.hash` does: a word holds no ’ (a separator here), so
        // its ASCII bytes are letters and setting their 0x20 bit lower-cases them.
        bytes.withUnsafeBufferPointer { buffer in
            while index <= end {
                var hash = CueLexicon.hashBasis
                while index < end {
                    let byte = buffer[index]
                    // An ASCII letter (most bytes) is hashed lower-cased at once; a byte of a
                    // multi-byte letter as it is.
                    let lower = byte | 0x20
                    if lower &- 0x61 < 26 {
                        hash = CueLexicon.hashStep(hash, lower)
                        index &+= 1
                        continue
                    }
                    guard byte >= 0x80 && byte != 0xE2 else { break }
                    hash = CueLexicon.hashStep(hash, byte)
                    index &+= 1
                }
                // Typographic punctuation (“ ” ’ — …) is three bytes starting 0xE2: a separator.
                let width = index < end && buffer[index] == 0xE2 ? 3 : 1
                if index > start, index - start <= 16 {
                    words += 1
                    if index - start <= longest, var listed = tables.functionWordProfiles.value(hash) {
                        while listed != 0 {
                            counts[listed.trailingZeroBitCount] += 1
                            listed &= listed - 1
                        }
                    }
                }
                index += width
                start = index
            }
        }
        guard words >= 8, let best = counts.indices.max(by: { counts[$0] < counts[$1] }), best != 0 else {
            return tables.english
        }
        // Another language wins only with clearly more of its words than English has.
        return counts[best] >= 3 && counts[best] > counts[0] * 2 ? tables.profiles[best] : tables.english
    }
}
