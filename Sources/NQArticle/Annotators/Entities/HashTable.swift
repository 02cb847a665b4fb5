/// A fixed table from 64-bit word hashes to values, probed linearly: the keys are already
/// well-mixed hashes, so lookups skip the standard library's seeded hashing.
struct HashTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    /// Creates a table holding the given pairs (a later pair replaces an earlier equal key).
    init(_ pairs: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in pairs { insert(Self.nonZero(key), value) }
    }

    /// Creates an empty table with room for `count` keys.
    init(capacity count: Int) {
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
    }

    /// Sets the value of a hash to `update` of its value (nil when absent). The table must have
    /// been made with room for every key.
    mutating func update(_ key: UInt64, _ update: (Value?) -> Value) {
        let key = Self.nonZero(key)
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = update(values[slot])
    }

    /// The value for a hash, if any.
    @inline(__always)
    func value(_ key: UInt64) -> Value? {
        let key = Self.nonZero(key)
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Whether a hash is present.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { value(key) != nil }

    private mutating func insert(_ key: UInt64, _ value: Value) {
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
    }

    /// Zero marks an empty slot, so a zero hash is stored as one.
    @inline(__always)
    private static func nonZero(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }
}
