import NQSource

/// A filter of words by first byte (ASCII case ignored) and length, read before any hashing: a
/// word it rejects is in none of the lists it was made from, so that hot loops over every token
/// turn most words away with one table look-up.
struct LeadLengthFilter: Sendable {
    /// For each first byte (with the 0x20 bit set), bit `n` set when some word is `n` bytes long.
    private let masks: [UInt32]

    /// Creates the filter of `words`, each also counted `extraLengths` bytes longer (a possessive
    /// ending that a caller strips before its look-up).
    init<Words: Sequence>(_ words: Words, extraLengths: [Int] = []) where Words.Element == String {
        var masks = [UInt32](repeating: 0, count: 256)
        for word in words {
            guard let first = word.utf8.first else { continue }
            for length in [word.utf8.count] + extraLengths.map({ word.utf8.count + $0 }) where length < 32 {
                masks[Int(first | 0x20)] |= 1 << UInt32(length)
            }
        }
        self.masks = masks
    }

    /// The lengths of the words starting with `first` (ASCII case ignored), as a mask with bit `n`
    /// set for a word `n` bytes long: zero when no word starts with it.
    @inline(__always)
    func lengths(startingWith first: UInt8) -> UInt32 {
        masks[Int(first | 0x20)]
    }

    /// Whether the bytes of `span` may be one of the words (never false for one of them, or for one
    /// in another ASCII case).
    @inline(__always)
    func mayContain(_ bytes: [UInt8], _ span: SourceSpan) -> Bool {
        let length = span.length
        guard length > 0, length < 32 else { return false }
        return masks[Int(bytes[span.lower] | 0x20)] & (1 << UInt32(length)) != 0
    }
}
