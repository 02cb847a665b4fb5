/// Given names with their usual gender, read straight from the bytes of a word list
/// (`given-names.txt`: a name, a tab, then `m`, `f` or `u`) into a table keyed by a hash of each
/// name's bytes.
///
/// It answers exactly as a `[String: Gender]` built from the list's entries would (the last line
/// for a name wins; `u` and other values mean no gender), at a small part of the cost of building
/// one: every process that analyses an article with a person in it reads this list, so reading it
/// is start-up time. ASCII names (nearly all) are found by their bytes; a name with other
/// characters is compared as a `String` with the list's few non-ASCII names, so that canonically
/// equivalent spellings ("Adèle" composed or decomposed) match, as `String` keys do.
public struct GivenNameTable: Sendable {
    /// The list's bytes, then the ASCII spelling of any name written with a character whose
    /// normal form is ASCII; every name in it is followed by a tab.
    private var bytes: [UInt8]
    /// Open addressing over the ASCII names: 0 is an empty slot, else the name's offset in
    /// `bytes` plus one, shifted left by two, with the gender code in the low two bits.
    private var slots: [UInt32]
    /// The non-ASCII names, in list order, packed as the slots are.
    private var nonASCII: [UInt32]
    /// For a table over a sorted list (`init(sortedList:)`): the offset of its first entry,
    /// after the comment lines that head it; names are then found through `lines`, and `slots`
    /// is empty. -1 for a hashed table.
    private var sortedStart = -1
    /// For a table over a sorted list: open addressing over its lines by the hash of their
    /// names, 0 for an empty slot, else a line's offset plus one. Made on one pass over the list
    /// at load, so that a name is found with one hash of its bytes rather than compared with a
    /// dozen names of a binary search.
    private var lines: [UInt32] = []

    /// Reads a list: one `name<TAB>value` a line; `#` starts a comment line. Lines are read as
    /// `Gazetteer.entries` reads them, and a line without a value adds nothing. One pass over the
    /// bytes hashes each name as it finds it and files it at once, in list order (so that a later
    /// line for a name replaces an earlier one).
    init(list: [UInt8]) {
        var lines = 1
        for byte in list where byte == UInt8(ascii: "\n") { lines += 1 }
        var capacity = 16
        while capacity < lines + lines / 2 { capacity *= 2 }
        var slots = [UInt32](repeating: 0, count: capacity)
        // The ASCII spelling of names written with a character whose normal form is ASCII, each
        // followed by a tab; offsets past the list's bytes point here.
        var extra: [UInt8] = []
        var nonASCII: [UInt32] = []
        let tab = UInt8(ascii: "\t")
        let newline = UInt8(ascii: "\n")
        list.withUnsafeBufferPointer { bytes in
            slots.withUnsafeMutableBufferPointer { slots in
                func add(_ hash: UInt64, _ offset: Int, _ name: UnsafeBufferPointer<UInt8>, _ code: UInt32) {
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
                    while slots[slot] != 0 {
                        let other = Int(slots[slot] >> 2) - 1
                        let same =
                            other < bytes.count
                            ? Self.holds(bytes, other, name)
                            : extra.withUnsafeBufferPointer { Self.holds($0, other - bytes.count, name) }
                        if same {
                            slots[slot] = slots[slot] & ~3 | code
                            return
                        }
                        slot = (slot + 1) & mask
                    }
                    slots[slot] = UInt32(offset + 1) << 2 | code
                }
                var start = 0
                while start < bytes.count {
                    // The name (up to the first tab) is hashed while it is scanned.
                    var end = start
                    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                    var high: UInt8 = 0
                    while end < bytes.count {
                        let byte = bytes[end]
                        if byte == tab || byte == newline { break }
                        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                        high |= byte
                        end += 1
                    }
                    let nameEnd = end
                    var firstTab = -1
                    if end < bytes.count, bytes[end] == tab {
                        firstTab = end
                        while end < bytes.count, bytes[end] != newline { end += 1 }
                    }
                    defer { start = end + 1 }
                    guard let (key, value) = Gazetteer.entry(bytes, start, end, firstTab: firstTab), let value
                    else { continue }
                    var code: UInt32 = 0
                    if value.count == 1 {
                        if bytes[value.lowerBound] == UInt8(ascii: "m") { code = 1 }
                        if bytes[value.lowerBound] == UInt8(ascii: "f") { code = 2 }
                    }
                    let name = UnsafeBufferPointer(rebasing: bytes[key])
                    if key != start..<nameEnd {
                        // A line with empty fields: its name is not where the scan hashed.
                        hash = Self.hash(name)
                        high = name.reduce(0, |)
                    }
                    if high < 0x80 {
                        add(hash, key.lowerBound, name, code)
                    } else if Self.mayBeASCII(name),
                        let spelling = Self.asciiSpelling(String(decoding: name, as: UTF8.self))
                    {
                        let offset = bytes.count + extra.count
                        extra += spelling + [tab]
                        spelling.withUnsafeBufferPointer { add(Self.hash($0), offset, $0, code) }
                    } else {
                        nonASCII.append(UInt32(key.lowerBound + 1) << 2 | code)
                    }
                }
            }
        }
        self.bytes = extra.isEmpty ? list : list + extra
        self.slots = slots
        self.nonASCII = nonASCII
    }

