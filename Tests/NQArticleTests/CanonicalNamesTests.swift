import Testing

@testable import NQArticle

/// The gazetteer's canonical-name tables answer as the dictionaries of their lists did.
@Suite struct CanonicalNamesTests {
    /// A list's names mapped to their canonical names, as a dictionary built from its strings.
    static func dictionary(_ list: String) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in Gazetteer.entries(list) { result[key] = value ?? key }
        return result
    }

    @Test(arguments: ["places", "organizations"])
    func answersAsTheDictionaryForEveryNameAndSomeMisses(list: String) {
        let expected = Self.dictionary(list)
        let table = list == "places" ? Gazetteer.places : Gazetteer.organizations
        #expect(expected.count > 100)
        #expect(table.count == expected.count)
        #expect(Set(table.keys) == Set(expected.keys))
        for (key, value) in expected {
            #expect(table[key] == value, "\(key)")
            // Near misses, and the canonical names (most of them listed too).
            for probe in [value, key.lowercased(), key.uppercased(), key + "s", " " + key, String(key.dropLast())] {
                #expect(table[probe] == expected[probe], "\(probe)")
            }
        }
        for probe in ["", "the", "Zzyzx", "Montréal", "Montre\u{301}al", "São Paulo", "Sa\u{303}o Paulo"] {
            #expect(table[probe] == expected[probe], "\(probe)")
        }
    }

    @Test func aLaterPairReplacesAnEarlierEqualName() {
        let table = CanonicalNames([
            (key: "Caf\u{E9}", value: "one"), (key: "US", value: "United States"), (key: "Cafe\u{301}", value: "two"),
        ])
        #expect(table.count == 2)
        #expect(table["Caf\u{E9}"] == "two")
        #expect(table["Cafe\u{301}"] == "two")
        #expect(table["US"] == "United States")
        #expect(table["us"] == nil)
        #expect(table["Cafe"] == nil)
    }
}
