import NQSource

/// A set of words tested straight on text bytes, ignoring ASCII case, so that hot loops can ask
/// "is this token a month name?" without making a string.
struct WordHashSet: Sendable {
    private let hashes: HashTable<Bool>
    /// A 256-bit filter on (length, first byte, last byte) of the words, ignoring ASCII case, so
    /// that most tokens are rejected without hashing.
    private let filter: (UInt64, UInt64, UInt64, UInt64)

    /// Creates the set from words.
    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var hashes = Set<UInt64>()
        var filter: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for word in words {
            let bytes = Array(word.utf8)
            Self.add(bytes, SourceSpan(0, bytes.count), to: &hashes, &filter)
        }
        self.hashes = HashTable(hashes.map { ($0, true) })
        self.filter = filter
    }

    /// Creates the set from the keys of a gazetteer list, read from its bytes (start-up time).
    init(gazetteerKeys name: String) {
        let list = EmbeddedResources.gazetteer(name)
        var hashes = Set<UInt64>()
        var filter: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        Gazetteer.forEachEntry(in: list) { _, key, _ in
            Self.add(list, SourceSpan(key.lowerBound, key.upperBound), to: &hashes, &filter)
        }
        self.hashes = HashTable(hashes.map { ($0, true) })
        self.filter = filter
    }

    private static func add(
        _ bytes: [UInt8], _ span: SourceSpan, to hashes: inout Set<UInt64>,
        _ filter: inout (UInt64, UInt64, UInt64, UInt64)
    ) {
        guard span.length > 0 else { return }
        hashes.insert(hash(bytes, span))
        setBit(slot(bytes, span), in: &filter)
    }

    /// Sets bit `slot` (0 to 255) of a 256-bit mask held in four words.
    static func setBit(_ slot: Int, in mask: inout (UInt64, UInt64, UInt64, UInt64)) {
        let bit: UInt64 = 1 << UInt64(slot & 63)
        switch slot >> 6 {
        case 0: mask.0 |= bit
        case 1: mask.1 |= bit
        case 2: mask.2 |= bit
        default: mask.3 |= bit
        }
    }

    /// Whether bit `slot` (0 to 255) of a 256-bit mask is set.
    @inline(__always)
    static func hasBit(_ slot: Int, in mask: (UInt64, UInt64, UInt64, UInt64)) -> Bool {
        let word: UInt64
        switch slot >> 6 {
        case 0: word = mask.0
        case 1: word = mask.1
        case 2: word = mask.2
        default: word = mask.3
        }
        return word & (1 << UInt64(slot & 63)) != 0
    }

    /// The filter slot (0–255) of a word.
    @inline(__always)
    static func slot(_ bytes: [UInt8], _ span: SourceSpan) -> Int {
        let first = Int(bytes[span.lower] | 0x20)
        let last = Int(bytes[span.upper - 1] | 0x20)
        return (span.length &* 37 &+ first &* 7 &+ last &* 13) & 255
    }

    /// Whether the bytes of `span` are one of the words.
    @inline(__always)
    func contains(_ bytes: [UInt8], _ span: SourceSpan) -> Bool {
        guard span.length > 0, Self.hasBit(Self.slot(bytes, span), in: filter) else { return false }
        return hashes.contains(Self.hash(bytes, span))
    }

    /// Whether token `index` of a context is one of the words.
    func contains(_ context: AnalysisContext, token index: Int) -> Bool {
        index >= 0 && index < context.tokens.count
            && contains(context.bytes, context.tokens[index].span)
    }

    /// FNV-1a hash of a byte range, lower-casing ASCII letters.
    static func hash(_ bytes: [UInt8], _ span: SourceSpan) -> UInt64 {
        precondition(span.lower >= 0 && span.upper <= bytes.count || span.isEmpty, "hash: span out of bounds")
        return bytes.withUnsafeBufferPointer { bytes in
            // A word of one to eight ASCII bytes, the most common, is read in one load and
            // lower-cased in one step, as `CueLexicon.hash` reads it: the same hash either way.
            if let chunk = CueLexicon.shortASCII(bytes, span) {
                return CueLexicon.hashStep(
                    CueLexicon.hashBasis, ascii: chunk | CueLexicon.asciiUpper(chunk) >> 2,
                    count: span.upper &- span.lower)
            }
            var value: UInt64 = 0xcbf2_9ce4_8422_2325
            for offset in span.lower..<span.upper {
                var byte = bytes[offset]
                if CharClass.isUpper(byte) { byte |= 0x20 }
                value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return value
        }
    }

    /// The span of a word without a possessive ending ("Thursday’s" → "Thursday").
    static func withoutPossessive(_ bytes: [UInt8], _ span: SourceSpan) -> SourceSpan {
        let end = span.upper
        guard end - span.lower > 2, bytes[end - 1] == UInt8(ascii: "s") else { return span }
        if bytes[end - 2] == UInt8(ascii: "'") { return SourceSpan(span.lower, end - 2) }
        if end - span.lower > 4, bytes[end - 2] == 0x99, bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2 {
            return SourceSpan(span.lower, end - 4)
        }
        return span
    }

    /// Whether the bytes of `span` end with the ASCII `suffix`.
    /// Whether the word at `span` looks like a plural: four letters or more ending in "s", not
    /// "ss", "us" or "is" ("agents", "Millennials"; not "press", "status", "analysis").
    static func looksPlural(_ bytes: [UInt8], _ span: SourceSpan) -> Bool {
        guard span.length > 3, bytes[span.upper - 1] == UInt8(ascii: "s") else { return false }
        let before = bytes[span.upper - 2]
        return before != UInt8(ascii: "s") && before != UInt8(ascii: "u") && before != UInt8(ascii: "i")
    }

    static func hasSuffix(_ bytes: [UInt8], _ span: SourceSpan, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard span.length >= count else { return false }
        return suffix.withUTF8Buffer { buffer in
            for index in 0..<count where bytes[span.upper - count + index] != buffer[index] {
                return false
            }
            return true
        }
    }
}

extension AnalysisContext {
    /// Whether token `index` exists and is exactly the ASCII text `text`.
    func token(_ index: Int, is text: StaticString) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        return span(tokens[index].span, is: text)
    }

    /// Whether the bytes of `span` are exactly the ASCII text `text`.
    func span(_ span: SourceSpan, is text: StaticString) -> Bool {
        guard span.length == text.utf8CodeUnitCount else { return false }
        let bytes = self.bytes
        return text.withUTF8Buffer { buffer in
            for offset in 0..<buffer.count where bytes[span.lower + offset] != buffer[offset] {
                return false
            }
            return true
        }
    }

    /// Whether token `index` contains the byte `byte`.
    func token(_ index: Int, contains byte: UInt8) -> Bool {
        let span = tokens[index].span
        let bytes = self.bytes
        for offset in span.lower..<span.upper where bytes[offset] == byte { return true }
        return false
    }
}