    /// Reads a list that `isSorted` accepts (the bundled `given-names.txt`: a test checks it)
    /// on one light pass over its bytes, which files each line's offset by the hash of its name
    /// (`init(list:)`, which reads every line as `Gazetteer.entries` does and compares names as
    /// it files them, cost about an eighth of the instructions of `nq -c 'count quotes'` on the
    /// demo article). It answers as `init(list:)` would.
    init(sortedList list: [UInt8]) {
        var start = 0
        // The comment lines heading the list.
        while start < list.count, list[start] == UInt8(ascii: "#") {
            while start < list.count, list[start] != UInt8(ascii: "\n") { start += 1 }
            start += 1
        }
        // The non-ASCII names, for the `String` comparison of a spelling not found by its bytes;
        // the list is read eight bytes at a time, since nearly all of it is ASCII.
        var nonASCII: [UInt32] = []
        list.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            let newline = UInt8(ascii: "\n")
            var index = start
            while index < bytes.count {
                if index + 8 <= bytes.count,
                    UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                    continue
                }
                guard bytes[index] >= 0x80 else {
                    index += 1
                    continue
                }
                var line = index
                while line > start, bytes[line - 1] != newline { line -= 1 }
                var end = index
                while end < bytes.count, bytes[end] != newline { end += 1 }
                let value = bytes[end - 1]
                let code: UInt32 = value == UInt8(ascii: "m") ? 1 : value == UInt8(ascii: "f") ? 2 : 0
                nonASCII.append(UInt32(line + 1) << 2 | code)
                index = end
            }
        }
        self.bytes = list
        self.slots = []
        self.nonASCII = nonASCII
        self.sortedStart = min(start, list.count)
        self.lines = Self.lines(list, from: sortedStart)
    }

    /// The slots of `lines` for the lines of `list` from offset `start`: each line's name (its
    /// bytes up to a tab or line feed) is found and hashed eight bytes at a time.
    private static func lines(_ list: [UInt8], from start: Int) -> [UInt32] {
        guard start < list.count else { return [] }
        return list.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return [] }
            let newline = UInt8(ascii: "\n")
            let tab = UInt8(ascii: "\t")
            // The lines, at most one more than the line feeds, counted eight bytes at a time.
            var count = 1
            var index = start
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // One bit a line feed, summed into the top byte by the multiplication.
                count &+= Int(truncatingIfNeeded: ((zeroBytes(word ^ spread(newline)) >> 7) &* spread(1)) >> 56)
                index += 8
            }
            while index < bytes.count {
                if bytes[index] == newline { count += 1 }
                index += 1
            }
            var size = 16
            while size < count + count / 2 { size *= 2 }
            var slots = [UInt32](repeating: 0, count: size)
            slots.withUnsafeMutableBufferPointer { slots in
                let mask = size - 1
                var line = start
                while line < bytes.count {
                    var hash = wordHashBasis
                    var offset = line
                    // The name's words: whole ones, then the bytes before its end.
                    while true {
                        let left = bytes.count - offset
                        var word: UInt64 = 0
                        var stops: UInt64 = 0
                        if left >= 8 {
                            word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                        } else {
                            for index in 0..<left { word |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
                            // The end of the list ends the name too.
                            stops = 0x80 << UInt64(8 * left)
                        }
                        stops |= zeroBytes(word ^ spread(tab)) | zeroBytes(word ^ spread(newline))
                        if stops == 0 {
                            hash = wordHashStep(hash, word)
                            offset += 8
                            continue
                        }
                        let length = stops.trailingZeroBitCount / 8
                        if length > 0 { hash = wordHashStep(hash, word & (UInt64.max >> UInt64(64 - 8 * length))) }
                        offset += length
                        break
                    }
                    hash = wordHashFinish(hash, offset - line)
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while slots[slot] != 0 { slot = (slot + 1) & mask }
                    slots[slot] = UInt32(line + 1)
                    // The next line: most are a name, a tab, one letter and a line feed.
                    if offset + 2 < bytes.count, bytes[offset + 2] == newline, bytes[offset] == tab {
                        line = offset + 3
                        continue
                    }
                    while offset < bytes.count, bytes[offset] != newline { offset += 1 }
                    line = offset + 1
                }
            }
            return slots
        }
    }

    /// The byte `byte` in each of eight bytes.
    @inline(__always)
    private static func spread(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

    /// The high bit of each zero byte of `word`, and no other bit.
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }

    /// Where `wordHash` starts.
    private static var wordHashBasis: UInt64 { 0x9E37_79B9_7F4A_7C15 }

    /// `wordHash` after eight more bytes, read as a little-endian word (the last zero-padded).
    @inline(__always)
    private static func wordHashStep(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let value = (hash ^ word) &* 0x100_0000_01b3
        return value ^ (value >> 29)
    }

    /// `wordHash` of a name of `count` bytes, its words taken.
    @inline(__always)
    private static func wordHashFinish(_ hash: UInt64, _ count: Int) -> UInt64 {
        var value = (hash ^ UInt64(count)) &* 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        return value
    }

    /// The hash `lines` files a name under: its bytes eight at a time, then its length; nil for
    /// a name with a tab or a line feed, which no line's name has.
    private static func wordHash(_ name: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash = wordHashBasis
        var offset = 0
        while offset < name.count {
            var word: UInt64 = 0
            for index in 0..<min(8, name.count - offset) {
                word |= UInt64(name[offset + index]) << UInt64(8 * index)
            }
            guard zeroBytes(word ^ spread(UInt8(ascii: "\t"))) | zeroBytes(word ^ spread(UInt8(ascii: "\n"))) == 0
            else { return nil }
            hash = wordHashStep(hash, word)
            offset += 8
        }
        return wordHashFinish(hash, name.count)
    }

    /// Whether `init(sortedList:)` may read a list: after the comment lines that head it, every
    /// line is a name, a tab and one of `m`, `f` or `u`; the names are in increasing order of
    /// their bytes, no two are canonically equivalent, and none holds a character whose normal
    /// form is ASCII (so that no name is filed under another spelling).
    static func isSorted(_ list: [UInt8]) -> Bool {
        var names: [String] = []
        var previous: [UInt8]? = nil
        var headed = true
        for line in list.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if headed, line.first == UInt8(ascii: "#") { continue }
            headed = false
            if line.isEmpty, names.count > 0, line.endIndex == list.endIndex { continue }
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, fields[1].count == 1,
                [UInt8(ascii: "m"), UInt8(ascii: "f"), UInt8(ascii: "u")].contains(fields[1].first!)
            else { return false }
            let name = Array(fields[0])
            if let previous, !previous.lexicographicallyPrecedes(name) { return false }
            let text = String(decoding: name, as: UTF8.self)
            if name.contains(where: { $0 >= 0x80 }), asciiSpelling(text) != nil { return false }
            names.append(text)
            previous = name
        }
        return Set(names).count == names.count
    }

    /// The usual gender of a given name, or nil when the list does not give one.
    public subscript(name: String) -> Gender? {
        if sortedStart >= 0 { return sortedGender(name) }
        var name = name
        let ascii = name.withUTF8 { utf8 -> Gender?? in
            Self.isASCII(utf8) ? .some(find(utf8) ?? nil) : .none
        }
        if let ascii { return ascii }
        if let spelling = Self.asciiSpelling(name) {
            return spelling.withUnsafeBufferPointer { find($0) ?? nil }
        }
        var found: Gender?
        bytes.withUnsafeBufferPointer { bytes in
            for packed in nonASCII {
                let start = Int(packed >> 2) - 1
                var end = start
                while bytes[end] != UInt8(ascii: "\t") { end += 1 }
                if String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) == name {
                    found = Self.gender(packed)
                }
            }
        }
        // "María", "Łukasz": listed without their accents.
        return found ?? LatinFolding.folded(name).flatMap { self[$0] }
    }

    /// Whether the list holds a given name at all, of one gender or common for both ("Chris").
    public func isListed(_ name: String) -> Bool {
        var name = name
        // An ASCII name (nearly every one) is listed with its bytes or not at all: one look-up,
        // with no folding or respelling tried.
        let ascii: Bool? = name.withUTF8 { utf8 in Self.isASCII(utf8) ? lookUp(utf8) : nil }
        if let ascii { return ascii }
        if self[name] != nil { return true }
        if let folded = LatinFolding.folded(name), isListed(folded) { return true }
        let spelling = Self.asciiSpelling(name)
        return name.withUTF8 { utf8 in
            if let spelling { return spelling.withUnsafeBufferPointer { lookUp($0) } }
            return lookUp(utf8)
        }
    }

    /// Whether a name is listed and with which gender, as `isListed` and the subscript answer
    /// together: nil when it is not listed, `.some(nil)` when it is listed with no gender. An
    /// ASCII name in a sorted list takes one search.
    public func listing(_ name: String) -> Gender?? {
        if sortedStart >= 0 {
            var name = name
            // An ASCII name is listed with its bytes or not at all.
            let ascii = name.withUTF8 { utf8 -> Gender??? in
                Self.isASCII(utf8) ? .some(search(utf8)) : nil
            }
            if let ascii { return ascii }
        }
        // Both look a name written with accents up without them too ("María").
        if let gender = self[name] { return .some(gender) }
        return isListed(name) ? .some(nil) : nil
    }

    /// Whether exactly these bytes are listed, with or without a gender.
    private func lookUp(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        sortedStart >= 0 ? search(name) != nil : find(name) != nil
    }

    /// The gender of a name in a sorted list (`init(sortedList:)`).
    private func sortedGender(_ name: String) -> Gender? {
        var name = name
        // An ASCII name is listed with its bytes or not at all; another name may be listed with them.
        let found = name.withUTF8 { utf8 -> Gender?? in
            if Self.isASCII(utf8) { return .some(search(utf8) ?? nil) }
            return search(utf8)
        }
        if let found { return found }
        if let spelling = Self.asciiSpelling(name) {
            // A name spelled with a character whose normal form is ASCII.
            return spelling.withUnsafeBufferPointer { search($0) } ?? nil
        }
        // "María", "Łukasz": listed without their accents.
        if let folded = LatinFolding.folded(name), let gender = sortedGender(folded) { return gender }
        // A non-ASCII name not listed with these bytes may be listed with canonically
        // equivalent ones (composed or decomposed accents).
        return bytes.withUnsafeBufferPointer { bytes in
            for packed in nonASCII {
                let start = Int(packed >> 2) - 1
                var end = start
                while bytes[end] != UInt8(ascii: "\t") { end += 1 }
                if String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) == name {
                    return Self.gender(packed)
                }
            }
            return nil
        }
    }

    /// The line of a sorted list for the name with exactly these bytes: nil when it is not
    /// listed, `.some(nil)` when it is listed with no gender. A line's name is its bytes up to
    /// its tab, so a name with a tab or a line feed is not listed.
    private func search(_ name: UnsafeBufferPointer<UInt8>) -> Gender?? {
        guard !lines.isEmpty, let hash = Self.wordHash(name) else { return nil }
        return bytes.withUnsafeBufferPointer { bytes in
            lines.withUnsafeBufferPointer { lines in
                let mask = lines.count - 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while lines[slot] != 0 {
                    let start = Int(lines[slot]) - 1
                    if Self.holds(bytes, start, name) {
                        let after = start + name.count + 1
                        let code = after < bytes.count ? bytes[after] : 0
                        return .some(code == UInt8(ascii: "m") ? .male : code == UInt8(ascii: "f") ? .female : nil)
                    }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
    }

    /// The gender of an ASCII name: nil when it is not listed, `.some(nil)` when it is listed
    /// with no gender.
    private func find(_ name: UnsafeBufferPointer<UInt8>) -> Gender?? {
        let mask = slots.count - 1
        let hash = Self.hash(name)
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        return bytes.withUnsafeBufferPointer { bytes in
            while slots[slot] != 0 {
                if Self.holds(bytes, Int(slots[slot] >> 2) - 1, name) { return .some(Self.gender(slots[slot])) }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Whether the name at `offset` of `bytes` (ended by a tab) is `name`.
    private static func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ name: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard offset + name.count < bytes.count, bytes[offset + name.count] == UInt8(ascii: "\t") else { return false }
        for index in 0..<name.count where bytes[offset + index] != name[index] { return false }
        return true
    }

    private static func gender(_ packed: UInt32) -> Gender? {
        switch packed & 3 {
        case 1: .male
        case 2: .female
        default: nil
        }
    }

    /// The ASCII string a non-ASCII name equals (as `String` compares, by canonical
    /// equivalence), if any: only the three characters whose normal form is ASCII can make one
    /// (KELVIN SIGN is K, GREEK QUESTION MARK is `;`, GREEK VARIA is a backtick).
    static func asciiSpelling(_ name: String) -> [UInt8]? {
        var spelling: [UInt8] = []
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: spelling.append(UInt8(scalar.value))
            case 0x212A: spelling.append(UInt8(ascii: "K"))
            case 0x037E: spelling.append(UInt8(ascii: ";"))
            case 0x1FEF: spelling.append(UInt8(ascii: "`"))
            default: return nil
            }
        }
        return spelling
    }

    /// Whether UTF-8 bytes may hold one of the three characters `asciiSpelling` maps (each
    /// starts with one of these lead bytes), so that most names skip decoding.
    private static func mayBeASCII(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        name.contains { $0 == 0xE2 || $0 == 0xCD || $0 == 0xE1 }
    }

    /// Whether every byte is ASCII, read on the buffer (a name is a few bytes).
    @inline(__always)
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        return high < 0x80
    }

    /// FNV-1a over a name's bytes.
    private static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }
}
