extension IdentityTable {
    /// Which of an article's entities can bear on the identities of the `wanted` ones: the wanted,
    /// every entity that shares a word of its name with one of them, and so on, the words read as
    /// `NameKey.words` reads them. Nil (every entity) when a name is beyond plain ASCII, whose words
    /// Foundation folds ("Núñez" is "Nunez") and so are not compared here.
    ///
    /// Entities join one identity only through their keys, which are made of their names' words:
    /// one key ("Donald J. Trump", "Donald Trump"), a surname ("Trump" joins a "Donald Trump"), a
    /// middle name ("Lula" of "Luiz Inácio Lula da Silva"), an organisation's alias. An entity
    /// that shares no word with those gathered can change none of their identities, so leaving it
    /// out changes nothing but the work.
    static func entities(relatedTo wanted: [Bool], in article: Article) -> [Bool]? {
        let entities = article.entities
        // Every entity's word hashes, one after another, and where each entity's end.
        var hashes: [UInt64] = []
        hashes.reserveCapacity(entities.count * 4)
        var ends: [Int] = []
        ends.reserveCapacity(entities.count)
        for entity in entities {
            guard Self.appendWordHashes(of: entity.name, to: &hashes, partingAliases: false) else { return nil }
            // An organisation's or place's aliases can join it to another (`Builder.collect`).
            if entity.type != .person, entity.hasAliases {
                guard Self.appendWordHashes(of: entity.joinedAliases, to: &hashes, partingAliases: true) else {
                    return nil
                }
            }
            ends.append(hashes.count)
        }
        var related = wanted
        // The words gathered, as bits of a filter of 1,024: a word of another hash may pass for
        // one of them (one in sixteen or so with sixty words), which gathers an entity more, never
        // one less.
        var filter = [UInt64](repeating: 0, count: 16)
        filter.withUnsafeMutableBufferPointer { bits in
            func bit(_ hash: UInt64) -> (word: Int, mask: UInt64) {
                let bit = Int(truncatingIfNeeded: hash >> 54)
                return (bit >> 6, 1 << UInt64(bit & 63))
            }
            func gather(_ index: Int) {
                var position = index == 0 ? 0 : ends[index - 1]
                while position < ends[index] {
                    let (word, mask) = bit(hashes[position])
                    bits[word] |= mask
                    position += 1
                }
            }
            func sharesAWord(_ index: Int) -> Bool {
                var position = index == 0 ? 0 : ends[index - 1]
                while position < ends[index] {
                    let (word, mask) = bit(hashes[position])
                    if bits[word] & mask != 0 { return true }
                    position += 1
                }
                return false
            }
            for index in related.indices where related[index] { gather(index) }
            // Each round gathers the entities sharing a word with those gathered, until none is
            // left.
            var grew = true
            while grew {
                grew = false
                for index in related.indices where !related[index] && sharesAWord(index) {
                    related[index] = true
                    gather(index)
                    grew = true
                }
            }
        }
        return related
    }

    /// Appends the hash of each word of `name` as `NameKey.forEachASCIIWord` reads it (parted at
    /// spaces and commas, lower-cased, without periods and apostrophes, a possessive "'s"
    /// dropped; with `partingAliases`, aliases joined by U+001F are parted there too), read in one
    /// pass without making the words; false when a byte is beyond ASCII or a control character.
    static func appendWordHashes(of name: String, to hashes: inout [UInt64], partingAliases: Bool) -> Bool {
        var name = name
        return name.withUTF8 { bytes -> Bool in
            let offset: UInt64 = 0xcbf2_9ce4_8422_2325
            // FNV-1a of the word's bytes kept so far, and of all but the last kept one.
            var hash = offset
            var beforeLastKept = offset
            var length = 0
            // The last two bytes read of the word, lower-cased, periods and apostrophes too.
            var last: UInt8 = 0
            var beforeLast: UInt8 = 0
            for index in 0...bytes.count {
                let byte = index == bytes.count ? 0x1F : bytes[index]
                let atEnd = index == bytes.count
                if atEnd || byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") || (partingAliases && byte == 0x1F) {
                    if beforeLast == UInt8(ascii: "'"), last == UInt8(ascii: "s") {
                        length -= 1
                        hash = beforeLastKept
                    }
                    if length > 0 { hashes.append(hash) }
                    hash = offset
                    length = 0
                    last = 0
                    beforeLast = 0
                    continue
                }
                guard byte >= 0x20, byte < 0x7F else { return false }
                let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                beforeLast = last
                last = lower
                guard lower != UInt8(ascii: "."), lower != UInt8(ascii: "'") else { continue }
                beforeLastKept = hash
                hash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3
                length += 1
            }
            return true
        }
    }
}
