/// A person, organisation or place recognised across the articles of a corpus: the entities of
/// every article that name the same one, under one display name and one stable id.
public struct Identity: Sendable {
    /// The stable identifier, made from the name's key (`person:donald-trump`): the same in every
    /// corpus that holds the same person under a full name.
    public var id: String
    /// The name it is shown under: its most frequent full form ("Donald Trump").
    public var name: String
    /// What kind of thing it is.
    public var type: EntityType
    /// Every form of its name the articles use, with how many articles' entities use it, most
    /// frequent first ("Donald Trump" 702, "Donald J. Trump" 68, "Trump" 45).
    public var forms: [(name: String, count: Int)]
    /// How many articles name it.
    public var articles: Int
    /// How many times the articles refer to it.
    public var mentions: Int
    /// Whether a bare one-word name was joined to it because it is that word's dominant bearer
    /// in the corpus (see `IdentityTable.dominance`).
    public var absorbedBareNames: Bool
}

/// The corpus-wide identities and which identity each article's entity belongs to.
///
/// People are recognised by the key of their name (`NameKey`): first and last name, so that
/// "Donald J. Trump" and "Donald Trump" are one person while Eric Trump stays apart. An
/// article that names someone only by one word ("Trump", because the article never gives the
/// full name) joins the person of that surname who dominates the corpus (named in at least
/// `dominance` times as many articles as any other); otherwise the bare name stays an identity
/// of its own, never silently merged. Organisations and places are recognised by their whole
/// name and by acronyms and variants the articles give them.
public struct IdentityTable: Sendable {
    /// How many times more articles must name the dominant bearer of a surname than any other
    /// bearer for a bare surname to join it.
    public static let dominance = 3

    /// The identities, in order of first appearance.
    public internal(set) var identities: [Identity] = []
    /// For each article (by its index in the corpus), the identity of each of its entities.
    public internal(set) var byEntity: [[Int32]] = []

    /// An empty table.
    public init() {}

    /// The identity of entity `entity` of article `article`.
    public func identity(article: Int, entity: Int) -> Int { Int(byEntity[article][entity]) }

    /// Builds the identities of a corpus's articles, in corpus order.
    public init(articles: [Article]) {
        self.init(articles: articles, describing: nil)
    }

    /// The identities of the speakers of one article's quotes, as `init(articles: [article])`
    /// decides and describes them; the article's other entities have no identity here (-1 in
    /// `byEntity`). A stream that reads only the speakers of each article on its own (`nq export
    /// quotes`) does without describing the rest: naming each identity (its forms sorted, its id
    /// made) is a good part of the work.
    public init(speakersOf article: Article) {
        var wanted = [Bool](repeating: false, count: article.entities.count)
        for quote in article.quotes {
            if let entity = quote.speakerEntity, wanted.indices.contains(entity) { wanted[entity] = true }
        }
        // Only the entities a speaker's identity can depend on are gathered: those that share a
        // word of their name with it, or with another so gathered.
        var builder = Builder(entityCount: article.entities.count, articleCount: 1)
        builder.collect(article, only: Self.entities(relatedTo: wanted, in: article))
        self = builder.build([article], describing: [wanted])
    }

    /// Builds the identities of `articles`; when `wanted` is given (for each article, whether each
    /// entity's identity is wanted), only the identities of wanted entities are described.
    init(articles: [Article], describing wanted: [[Bool]]?) {
        var builder = Builder(entityCount: articles.reduce(0) { $0 + $1.entities.count }, articleCount: articles.count)
        for article in articles { builder.collect(article) }
        self = builder.build(articles, describing: wanted)
    }
}

/// A name with the type of the entity it names, as a dictionary key.
private struct NameOfType: Hashable {
    var name: String
    var type: EntityType
}

