/// Guesses an article's language from its first words: the share of each language's function
/// words, or the script (kana, Han) for Japanese and Chinese.
public struct LanguageGuess: Sendable {
    /// The languages to choose from.
    public let tables: LanguageTables

    /// Creates a guesser.
    public init(tables: LanguageTables) {
        self.tables = tables
    }

    /// How much text is looked at.
    static let sampleBytes = 16_384

    /// The language of a text; English unless another language's words clearly dominate.
    public func guess(_ bytes: [UInt8]) -> LanguageProfile {
        let sample = String(decoding: bytes.prefix(Self.sampleBytes), as: UTF8.self)
        var letters = 0
        var kana = 0
        var han = 0
        for scalar in sample.unicodeScalars {
            switch scalar.value {
            case 0x3040...0x30FF: kana += 1
            case 0x4E00...0x9FFF: han += 1
            default: if scalar.properties.isAlphabetic { letters += 1 }
            }
        }
        let total = letters + kana + han
        if total > 0, (kana + han) * 3 > total {
            return tables.profile(kana * 10 > kana + han ? "ja" : "zh")
        }
        var counts = Array(repeating: 0, count: tables.profiles.count)
        var words = 0
        for word in sample.lowercased().split(whereSeparator: { !$0.isLetter }) {
            words += 1
            let text = String(word)
            for (index, profile) in tables.profiles.enumerated() where profile.functionWords.contains(text) {
                counts[index] += 1
            }
        }
        guard words >= 8, let best = counts.indices.max(by: { counts[$0] < counts[$1] }), best != 0 else {
            return tables.english
        }
        // Another language wins only with clearly more of its words than English has.
        return counts[best] >= 3 && counts[best] > counts[0] * 2 ? tables.profiles[best] : tables.english
    }
}
