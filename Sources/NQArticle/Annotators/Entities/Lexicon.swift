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
    /// The first word of some place's or organisation's name of two words or more ("New",
    /// "European"): a run of words opening with another word is no such name.
    static let phraseStart = WordFlags(rawValue: 1 << 11)

    /// Any flag saying that the word names something.
    static let naming: WordFlags = [.place, .organization, .givenName, .nationality]
}

/// The gazetteers' words and phrases, keyed by a hash of their bytes, so that a word or a run of
/// words is looked up without making a string.
enum Lexicon {
    /// Flags by case-sensitive hash, read from the lists' bytes (no string is made: this is
    /// start-up time). The places', organisations', titles' and given names' keys, the head
    /// words, and the nationalities that name their place.
    static let exact: HashTable<WordFlags> = {
        let lists: [(name: String, flag: WordFlags, valuedOnly: Bool)] = [
            ("places", .place, false), ("organizations", .organization, false), ("titles", .title, false),
            ("first-names", .givenName, false), ("organization-words", .organizationWord, false),
            ("place-words", .placeWord, false), ("misc-words", .miscWord, false),
            ("nationalities", .nationality, true),
        ]
        let compass = ["North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest"]
        var count = compass.count
        for list in lists {
            count += EmbeddedResources.gazetteer(list.name).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        // Each title, place and organisation also adds its first word.
        for name in ["titles", "places", "organizations"] {
            count += EmbeddedResources.gazetteer(name).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        var table = HashTable<WordFlags>(capacity: count)
        func add(_ key: UInt64, _ flag: WordFlags) {
            table.update(key) { ($0 ?? []).union(flag) }
        }
        for list in lists {
            Gazetteer.forEachEntry(in: EmbeddedResources.gazetteer(list.name)) { bytes, key, value in
                guard value != nil || !list.valuedOnly else { return }
                add(hash(UnsafeBufferPointer(rebasing: bytes[key])), list.flag)
                if list.flag == .title {
                    var end = key.lowerBound
                    while end < key.upperBound, bytes[end] == 0x20 { end += 1 }
                    let start = end
                    while end < key.upperBound, bytes[end] != 0x20 { end += 1 }
                    add(hash(UnsafeBufferPointer(rebasing: bytes[start..<end])), .titleStart)
                }
                if list.flag == .place || list.flag == .organization,
                    let space = bytes[key].firstIndex(of: 0x20)
                {
                    // The bytes before the first space, as `NameClassifier.gazetteerType` reads
                    // a name's first word.
                    add(hash(UnsafeBufferPointer(rebasing: bytes[key.lowerBound..<space])), .phraseStart)
                }
            }
        }
        for word in compass { add(hash(word), .compass) }
        return table
    }()
    /// Common words, ignoring case.
    static let common = CommonWords(gazetteerKeys: "common-words")

    /// The flags of the word in `span`: both hashes, case-sensitive and case-folded, made on one
    /// pass over its bytes (this runs for every capitalised word of every article). Without
    /// `phraseStart`, which only the name classifier reads (from its words' flags).
    static func flags(_ bytes: [UInt8], _ span: SourceSpan) -> WordFlags {
        word(bytes, span, exact, common).flags.subtracting(.phraseStart)
    }

    /// The flags of the word in `span` by the tables `exact` and `common`, and its case-folded
    /// hash (`WordHashSet.hash`), both hashes made on one pass over its bytes.
    @inline(__always)
    static func word(_ bytes: [UInt8], _ span: SourceSpan, _ exact: HashTable<WordFlags>, _ common: CommonWords)
        -> (flags: WordFlags, foldedHash: UInt64)
    {
        precondition(span.lower >= 0 && span.upper <= bytes.count || span.isEmpty, "flags: span out of bounds")
        let (exactHash, foldedHash, allBytes) = bytes.withUnsafeBufferPointer { bytes in
            // A word of one to eight ASCII bytes, the most common, is read in one load and
            // lower-cased in one step, as `CueLexicon.hash` reads it: the same hashes either way.
            if let chunk = CueLexicon.shortASCII(bytes, span) {
                let count = span.upper &- span.lower
                let folded = chunk | CueLexicon.asciiUpper(chunk) >> 2
                return (
                    CueLexicon.hashStep(CueLexicon.hashBasis, ascii: chunk, count: count),
                    CueLexicon.hashStep(CueLexicon.hashBasis, ascii: folded, count: count), UInt8(0)
                )
            }
            var exactHash: UInt64 = 0xcbf2_9ce4_8422_2325
            var foldedHash: UInt64 = 0xcbf2_9ce4_8422_2325
            var allBytes: UInt8 = 0
            for offset in span.lower..<span.upper {
                let byte = bytes[offset]
                allBytes |= byte
                exactHash = (exactHash ^ UInt64(byte)) &* 0x100_0000_01b3
                let folded = CharClass.isUpper(byte) ? byte | 0x20 : byte
                foldedHash = (foldedHash ^ UInt64(folded)) &* 0x100_0000_01b3
            }
            return (exactHash, foldedHash, allBytes)
        }
        var flags = exact.value(exactHash) ?? []
        if span.length > 0, common.contains(foldedHash: foldedHash) { flags.insert(.common) }
        // "María", "Łukasz": a given name written with accents the list leaves out.
        if allBytes >= 0x80, !flags.contains(.givenName),
            let folded = bytes.withUnsafeBufferPointer({
                LatinFolding.folded(UnsafeBufferPointer(rebasing: $0[span.lower..<span.upper]))
            }),
            folded.withUnsafeBufferPointer({ exact.value(hash($0)) })?.contains(.givenName) == true
        {
            flags.insert(.givenName)
        }
        return (flags, foldedHash)
    }

    /// The flags of the words in `span` taken as one phrase ("European Commission"), without
    /// the common-word flag.
    static func phrase(_ bytes: [UInt8], _ span: SourceSpan) -> WordFlags {
        precondition(span.lower >= 0 && span.upper <= bytes.count || span.isEmpty, "phrase: span out of bounds")
        let value = bytes.withUnsafeBufferPointer { bytes in
            var value: UInt64 = 0xcbf2_9ce4_8422_2325
            for offset in span.lower..<span.upper {
                value = (value ^ UInt64(bytes[offset])) &* 0x100_0000_01b3
            }
            return value
        }
        return exact.value(value) ?? []
    }

    /// The case-sensitive hash of a word.
    static func hash(_ word: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }

    /// The case-sensitive hash of a word's bytes.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }
}

/// The lexicon's word tables, taken once by a caller that looks up many words (the name chunker,
/// once per article), so that a word's look-up skips the check of the lazily made tables that
/// `Lexicon.flags` pays for each word.
struct LexiconTables: Sendable {
    /// `Lexicon.exact`.
    let exact: HashTable<WordFlags>
    /// `Lexicon.common`.
    let common: CommonWords

    init() {
        exact = Lexicon.exact
        common = Lexicon.common
    }

    /// The flags of the word in `span`, as `Lexicon.flags` gives them, and its case-folded hash
    /// (`WordHashSet.hash`), made on the same pass over its bytes.
    func word(_ bytes: [UInt8], _ span: SourceSpan) -> (flags: WordFlags, foldedHash: UInt64) {
        Lexicon.word(bytes, span, exact, common)
    }
}

/// A set of common words tested on text bytes ignoring ASCII case, as a `WordHashSet` holds them,
/// whose hashes `Lexicon.flags` also looks up straight, having made them with the case-sensitive
/// one.
struct CommonWords: Sendable {
    private let hashes: HashTable<Bool>

    /// Creates the set from the keys of a gazetteer list, read from its bytes (start-up time).
    init(gazetteerKeys name: String) {
        let list = EmbeddedResources.gazetteer(name)
        var pairs: [(UInt64, Bool)] = []
        Gazetteer.forEachEntry(in: list) { _, key, _ in
            guard !key.isEmpty else { return }
            pairs.append((WordHashSet.hash(list, SourceSpan(key.lowerBound, key.upperBound)), true))
        }
        hashes = HashTable(pairs)
    }

    /// Whether the bytes of `span` are one of the words.
    func contains(_ bytes: [UInt8], _ span: SourceSpan) -> Bool {
        span.length > 0 && hashes.contains(WordHashSet.hash(bytes, span))
    }

    /// Whether a word whose `WordHashSet.hash` is `foldedHash` is one of the words.
    @inline(__always)
    func contains(foldedHash: UInt64) -> Bool { hashes.contains(foldedHash) }
}
