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
                // Lower-cased as `String.lowercased()` lower-cases ASCII: A to Z only.
                var high: UInt8 = 0
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    high |= byte
                    lowered[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                return high < 0x80
            }
        }
        guard ascii else { return false }
        scratch.withUnsafeBufferPointer { scratch in
            let bytes = UnsafeBufferPointer(rebasing: scratch[0..<count])
            if whole { appendOnce(NameHashTable<PackedRows>.hash(ascii: bytes), to: &hashes, from: first) }
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == separator {
                if index > start {
                    let part = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    appendOnce(NameHashTable<PackedRows>.hash(ascii: part), to: &hashes, from: first)
                }
                start = index + 1
            }
        }
        return true
    }

    /// Appends `hash` unless `hashes` holds it from index `first` on.
    private static func appendOnce(_ hash: UInt64, to hashes: inout [UInt64], from first: Int) {
        if !hashes[first...].contains(hash) { hashes.append(hash) }
    }
}
