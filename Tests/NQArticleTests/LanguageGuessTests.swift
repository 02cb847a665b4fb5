import NQSource
import Testing

@testable import NQArticle

/// The language guess, which reads words on packed bytes and hashes, answers as reading the same
/// words as strings does.
@Suite struct LanguageGuessTests {
    /// The guess made on `String` words: runs of ASCII letters and non-ASCII bytes other than
    /// 0xE2 (which opens a three-byte separator), ASCII lower-cased, counted against each
    /// profile's set of function words.
    static func referenceGuess(_ bytes: [UInt8], _ tables: LanguageTables) -> String {
        let end = min(bytes.count, LanguageGuess.sampleBytes)
        var counts = Array(repeating: 0, count: tables.profiles.count)
        var words = 0
        var index = 0
        while index < end {
            var wordEnd = index
            while wordEnd < end {
                let byte = bytes[wordEnd]
                guard CharClass.isLetter(byte) || byte >= 0x80 && byte != 0xE2 else { break }
                wordEnd += 1
            }
            if wordEnd > index, wordEnd - index <= 16 {
                words += 1
                let word = String(decoding: bytes[index..<wordEnd].map { $0 < 0x80 ? $0 | 0x20 : $0 }, as: UTF8.self)
                for (position, profile) in tables.profiles.enumerated() where profile.functionWords.contains(word) {
                    counts[position] += 1
                }
            }
            index = wordEnd < end && bytes[wordEnd] == 0xE2 ? wordEnd + 3 : wordEnd + 1
        }
        guard words >= 8, let best = counts.indices.max(by: { counts[$0] < counts[$1] }), best != 0 else {
            return "en"
        }
        return counts[best] >= 3 && counts[best] > counts[0] * 2 ? tables.profiles[best].code : "en"
    }

    static let samples = [
        "", "der", "Der Hund und die Katze",
        "Der Minister sagte, dass die Regierung nicht auf die Frage eine Antwort hat, und wir auch nicht.",
        "Le ministre a dit que les enfants sont dans la rue avec nous, selon la police, pour la fête.",
        "El ministro dijo que los niños están en la calle con una pancarta, según la policía.",
        "Il ministro ha detto che la gente non è per la strada con una bandiera della città.",
        "De minister zei dat het een kwestie is van tijd, maar wij zijn niet voor de wet.",
        "Ministern sade att det är en fråga som inte har till av oss, och vi säger nej på för med.",
        "Minister powiedział, że to nie jest w porządku, ale przez to się nie da; POWIEDZIAŁ on z nami.",
        "The minister said that the children were in the street with their flags, and they would stay.",
        "“Der Minister” — sagte er — „ist nicht da“… und die Leute’s Fragen’ sind für den Rat.",
        "LE MINISTRE A DIT QUE LES ENFANTS SONT DANS LA RUE AVEC NOUS POUR LA FÊTE ET QUI DES.",
        "das\u{2019}die\u{2019}und\u{2019}ist\u{2019}nicht\u{2019}ein\u{2019}eine\u{2019}sagte\u{2019}mit",
        "è è è è è è è è il lo la gli", "abcdefghijklmnopq der die das und ist nicht ein eine der die",
    ]

    @Test(arguments: samples)
    func theGuessIsTheStringWordsGuess(text: String) {
        let tables = LanguageTables.builtIn()
        let bytes = Array(text.utf8)
        #expect(LanguageGuess(tables: tables).guess(bytes).code == Self.referenceGuess(bytes, tables))
    }

    /// Texts of function words from two languages and other words, in every mix: many lie near the
    /// guess's thresholds, and some run past the bytes it reads.
    @Test func mixedTextsAreGuessedAsStringWordsGuessThem() {
        let tables = LanguageTables.builtIn()
        let guess = LanguageGuess(tables: tables)
        let others = [
            "minister", "Bürgermeister", "street", "powiedziała", "x", "ÉTAT", "ab-cd", "1,5", "“quote”", "—",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        for round in 0..<400 {
            let first = tables.profiles[next(8)].functionWords.sorted()
            let second = tables.profiles[next(8)].functionWords.sorted()
            var text = ""
            let words = 4 + next(round % 3 == 0 ? 500 : 60)
            for _ in 0..<words {
                let pick = next(10)
                var word =
                    pick < 4
                    ? first[next(first.count)] : pick < 7 ? second[next(second.count)] : others[next(others.count)]
                if next(5) == 0 { word = word.uppercased() }
                text += word + [" ", " ", ", ", ". ", "\u{2019}", "\n"][next(6)]
            }
            let bytes = Array(text.utf8)
            #expect(guess.guess(bytes).code == Self.referenceGuess(bytes, tables), "round \(round)")
        }
    }
}
