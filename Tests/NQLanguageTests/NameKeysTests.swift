import NQArticle
import Testing

@testable import NQLanguage

/// An article's name keys, appended one entity after another, are each entity's own keys.
@Suite struct NameKeysTests {
    @Test func appendedKeysAreEachEntitysKeysInTurn() {
        let entities = [
            Entity(name: "Hillary Rodham Clinton", type: .person, aliases: ["Clinton", "Hillary Clinton", "clinton"]),
            Entity(name: "Clinton Foundation", type: .organization, aliases: ["Foundation"]),
            Entity(name: "Trump", type: .person),
            Entity(name: "Ad\u{E8}le  Exarchopoulos", type: .person, aliases: ["Ade\u{300}le"]),
        ]
        var keys: [String] = []
        var expected: [String] = []
        for entity in entities {
            Corpus.appendNameKeys(of: entity, to: &keys)
            expected += Corpus.nameKeys(of: entity)
        }
        #expect(keys == expected)
        #expect(
            Corpus.nameKeys(of: entities[0]) == [
                "hillary rodham clinton", "hillary", "rodham", "clinton", "hillary clinton",
            ])
        #expect(Corpus.nameKeys(of: entities[1]) == ["clinton foundation", "clinton", "foundation"])
    }

    /// The key hashes an article is indexed under are those of its entities' name keys, in order.
    @Test func keyHashesAreTheHashesOfTheNameKeys() {
        let entities = [
            Entity(name: "Hillary Rodham Clinton", type: .person, aliases: ["Clinton", "Hillary Clinton", "CLINTON"]),
            Entity(name: "Ad\u{E8}le  Exarchopoulos", type: .person, aliases: ["Ade\u{300}le", "Adele X"]),
            Entity(name: "NATO", type: .organization, aliases: ["North Atlantic Treaty Organization", "\u{212A}FOR"]),
            Entity(name: "", type: .place),
            // Titles and affiliations but no aliases; names long enough to be lower-cased eight
            // bytes at a time, with the bytes either side of A and Z.
            Entity(name: "Mark Rutte", type: .person, title: "Prime Minister", affiliation: "NATO"),
            Entity(name: "@ABCDEFGHIJKLM NOPQRSTUVWXYZ[`az{", type: .organization, aliases: ["@Z[ AzZa`{ MIXED case"]),
            // Separators together, first and last, and parts longer than eight bytes.
            Entity(
                name: "The  Very Long Organisation Of Many  Words ", type: .organization,
                aliases: ["", "Abcdefghijklmnopq", "", "Short"]),
        ]
        var hashes: [UInt64] = []
        var expected: [UInt64] = []
        var scratch: [UInt8] = []
        for entity in entities {
            Corpus.appendNameKeyHashes(of: entity, to: &hashes, scratch: &scratch)
            expected += Corpus.nameKeys(of: entity).map(NameHashTable<PackedRows>.hash)
        }
        #expect(hashes == expected)
    }

    /// Eight bytes lower-cased at once are each lower-cased as on their own, in every lane.
    @Test func eightAsciiBytesLowerCaseAsOneByOne() {
        for byte in UInt64(0)..<0x80 {
            for lane in 0..<8 {
                // The other lanes hold bytes of their own: "A", "Z", "[" and so on.
                let others: [UInt64] = [0x41, 0x5A, 0x5B, 0x40, 0x61, 0x7A, 0x7F, 0x00]
                var word: UInt64 = 0
                var expected: UInt64 = 0
                for position in 0..<8 {
                    let value = position == lane ? byte : others[(position + Int(byte)) % others.count]
                    let lowered = (0x41...0x5A).contains(value) ? value | 0x20 : value
                    word |= value << (8 * position)
                    expected |= lowered << (8 * position)
                }
                #expect(Corpus.asciiLowercased(word) == expected, "byte \(byte) in lane \(lane)")
            }
        }
    }
}
