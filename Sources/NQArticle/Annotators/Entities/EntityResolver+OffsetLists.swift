/// Lists of text offsets, one per entity, kept in three shared arrays rather than an array per
/// entity: each list is linked from its newest offset back to its first, so that appending
/// allocates nothing once the arrays have room.
struct OffsetLists {
    /// Every offset appended, in the order they came.
    private var offsets: [Int] = []
    /// For each offset, the index of the one appended to the same list before it, or -1.
    private var previous: [Int32] = []
    /// For each list, the index of its newest offset, or -1 while it is empty.
    private var newest: [Int32] = []

    /// Makes room for `lists` lists holding `offsets` offsets in all.
    mutating func reserveCapacity(lists: Int, offsets count: Int) {
        newest.reserveCapacity(lists)
        offsets.reserveCapacity(count)
        previous.reserveCapacity(count)
    }

    /// Adds an empty list, numbered after the others.
    mutating func addList() {
        newest.append(-1)
    }

    /// Appends an offset to list `list`.
    mutating func append(_ offset: Int, to list: Int) {
        previous.append(newest[list])
        newest[list] = Int32(offsets.count)
        offsets.append(offset)
    }

    /// The least offset of list `list`, or nil while it is empty.
    func earliest(_ list: Int) -> Int? {
        var least: Int?
        var node = Int(newest[list])
        while node >= 0 {
            least = min(least ?? offsets[node], offsets[node])
            node = Int(previous[node])
        }
        return least
    }

    /// How many offsets of list `list` come before `offset`, and the latest of them.
    func earlier(_ list: Int, than offset: Int) -> (count: Int, latest: Int?) {
        var count = 0
        var latest: Int?
        var node = Int(newest[list])
        while node >= 0 {
            let mention = offsets[node]
            if mention < offset {
                count += 1
                latest = max(latest ?? mention, mention)
            }
            node = Int(previous[node])
        }
        return (count, latest)
    }
}
