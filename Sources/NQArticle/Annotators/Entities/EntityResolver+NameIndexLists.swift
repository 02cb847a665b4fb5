/// Entity indexes filed under names ("Clinton" → Bill and Hillary Clinton), each name's in the
/// order they were filed: the lists are linked through two shared arrays rather than kept in an
/// array per name.
struct NameIndexLists {
    /// A name's list: its first and last entries, and how many it has.
    struct Ends {
        var first: Int32
        var last: Int32
        var count: Int32
    }

    /// The lists, by the hash of their names.
    private var ends = NameHashTable<Ends>()
    /// Each entry's index.
    private var indexes: [Int32] = []
    /// For each entry, the next entry of its list, or -1.
    private var following: [Int32] = []

    /// Makes room for `count` names and as many indexes (none made for none).
    mutating func reserveCapacity(_ count: Int) {
        guard count > 0 else { return }
        ends.reserveCapacity(count)
        indexes.reserveCapacity(count)
        following.reserveCapacity(count)
    }

    /// Files `index` under `name`, after the indexes filed there before.
    mutating func append(_ index: Int, to name: String) {
        append(index, hash: NameHashTable<Int>.hash(name))
    }

    /// Files `index` under the name with hash `key` (from `NameHashTable.hash(_:)`), after the
    /// indexes filed there before.
    mutating func append(_ index: Int, hash key: UInt64) {
        let entry = Int32(indexes.count)
        indexes.append(Int32(index))
        following.append(-1)
        var previous: Int32 = -1
        ends.update(hash: key, initial: Ends(first: entry, last: -1, count: 0)) { ends in
            previous = ends.last
            ends.last = entry
            ends.count += 1
        }
        if previous >= 0 { following[Int(previous)] = entry }
    }

    /// The indexes filed under a name, if any.
    subscript(_ name: String) -> Members? { self[hash: NameHashTable<Int>.hash(name)] }

    /// The indexes filed under the name with hash `key` (from `NameHashTable.hash(_:)`), if any.
    subscript(hash key: UInt64) -> Members? {
        guard let ends = ends[hash: key] else { return nil }
        return Members(indexes: indexes, following: following, first: ends.first, count: Int(ends.count))
    }

    /// The indexes of one name, in the order they were filed.
    struct Members: Sequence {
        fileprivate let indexes: [Int32]
        fileprivate let following: [Int32]
        fileprivate let first: Int32
        /// How many there are (at least one).
        let count: Int

        /// Reads the indexes in order.
        struct Iterator: IteratorProtocol {
            fileprivate let indexes: [Int32]
            fileprivate let following: [Int32]
            fileprivate var entry: Int32

            mutating func next() -> Int? {
                guard entry >= 0 else { return nil }
                defer { entry = following[Int(entry)] }
                return Int(indexes[Int(entry)])
            }
        }

        func makeIterator() -> Iterator { Iterator(indexes: indexes, following: following, entry: first) }

        var underestimatedCount: Int { count }
    }
}
