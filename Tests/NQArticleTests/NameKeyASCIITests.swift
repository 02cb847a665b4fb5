import Foundation
import Testing

@testable import NQArticle

/// `NameKey` reads ASCII names from their bytes; these check it against Foundation's folding,
/// which every other name still goes through.
@Suite struct NameKeyASCIITests {
    /// The words as Foundation's folding gives them (the general path of `NameKey.words`).
    static func folded(_ name: String) -> [String] {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: [String] = []
        for raw in folded.split(whereSeparator: { $0 == " " || $0 == "," }) {
            var word = raw.replacingOccurrences(of: "’", with: "'")
            if word.hasSuffix("'s") { word.removeLast(2) }
            word = word.filter { $0 != "." && $0 != "'" }
            if !word.isEmpty { words.append(word) }
        }
        return words
    }

    static let names = [
        "Donald J. Trump", "DONALD TRUMP", "Trump's", "O'Neill", "Sanders'", "Martin Luther King, Jr.",
        "  Mr.  Smith ,, III ", "A.B.C. 123-x_y", "'s", "Nato's'S", "", "Trump.'s", "s's x'S,y", "'",
        String((32..<127).map { Character(Unicode.Scalar(UInt8($0))) }),
    ]

    @Test(arguments: names) func asciiWordsMatchFoundation(name: String) {
        #expect(NameKey.asciiWords(name) == Self.folded(name))
    }

    @Test func otherNamesGoThroughFoundation() {
        #expect(NameKey.asciiWords("José Núñez") == nil)
        #expect(NameKey.words("José Núñez’s") == ["jose", "nunez"])
    }

    @Test(arguments: ["donald trump", "A.B. c-3po", "  x  ", "nato", "1 2 3", "é à"])
    func identifiersMatchTheCharacterReading(key: String) {
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
        #expect(NameKey.identifier(key, type: .person) == "person:" + slug)
    }
}
