import Foundation
import Testing

@testable import NQArticle

/// `NameKey` reads ASCII names from their bytes; these check it against Foundation's folding,
/// which every other name still goes through.
@Suite struct NameKeyASCIITests {
    /// The words as Foundation's folding gives them (the general path of `NameKey.words`).
    static func folded(_ name: String, partingAtAnyWhitespace: Bool = false) -> [String] {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words: [String] = []
        for raw in folded.split(whereSeparator: {
            $0 == " " || $0 == "," || partingAtAnyWhitespace && $0.isWhitespace
        }) {
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

    /// Names whose only characters beyond ASCII are curly apostrophes and no-break spaces are
    /// read as ASCII, with the words Foundation's folding gives them (parted at any whitespace).
    @Test(arguments: ["Donald Trump’s", "O’Neill\u{A0}Smith", "DONALD’S\u{A0}TRUMP", "’s", "a\u{A0}\u{A0}b,’ c", "’"])
    func curlyApostrophesAndNoBreakSpacesReadAsASCII(name: String) {
        #expect(NameKey.asciiReading(name) != nil)
        #expect(NameKey.words(name) == Self.folded(name, partingAtAnyWhitespace: true))
    }

    @Test func otherReadingsBeyondASCIIAreLeftToFoundation() {
        #expect(NameKey.asciiReading("José") == nil)
        #expect(NameKey.asciiReading("O’Neill\tSmith") == nil)
        #expect(NameKey.asciiReading("Trump’\u{301}s") == nil)
    }

    /// An ASCII person's key made in one pass is the key of the words `personWords` keeps.
    @Test(arguments: names + ["Mr. Donald J. Trump Jr.", "Billionaire Donald Trump", "President Joe Biden", "Sen. X"])
    func asciiPersonKeysAreThoseOfTheKeptWords(name: String) {
        let kept = NameKey.personWords(name)
        let expected = kept.last.map { kept.count >= 2 ? kept[0] + " " + $0 : $0 }
        #expect(NameKey.asciiPerson(name) == .some(expected))
    }

    @Test func droppedWordsAreReadFromBytes() {
        for word in NameKey.dropped.sorted() + ["m", "mx", "mrss", "senators", "presidents", "donald", ""] {
            var word = word
            #expect(word.withUTF8 { NameKey.isDropped($0) } == NameKey.dropped.contains(word))
        }
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
