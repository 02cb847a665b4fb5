/// Guesses an article's language from its first words: the share of each language's function
/// words, or the script (kana, Han) for Japanese and Chinese.
public struct LanguageGuess: Sendable {
    /// The languages to choose from.
    public let tables: LanguageTables

    /// Creates a guesser.
    public init(tables: LanguageTables) {
        self.tables = tables
    }

    /// How much text is looked at.
    static let sampleBytes = 16_384

    /// The language of a text; English unless another language's words clearly dominate.
    public func guess(_ bytes: [UInt8]) -> LanguageProfile {
        var sample = String(decoding: bytes.prefix(Self.sampleBytes), as: UTF8.self)
        return sample.withUTF8 { utf8 in
            let (letters, kana, han) = Self.scripts(utf8)
            let total = letters + kana + han
            if total > 0, (kana + han) * 3 > total {
                return tables.profile(kana * 10 > kana + han ? "ja" : "zh")
            }
            let index = tables.functionWordIndex
            var counts = Array(repeating: 0, count: tables.profiles.count)
            var words = 0
            func count(_ mask: UInt64) {
                var rest = mask
                while rest != 0 {
                    counts[rest.trailingZeroBitCount] += 1
                    rest &= rest - 1
                }
            }
            Self.forEachWord(utf8) { word in
                words += 1
                switch word {
                case .ascii(let span): count(index.mask(utf8, span))
                case .other(let text): count(index.mask(text))
                }
            }
            guard words >= 8, let best = counts.indices.max(by: { counts[$0] < counts[$1] }), best != 0 else {
                return tables.english
            }
            // Another language wins only with clearly more of its words than English has.
            return counts[best] >= 3 && counts[best] > counts[0] * 2 ? tables.profiles[best] : tables.english
        }
    }

    /// How many alphabetic, kana and Han scalars valid UTF-8 holds.
    static func scripts(_ utf8: UnsafeBufferPointer<UInt8>) -> (letters: Int, kana: Int, han: Int) {
        var letters = 0
        var kana = 0
        var han = 0
        var offset = 0
        while offset < utf8.count {
            let lead = utf8[offset]
            if lead < 0x80 {
                // An ASCII scalar is alphabetic exactly when it is a Latin letter.
                if (lead | 0x20) >= UInt8(ascii: "a"), (lead | 0x20) <= UInt8(ascii: "z") { letters += 1 }
                offset += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for next in 1..<length { value = value << 6 | UInt32(utf8[offset + next] & 0x3F) }
            offset += length
            switch value {
            case 0x3040...0x30FF: kana += 1
            case 0x4E00...0x9FFF: han += 1
            default: if Unicode.Scalar(value)?.properties.isAlphabetic == true { letters += 1 }
            }
        }
        return (letters, kana, han)
    }

    /// A word of the sample: a run of ASCII letters (lower-cased when looked up), or a word
    /// decoded and lower-cased from a stretch with other characters.
    enum Word {
        case ascii(Range<Int>)
        case other(Substring)
    }

    /// Calls `body` with each word of valid UTF-8, as the lower-cased text split on characters
    /// that are not letters would give them. ASCII letters are read straight from the bytes; a
    /// stretch holding other bytes goes through `String` between two ASCII non-letters whose
    /// neighbours are ASCII too, where no character (grapheme) can cross the boundary and
    /// lower-casing (scalar by scalar) cannot change it.
    static func forEachWord(_ utf8: UnsafeBufferPointer<UInt8>, _ body: (Word) -> Void) {
        var start = 0
        var ascii = true
        func flush(_ end: Int) {
            guard start < end else { return }
            if ascii {
                body(.ascii(start..<end))
                return
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self)
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) { body(.other(word)) }
        }
        for offset in 0..<utf8.count {
            let byte = utf8[offset]
            if byte >= 0x80 {
                ascii = false
                continue
            }
            guard (byte | 0x20) < UInt8(ascii: "a") || (byte | 0x20) > UInt8(ascii: "z") else { continue }
            let safe =
                (offset == 0 || utf8[offset - 1] < 0x80) && (offset + 1 == utf8.count || utf8[offset + 1] < 0x80)
            guard safe else {
                ascii = false
                continue
            }
            flush(offset)
            start = offset + 1
            ascii = true
        }
        flush(utf8.count)
    }
}

/// Every profile's function words in one table: for each word, a bit per profile that lists
/// it, so that a word of a sample is looked up once rather than once per profile.
struct FunctionWordIndex: Sendable {
    /// ASCII words by their hash: the word's bytes and its profile bits.
    private let ascii: HashTable<Int>
    private let asciiWords: [(bytes: [UInt8], mask: UInt64)]
    /// Every word, compared as Swift compares strings (canonical equivalence), as `Set` does.
    private let all: [String: UInt64]
    /// The longest ASCII word, in bytes: longer runs of letters are no function word.
    private let longestASCII: Int

    init(_ profiles: [LanguageProfile]) {
        var all: [String: UInt64] = [:]
        // One bit per profile: nq ships a dozen; a 65th profile's words would go uncounted.
        for (index, profile) in profiles.enumerated() where index < 64 {
            for word in profile.functionWords { all[word, default: 0] |= 1 << UInt64(index) }
        }
        var asciiWords: [(bytes: [UInt8], mask: UInt64)] = []
        var pairs: [(UInt64, Int)] = []
        for (word, mask) in all where !word.isEmpty && word.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(word.utf8)
            pairs.append((Self.hash(bytes[...]), asciiWords.count))
            asciiWords.append((bytes, mask))
        }
        self.all = all
        self.asciiWords = asciiWords
        self.ascii = HashTable(pairs)
        self.longestASCII = asciiWords.map(\.bytes.count).max() ?? 0
    }

    /// FNV-1a of bytes as they are (a listed word with capitals then matches no lower-cased run).
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }

    /// The profile bits of a run of ASCII letters, lower-cased.
    func mask(_ utf8: UnsafeBufferPointer<UInt8>, _ span: Range<Int>) -> UInt64 {
        guard span.count <= longestASCII else { return 0 }
        guard let entry = ascii.value(Self.hash(utf8[span].lazy.map { $0 | 0x20 })) else { return 0 }
        let word = asciiWords[entry]
        guard word.bytes.count == span.count else { return 0 }
        for (position, offset) in span.enumerated() where word.bytes[position] != utf8[offset] | 0x20 {
            return 0
        }
        return word.mask
    }

    /// The profile bits of a lower-cased word.
    func mask(_ word: Substring) -> UInt64 { all[String(word)] ?? 0 }
}
