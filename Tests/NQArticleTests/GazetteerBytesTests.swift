import NQSource
import Testing

@testable import NQArticle

/// The tables read from the word lists' bytes hold what the lists' strings would give.
@Suite struct GazetteerBytesTests {
    static let listNames = EmbeddedResources.gazetteerLists.keys.sorted()

    /// Reading keys as bytes equals reading them as strings only when no two keys of a list are
    /// different bytes for the same `String` and every list is valid UTF-8.
    @Test(arguments: listNames)
    func keysAreDistinctAsBytesExactlyWhenDistinctAsStrings(name: String) {
        let list = EmbeddedResources.gazetteer(name)
        #expect(String(validating: list, as: UTF8.self) != nil, "\(name) is not valid UTF-8")
        var byteKeys = Set<[UInt8]>()
        var stringKeys = Set<String>()
        Gazetteer.forEachEntry(in: list) { bytes, key, _ in
            byteKeys.insert(Array(bytes[key]))
            stringKeys.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[key]), as: UTF8.self))
        }
        #expect(byteKeys.count == stringKeys.count, "\(name) has keys equal as strings but not as bytes")
    }

    /// The flags table as it was built from the lists' strings.
    static func flagsFromStrings() -> [UInt64: WordFlags] {
        var table: [UInt64: WordFlags] = [:]
        func add<Words: Sequence>(_ words: Words, _ flag: WordFlags) where Words.Element == String {
            for word in words { table[Lexicon.hash(word), default: []].insert(flag) }
        }
        add(Gazetteer.places.keys, .place)
        add(Gazetteer.organizations.keys, .organization)
        add(Gazetteer.titles, .title)
        add(Gazetteer.firstNames, .givenName)
        add(Gazetteer.organizationWords, .organizationWord)
        add(Gazetteer.placeWords, .placeWord)
        add(Gazetteer.miscWords, .miscWord)
        add(Gazetteer.nationalities.keys, .nationality)
        add(["North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest"], .compass)
        for title in Gazetteer.titles {
            table[Lexicon.hash(String(title.split(separator: " ")[0])), default: []].insert(.titleStart)
        }
        // The bytes before the first space of a place's or organisation's name of several words.
        for name in Array(Gazetteer.places.keys) + Array(Gazetteer.organizations.keys) where name.utf8.contains(0x20) {
            let first = String(decoding: name.utf8.prefix(while: { $0 != 0x20 }), as: UTF8.self)
            table[Lexicon.hash(first), default: []].insert(.phraseStart)
        }
        return table
    }

    @Test func everyCompanyIsAKnownOrganisationByItsCanonicalName() {
        let canonical = Set(Gazetteer.organizations.values)
        #expect(!Gazetteer.companies.isEmpty)
        #expect(Gazetteer.companies.subtracting(canonical).sorted() == [])
    }

    @Test func theFlagsTableHoldsWhatTheStringsGive() {
        let expected = Self.flagsFromStrings()
        #expect(expected.count > 1000)
        for (hash, flags) in expected {
            #expect(Lexicon.exact.value(hash) == flags)
        }
        // Words of every list that are not keys of the flagged lists have no flags.
        for name in Self.listNames {
            for (key, value) in Gazetteer.entries(name) {
                for word in [key, value ?? "", key.lowercased(), key + "s"] {
                    let hash = Lexicon.hash(word)
                    #expect(Lexicon.exact.value(hash) == expected[hash], "\(word)")
                }
            }
        }
    }

    @Test func aNameUnitsFlagsMarkTheFirstWordOfAListedPhraseAndLexiconFlagsDoNot() {
        let bytes = Array("New York".utf8)
        let first = SourceSpan(0, 3)
        let (flags, foldedHash) = LexiconTables().word(bytes, first)
        #expect(flags.contains(.phraseStart))
        #expect(foldedHash == WordHashSet.hash(bytes, first))
        #expect(Lexicon.flags(bytes, first) == flags.subtracting(.phraseStart))
        #expect(Lexicon.phrase(bytes, SourceSpan(0, bytes.count)).contains(.place))
    }

    @Test func commonWordsAndTheLongestTitleAreTheStringsOnes() {
        let fromStrings = WordHashSet(Gazetteer.commonWords)
        for name in Self.listNames {
            for (key, _) in Gazetteer.entries(name) {
                for word in [key, key.uppercased(), key.lowercased()] where !word.isEmpty {
                    let bytes = Array(word.utf8)
                    let span = SourceSpan(0, bytes.count)
                    #expect(Lexicon.common.contains(bytes, span) == fromStrings.contains(bytes, span), "\(word)")
                }
            }
        }
        #expect(Gazetteer.longestTitle == Gazetteer.titles.map { $0.split(separator: " ").count }.max())
    }
}
