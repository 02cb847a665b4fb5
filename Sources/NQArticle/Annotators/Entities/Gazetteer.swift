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

    /// The entries of one list: each line's text before its first tab, and the text after that
    /// tab (nil without one), as splitting the line on tabs gives them. Read from the bytes: every
    /// process that analyses an article reads these lists once, so this is start-up time.
    static func entries(_ name: String) -> [(key: String, value: String?)] {
        var result: [(key: String, value: String?)] = []
        var text = String(decoding: EmbeddedResources.gazetteer(name), as: UTF8.self)
        text.withUTF8 { bytes in
            let tab = UInt8(ascii: "\t")
            var start = 0
            while start < bytes.count {
                var end = start
                var firstTab = -1
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
                    if firstTab < 0, bytes[end] == tab { firstTab = end }
                    end += 1
                }
                defer { start = end + 1 }
                guard end > start, bytes[start] != UInt8(ascii: "#") else { continue }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                func string(_ range: Range<Int>) -> String {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                }
                if firstTab < 0 {
                    result.append((string(start..<end), nil))
                } else if firstTab > start, firstTab + 1 < end, bytes[firstTab + 1] != tab {
                    result.append((string(start..<firstTab), string(firstTab + 1..<end)))
                } else {
                    // Empty fields (a leading or doubled tab): as the general split reads them.
                    let parts = line.split(separator: tab, maxSplits: 1)
                    let key = parts.first.map { String(decoding: $0, as: UTF8.self) } ?? ""
                    result.append((key, parts.count == 2 ? String(decoding: parts[1], as: UTF8.self) : nil))
                }
            }
        }
        return result
    }

    /// A list of names.
    static func names(_ name: String) -> Set<String> {
        Set(entries(name).map(\.key))
    }

    /// A list of names, each mapped to the value after its tab or else to itself.
    static func canonicalTable(_ name: String) -> [String: String] {
        let entries = entries(name)
        var result: [String: String] = [:]
        result.reserveCapacity(entries.count)
        for (key, value) in entries { result[key] = value ?? key }
        return result
    }

    /// A list of names with values.
    static func table(_ name: String) -> [String: String] {
        let entries = entries(name)
        var result: [String: String] = [:]
        result.reserveCapacity(entries.count)
        for (key, value) in entries { if let value { result[key] = value } }
        return result
    }
}
