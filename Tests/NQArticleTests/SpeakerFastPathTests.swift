import Foundation
import Testing

@testable import NQArticle

/// The speaker rules' readings of ASCII text on its bytes answer as the `String` readings do.
@Suite struct SpeakerFastPathTests {
    static let titles = [
        "New Jersey Gov.", "Senate Minority Leader", "GOVERNOR", "Prime Minister", "", "x\r\ny", "Ministre délégué",
        "\u{212A}ing", "Deputy Chief\u{301}", "leader", "Lead", "chief minister of Bihar",
    ]
    static let words = ["governor", "leader", "minister", "gov.", "king", "chief", "", "e", "lead", "\r", "dé"]

    @Test(arguments: titles)
    func aTitleHoldsAWordAsItsLowerCasedStringDoes(title: String) {
        for word in Self.words {
            if let found = ASCIIText.contains(title, lowerCased: word) {
                #expect(found == title.lowercased().contains(word), "\(title) / \(word)")
            } else {
                #expect(
                    !title.utf8.allSatisfy { $0 < 0x80 } || word.isEmpty
                        || word.utf8.contains { $0 <= 0x20 || $0 > 0x7F })
            }
            #expect(
                SpeakerResolver.title(title, holds: word) == Self.plainTitle(title, holds: word), "\(title) / \(word)")
        }
    }

    /// `SpeakerResolver.title(_:holds:)` as it read the strings before its ASCII path.
    static func plainTitle(_ title: String, holds word: String) -> Bool {
        let lowered = title.lowercased()
        if lowered.contains(word) { return true }
        let words = lowered.split(separator: " ")
        return SpeakerResolver.titleAbbreviations[word]?.contains { abbreviation in
            words.contains { $0 == abbreviation }
        }
            ?? false
    }

    @Test(arguments: ["Doyle", "O'Brien", "de", "Smith-Jones", "x"])
    func aSurnamesHashIsTheHashOfANameEndingInIt(surname: String) {
        #expect(SpeakerResolver.wordHash(surname) == NameWords.lastOfSeveralHash("Margaret " + surname))
        #expect(SpeakerResolver.wordHash(surname) == NameWords.lastOfSeveralHash("Alan  J. \(surname) "))
    }
}

extension SpeakerFastPathTests {
    @Test(arguments: [
        "Justice Department", "  State  Department ", "FBI", "", "   ", "Ministère de la Santé", "x\r\ny agency",
        "The Agency", "Bureau of Prisons", "\u{212A}ent Agency",
    ])
    func anOrganisationIsAKindAsItsSplitNameTells(name: String) {
        for word in ["agency", "department", "bureau", "company", "x\r\ny", "", "kent"] {
            let kinds = SpeakerWords.organizationKinds[word]
            let plain = name.lowercased().split(separator: " ").contains {
                $0 == word || kinds?.contains(String($0)) == true
            }
            if let found = ASCIIText.containsWord(of: name, where: { $0 == word || kinds?.contains($0) == true }) {
                #expect(found == plain, "\(name) / \(word)")
            }
        }
    }
}