extension String {
    /// Whether a key has a space, read from its bytes (not Foundation's substring search).
    fileprivate var hasSpace: Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: " ")) } ?? utf8.contains(UInt8(ascii: " "))
    }

    /// The words of a key between spaces, as `split(separator: " ")` gives them; an ASCII key is
    /// split on its bytes, without reading it character by character.
    fileprivate var keyWords: [Substring] {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ") }
        return utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
    }

    /// Whether a name is ASCII with fewer than two spaces and commas, so that `NameKey.words`
    /// (which parts words only at those in ASCII) finds at most two words in it.
    fileprivate var hasFewerThanThreeASCIIWords: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            var separators = 0
            for byte in bytes {
                guard byte < 0x80 else { return false }
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") { separators += 1 }
            }
            return separators < 2
        } ?? false
    }

    /// The words of a key of exactly two `keyWords`, nil for any other key; an ASCII key is read
    /// from its bytes without splitting it.
    fileprivate var twoKeyWords: (first: Substring, last: Substring)? {
        let reading = utf8.withContiguousStorageIfAvailable { bytes -> TwoWords in
            let space = UInt8(ascii: " ")
            // The words found so far, at most two, with no array for them.
            var first = 0..<0
            var second = 0..<0
            var count = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard byte < 0x80 else { return .beyondASCII }
                guard byte != space else {
                    index += 1
                    continue
                }
                let start = index
                while index < bytes.count, bytes[index] != space {
                    guard bytes[index] < 0x80 else { return .beyondASCII }
                    index += 1
                }
                guard count < 2 else { return .other }
                count += 1
                if count == 1 {
                    first = start..<index
                } else {
                    second = start..<index
                }
            }
            return count == 2 ? .two(first, second) : .other
        }
        func word(_ range: Range<Int>) -> Substring {
            self[
                utf8.index(startIndex, offsetBy: range.lowerBound)..<utf8.index(startIndex, offsetBy: range.upperBound)]
        }
        switch reading {
        case .two(let first, let last): return (word(first), word(last))
        case .other: return nil
        case .beyondASCII, nil:
            let words = keyWords
            return words.count == 2 ? (words[0], words[1]) : nil
        }
    }

    /// The last of `keyWords`, found from the end of an ASCII key without splitting it.
    fileprivate var lastKeyWord: Substring? {
        // The word's byte offsets, or nil when the key is not ASCII.
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Range<Int>?? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let space = UInt8(ascii: " ")
            var end = bytes.count
            while end > 0, bytes[end - 1] == space { end -= 1 }
            guard end > 0 else { return .some(nil) }
            var start = end
            while start > 0, bytes[start - 1] != space { start -= 1 }
            return start..<end
        }
        guard let found, let ascii = found else { return split(separator: " ").last }
        guard let range = ascii else { return nil }
        return self[
            utf8.index(startIndex, offsetBy: range.lowerBound)..<utf8.index(startIndex, offsetBy: range.upperBound)]
    }
}

/// What the bytes of a key say of its words (`String.twoKeyWords`).
private enum TwoWords {
    /// Two words, at these byte offsets.
    case two(Range<Int>, Range<Int>)
    /// Some other number of words.
    case other
    /// A byte beyond ASCII: the key is to be read character by character.
    case beyondASCII
}

/// The last word of full names with their type, by which a bare name finds its bearers.
private struct Surname: Equatable {
    var type: EntityType
    var word: Substring

    /// The hash it is filed under in `HashedPositions`.
    var hash: UInt64 { HashedPositions.hash(word, tag: type.hashTag) }
}

/// What a pending identity is found by: a key of several words alone, a one-word key with its
/// type.
private struct PendingKey {
    var key: String
    var type: EntityType?
    /// The hash `Builder.byKey` files it under: of the key, and of the type when there is one.
    var hash: UInt64

    init(_ key: String, _ type: EntityType) {
        self.key = key
        self.type = key.hasSpace ? nil : type
        hash = HashedPositions.hash(key, tag: self.type?.hashTag ?? 0)
    }
}

