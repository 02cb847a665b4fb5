/// The aliases of each entity, in the order they came, kept in two shared arrays rather than an
/// array per entity: each entity's list is linked from its first alias to its last.
struct AliasLists {
    /// Every alias, in the order they came.
    private var texts: [String] = []
    /// The hash (`NameHashTable.hash`) of each alias: aliases are told apart by them, as equal
    /// texts have one hash.
    private var hashes: [UInt64] = []
    /// For each alias, the index of the next one of its list, or -1.
    private var following: [Int32] = []
    /// For each list, the index of its first alias and of its last, or -1 while it is empty.
    private var ends: [(first: Int32, last: Int32)] = []

    /// Makes room for `lists` lists holding `aliases` aliases in all.
    mutating func reserveCapacity(lists: Int, aliases: Int) {
        ends.reserveCapacity(lists)
        texts.reserveCapacity(aliases)
        hashes.reserveCapacity(aliases)
        following.reserveCapacity(aliases)
    }

    /// Adds an empty list, numbered after the others.
    mutating func addList() {
        ends.append((-1, -1))
    }

    /// Whether list `list` holds a text whose hash (`NameHashTable.hash`) is `hash`.
    func contains(hash: UInt64, in list: Int) -> Bool {
        var alias = Int(ends[list].first)
        while alias >= 0 {
            if hashes[alias] == hash { return true }
            alias = Int(following[alias])
        }
        return false
    }

    /// Appends `text`, whose hash (`NameHashTable.hash`) is `hash`, to list `list`.
    mutating func append(_ text: String, hash: UInt64, to list: Int) {
        let alias = Int32(texts.count)
        texts.append(text)
        hashes.append(hash)
        following.append(-1)
        if ends[list].last >= 0 { following[Int(ends[list].last)] = alias } else { ends[list].first = alias }
        ends[list].last = alias
    }

    /// The aliases of list `list` in one string, separated as `Entity.joinedAliases` has them
    /// (a single alias is itself); nil when the list is empty.
    func joined(_ list: Int) -> String? {
        var alias = Int(ends[list].first)
        guard alias >= 0 else { return nil }
        var joined = texts[alias]
        alias = Int(following[alias])
        while alias >= 0 {
            joined.append(Entity.aliasSeparator)
            joined.append(texts[alias])
            alias = Int(following[alias])
        }
        return joined
    }
}
