import Foundation

/// The form of a name under which the same person or organisation is recognised across
/// articles: "Donald J. Trump", "Donald Trump" and "DONALD TRUMP" share the key `donald trump`.
///
/// A person's key is their first and last name, lower-cased, without accents, honorifics,
/// initials, middle names or suffixes (Jr., III); a one-word name is a bare surname or given
/// name whose person is decided across the corpus (`IdentityResolver`). Other entities are
/// keyed by their whole lower-cased name.
public enum NameKey {
    /// Words that stand before or after a person's name without being part of who they are.
    static let dropped: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev", "sen", "rep", "gov",
        "gen", "jr", "sr", "ii", "iii", "iv", "president", "senator", "governor", "former",
    ]

    /// The words of a name: lower-cased, accents removed, possessives and periods dropped.
    public static func words(_ name: String) -> [String] {
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

    /// The key of a person's name (nil when nothing of it is left).
    public static func person(_ name: String) -> String? {
        var kept = words(name).filter { $0.count > 1 && !dropped.contains($0) }
        // A capitalised word caught before a name ("Billionaire Donald Trump") is no part of it.
        if kept.count >= 3, !isGivenName(kept[0]), isGivenName(kept[1]) { kept.removeFirst() }
        guard let last = kept.last else { return nil }
        guard kept.count >= 2 else { return last }
        return kept[0] + " " + last
    }

    /// Whether a lower-cased word is a listed given name.
    static func isGivenName(_ word: String) -> Bool {
        Gazetteer.givenNameGenders[word.prefix(1).uppercased() + word.dropFirst()] != nil
    }

    /// The key of an organisation's or place's name.
    public static func other(_ name: String) -> String? {
        var kept = words(name)
        if kept.count > 1, kept[0] == "the" { kept.removeFirst() }
        return kept.isEmpty ? nil : kept.joined(separator: " ")
    }

    /// The key of an entity's name, by its type.
    public static func of(_ name: String, type: EntityType) -> String? {
        type == .person ? person(name) : other(name)
    }

    /// A stable identifier made from a key and a type: `person:donald-trump`, `organization:nato`.
    public static func identifier(_ key: String, type: EntityType) -> String {
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
        return type.rawValue + ":" + slug
    }
}