extension EntityType {
    /// A number of the type, nonzero, to mix into the hash of a name of that type.
    fileprivate var hashTag: UInt64 {
        switch self {
        case .person: 1
        case .organization: 2
        case .place: 3
        }
    }
}

/// How many entities of each type, one count per type.
struct TypeCounts {
    private var person = 0
    private var organization = 0
    private var place = 0

    subscript(type: EntityType) -> Int {
        switch type {
        case .person: person
        case .organization: organization
        case .place: place
        }
    }

    /// The type with the most entities, the first of `EntityType.allCases` on a tie (people
    /// first), read from the three counts without an array of the cases.
    var majority: EntityType {
        var best = EntityType.person
        if organization > person { best = .organization }
        if place > self[best] { best = .place }
        return best
    }

    mutating func add(_ type: EntityType, _ count: Int) {
        switch type {
        case .person: person += count
        case .organization: organization += count
        case .place: place += count
        }
    }
}

/// Gathers names and counts, then decides the identities.
private struct Builder {
    /// One identity being gathered, by its key.
    struct Pending {
        var type: EntityType
        var key: String
        /// Whether the key has a space (a name of several words), read once.
        var isFullName: Bool
        /// The last word of a full name's key (`String.lastKeyWord`), read once; nil for a name
        /// of one word.
        var lastWord: Substring?
        /// Every form of its name with how many entities use it, in the order first met: an
        /// identity has a few, found sooner by comparing them than by hashing the name.
        var forms = FormCounts()
        /// How many entities of each type joined it, to settle its type by majority (by the
        /// type's place in `EntityType.allCases`: three counts, not a dictionary to hash into).
        var types = TypeCounts()
        var articles = 0
        var mentions = 0
        var absorbed = false

        /// Counts `count` more uses of the form `name`.
        mutating func addForm(_ name: String, _ count: Int) { forms.add(name, count) }
    }

    /// Up to how many people's surnames are compared one by one rather than hashed.
    static var fewSurnames: Int { 32 }

    var pending: [Pending] = []
    /// Pending identities by type and key (`PendingKey`).
    var byKey: HashedPositions
    /// Keys of names already worked out, by type and name (names repeat across articles); only
    /// names beyond ASCII, which take Foundation's folding, are kept.
    var keyCache: [NameOfType: String?] = [:]
    /// For each article, each entity's pending identity (-1 until decided) and bare key.
    var assigned: [[Int]] = []
    var bare: [[(key: String, type: EntityType)?]] = []

    /// A builder with room for `entityCount` entities of `articleCount` articles, so that its
    /// tables are not rehashed as they grow.
    init(entityCount: Int, articleCount: Int) {
        pending.reserveCapacity(entityCount)
        byKey = HashedPositions(capacity: entityCount)
        assigned.reserveCapacity(articleCount)
        bare.reserveCapacity(articleCount)
    }

    mutating func key(_ name: String, _ type: EntityType) -> String? {
        // An ASCII name is keyed from its bytes in less time than a cache is searched.
        if type == .person {
            if let key = NameKey.asciiPerson(name) { return key }
        } else if let key = NameKey.asciiOther(name) {
            return key.isEmpty ? nil : key
        }
        let cacheKey = NameOfType(name: name, type: type)
        if let known = keyCache[cacheKey] { return known }
        let key = NameKey.of(name, type: type)
        keyCache[cacheKey] = key
        return key
    }

    /// The pending identity of a key: a name of several words is one identity whatever type
    /// each article gives it ("Newt Gingrich" a person here, an organisation there); a one-word
    /// name is kept apart by type.
    mutating func pendingIndex(_ type: EntityType, _ key: String) -> Int {
        let lookup = PendingKey(key, type)
        if let index = pendingIndex(lookup) { return index }
        let isFullName = lookup.type == nil
        pending.append(
            Pending(type: type, key: key, isFullName: isFullName, lastWord: isFullName ? key.lastKeyWord : nil))
        byKey.insert(lookup.hash, pending.count - 1)
        return pending.count - 1
    }

