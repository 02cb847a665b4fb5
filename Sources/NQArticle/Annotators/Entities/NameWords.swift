/// Questions about the words of a name (split on spaces) answered on its bytes, for code that
/// asks them of every entity of an article.
enum NameWords {
    /// Whether `name` has two words or more and `word` is its last one: what
    /// `name.split(separator: " ")` tells with `count >= 2 && last == word`, read on the bytes when
    /// both are ASCII (the split's answer otherwise).
    static func isLastOfSeveral(_ word: Substring, in name: String) -> Bool {
        var name = name
        var word = word
        let answer: Bool? = name.withUTF8 { nameBytes in
            word.withUTF8 { wordBytes -> Bool? in
                guard nameBytes.allSatisfy({ $0 < 0x80 }), wordBytes.allSatisfy({ $0 < 0x80 }) else { return nil }
                guard let (start, end) = lastWordBounds(nameBytes), hasWordBefore(nameBytes, start) else {
                    return false
                }
                guard end - start == wordBytes.count else { return false }
                for offset in 0..<wordBytes.count where nameBytes[start + offset] != wordBytes[offset] {
                    return false
                }
                return true
            }
        }
        if let answer { return answer }
        let words = name.split(separator: " ")
        return words.count >= 2 && words.last == word
    }

    /// The last of the words a name's spaces separate, as `name.split(separator: " ").last`
    /// gives it (nil when there is none), cut on the bytes of an ASCII name.
    static func last(of name: String) -> String? {
        var name = name
        let cut: String?? = name.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard let (start, end) = lastWordBounds(bytes) else { return .some(nil) }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
        if let cut { return cut }
        return name.split(separator: " ").last.map(String.init)
    }

    /// A hash of the last word of a name of two words or more (nil otherwise), read in place: equal
    /// for equal last words, a filter before the words themselves are compared.
    static func lastOfSeveralHash(_ name: String) -> UInt64? {
        var name = name
        return name.withUTF8 { bytes in
            guard let (start, end) = lastWordBounds(bytes), hasWordBefore(bytes, start) else { return nil }
            var hash = CueLexicon.hashBasis
            for index in start..<end { hash = CueLexicon.hashStep(hash, bytes[index]) }
            return hash
        }
    }

    /// The start and end of the last word of `bytes` (words separated by spaces), nil when
    /// there is none.
    static func lastWordBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int)? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
        return (start, end)
    }

    /// Whether a word stands before byte `start` of `bytes` (not only spaces).
    static func hasWordBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        bytes[..<start].contains { $0 != UInt8(ascii: " ") }
    }
}
