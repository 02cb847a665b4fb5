extension GivenNameTable {
    /// The gender of the given name opening a full name: its first word without periods, when
    /// the name has two words or more ("Donald J. Trump" → Donald). The same answer as splitting
    /// the name on spaces and filtering the periods out of its first word, read on the bytes of an
    /// ASCII name (a person's name is looked at once per article).
    public func genderOfFirstWord(_ name: String) -> Gender? {
        Self.firstWordOfFullName(name).flatMap { self[$0] }
    }

    /// Whether the given name opening a full name is listed at all, of one gender or common to
    /// both ("Chris Christie").
    public func listsFirstWord(_ name: String) -> Bool {
        Self.firstWordOfFullName(name).map(isListed) ?? false
    }

    /// The given name opening a full name as the list has it: nil when the name has one word or
    /// its first word is not listed, else the gender the list gives (nil for a name common to
    /// both). One look-up where `genderOfFirstWord` and `listsFirstWord` make up to three.
    /// A second given name of the other gender in a name of three words or more ("Marine John
    /// Tiegen", a Marine) leaves the gender unknown: which word is the given name is unsure.
    public func listingOfFirstWord(_ name: String) -> Gender?? {
        guard let listed = Self.firstWordOfFullName(name).flatMap(listing) else { return nil }
        // (Most names have two words: a second space is looked for before any split.)
        if let gender = listed, Self.hasTwoSpaces(name) {
            let words = name.split(separator: " ", maxSplits: 2)
            if words.count == 3, case .some(.some(let other)) = listing(String(words[1])), other != gender {
                return .some(nil)
            }
        }
        return .some(listed)
    }

    /// Whether `name` holds two spaces or more (three words or more).
    static func hasTwoSpaces(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            var spaces = 0
            for byte in bytes where byte == UInt8(ascii: " ") {
                spaces += 1
                if spaces == 2 { return true }
            }
            return false
        }
    }

    /// The first word of a name of two words or more, without periods ("Donald J. Trump" →
    /// Donald) unless `keepingPeriods`, read on the bytes of an ASCII name; nil for a name of one
    /// word.
    static func firstWordOfFullName(_ name: String, keepingPeriods: Bool = false) -> String? {
        var name = name
        let ascii: String?? = name.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let space = UInt8(ascii: " ")
            var start = 0
            while start < bytes.count, bytes[start] == space { start += 1 }
            var end = start
            while end < bytes.count, bytes[end] != space { end += 1 }
            var next = end
            while next < bytes.count, bytes[next] == space { next += 1 }
            // One word or none.
            guard next < bytes.count else { return .some(nil) }
            // The word's bytes without periods, copied straight into the string.
            let first = String(unsafeUninitializedCapacity: end - start) { buffer in
                var count = 0
                for byte in bytes[start..<end] where keepingPeriods || byte != UInt8(ascii: ".") {
                    buffer[count] = byte
                    count += 1
                }
                return count
            }
            return .some(first)
        }
        switch ascii {
        case .some(let first): return first
        case .none:
            let words = name.split(separator: " ")
            guard words.count >= 2, let first = words.first else { return nil }
            return keepingPeriods ? String(first) : String(first.filter { $0 != "." })
        }
    }
}
