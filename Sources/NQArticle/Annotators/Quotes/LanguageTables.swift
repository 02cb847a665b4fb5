import NQSource

/// What nq knows of one language: its quotation marks and the small words that tell it apart.
///
/// Reading another language well is a matter of adding data here (and, later, cue words and
/// names): the scanner and the language check read only these tables.
public struct LanguageProfile: Sendable {
    /// The ISO 639-1 code ("en").
    public let code: String
    /// The English name ("English").
    public let name: String
    /// Its quotation marks.
    public let marks: QuoteMarks
    /// Frequent function words, lower-case, that are rare in the other languages listed.
    public let functionWords: Set<String>
    /// Its cue words: verbs of speech, pronouns, titles (English's until a language has its own).
    public let cues: CueTable

    /// A profile that knows no marks and no cue words, for reading tokens alone (dates).
    public static func plain() -> LanguageProfile {
        LanguageProfile(code: "", name: "", marks: QuoteMarks([]), functionWords: [], cues: .none())
    }
}

/// Every language profile, built once (by whoever analyses a batch of articles) and passed to
/// the analyzer; nothing here is a global.
public struct LanguageTables: Sendable {
    /// The profiles, English first.
    public let profiles: [LanguageProfile]

    /// The profile used when the language is unknown: English.
    public var english: LanguageProfile { profiles[0] }

    /// The profile with a code, or English.
    public func profile(_ code: String) -> LanguageProfile {
        profiles.first { $0.code == code } ?? english
    }

    /// For each function word of up to eight bytes (by `LanguageGuess.packedKey` of its bytes),
    /// the profiles that list it, as bits: the language guess looks words up without making a
    /// string of them.
    let shortFunctionWordProfiles: HashTable<UInt32>
    /// For each longer function word (by `CueLexicon.hash` of its bytes), the profiles that list
    /// it, as bits.
    let functionWordProfiles: HashTable<UInt32>
    /// The bytes of the longest function word: a longer word needs no look-up.
    let longestFunctionWord: Int

    /// Creates tables from profiles (English must come first; at most 32).
    public init(_ profiles: [LanguageProfile]) {
        self.profiles = profiles
        var short: [UInt64: UInt32] = [:]
        var index: [UInt64: UInt32] = [:]
        var longest = 0
        for (position, profile) in profiles.enumerated().prefix(32) {
            for word in profile.functionWords where !word.isEmpty {
                let bytes = Array(word.utf8)
                if bytes.count <= 8 {
                    short[LanguageGuess.packedKey(bytes), default: 0] |= 1 << UInt32(position)
                } else {
                    index[CueLexicon.hash(bytes), default: 0] |= 1 << UInt32(position)
                }
                longest = max(longest, bytes.count)
            }
        }
        shortFunctionWordProfiles = HashTable(short.map { ($0.key, $0.value) })
        functionWordProfiles = HashTable(index.map { ($0.key, $0.value) })
        longestFunctionWord = longest
    }

    /// The languages nq ships with.
    public static func builtIn() -> LanguageTables {
        typealias Pair = QuoteMarks.Pair
        let straight = Pair("\"", "\"")
        let english = Pair("\u{201C}", "\u{201D}")  // “…”
        let reversedEnglish = Pair("\u{201F}", "\u{201D}")  // ‟…”
        let low = Pair("\u{201E}", "\u{201C}")  // „…“
        let lowRight = Pair("\u{201E}", "\u{201D}")  // „…”
        let guillemets = Pair("\u{00AB}", "\u{00BB}")  // «…»
        let inward = Pair("\u{00BB}", "\u{00AB}")  // »…«
        let swedish = Pair("\u{201D}", "\u{201D}")  // ”…”
        let swedishGuillemets = Pair("\u{00BB}", "\u{00BB}")  // »…»
        let single = Pair("\u{2039}", "\u{203A}")  // ‹…›
        let corner = Pair("\u{300C}", "\u{300D}")  // 「…」
        let whiteCorner = Pair("\u{300E}", "\u{300F}")  // 『…』
        // Cue words in other languages are a later step of data: until then every profile
        // shares the English ones, built once here.
        let englishCues = CueTable.english()
        func profile(_ code: String, _ name: String, _ pairs: [Pair], doubled: Bool = false, _ words: String)
            -> LanguageProfile
        {
            LanguageProfile(
                code: code, name: name, marks: QuoteMarks(pairs, doubledApostrophes: doubled),
                functionWords: Set(words.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }),
                cues: englishCues)
        }
        return LanguageTables([
            profile(
                "en", "English", [english, straight, reversedEnglish, low, guillemets], doubled: true,
                "the and of to is was that with for from said have has this which would were their they but"),
            profile(
                "de", "German", [low, inward, english, straight, guillemets],
                "der die das und ist nicht ein eine sagte mit auch sich den dem des wir für auf"),
            profile(
                "fr", "French", [guillemets, single, english, straight],
                "le la les et est une des dans pour qui que pas sur nous avec selon du au"),
            profile(
                "es", "Spanish", [guillemets, english, straight],
                "el la los las y es una del que por con para según dijo pero se su al"),
            profile(
                "it", "Italian", [guillemets, english, straight],
                "il lo la gli le e è una che per con non della del sono ha detto"),
            profile(
                "nl", "Dutch", [lowRight, english, straight],
                "de het een en is van dat niet zijn met voor op zei ook maar wij"),
            profile(
                "sv", "Swedish", [swedish, swedishGuillemets, straight],
                "och att det som är en på för med inte har till av sade säger vi"),
            profile(
                "pl", "Polish", [lowRight, guillemets, straight],
                "i w nie na się że to z jest do jak powiedział ale przez"),
            profile("ja", "Japanese", [corner, whiteCorner, english], ""),
            profile("zh", "Chinese", [english, corner, whiteCorner], ""),
        ])
    }
}
