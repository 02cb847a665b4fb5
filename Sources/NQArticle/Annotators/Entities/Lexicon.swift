import NQSource

/// What the gazetteers say about one word, as bits, so that a word is looked up once.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt16

    /// A one-word place ("Moscow").
    static let place = WordFlags(rawValue: 1 << 0)
    /// A one-word organisation ("NATO").
    static let organization = WordFlags(rawValue: 1 << 1)
    /// A one-word title ("President").
    static let title = WordFlags(rawValue: 1 << 2)
    /// The first word of some title ("Prime", "Secretary").
    static let titleStart = WordFlags(rawValue: 1 << 3)
    /// A given name ("Mark").
    static let givenName = WordFlags(rawValue: 1 << 4)
    /// An organisation's head word ("Committee").
    static let organizationWord = WordFlags(rawValue: 1 << 5)
    /// A place's head word ("County").
    static let placeWord = WordFlags(rawValue: 1 << 6)
    /// The head word of an event or law ("Act").
    static let miscWord = WordFlags(rawValue: 1 << 7)
    /// A nationality adjective ("Russian").
    static let nationality = WordFlags(rawValue: 1 << 8)
    /// A common word when lower-cased ("despite").
    static let common = WordFlags(rawValue: 1 << 9)
    /// A compass region word ("South", "Midwest"): a place after "the".
    static let compass = WordFlags(rawValue: 1 << 10)

    /// Any flag saying that the word names something.
    static let naming: WordFlags = [.place, .organization, .givenName, .nationality]
}

/// The gazetteers' words and phrases, keyed by a hash of their bytes, so that a word or a run of
/// words is looked up without making a string.
enum Lexicon {
    /// Flags by case-sensitive hash.
    static let exact: HashTable<WordFlags> = {
        var table: [UInt64: WordFlags] = [:]
        func add<Words: Sequence>(_ words: Words, _ flag: WordFlags) where Words.Element == String {
            for word in words { table[hash(word), default: []].insert(flag) }
        }
        add(Gazetteer.places.keys, .place)
        add(Gazetteer.organizations.keys, .organization)
        add(Gazetteer.titles, .title)
        add(Gazetteer.firstNames, .givenName)
        add(Gazetteer.organizationWords, .organizationWord)
        add(Gazetteer.placeWords, .placeWord)
        add(Gazetteer.miscWords, .miscWord)
        add(Gazetteer.nationalities.keys, .nationality)
        add(
            ["North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest"],
            .compass)
        for title in Gazetteer.titles {
            table[hash(String(title.split(separator: " ")[0])), default: []].insert(.titleStart)
        }
        return HashTable(table.map { ($0.key, $0.value) })
    }()
    /// Common words, ignoring case.
    static let common = WordHashSet(Gazetteer.commonWords)

    /// The flags of the word in `span`.
    static func flags(_ bytes: [UInt8], _ span: SourceSpan) -> WordFlags {
        var flags = phrase(bytes, span)
        if common.contains(bytes, span) { flags.insert(.common) }
        return flags
    }

    /// The flags of the words in `span` taken as one phrase ("European Commission"), without
    /// the common-word flag.
    static func phrase(_ bytes: [UInt8], _ span: SourceSpan) -> WordFlags {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for offset in span.lower..<span.upper {
            value = (value ^ UInt64(bytes[offset])) &* 0x100_0000_01b3
        }
        return exact.value(value) ?? []
    }

    /// The case-sensitive hash of a word.
    static func hash(_ word: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }
}
