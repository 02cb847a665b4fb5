/// Positions in an array the caller holds, found by a 64-bit hash of their key and confirmed
/// by the caller: a key's bytes are hashed once, more cheaply than the standard library's seeded
/// hashing of a String, and two keys with one hash cost a comparison, never a wrong answer.
struct HashedPositions {
    /// Each slot's position (-1 when empty) and the hash it was stored under.
    private var slots: [Int32]
    private var hashes: [UInt64]
    private var mask: Int
    private var count = 0

    /// An empty index with room for `capacity` positions before it grows.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        hashes = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// The first position stored under `hash` that `matches` confirms.
    func find(_ hash: UInt64, _ matches: (Int) -> Bool) -> Int? {
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while slots[slot] >= 0 {
            if hashes[slot] == hash, matches(Int(slots[slot])) { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `position` under `hash`.
    mutating func insert(_ hash: UInt64, _ position: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(position)
        hashes[slot] = hash
        count += 1
    }

    private mutating func grow() {
        let old = zip(slots, hashes).filter { $0.0 >= 0 }
        self = HashedPositions(capacity: slots.count)
        for (position, hash) in old { insert(hash, Int(position)) }
    }

    /// A hash of a string mixed with `tag`, equal for equal strings: the FNV-1a hash of an ASCII
    /// string's bytes; the standard library's hash of any other, which equal strings written
    /// with other bytes (a letter and its accent composed or not) share.
    static func hash<Text: StringProtocol>(_ text: Text, tag: UInt64 = 0) -> UInt64 {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ tag
            var high: UInt8 = 0
            for byte in bytes {
                high |= byte
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return high < 0x80 ? hash ^ (hash >> 29) : nil
        }
        if let ascii, let hash = ascii { return hash }
        var hasher = Hasher()
        hasher.combine(text)
        hasher.combine(tag)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }
}
