/// A fixed table from names to their canonical names (the gazetteer's places and organisations),
/// looked up by `NameHashTable.hash` of a name's bytes: the entity layer asks it of every name it
/// resolves, and the standard library's seeded hashing of each string cost more than the rest of
/// the look-up.
///
/// It answers as a `[String: String]` of the same pairs would: names equal as strings have one
/// hash, and a name found by its hash is compared with the stored one, so a name that merely
/// shares a hash is not found.
public struct CanonicalNames: Sendable {
    /// The names, without repeats, in the order they first came.
    public let keys: [String]
    /// The canonical name of each of `keys`.
    public let values: [String]
    /// The index in `keys` of each name's hash.
    private let slots: HashTable<Int32>

    /// Creates a table of the given pairs; a later pair replaces an earlier one of an equal name.
    init(_ pairs: [(key: String, value: String)]) {
        var keys: [String] = []
        var values: [String] = []
        var slots = HashTable<Int32>(capacity: pairs.count)
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            slots.update(NameHashTable<Int32>.hash(key)) { found in
                if let found {
                    // Two different names with one hash would be a chance of about one in 2^64.
                    precondition(keys[Int(found)] == key, "two gazetteer names share a hash: \(key)")
                    values[Int(found)] = value
                    return found
                }
                keys.append(key)
                values.append(value)
                return Int32(keys.count - 1)
            }
        }
        self.keys = keys
        self.values = values
        self.slots = slots
    }

    /// The number of names.
    public var count: Int { keys.count }

    /// The canonical name of `name`, or nil when it is not listed.
    public subscript(_ name: String) -> String? {
        guard let found = slots.value(NameHashTable<Int32>.hash(name)) else { return nil }
        let index = Int(found)
        return keys[index] == name ? values[index] : nil
    }
}
