import Foundation
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

    @Test func everyListedNameIsListedWhateverItsGender() {
        let table = Gazetteer.givenNameGenders
        for (key, _) in Gazetteer.entries("given-names") {
            #expect(table.isListed(key), "\(key)")
        }
        #expect(table.isListed("Chris"))
        #expect(table["Chris"] == nil)
        #expect(!table.isListed("Zzyxqv"))
        #expect(!table.isListed("Hook"))
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

    @Test func namesWrittenWithAccentsAreFoundUnderTheirPlainSpelling() {
        // The list writes "Maria" and "Lukasz"; articles write "María" and "Łukasz".
        let lists = [Array("Lukasz\tm\nMaria\tf\nSoren\tm\n".utf8), Array("Lukasz\tm\nMaria\tf\nSoren\tm\n".utf8)]
        for table in [GivenNameTable(list: lists[0]), GivenNameTable(sortedList: lists[1])] {
            #expect(table["Mar\u{ED}a"] == .female)
            #expect(table["\u{141}ukasz"] == .male)
            #expect(table["S\u{F8}ren"] == .male)
            #expect(table.isListed("Mar\u{ED}a"))
            #expect(table.listing("Mar\u{ED}a") == .some(.female))
            #expect(table["\u{41C}aria"] == nil, "a Cyrillic letter has no plain spelling")
        }
        #expect(LatinFolding.folded("Stra\u{DF}e") == "Strasse")
        #expect(LatinFolding.folded("Maria") == nil, "nothing to fold")
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

    @Test func theBundledListIsSortedSoItIsSearchedWhereItLies() {
        #expect(
            GivenNameTable.isSorted(EmbeddedResources.gazetteer("given-names")),
            "keep given-names.txt sorted by bytes (LC_ALL=C sort), one name, a tab and m, f or u a line")
    }

    @Test func theSortedBundledListAnswersAsTheHashedTable() {
        let list = EmbeddedResources.gazetteer("given-names")
        let sorted = GivenNameTable(sortedList: list)
        let hashed = GivenNameTable(list: list)
        var names = ["", "A", "Zzzz", "\u{212A}im", "\u{212B}sa", "# Given names", "\u{FF}"]
        for (key, _) in Gazetteer.entries("given-names") {
            names += [key, key.lowercased(), key.uppercased(), key + "x", String(key.dropLast())]
            names.append(key.decomposedStringWithCanonicalMapping)
        }
        for name in names {
            #expect(sorted[name] == hashed[name], "\(name.debugDescription)")
        }
    }

    @Test(arguments: [
        "# head\n# more\tm\nAd\u{E8}le\tf\nKim\tf\nRen\u{E9}e\tu\nZo\tm\n", "Al\tm", "Al\tm\nBo\tf\n",
        "Z\u{E9}\tm\n\u{C5}sa\tf\n\u{FF}\tu\n",
    ])
    func sortedListsAnswerAsTheHashedTable(list: String) {
        let bytes = Array(list.utf8)
        #expect(GivenNameTable.isSorted(bytes))
        let sorted = GivenNameTable(sortedList: bytes)
        let hashed = GivenNameTable(list: bytes)
        let names = [
            "", "A", "Ad\u{E8}le", "Ade\u{300}le", "Kim", "\u{212A}im", "Ren\u{E9}e", "Rene\u{301}e", "Zo", "Z", "Zoe",
            "Zo\u{E9}", "# head", "# more", "Al", "Bo", "Bob", "B", "\u{C5}sa", "\u{212B}sa", "A\u{30A}sa", "Z\u{E9}",
            "Ze\u{301}", "\u{FF}", "y\u{308}",
        ]
        for name in names {
            #expect(sorted[name] == hashed[name], "\(name.debugDescription) in \(list.debugDescription)")
        }
    }

    @Test func aSortedListFindsNamesOfEveryLengthAroundItsEightByteWords() {
        let names = ["Abcdefg", "Abcdefgh", "Abcdefghi", "Abcdefghijklmnop", "Abcdefghijklmnopq", "B"]
        let list = Array(names.enumerated().map { "\($1)\t\($0 % 2 == 0 ? "m" : "f")\n" }.joined().utf8)
        #expect(GivenNameTable.isSorted(list))
        let sorted = GivenNameTable(sortedList: list)
        let hashed = GivenNameTable(list: list)
        for name in names + names.map({ String($0.dropLast()) }) + names.map({ $0 + "x" }) {
            #expect(sorted[name] == hashed[name], "\(name.debugDescription)")
            #expect(sorted.listing(name) == hashed.listing(name), "\(name.debugDescription)")
        }
        #expect(sorted.listing("Abcdefgh") == .some(.female))
        // A name's bytes end at its tab: what follows is no part of it.
        for name in ["Abcdefg\tm", "Abcdefg\tm\nAbcdefgh", "B\tf", "B\n", "Abcdefg\u{0}"] {
            #expect(sorted.listing(name) == nil, "\(name.debugDescription)")
        }
        #expect(GivenNameTable(sortedList: Array("Al\tm".utf8))["Al"] == .male, "the last line needs no line feed")
    }

    @Test func aListingIsTheGenderAndWhetherTheNameIsListed() {
        let list = EmbeddedResources.gazetteer("given-names")
        var names = ["", "Chris", "Zzyxqv", "Hook", "\u{212A}im", "Ade\u{300}le", "# Given names"]
        for (key, _) in Gazetteer.entries("given-names").prefix(300) {
            names += [key, key.lowercased(), key + "x", key.decomposedStringWithCanonicalMapping]
        }
        for table in [GivenNameTable(sortedList: list), GivenNameTable(list: list)] {
            for name in names {
                let expected: Gender?? = table.isListed(name) ? .some(table[name]) : nil
                #expect(table.listing(name) == expected, "\(name.debugDescription)")
            }
        }
        #expect(Gazetteer.givenNameGenders.listingOfFirstWord("Chris J. Christie") == .some(nil))
        #expect(Gazetteer.givenNameGenders.listingOfFirstWord("Hillary Clinton") == .some(.female))
        #expect(Gazetteer.givenNameGenders.listingOfFirstWord("Hillary") == nil)
        #expect(Gazetteer.givenNameGenders.listingOfFirstWord("Zzyxqv Smith") == nil)
    }

    @Test(arguments: [
        "B\tm\nA\tf\n", "A\tm\nA\tf\n", "A\tx\n", "A\n", "A\tm\tf\n", "\tm\n", "A\tm\n#c\tm\n", "A\tm\n\nB\tf\n",
        "Ade\u{300}le\tf\nAd\u{E8}le\tf\n", "\u{212A}ai\tf\n",
    ])
    func listsTheSearchCannotReadAreNotSorted(list: String) {
        #expect(!GivenNameTable.isSorted(Array(list.utf8)))
    }
}