    /// The pending identity found by `lookup`, if any.
    func pendingIndex(_ lookup: PendingKey) -> Int? {
        byKey.find(lookup.hash) { index in
            pending[index].key == lookup.key && (lookup.type == nil || pending[index].type == lookup.type)
        }
    }

    /// Records an article's entities: full names join their identity now, bare names later.
    /// Only the entities `only` marks are recorded, when it is given; the others have no identity
    /// (-1).
    mutating func collect(_ article: Article, only: [Bool]? = nil) {
        var ids = [Int](repeating: -1, count: article.entities.count)
        var bareNames = [(key: String, type: EntityType)?](repeating: nil, count: article.entities.count)
        for (index, entity) in article.entities.enumerated() {
            if let only, !only[index] { continue }
            guard let key = key(entity.name, entity.type) else {
                // Nothing of the name is left to key ("ℝ", "Dr. A"): it is an identity of its own,
                // keyed by the name as written, so that every entity has one.
                ids[index] = pendingIndex(entity.type, Self.unkeyed(entity.name))
                add(entity, to: ids[index])
                continue
            }
            if entity.type != .place, !key.hasSpace {
                bareNames[index] = (key, entity.type)
                continue
            }
            var target = pendingIndex(entity.type, key)
            if entity.type != .person {
                // An acronym or variant the article gives ("NATO" for the alliance) names the
                // same organisation in other articles.
                // The aliases read from their joined bytes (U+001F is one byte, and a control
                // character no mark joins), not split into an array of Strings.
                let joined = entity.joinedAliases
                for aliasBytes in joined.isEmpty
                    ? [] : joined.utf8.split(separator: UInt8(ascii: "\u{1F}"), omittingEmptySubsequences: false)
                {
                    let alias = String(Substring(aliasBytes))
                    guard isDistinctive(alias) else { continue }
                    if let aliasKey = self.key(alias, entity.type),
                        let known = pendingIndex(PendingKey(aliasKey, entity.type)),
                        known != target, pending[known].articles > pending[target].articles
                    {
                        target = known
                    }
                }
            }
            add(entity, to: target)
            ids[index] = target
        }
        assigned.append(ids)
        bare.append(bareNames)
    }

    /// The key of a name `NameKey` gives none: the name lower-cased, its words joined by a
    /// separator no key has, so that it matches no other key and bears no surname.
    static func unkeyed(_ name: String) -> String {
        "\u{1F}" + name.lowercased().split(separator: " ").joined(separator: "\u{1F}")
    }

