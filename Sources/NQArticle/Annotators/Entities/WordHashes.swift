/// A set of 64-bit word hashes (FNV-1a, already well mixed), probed linearly: a membership test
/// skips the standard library's seeded hashing, which costs more than the test itself on the
/// short words the annotators ask about. It grows as hashes are inserted.
struct WordHashes: Sendable {
    /// The slots; zero marks an empty one (a zero hash is stored as one).
    private var slots: [UInt64]
    /// How many hashes are held.
    private(set) var count = 0

    /// Creates an empty set with room for `capacity` hashes before it grows.
    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
    }

    /// Creates the set of the given hashes.
    init<Hashes: Sequence>(_ hashes: Hashes) where Hashes.Element == UInt64 {
        self.init(capacity: hashes.underestimatedCount)
        for hash in hashes { insert(hash) }
    }

    /// Adds a hash.
    mutating func insert(_ hash: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        let key = Self.nonZero(hash)
        let mask = slots.count - 1
        var slot = Self.start(key) & mask
        while true {
            let found = slots[slot]
            if found == key { return }
            if found == 0 {
                slots[slot] = key
                count += 1
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether a hash is held.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        let key = Self.nonZero(hash)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Self.start(key) & mask
            while true {
                let found = slots[slot]
                if found == key { return true }
                if found == 0 { return false }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Doubles the slots and inserts every hash again.
    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        count = 0
        for key in old where key != 0 { insert(key) }
    }

    /// The first slot probed for a key (before masking).
    @inline(__always)
    private static func start(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 7) }

    @inline(__always)
    private static func nonZero(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }
}
