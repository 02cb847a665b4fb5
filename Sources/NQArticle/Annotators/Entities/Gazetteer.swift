/// General-knowledge word lists, compiled in from `Resources/Gazetteer`, read once on first use.
///
/// Every list is a plain text file with one entry a line; `#` starts a comment line, and a tab
/// separates an entry from its value where the list maps names to something.
public enum Gazetteer {
    /// Place names: countries, regions, US states, major cities ("Russia", "U.S.", "Des Moines"),
    /// each with its canonical name ("U.S." → "United States"; itself when it has no variant).
    public static let places: [String: String] = canonicalTable("places")
    /// Organisation names and acronyms ("NATO", "European Commission"), with canonical names.
    public static let organizations: [String: String] = canonicalTable("organizations")
    /// Words ending the name of an event, law or holiday ("Act", "Day").
    public static let miscWords: Set<String> = names("misc-words")
    /// Words ending an organisation's name ("Committee", "University").
    public static let organizationWords: Set<String> = names("organization-words")
    /// Words ending a place's name ("County", "River").
    public static let placeWords: Set<String> = names("place-words")
    /// Titles written before a person's name ("President", "Sen.", "Secretary-General").
    public static let titles: Set<String> = names("titles")
    /// Lower-case role nouns that mark a following name as a person's ("envoy", "spokesman").
    public static let roles: Set<String> = names("roles")
    /// Common given names ("Mark", "Hillary").
    public static let firstNames: Set<String> = names("first-names")
    /// Given names with their usual gender ("Hillary" → female; both for names common to both),
    /// for agreeing "he" and "she" with the people an article names.
    public static let givenNameGenders: [String: Gender] = table("given-names").compactMapValues { value in
        switch value {
        case "m": .male
        case "f": .female
        default: nil
        }
    }
    /// Common lower-case words that are not names when capitalised ("the", "despite").
    public static let commonWords: Set<String> = names("common-words")
    /// Nationality adjectives and demonyms, with their place ("Russian" → "Russia").
    public static let nationalities: [String: String] = table("nationalities")
    /// Currency words and symbols, with their ISO 4217 code ("euros" → "EUR").
    public static let currencies: [String: String] = table("currencies")
    /// Number words, with their value ("twenty" → 20, "billion" → 1e9).
    public static let numberWords: [String: Double] = table("numbers").compactMapValues(Double.init)

    /// The longest title, in words, so that lookups can stop early.
    public static let longestTitle: Int = titles.map { $0.split(separator: " ").count }.max() ?? 1

    /// The lines of one list, without comments and blank lines.
    static func lines(_ name: String) -> [Substring] {
        let text = String(decoding: EmbeddedResources.gazetteer(name), as: UTF8.self)
        // Split on the bytes rather than the characters, not breaking the whole text into graphemes:
        // the lists have no carriage returns, so every line feed is a character of its own.
        return text.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
            line.first == UInt8(ascii: "#") ? nil : Substring(line)
        }
    }

    /// A list of names.
    static func names(_ name: String) -> Set<String> {
        Set(lines(name).map { String(Substring($0.utf8.split(separator: UInt8(ascii: "\t")).first ?? $0.utf8)) })
    }

    /// A list of names, each mapped to the value after its tab or else to itself.
    static func canonicalTable(_ name: String) -> [String: String] {
        var result: [String: String] = [:]
        let lines = lines(name)
        result.reserveCapacity(lines.count)
        for line in lines {
            let parts = line.utf8.split(separator: UInt8(ascii: "\t"), maxSplits: 1)
            result[String(Substring(parts[0]))] = String(Substring(parts.count == 2 ? parts[1] : parts[0]))
        }
        return result
    }

    /// A list of names with values.
    static func table(_ name: String) -> [String: String] {
        var result: [String: String] = [:]
        let lines = lines(name)
        result.reserveCapacity(lines.count)
        // Split on the byte: a tab, a control character, is always a character of its own.
        for line in lines {
            let parts = line.utf8.split(separator: UInt8(ascii: "\t"), maxSplits: 1)
            if parts.count == 2 { result[String(Substring(parts[0]))] = String(Substring(parts[1])) }
        }
        return result
    }
}
