import Foundation

/// The form of a name under which the same person or organisation is recognised across
/// articles: "Donald J. Trump", "Donald Trump" and "DONALD TRUMP" share the key `donald trump`.
///
/// A person's key is their first and last name, lower-cased, without accents, honorifics,
/// initials, middle names or suffixes (Jr., III); a one-word name is a bare surname or given
/// name whose person is decided across the corpus (`IdentityResolver`). Other entities are
/// keyed by their whole lower-cased name.
public enum NameKey {
    /// Words that stand before or after a person's name without being part of who they are.
    static let dropped: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev", "sen", "rep", "gov",
        "gen", "jr", "sr", "ii", "iii", "iv", "president", "senator", "governor", "former",
    ]

    /// The words of a name: lower-cased, accents removed, possessives and periods dropped.
    public static func words(_ name: String) -> [String] {
        if let ascii = asciiWords(name) { return ascii }
        if let reading = asciiReading(name), let ascii = asciiWords(reading) { return ascii }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: [String] = []
        for raw in folded.split(whereSeparator: { $0.isWhitespace || $0 == "," }) {
            var word = raw.replacingOccurrences(of: "’", with: "'")
            if word.hasSuffix("'s") { word.removeLast(2) }
            word = word.filter { $0 != "." && $0 != "'" }
            if !word.isEmpty { words.append(word) }
        }
        return words
    }

    /// The ASCII name with the same `words` as a name whose only characters beyond ASCII are
    /// curly apostrophes (which `words` reads as `'`) and no-break spaces (which part words as a
    /// space does): "O’Neill" reads as "O'Neill". Nil for any other name, and for one with a
    /// control character (which Foundation's reading may part words at).
    static func asciiReading(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            var reading: [UInt8] = []
            reading.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x7F { return nil }
                if byte < 0x80 {
                    reading.append(byte)
                    index += 1
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                    reading.append(UInt8(ascii: "'"))
                    index += 3
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    reading.append(UInt8(ascii: " "))
                    index += 2
                } else {
                    return nil
                }
            }
            return String(decoding: reading, as: UTF8.self)
        }
    }

    /// `words` of an ASCII name, read from its bytes without Foundation (whose folding of ASCII
    /// is lower-casing, and which finds no curly apostrophe there); nil for any other name.
    static func asciiWords(_ name: String) -> [String]? {
        var name = name
        return name.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            // Room for the words of most names, so that the array does not grow word by word.
            words.reserveCapacity(4)
            guard forEachASCIIWord(bytes, { words.append(String(decoding: $0, as: UTF8.self)) }) else { return nil }
            return words
        }
    }

    /// `other`'s key of an ASCII name ("" when it has no words), made in one pass over its bytes
    /// as `asciiWords` reads them, the words joined as they are found rather than kept apart;
    /// nil for any other name.
    static func asciiOther(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            let space = UInt8(ascii: " ")
            // The words so far, each followed by a space, on the stack; where the first ends and
            // whether it is "the".
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { key -> String? in
                var count = 0
                var words = 0
                var firstEnd = 0
                var firstIsThe = false
                let ascii = forEachASCIIWord(bytes) { word in
                    words += 1
                    for byte in word {
                        key[count] = byte
                        count += 1
                    }
                    if words == 1 {
                        firstEnd = count
                        firstIsThe =
                            word.count == 3 && word[0] == UInt8(ascii: "t") && word[1] == UInt8(ascii: "h")
                            && word[2] == UInt8(ascii: "e")
                    }
                    key[count] = space
                    count += 1
                }
                guard ascii else { return nil }
                guard words > 0 else { return "" }
                // Without the last word's space, and without a leading "the" before other words.
                let start = words > 1 && firstIsThe ? firstEnd + 1 : 0
                return String(decoding: UnsafeMutableBufferPointer(rebasing: key[start..<(count - 1)]), as: UTF8.self)
            }
        }
    }

    /// Hands `body` each word of an ASCII name's bytes as `words` makes them: split at spaces and
    /// commas, lower-cased, without periods and apostrophes, a possessive "'s" dropped; false at
    /// the first byte beyond ASCII (the words before it handed out already).
    static func forEachASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void)
        -> Bool
    {
        // The word's bytes go to a scratch buffer on the stack, not an array of their own.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { word -> Bool in
            // The word's length without periods and apostrophes, and the last two bytes read of it
            // (a possessive ending goes before periods and apostrophes are dropped).
            var length = 0
            var last: UInt8 = 0
            var beforeLast: UInt8 = 0
            var index = 0
            while true {
                let atEnd = index == bytes.count
                let byte = atEnd ? UInt8(ascii: " ") : bytes[index]
                guard byte < 0x80 else { return false }
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") {
                    // "'s" read last: its "s" is the last byte kept.
                    if beforeLast == UInt8(ascii: "'"), last == UInt8(ascii: "s") { length -= 1 }
                    if length > 0 {
                        body(UnsafeBufferPointer(rebasing: word[..<length]))
                        length = 0
                    }
                    last = 0
                    beforeLast = 0
                    if atEnd { return true }
                } else {
                    let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                    beforeLast = last
                    last = lower
                    if lower != UInt8(ascii: ".") && lower != UInt8(ascii: "'") {
                        word[length] = lower
                        length += 1
                    }
                }
                index += 1
            }
        }
    }

    /// The words of a person's name a key is made of: no honorifics, initials or suffixes, and no
    /// capitalised word caught before a given name ("Billionaire Donald Trump").
    static func personWords(_ name: String) -> [String] {
        if let kept = asciiPersonWords(name) { return kept }
        if let reading = asciiReading(name), let kept = asciiPersonWords(reading) { return kept }
        let ascii = asciiWords(name)
        // An ASCII word has as many characters as bytes: no need to count them.
        var kept = (ascii ?? words(name)).filter {
            (ascii != nil ? $0.utf8.count : $0.count) > 1 && !dropped.contains($0)
        }
        if kept.count >= 3, !isGivenName(kept[0]), isGivenName(kept[1]) { kept.removeFirst() }
        return kept
    }

    /// `personWords` of an ASCII name, read from its bytes: only the words kept become Strings,
    /// and dropped words are found without hashing; nil for any other name.
    static func asciiPersonWords(_ name: String) -> [String]? {
        var name = name
        return name.withUTF8 { bytes -> [String]? in
            var kept: [String] = []
            // Room for the words of most names, so that the array does not grow word by word.
            kept.reserveCapacity(4)
            let ascii = forEachASCIIWord(bytes) { word in
                if word.count > 1, !isDropped(word) { kept.append(String(decoding: word, as: UTF8.self)) }
            }
            guard ascii else { return nil }
            if kept.count >= 3, !isGivenName(kept[0]), isGivenName(kept[1]) { kept.removeFirst() }
            return kept
        }
    }

    /// Whether an ASCII name keeps fewer than three words in `personWords`, counted on its bytes
    /// without making them; false for any other name (whose words are to be made to tell).
    static func keepsFewerThanThreeASCIIPersonWords(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes -> Bool in
            var kept = 0
            let ascii = forEachASCIIWord(bytes) { word in
                if word.count > 1, !isDropped(word) { kept += 1 }
            }
            return ascii && kept < 3
        }
    }

    /// The key of a person's name (nil when nothing of it is left).
    public static func person(_ name: String) -> String? {
        if let key = asciiPerson(name) { return key }
        if let reading = asciiReading(name), let key = asciiPerson(reading) { return key }
        let kept = personWords(name)
        guard let last = kept.last else { return nil }
        guard kept.count >= 2 else { return last }
        return kept[0] + " " + last
    }

    /// `person`'s key of an ASCII name, made in one pass over its bytes as `personWords` keeps
    /// them, remembering only the first two and the last kept words (`.some(nil)` when nothing is
    /// left); nil for any other name.
    static func asciiPerson(_ name: String) -> String?? {
        var name = name
        return name.withUTF8 { bytes -> String?? in
            // The kept words one after another, on the stack, with room after them for the key.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * bytes.count + 1) { kept -> String?? in
                var length = 0
                var count = 0
                var first = 0..<0
                var second = 0..<0
                var last = 0..<0
                let ascii = forEachASCIIWord(bytes) { word in
                    guard word.count > 1, !isDropped(word) else { return }
                    let range = length..<(length + word.count)
                    _ = UnsafeMutableBufferPointer(rebasing: kept[range]).initialize(from: word)
                    length += word.count
                    if count == 0 { first = range } else if count == 1 { second = range }
                    last = range
                    count += 1
                }
                guard ascii else { return nil }
                guard count > 0 else { return .some(nil) }
                func string(_ range: Range<Int>) -> String {
                    String(decoding: UnsafeMutableBufferPointer(rebasing: kept[range]), as: UTF8.self)
                }
                guard count >= 2 else { return string(last) }
                // A capitalised word caught before a given name is not part of the name.
                if count >= 3, !isGivenName(string(first)), isGivenName(string(second)) { first = second }
                // The key is written after the kept words: first word, a space, last word.
                var end = length
                for index in first {
                    kept[end] = kept[index]
                    end += 1
                }
                kept[end] = UInt8(ascii: " ")
                end += 1
                for index in last {
                    kept[end] = kept[index]
                    end += 1
                }
                return string(length..<end)
            }
        }
    }

    /// Whether a lower-cased ASCII word is one of `dropped`, read from its bytes without a
    /// String or a hash.
    static func isDropped(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        // Byte by byte, stopping at the first that differs (most words differ in the first).
        func equals(_ literal: StaticString) -> Bool {
            guard literal.utf8CodeUnitCount == word.count else { return false }
            let bytes = literal.utf8Start
            for index in 0..<word.count where word[index] != bytes[index] { return false }
            return true
        }
        switch word.count {
        case 2:
            return equals("mr") || equals("ms") || equals("dr") || equals("jr") || equals("sr") || equals("ii")
                || equals("iv")
        case 3:
            return equals("mrs") || equals("sir") || equals("rev") || equals("sen") || equals("rep")
                || equals("gov") || equals("gen") || equals("iii")
        case 4: return equals("miss") || equals("dame") || equals("lord") || equals("lady") || equals("prof")
        case 6: return equals("former")
        case 7: return equals("senator")
        case 8: return equals("governor")
        case 9: return equals("president")
        default: return false
        }
    }

    /// Whether a lower-cased word is a listed given name.
    static func isGivenName(_ word: String) -> Bool {
        var word = word
        // An ASCII word is capitalised on its bytes, without upper-casing a String.
        let capitalised = word.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { spelling in
                for (index, byte) in bytes.enumerated() {
                    spelling[index] =
                        index == 0 && byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 0x20 : byte
                }
                return bytes.count
            }
        }
        return Gazetteer.givenNameGenders[capitalised ?? word.prefix(1).uppercased() + word.dropFirst()] != nil
    }

    /// The key of an organisation's or place's name.
    public static func other(_ name: String) -> String? {
        if let key = asciiOther(name) ?? asciiReading(name).flatMap(asciiOther) { return key.isEmpty ? nil : key }
        var kept = words(name)
        if kept.count > 1, kept[0] == "the" { kept.removeFirst() }
        return kept.isEmpty ? nil : kept.joined(separator: " ")
    }

    /// The key of an entity's name, by its type.
    public static func of(_ name: String, type: EntityType) -> String? {
        type == .person ? person(name) : other(name)
    }

    /// `identifier` of an ASCII key, made from its bytes on the stack (ASCII letters and digits
    /// are exactly the ASCII characters that are letters or numbers); nil for any other key.
    static func asciiIdentifier(_ key: String, type: EntityType) -> String? {
        var key = key
        let prefix = type.rawValue
        return key.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let capacity = prefix.utf8.count + 1 + bytes.count
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { slug -> String in
                var count = 0
                for byte in prefix.utf8 {
                    slug[count] = byte
                    count += 1
                }
                slug[count] = UInt8(ascii: ":")
                count += 1
                let start = count
                var dash = false
                for byte in bytes {
                    let lower = byte | 0x20
                    if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
                        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    {
                        if dash, count > start {
                            slug[count] = UInt8(ascii: "-")
                            count += 1
                        }
                        slug[count] = byte
                        count += 1
                        dash = false
                    } else {
                        dash = true
                    }
                }
                return String(decoding: UnsafeMutableBufferPointer(rebasing: slug[..<count]), as: UTF8.self)
            }
        }
    }

    /// A stable identifier made from a key and a type: `person:donald-trump`, `organization:nato`.
    public static func identifier(_ key: String, type: EntityType) -> String {
        if let ascii = asciiIdentifier(key, type: type) { return ascii }
        var slug = ""
        var dash = false
        for character in key {
            if character.isLetter || character.isNumber {
                if dash, !slug.isEmpty { slug.append("-") }
                slug.append(character)
                dash = false
            } else {
                dash = true
            }
        }
        return type.rawValue + ":" + slug
    }
}
