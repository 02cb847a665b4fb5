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
}
