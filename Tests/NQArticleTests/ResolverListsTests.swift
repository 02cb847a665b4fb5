import NQSource
import Testing

@testable import NQArticle

/// The shared lists the entity resolution keeps its per-entity data in answer as arrays of their
/// own would, and what it reads on bytes answers as the strings would.
@Suite struct ResolverListsTests {
    @Test func aliasListsKeepEachEntitysAliasesInOrderAndJoinThem() {
        var lists = AliasLists()
        lists.reserveCapacity(lists: 1, aliases: 1)
        for _ in 0..<3 { lists.addList() }
        // Aliases are added and told apart by their hashes.
        func add(_ text: String, to list: Int) { lists.append(text, hash: NameHashTable<Int>.hash(text), to: list) }
        func has(_ text: String, in list: Int) -> Bool { lists.contains(hash: NameHashTable<Int>.hash(text), in: list) }
        add("Rutte", to: 0)
        add("NATO", to: 2)
        add("NATO chief Mark Rutte", to: 0)
        add("the alliance", to: 2)
        add("Mr. Rutte", to: 0)
        #expect(has("Rutte", in: 0) && has("Mr. Rutte", in: 0))
        #expect(!has("NATO", in: 0) && !has("Rutte", in: 1) && has("NATO", in: 2))
        // A text canonically equal to an alias is that alias, as with strings.
        add("Jos\u{E9}", to: 1)
        #expect(has("Jose\u{301}", in: 1) && !has("Jose", in: 1))
        let separator = String(Entity.aliasSeparator)
        #expect(lists.joined(0) == ["Rutte", "NATO chief Mark Rutte", "Mr. Rutte"].joined(separator: separator))
        #expect(lists.joined(1) == "Jos\u{E9}")
        #expect(lists.joined(2) == "NATO" + separator + "the alliance")
        var entity = Entity(name: "Mark Rutte", type: .person)
        entity.joinedAliases = lists.joined(0)!
        #expect(entity.aliases == ["Rutte", "NATO chief Mark Rutte", "Mr. Rutte"])
    }

    @Test func nameSuffixesAreToldOnTheirBytesAsTheSetTellsThem() {
        let words =
            Array(EntityResolver.suffixes) + ["Jr,", "J", "JrX", "IIII", "Iv", "jr", "VI", "\u{0}Jr", "Smith", "I"]
        for word in words {
            let bytes = Array(word.utf8)
            #expect(
                EntityResolver.isSuffix(bytes, SourceSpan(0, bytes.count)) == EntityResolver.suffixes.contains(word),
                "\(word.debugDescription)")
        }
        // Read where the word is, not from the start of the bytes.
        let text = Array("Martin Luther King Jr.".utf8)
        #expect(EntityResolver.isSuffix(text, SourceSpan(19, 22)))
        #expect(!EntityResolver.isSuffix(text, SourceSpan(14, 18)))
    }

    @Test func namedPlacesFindAPersonsLastMentionBeforeAnOffsetAsAScanWould() {
        let entities = (0..<5).map { Entity(name: "Person \($0)", type: .person) }
        // Mentions in text order, ten bytes apart, of entities 0 to 4 in a fixed shuffle.
        let order = [3, 0, 3, 1, 4, 3, 0, 2, 2, 0, 4, 3]
        let mentions = order.enumerated().map { Mention(entity: $1, span: SourceSpan($0 * 10, $0 * 10 + 5)) }
        let layer = EntityLayer(entities: entities, mentions: mentions)
        let people = [0, 2, 3, 7]
        let named = NamedPlaces(layer, people: people)
        for person in 0..<6 {
            let wanted = people.contains(person)
            let first = mentions.firstIndex { $0.entity == person }
            #expect(named.firstMention(of: person) == (wanted ? first ?? 0 : 0), "\(person)")
            for offset in stride(from: -5, through: 125, by: 5) {
                let last = mentions.last { $0.entity == person && $0.span.lower < offset }?.span.lower
                #expect(named.last(of: person, before: offset) == (wanted ? last : nil), "\(person) \(offset)")
            }
        }
    }

    @Test func mentionStartsFindTheFirstTokenAtOrAfterAnOffsetAsAScanWould() {
        // Tokens starting at 0, 3, 6, …; every start and every offset between, from every token.
        let tokens = (0..<40).map {
            Token(kind: .word, span: SourceSpan($0 * 3, $0 * 3 + 2), isCapitalized: false, spaceBefore: true)
        }
        var wrong: [(low: Int, start: Int32)] = []
        tokens.withUnsafeBufferPointer { buffer in
            for low in 0...buffer.count {
                for start in Int32(0)...Int32(125) {
                    var scanned = low
                    while scanned < buffer.count, buffer[scanned].span.start < start { scanned += 1 }
                    if MentionStarts.firstToken(atOrAfter: start, in: buffer, from: low) != scanned {
                        wrong.append((low, start))
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }
}
