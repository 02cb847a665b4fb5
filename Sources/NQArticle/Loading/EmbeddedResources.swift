/// The word lists and the demo article, compiled into the binary (`.embedInCode` in
/// Package.swift), so that a copied `nq` gives the same answers wherever it runs.
enum EmbeddedResources {
    /// The bytes of the word list `Resources/Gazetteer/NAME.txt`.
    ///
    /// A name with no list is a programming error, not a missing file: it stops the program
    /// rather than letting it answer with a list silently empty.
    static func gazetteer(_ name: String) -> [UInt8] {
        guard let bytes = gazetteerLists[name] else {
            fatalError("no word list named '\(name)' is compiled into nq")
        }
        return bytes
    }

    /// Every word list by name. A list added to `Resources/Gazetteer` needs a line here (a test
    /// checks that none is missing).
    static let gazetteerLists: [String: [UInt8]] = [
        "common-words": PackageResources.common_words_txt,
        "companies": PackageResources.companies_txt,
        "currencies": PackageResources.currencies_txt,
        "first-names": PackageResources.first_names_txt,
        "given-names": PackageResources.given_names_txt,
        "misc-words": PackageResources.misc_words_txt,
        "nationalities": PackageResources.nationalities_txt,
        "numbers": PackageResources.numbers_txt,
        "organization-words": PackageResources.organization_words_txt,
        "organizations": PackageResources.organizations_txt,
        "place-words": PackageResources.place_words_txt,
        "places": PackageResources.places_txt,
        "roles": PackageResources.roles_txt,
        "titles": PackageResources.titles_txt,
    ]

    /// The demo article's bytes.
    static var demoArticle: [UInt8] { PackageResources.nato_rutte_trump_txt }
}
