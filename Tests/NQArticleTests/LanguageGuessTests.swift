import Testing

@testable import NQArticle

/// The language guess reads words and scripts from bytes; these check it against the plain
/// `String` reading it replaces, on texts that mix ASCII with other characters.
@Suite struct LanguageGuessTests {
    static let texts = [
        "The minister said that the talks would resume.",
        "Der Minister sagte, dass die Gespräche für heute beendet seien.",
        "Il a déclaré «nous avons gagné» selon le porte-parole.",
        "Según el ministro, la economía crece.",
        "e\u{301}te\u{301} -\u{301}a x.\u{300}y ok",  // combining marks after letters and non-letters
        "line one\r\nline two\rthree\nfour",
        "İstanbul KELVIN \u{212A}elvin ΣΟΦΟΣ σοφος",  // lower-casing that changes length or script
        "emoji 👍🏽 and flags 🇩🇪 then words",
        "東京で記者会見 そして the end",
        "trailing cut \u{E9}",
        "a\u{93E}-\u{93E}b c\u{345}d",  // marks that are alphabetic
        "",
        "12 34 -- ... !!!",
    ]

    /// The words as the lower-cased text split on non-letters gives them.
    static func reference(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    static func words(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { utf8 in
            var result: [String] = []
            LanguageGuess.forEachWord(utf8) { word in
                switch word {
                case .ascii(let span):
                    result.append(String(decoding: utf8[span], as: UTF8.self).lowercased())
                case .other(let text): result.append(String(text))
                }
            }
            return result
        }
    }

    @Test(arguments: texts) func wordsMatchTheStringReading(text: String) {
        #expect(Self.words(text) == Self.reference(text))
    }

    @Test(arguments: texts) func scriptsMatchTheScalarReading(text: String) {
        var letters = 0
        var kana = 0
        var han = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3040...0x30FF: kana += 1
            case 0x4E00...0x9FFF: han += 1
            default: if scalar.properties.isAlphabetic { letters += 1 }
            }
        }
        var copy = text
        let counted = copy.withUTF8 { LanguageGuess.scripts($0) }
        #expect(counted.letters == letters && counted.kana == kana && counted.han == han)
    }

    @Test func functionWordsAreCountedPerProfile() {
        let tables = LanguageTables.builtIn()
        let guess = LanguageGuess(tables: tables)
        let german = "Der Minister sagte, dass die Regierung nicht mit den Plänen einverstanden sei und auch für die"
        #expect(guess.guess(Array(german.utf8)).code == "de")
        let spanish = "Según el ministro, la economía del país crece y es una buena noticia para los que dijo"
        #expect(guess.guess(Array(spanish.utf8)).code == "es")
        let english = "The minister said that the talks with the union would resume and that they were close"
        #expect(guess.guess(Array(english.utf8)).code == "en")
    }
}
