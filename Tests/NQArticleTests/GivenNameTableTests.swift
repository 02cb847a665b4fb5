import Testing

@testable import NQArticle

/// The given-name table read from bytes answers as a `[String: Gender]` read from the same list.
@Suite struct GivenNameTableTests {
    /// The list as a dictionary, the way it was read before the table (and as `Gazetteer`
    /// reads its other lists).
    static let reference: [String: Gender] = Gazetteer.table("given-names").compactMapValues { value in
        switch value {
        case "m": .male
        case "f": .female
        default: nil
        }
    }

    @Test func everyListedNameHasTheDictionarysGender() {
        let table = Gazetteer.givenNameGenders
        #expect(Self.reference.count > 1000)
        for (name, gender) in Self.reference {
            #expect(table[name] == gender, "\(name)")
        }
        for (key, _) in Gazetteer.entries("given-names") where Self.reference[key] == nil {
            #expect(table[key] == nil, "\(key) has no gender in the list")
        }
    }

    @Test func unlistedSpellingsAreNotFound() {
        let table = Gazetteer.givenNameGenders
        for name in Self.reference.keys.prefix(200) {
            #expect(table[name.lowercased()] == Self.reference[name.lowercased()], "\(name)")
            #expect(table[name + "x"] == Self.reference[name + "x"], "\(name)")
        }
        #expect(table[""] == nil)
    }

    @Test func theLastLineForANameWinsAndUMeansNone() {
        let table = GivenNameTable(list: Array("# comment\tm\nAnna\tf\nAnna\tm\nSam\tm\nSam\tu\nKim\n".utf8))
        #expect(table["Anna"] == .male)
        #expect(table["Sam"] == nil)
        #expect(table["Kim"] == nil, "a line without a value gives nothing")
        #expect(table["# comment"] == nil)
    }

    @Test func emptyFieldsAreReadAsSplittingTheLineReadsThem() {
        let table = GivenNameTable(list: Array("\tf\nLee\t\tm\nRay\t\nJo\tm\tx\nAl\tm".utf8))
        #expect(table["f"] == nil)
        #expect(table["Lee"] == nil, "the value is a tab and m")
        #expect(table["Ray"] == nil)
        #expect(table["Jo"] == nil, "the value is m, a tab and x")
        #expect(table["Al"] == .male, "the last line needs no line feed")
    }

    @Test func nonASCIINamesMatchCanonicallyEquivalentSpellings() {
        let table = GivenNameTable(list: Array("Ad\u{E8}le\tf\nRen\u{E9}e\tf\nKim\tf\nJos\u{E9}\tm\n".utf8))
        #expect(table["Ad\u{E8}le"] == .female)
        #expect(table["Ade\u{300}le"] == .female, "decomposed è")
        #expect(table["Rene\u{301}e"] == .female)
        #expect(table["Jose"] == nil)
        #expect(table["\u{212A}im"] == .female, "KELVIN SIGN is K for String")
        #expect(table["\u{212A}im" as String] == (["Kim": Gender.female] as [String: Gender])["\u{212A}im"])
    }

    /// A list read as `Gazetteer.entries` reads lists, into a dictionary.
    static func dictionary(_ list: [UInt8]) -> [String: Gender?] {
        var result: [String: Gender?] = [:]
        Gazetteer.forEachEntry(in: list) { bytes, key, value in
            guard let value else { return }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[key]), as: UTF8.self)
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[value]), as: UTF8.self)
            result[name] = text == "m" ? .male : text == "f" ? .female : nil
        }
        return result
    }

    @Test(arguments: [
        "\tZoe\tf\nZoe\tm\n", "Zoe\tm\n\tZoe\tf", "\t\tAl\tm\nBo\t\t\n\nCy\tf\t\n#Dee\tf\n Eve\tf\n",
        "Kai\tm\n\u{212A}ai\tf\n", "\u{212A}ai\tf\nKai\tm\n", "Ren\u{E9}e\tf\nRene\u{301}e\tm\nRenee\tf",
    ])
    func oddListsAreReadAsTheEntriesReaderReadsThem(list: String) {
        let bytes = Array(list.utf8)
        let table = GivenNameTable(list: bytes)
        let expected = Self.dictionary(bytes)
        for (name, gender) in expected {
            #expect(table[name] == gender, "\(name.debugDescription)")
        }
        for name in ["Zoe", "Al", "Bo", "Cy", "Dee", "#Dee", " Eve", "Eve", "Kai", "\u{212A}ai", "Renee", "Ren\u{E9}e"]
        {
            #expect(table[name] == (expected[name] ?? nil), "\(name.debugDescription)")
        }
    }

    @Test func aLaterCanonicallyEquivalentSpellingWins() {
        let table = GivenNameTable(list: Array("Ade\u{300}le\tm\nAd\u{E8}le\tf\n\u{212A}ai\tf\nKai\tm\n".utf8))
        #expect(table["Ad\u{E8}le"] == .female)
        #expect(table["Ade\u{300}le"] == .female)
        #expect(table["Kai"] == .male)
        #expect(table["\u{212A}ai"] == .male)
    }
}
