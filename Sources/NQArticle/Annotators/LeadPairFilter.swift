import NQSource

/// A filter of words by their first two bytes (ASCII case ignored) and length, read before any
/// hashing: a word it rejects is in none of the lists it was made from. It turns away more words
/// than a filter on the first byte alone: "the" and "that" start like "three" and "thirty", but
/// no number word starting with "th" has their length.
struct LeadPairFilter: Sendable {
    /// For each slot of a leading pair, bit `n` set when some word starting with that pair is
    /// `n` bytes long.
    private let masks: [UInt32]

    /// Creates the filter of `words`, each also counted `extraLengths` bytes longer (a possessive
    /// ending that a caller strips before its look-up; the words with extra lengths are at least
    /// two bytes long, as the ending would otherwise be read as their second byte).
    init<Words: Sequence>(_ words: Words, extraLengths: [Int] = []) where Words.Element == String {
        var masks = [UInt32](repeating: 0, count: 1024)
        for word in words {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty else { continue }
            let slot = Self.slot(bytes, SourceSpan(0, bytes.count))
            for length in [bytes.count] + extraLengths.map({ bytes.count + $0 }) where length < 32 {
                masks[slot] |= 1 << UInt32(length)
            }
        }
        self.masks = masks
    }

    /// The slot of a word's first two bytes (its first alone, for a one-byte word), with the 0x20
    /// bit set and the low five bits kept: letters keep apart, other bytes may share a letter's slot.
    @inline(__always)
    static func slot(_ bytes: [UInt8], _ span: SourceSpan) -> Int {
        let first = Int(bytes[span.lower] | 0x20) & 31
        let second = span.length > 1 ? Int(bytes[span.lower + 1] | 0x20) & 31 : 0
        return first << 5 | second
    }

    /// The lengths of the words starting with the first two bytes of the non-empty `span`, as a
    /// mask with bit `n` set for a word `n` bytes long: zero when no word starts with them.
    @inline(__always)
    func lengths(_ bytes: [UInt8], _ span: SourceSpan) -> UInt32 {
        masks[Self.slot(bytes, span)]
    }

    /// `lengths(_:_:)` on bytes read through a buffer pointer, for loops over every token.
    @inline(__always)
    func lengths(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SourceSpan) -> UInt32 {
        let first = Int(bytes[span.lower] | 0x20) & 31
        let second = span.length > 1 ? Int(bytes[span.lower + 1] | 0x20) & 31 : 0
        return masks[first << 5 | second]
    }

    /// Whether the bytes of `span` may be one of the words (never false for one of them, or for one
    /// in another ASCII case).
    @inline(__always)
    func mayContain(_ bytes: [UInt8], _ span: SourceSpan) -> Bool {
        let length = span.length
        guard length > 0, length < 32 else { return false }
        return lengths(bytes, span) & (1 << UInt32(length)) != 0
    }
}
