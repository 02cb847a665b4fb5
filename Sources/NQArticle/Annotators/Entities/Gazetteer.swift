/// General-knowledge word lists, compiled in from `Resources/Gazetteer`, read once on first use.
///
/// Every list is a plain text file with one entry a line; `#` starts a comment line, and a tab
/// separates an entry from its value where the list maps names to something.
public enum Gazetteer {
    /// Place names: countries, regions, US states, major cities ("Russia", "U.S.", "Des Moines"),
    /// each with its canonical name ("U.S." → "United States"; itself when it has no variant).
    public static let places: CanonicalNames = canonicalTable("places")
    /// Organisation names and acronyms ("NATO", "European Commission"), with canonical names.
    public static let organizations: CanonicalNames = canonicalTable("organizations")
    /// The businesses among `organizations`, by canonical name ("Volkswagen", "Lufthansa"): what
    /// "the company" or "the carmaker" may stand for, unlike an outlet, party or armed group.
    public static let companies: Set<String> = names("companies")
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
    /// The list is kept sorted (a test checks it), so it is searched where it lies.
    public static let givenNameGenders = GivenNameTable(sortedList: EmbeddedResources.gazetteer("given-names"))
    /// Common lower-case words that are not names when capitalised ("the", "despite").
    public static let commonWords: Set<String> = names("common-words")
    /// Nationality adjectives and demonyms, with their place ("Russian" → "Russia").
    public static let nationalities: [String: String] = table("nationalities")
    /// Currency words and symbols, with their ISO 4217 code ("euros" → "EUR").
    public static let currencies: [String: String] = table("currencies")
    /// Number words, with their value ("twenty" → 20, "billion" → 1e9).
    public static let numberWords: [String: Double] = table("numbers").compactMapValues(Double.init)

    /// The longest title, in words, so that lookups can stop early.
    public static let longestTitle: Int = {
        var longest: Int?
        forEachEntry(in: EmbeddedResources.gazetteer("titles")) { bytes, key, _ in
            // The runs of bytes other than a space, as splitting on spaces counts them (counted
            // without making the pieces: this is start-up time).
            var words = 0
            var inWord = false
            for index in key {
                let space = bytes[index] == 0x20
                if !space, !inWord { words += 1 }
                inWord = !space
            }
            longest = max(longest ?? words, words)
        }
        return longest ?? 1
    }()

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
    /// tab (nil without one), as splitting the line on tabs gives them.
    static func entries(_ name: String) -> [(key: String, value: String?)] {
        var result: [(key: String, value: String?)] = []
        forEachEntry(in: EmbeddedResources.gazetteer(name)) { bytes, key, value in
            func string(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            result.append((string(key), value.map(string)))
        }
        return result
    }

    /// Calls `body` with the byte ranges of each entry of a list (see `entries`), read from the
    /// bytes without making strings: every process that analyses an article reads these lists
    /// once, so this is start-up time.
    static func forEachEntry(
        in list: [UInt8], _ body: (UnsafeBufferPointer<UInt8>, _ key: Range<Int>, _ value: Range<Int>?) -> Void
    ) {
        list.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                var firstTab = -1
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
                    if firstTab < 0, bytes[end] == UInt8(ascii: "\t") { firstTab = end }
                    end += 1
                }
                if let (key, value) = entry(bytes, start, end, firstTab: firstTab) { body(bytes, key, value) }
                start = end + 1
            }
        }
    }

    /// The entry of the line `bytes[start..<end]` (without its line feed), whose first tab is at
    /// `firstTab` (-1 without one): nil for a blank or comment line.
    @inline(__always)
    static func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, firstTab: Int)
        -> (key: Range<Int>, value: Range<Int>?)?
    {
        let tab = UInt8(ascii: "\t")
        guard end > start, bytes[start] != UInt8(ascii: "#") else { return nil }
        if firstTab < 0 { return (start..<end, nil) }
        if firstTab > start, firstTab + 1 < end, bytes[firstTab + 1] != tab {
            return (start..<firstTab, firstTab + 1..<end)
        }
        // Empty fields (a leading or doubled tab): as the general split reads them.
        let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let parts = line.split(separator: tab, maxSplits: 1)
        let key = parts.first.map { start + $0.startIndex..<start + $0.endIndex } ?? start..<start
        return (key, parts.count == 2 ? start + parts[1].startIndex..<start + parts[1].endIndex : nil)
    }

    /// A list of names.
    static func names(_ name: String) -> Set<String> {
        Set(entries(name).map(\.key))
    }

    /// A list of names, each mapped to the value after its tab or else to itself.
    static func canonicalTable(_ name: String) -> CanonicalNames {
        CanonicalNames(entries(name).map { (key: $0.key, value: $0.value ?? $0.key) })
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
