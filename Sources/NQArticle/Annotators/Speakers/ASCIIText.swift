/// Text questions the speaker rules ask of ASCII strings, answered on their bytes in place.
enum ASCIIText {
    /// Whether `text`, lower-cased, contains `word` (already in lower case), as
    /// `text.lowercased().contains(word)` answers; nil when either is not ASCII, or `word` holds a
    /// control character or space, which the caller answers on the strings.
    static func contains(_ text: String, lowerCased word: String) -> Bool? {
        var text = text
        var word = word
        return text.withUTF8 { text in
            word.withUTF8 { word -> Bool? in
                guard !word.isEmpty else { return nil }
                for byte in word where byte > 0x7F || byte <= 0x20 { return nil }
                for byte in text where byte > 0x7F { return nil }
                guard word.count <= text.count else { return false }
                let first = word[0]
                for start in 0...(text.count - word.count) where lowered(text[start]) == first {
                    var offset = 1
                    while offset < word.count, lowered(text[start + offset]) == word[offset] { offset += 1 }
                    if offset == word.count { return true }
                }
                return false
            }
        }
    }

    /// Whether `text` is all ASCII, read in place.
    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte > 0x7F { return false }
            return true
        }
    }

    /// An ASCII byte in lower case.
    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }
}

extension ASCIIText {
    /// Whether a word of `text`, lower-cased, satisfies `test`: as
    /// `text.lowercased().split(separator: " ").contains { test(String($0)) }` answers, with no
    /// split; nil when `text` is not ASCII, which the caller answers on the string.
    static func containsWord(of text: String, where test: (String) -> Bool) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            for byte in bytes where byte > 0x7F { return nil }
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
                if end > start {
                    let word = String(unsafeUninitializedCapacity: end - start) { buffer in
                        for offset in 0..<(end - start) { buffer[offset] = lowered(bytes[start + offset]) }
                        return end - start
                    }
                    if test(word) { return true }
                }
                start = end + 1
            }
            return false
        }
    }
}