    /// Whether an alias is specific enough to join organisations across articles: an acronym
    /// or a name of several words, not a lone common word ("Commission").
    func isDistinctive(_ alias: String) -> Bool {
        if alias.hasSpace { return true }
        // An ASCII alias is read from its bytes: its upper-case characters are A to Z.
        let ascii = alias.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return bytes.count >= 2
                && bytes.allSatisfy { ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || $0 == UInt8(ascii: ".") }
        }
        if let ascii, let distinctive = ascii { return distinctive }
        return alias.count >= 2 && alias.allSatisfy { $0.isUppercase || $0 == "." }
    }

    mutating func add(_ entity: Entity, to target: Int) {
        pending[target].addForm(entity.name, 1)
        pending[target].types.add(entity.type, 1)
        pending[target].articles += 1
        pending[target].mentions += entity.mentionCount
    }

    /// Joins a person keyed by a middle name and surname ("Tayyip Erdogan", "Lula da Silva") to
    /// the one person whose fuller name has that middle name ("Recep Tayyip Erdogan", "Luiz
    /// Inácio Lula da Silva"); returns, for each pending identity, the one it now belongs to.
    mutating func joinMiddleNames() -> [Int] {
        var owner = Array(pending.indices)
        // Each person's surname with its hash (and whether it is ASCII); whether one is borne
        // twice is found by hashing each once.
        var surnames: [(index: Int, word: Substring, hash: UInt64, isASCII: Bool)] = []
        surnames.reserveCapacity(pending.count)
        // The few people of one article are compared hash by hash, without a table.
        let few = pending.count <= Self.fewSurnames
        var seen = few ? nil : HashedPositions(capacity: pending.count)
        var shared = false
        for index in pending.indices where pending[index].isFullName && pending[index].types.majority == .person {
            guard let last = pending[index].lastWord else { continue }
            let hash = HashedPositions.hash(last)
            surnames.append((index, last, hash, last.utf8.allSatisfy { $0 < 0x80 }))
            guard !shared else { continue }
            if few {
                shared = surnames.dropLast().contains { $0.hash == hash && $0.word == last }
            } else if seen?.find(hash, { surnames[$0].word == last }) != nil {
                shared = true
            } else {
                seen?.insert(hash, surnames.count - 1)
            }
        }
        // A person joins only a namesake: with no surname borne twice, nobody does.
        guard shared else { return owner }
        // The bearers of each surname: the few people of one article are compared with it one by
        // one, the many of a corpus found by hashing it.
        var bySurname: [Substring: [Int]] = [:]
        let hashesSurnames = surnames.count > Self.fewSurnames
        if hashesSurnames {
            bySurname.reserveCapacity(surnames.count)
            for surname in surnames { bySurname[surname.word, default: []].append(surname.index) }
        }
        // Whether two people (by their place in `surnames`) bear one surname: ASCII surnames of
        // different hashes differ, and only others are compared character by character.
        func sameSurname(_ one: Int, _ other: Int) -> Bool {
            guard surnames[one].hash == surnames[other].hash else {
                return !(surnames[one].isASCII && surnames[other].isASCII) && surnames[one].word == surnames[other].word
            }
            return surnames[one].word == surnames[other].word
        }
        // Each person's middle names, from all forms of the name as collected (before any join
        // adds to them), read once and only for the people a namesake is compared with.
        var middles = [Set<String>?](repeating: nil, count: pending.count)
        func middleNames(_ index: Int) -> Set<String> {
            if let known = middles[index] { return known }
            let words = middleWords(index)
            middles[index] = words
            return words
        }
        // The people in order (those with a surname: a name of two words has one).
        for position in surnames.indices {
            let index = surnames[position].index
            guard let key = pending[index].key.twoKeyWords else { continue }
            let middle = String(key.first)
            // Named in as many articles at least: not "Chief of Staff Huma Abedin" for Huma Abedin.
            // Every namesake is read (its middle names kept as they are now), the first counted.
            var fuller = -1
            var fullerCount = 0
            func consider(_ other: Int) {
                guard other != index, pending[other].articles >= pending[index].articles,
                    middleNames(other).contains(middle)
                else { return }
                if fullerCount == 0 { fuller = other }
                fullerCount += 1
            }
            if hashesSurnames {
                for other in bySurname[key.last] ?? [] { consider(other) }
            } else {
                for other in surnames.indices where sameSurname(other, position) { consider(surnames[other].index) }
            }
            guard fullerCount == 1 else { continue }
            var target = fuller
            while owner[target] != target { target = owner[target] }
            guard target != index else { continue }
            owner[index] = target
            // The middle names a person had before others joined it stay the ones it is known by.
            _ = middleNames(target)
            let joined = pending[index]
            joined.forms.forEach { pending[target].addForm($0, $1) }
            for type in EntityType.allCases { pending[target].types.add(type, joined.types[type]) }
            pending[target].articles += joined.articles
            pending[target].mentions += joined.mentions
        }
        for index in owner.indices {
            var root = owner[index]
            while owner[root] != root { root = owner[root] }
            owner[index] = root
        }
        return owner
    }

    /// The people with three or more words to their name, by each middle word ("lula" of
    /// "Luiz Inácio Lula da Silva"), among the identities `owner` keeps.
    func middleNameBearers(owner: [Int]) -> [String: [Int]] {
        var found: [String: [Int]] = [:]
        for index in pending.indices
        where index < owner.count && owner[index] == index && pending[index].isFullName
            && pending[index].types.majority == .person
        {
            for word in middleWords(index) { found[word, default: []].append(index) }
        }
        return found
    }

    /// The middle words of every form of pending identity `index`'s name ("inácio", "lula" of
    /// "Luiz Inácio Lula da Silva"), from forms of three or more words.
    func middleWords(_ index: Int) -> Set<String> {
        var words = Set<String>()
        pending[index].forms.forEach { name, _ in
            guard !name.hasFewerThanThreeASCIIWords, !NameKey.keepsFewerThanThreeASCIIPersonWords(name) else { return }
            let kept = NameKey.personWords(name)
            if kept.count >= 3 { words.formUnion(kept.dropFirst().dropLast()) }
        }
        return words
    }

    /// In how many articles each bare person's name stands.
    func bareNameArticles() -> [String: Int] {
        var counts: [String: Int] = [:]
        for names in bare {
            for key in Set(names.compactMap({ $0?.type == .person ? $0?.key : nil })) { counts[key, default: 0] += 1 }
        }
        return counts
    }

    /// Decides the bare names and builds the table, describing only the identities of the
    /// entities `wanted` marks when it is given.
    mutating func build(_ articles: [Article], describing wanted: [[Bool]]?) -> IdentityTable {
        var owner = joinMiddleNames()
        // The bearers of each surname among full names, by how many articles name them.
        // Each surname once, found by its hash, with its first and last bearer; each bearer with
        // the next of its surname: no array per surname. Only bare names read them.
        let hasBareNames = bare.contains { names in names.contains { $0 != nil } }
        var surnames: [Surname] = []
        var firstBearer: [Int] = []
        var lastBearer: [Int] = []
        if hasBareNames {
            surnames.reserveCapacity(pending.count)
            firstBearer.reserveCapacity(pending.count)
            lastBearer.reserveCapacity(pending.count)
        }
        var nextBearer = [Int](repeating: -1, count: pending.count)
        var bySurname = HashedPositions(capacity: pending.count)
        for index in pending.indices where hasBareNames && pending[index].isFullName && owner[index] == index {
            let type = pending[index].types.majority
            guard type != .place, let last = pending[index].lastWord else { continue }
            let surname = Surname(type: type, word: last)
            let hash = surname.hash
            if let known = bySurname.find(hash, { surnames[$0] == surname }) {
                nextBearer[lastBearer[known]] = index
                lastBearer[known] = index
            } else {
                surnames.append(surname)
                firstBearer.append(index)
                lastBearer.append(index)
                bySurname.insert(hash, surnames.count - 1)
            }
        }
        // The candidates of one bare name at a time, in one array.
        var candidates: [Int] = []
        if hasBareNames { candidates.reserveCapacity(8) }
        // People known by a middle name ("Lula" of "Luiz Inácio Lula da Silva"), by that name:
        // read only when a bare person's name is nobody's surname.
        var middleBearers: [String: [Int]]?
        var bareArticles: [String: Int] = [:]
        for (articleIndex, article) in articles.enumerated() {
            for (entityIndex, name) in bare[articleIndex].enumerated() {
                guard let name else { continue }
                candidates.removeAll(keepingCapacity: true)
                let surname = Surname(type: name.type, word: Substring(name.key))
                if let known = bySurname.find(surname.hash, { surnames[$0] == surname }) {
                    var bearer = firstBearer[known]
                    while bearer >= 0 {
                        candidates.append(bearer)
                        bearer = nextBearer[bearer]
                    }
                }
                if candidates.isEmpty, name.type == .person {
                    if middleBearers == nil {
                        middleBearers = middleNameBearers(owner: owner)
                        // A single article names each of its bare names in one article.
                        if articles.count > 1 { bareArticles = bareNameArticles() }
                    }
                    // Only a fuller name named in as many articles as the bare one: "Francis",
                    // Pope Francis in many articles, is not James Francis McIntyre named in one.
                    let bareCount = articles.count > 1 ? bareArticles[name.key] ?? 0 : 1
                    for bearer in middleBearers?[name.key] ?? [] where pending[bearer].articles >= bareCount {
                        candidates.append(bearer)
                    }
                }
                candidates.sort { pending[$0].articles > pending[$1].articles }
                var target: Int
                if let first = candidates.first,
                    candidates.count == 1
                        || pending[first].articles >= IdentityTable.dominance * pending[candidates[1]].articles
                {
                    target = first
                    pending[target].absorbed = true
                } else {
                    target = pendingIndex(name.type, name.key)
                }
                add(article.entities[entityIndex], to: target)
                assigned[articleIndex][entityIndex] = target
            }
        }
        // Identities joined to another are left out, and the others (bare names' included)
        // numbered in order.
        owner += owner.count..<pending.count
        var described = [Bool](repeating: wanted == nil, count: pending.count)
        if let wanted {
            for (articleIndex, entities) in wanted.enumerated() {
                for (entityIndex, isWanted) in entities.enumerated() where isWanted {
                    described[owner[assigned[articleIndex][entityIndex]]] = true
                }
            }
        }
        var number = [Int](repeating: -1, count: pending.count)
        var kept: [Pending] = []
        for index in pending.indices where owner[index] == index && described[index] {
            number[index] = kept.count
            kept.append(pending[index])
        }
        var table = IdentityTable()
        table.byEntity = assigned.map { $0.map { $0 < 0 ? -1 : Int32(number[owner[$0]]) } }
        table.identities.reserveCapacity(kept.count)
        for pendingIdentity in kept {
            var identity = pendingIdentity
            identity.type = identity.types.majority
            let forms = identity.forms.all.sorted {
                $0.count != $1.count
                    ? $0.count > $1.count
                    : $0.name.count != $1.name.count ? $0.name.count < $1.name.count : $0.name < $1.name
            }
            // The display name is the most frequent full form of the identity's own key (not of a
            // name joined by its middle name); a bare surname only when no full form exists.
            var full: (name: String, count: Int)? = nil
            for form in forms
            where identity.type != .person || form.name.hasSpace && key(form.name, .person) == identity.key {
                full = form
                break
            }
            full = full ?? forms.first { $0.name.hasSpace } ?? forms.first
            table.identities.append(
                Identity(
                    id: NameKey.identifier(identity.key, type: identity.type), name: full?.name ?? identity.key,
                    type: identity.type, forms: forms, articles: identity.articles,
                    mentions: identity.mentions, absorbedBareNames: identity.absorbed))
        }
        return table
    }
}

/// The forms of a pending identity's name with how many entities use each, in the order first
/// met. Most identities have one form: it is kept apart from the others, so that it takes no
/// array of its own.
private struct FormCounts {
    private var first: (name: String, count: Int)?
    private var others: [(name: String, count: Int)] = []

    /// Every form with its count, in the order first met.
    var all: [(name: String, count: Int)] {
        guard let first else { return [] }
        var forms = [first]
        forms.reserveCapacity(1 + others.count)
        forms += others
        return forms
    }

    /// Counts `count` more uses of the form `name`.
    mutating func add(_ name: String, _ count: Int) {
        guard let known = first else {
            first = (name, count)
            return
        }
        if known.name == name {
            first = (known.name, known.count + count)
        } else if let index = others.firstIndex(where: { $0.name == name }) {
            others[index].count += count
        } else {
            others.append((name, count))
        }
    }

    /// Hands `body` every form and its count, in the order first met.
    func forEach(_ body: (_ name: String, _ count: Int) -> Void) {
        guard let first else { return }
        body(first.name, first.count)
        for form in others { body(form.name, form.count) }
    }
}
