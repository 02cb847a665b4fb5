import NQArticle

extension Corpus {
    /// Appends the hashes (`NameHashTable.hash`) of the keys `appendNameKeys(of:to:)` gives, in
    /// its order and deduplicated as it deduplicates them (equal keys have equal hashes). An ASCII
    /// name or alias list, as nearly all are, is lower-cased into `scratch` and cut and hashed on
    /// its bytes: no string is made per key. `scratch` is any buffer, kept between calls so that
    /// it is allocated rarely; it grows to the longest text.
    static func appendNameKeyHashes(of entity: Entity, to hashes: inout [UInt64], scratch: inout [UInt8]) {
        let first = hashes.count
        if !appendASCIIKeyHashes(
            of: entity.name, separatedBy: UInt8(ascii: " "), whole: true, to: &hashes,
            from: first, scratch: &scratch)
        {
            let name = entity.name.lowercased()
            var keys = [name]
            appendParts(of: name, separatedBy: UInt8(ascii: " "), to: &keys)
            for key in keys { appendOnce(NameHashTable<PackedRows>.hash(key), to: &hashes, from: first) }
        }
        // Most entities have none: told on their extras' lengths, with no string made.
        guard entity.hasAliases else { return }
        let aliases = entity.joinedAliases
        guard
            !appendASCIIKeyHashes(
                of: aliases, separatedBy: 0x1F, whole: false, to: &hashes, from: first,
                scratch: &scratch)
        else { return }
        var keys: [String] = []
        appendParts(of: aliases.lowercased(), separatedBy: 0x1F, to: &keys)
        for key in keys { appendOnce(NameHashTable<PackedRows>.hash(key), to: &hashes, from: first) }
    }

    /// For ASCII `text`: appends the hash of the whole lower-cased text when `whole` is set, then
    /// those of its non-empty parts between `separator`s, each unless `hashes` holds it from
    /// index `first` on, and returns true; returns false, appending nothing, for other text.
    private static func appendASCIIKeyHashes(
        of text: String, separatedBy separator: UInt8, whole: Bool, to hashes: inout [UInt64], from first: Int,
        scratch: inout [UInt8]
    ) -> Bool {
        var text = text
        let count = text.utf8.count
        if scratch.count < count { scratch = [UInt8](repeating: 0, count: max(count, 2 * scratch.count)) }
        let ascii = text.withUTF8 { bytes in
            scratch.withUnsafeMutableBufferPointer { lowered in
                guard let source = bytes.baseAddress, let target = lowered.baseAddress else { return true }
                // Lower-cased as `String.lowercased()` lower-cases ASCII: A to Z only; eight bytes
                // at a time, then the rest one by one.
                var high: UInt64 = 0
                var index = 0
                while index &+ 8 <= count {
                    let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                    high |= word
                    let lowerWord = Self.asciiLowercased(word)
                    UnsafeMutableRawPointer(target + index).storeBytes(of: lowerWord, as: UInt64.self)
                    index &+= 8
                }
                var tail: UInt8 = 0
                while index < count {
                    let byte = source[index]
                    tail |= byte
                    target[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                    index &+= 1
                }
                return high & 0x8080_8080_8080_8080 == 0 && tail < 0x80
            }
        }
        guard ascii else { return false }
        scratch.withUnsafeBufferPointer { scratch in
            let bytes = UnsafeBufferPointer(rebasing: scratch[0..<count])
            if whole { appendOnce(NameHashTable<PackedRows>.hash(ascii: bytes), to: &hashes, from: first) }
            guard let base = bytes.baseAddress else { return }
            // The separator in every byte: eight bytes with none are passed over at once.
            let separators = UInt64(separator) &* 0x0101_0101_0101_0101
            var start = 0
            while true {
                var end = start
                while end &+ 8 <= count {
                    let word = UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self) ^ separators
                    // Whether a byte of `word` is zero, that is a separator.
                    if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                    end &+= 8
                }
                while end < count, base[end] != separator { end &+= 1 }
                if end > start {
                    let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    appendOnce(NameHashTable<PackedRows>.hash(ascii: part), to: &hashes, from: first)
                }
                guard end < count else { break }
                start = end &+ 1
            }
        }
        return true
    }

    /// Eight ASCII bytes with A to Z lower-cased, each byte on its own (no carry crosses bytes
    /// below 0x80; for other bytes the result is meaningless).
    @inline(__always)
    static func asciiLowercased(_ word: UInt64) -> UInt64 {
        // A byte's high bit set by + 0x3F when it is at least "A", by + 0x25 when above "Z".
        let upper = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
        return word | upper >> 2
    }

    /// Appends `hash` unless `hashes` holds it from index `first` on.
    private static func appendOnce(_ hash: UInt64, to hashes: inout [UInt64], from first: Int) {
        if !hashes[first...].contains(hash) { hashes.append(hash) }
    }
}
