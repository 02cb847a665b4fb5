/// The kind of a named thing.
public enum EntityType: String, Sendable, CaseIterable {
    case person, organization, place
}

/// A person, organisation or place of one article, with every name it goes by.
///
/// Its strings are kept once for the whole process (`Interned`) and the entity holds their
/// numbers: names repeat across the articles of a corpus, and an entity takes 12 bytes rather
/// than 40 with two strings of its own.
public struct Entity: Sendable {
    /// The full canonical name ("Mark Rutte").
    public var name: String {
        get { Interned.strings[_name] }
        set { _name = Interned.number(of: newValue) }
    }
    private var _name: UInt32 = 0
    /// Its other names in the article ("Rutte", "NATO Secretary-General Mark Rutte").
    public var aliases: [String] {
        get {
            let joined = joinedAliases
            return joined.isEmpty
                ? [] : joined.split(separator: Self.aliasSeparator, omittingEmptySubsequences: false).map(String.init)
        }
        set { joinedAliases = Self.joined(newValue) }
    }
    /// The aliases in one string, separated by U+001F, which no article writes. One string per
    /// entity instead of an array of strings keeps a corpus small.
    public var joinedAliases: String {
        get {
            guard _packed & Packed.hasDetails != 0 else { return extras }
            return Self.slice(extras, 0, aliasesEnd)
        }
        set { setExtras(aliases: newValue, details: details) }
    }
    /// Whether it has aliases (`!joinedAliases.isEmpty`), told on the length of its aliases
    /// without making their string.
    public var hasAliases: Bool { _extras != 0 && Self.extrasTable[_extras].aliasesLength != 0 }
    /// The separator of `joinedAliases`.
    public static let aliasSeparator: Character = "\u{1F}"

    /// Aliases joined with the separator: a single alias (as most entities have) is itself.
    private static func joined(_ aliases: [String]) -> String {
        aliases.count == 1 ? aliases[0] : aliases.joined(separator: String(aliasSeparator))
    }
    /// Its title or role, where the article states it ("Secretary-General").
    public var title: String? {
        get {
            guard _packed & Packed.title != 0 else { return nil }
            let details = details
            guard _packed & Packed.affiliation != 0 else { return details }
            return Self.slice(details, 0, titleLength(in: details))
        }
        set { setDetails(title: newValue, affiliation: affiliation) }
    }
    /// The organisation or place it belongs to, where stated ("NATO").
    public var affiliation: String? {
        get {
            guard _packed & Packed.affiliation != 0 else { return nil }
            let details = details
            guard _packed & Packed.title != 0 else { return details }
            let title = titleLength(in: details)
            let start = _titleLength == Self.longLength ? title + 1 : title
            return Self.slice(details, start, details.utf8.count)
        }
        set { setDetails(title: title, affiliation: newValue) }
    }
    /// Whether it has a title or an affiliation (`title != nil || affiliation != nil`), read on
    /// its flags without making either string.
    public var hasTitleOrAffiliation: Bool { _packed & Packed.hasDetails != 0 }
    /// How many times the article refers to it (at most 2^28 - 1).
    public var mentionCount: Int {
        get { Int(_packed & Packed.countMask) }
        set {
            let count = UInt32(max(0, min(newValue, Int(Packed.countMask))))
            _packed = _packed & ~Packed.countMask | count
        }
    }
    /// What kind of thing it is.
    public var type: EntityType {
        get {
            switch (_packed & Packed.typeMask) >> Packed.typeShift {
            case 1: .organization
            case 2: .place
            default: .person
            }
        }
        set {
            let code: UInt32
            switch newValue {
            case .person: code = 0
            case .organization: code = 1
            case .place: code = 2
            }
            _packed = _packed & ~Packed.typeMask | code << Packed.typeShift
        }
    }

    /// The number of its `Extras` in `Entity.extrasTable` (0: none).
    private var _extras: UInt32 = 0
    /// The mention count (low 28 bits), the type (2 bits) and whether there is a title and an
    /// affiliation (a bit each).
    private var _packed: UInt32 = 0

    /// The aliases, then the title and the affiliation (most entities have neither, few both):
    /// the title, else the affiliation, else both one after the other; with the lengths that
    /// tell them apart. Kept once for the process, like the names.
    struct Extras: Hashable {
        var text = ""
        /// The UTF-8 length of the aliases in `text`, or `longLength`: the aliases then end at
        /// the first U+001E of `text`.
        var aliasesLength: UInt16 = 0
        /// The UTF-8 length of the title when there is an affiliation as well, or `longLength`:
        /// the title then ends at the first U+001F of the details (after it comes the affiliation).
        var titleLength: UInt16 = 0
    }

    /// Every entity's extras: number 0 is none. Filed under `NameHashTable`'s hash of the text
    /// (which equal texts share) mixed with the lengths, not through `Hasher`.
    static let extrasTable: InternTable<Extras> = {
        let table = InternTable<Extras>(hash: { extras in
            Int(truncatingIfNeeded: NameHashTable<Int>.hash(extras.text)) &+ Int(extras.aliasesLength) &* 31
                &+ Int(extras.titleLength)
        })
        _ = table.number(of: Extras())
        return table
    }()

    private var extrasRecord: Extras {
        get { _extras == 0 ? Extras() : Self.extrasTable[_extras] }
        set { _extras = newValue == Extras() ? 0 : Self.extrasTable.number(of: newValue) }
    }
    private var extras: String { extrasRecord.text }
    private var _aliasesLength: UInt16 { extrasRecord.aliasesLength }
    private var _titleLength: UInt16 { extrasRecord.titleLength }

    /// The bits of `_packed`.
    private enum Packed {
        static let countMask: UInt32 = (1 << 28) - 1
        static let typeShift: UInt32 = 28
        static let typeMask: UInt32 = 3 << 28
        static let title: UInt32 = 1 << 30
        static let affiliation: UInt32 = 1 << 31
        static let hasDetails: UInt32 = title | affiliation
    }

    /// A length too long for a 16-bit field.
    private static let longLength = UInt16.max

    /// The UTF-8 offset in `extras` where the aliases end.
    private var aliasesEnd: Int {
        guard _aliasesLength == Self.longLength else { return Int(_aliasesLength) }
        return Self.offset(of: 0x1E, in: extras)
    }

    /// The title and the affiliation, as they are stored after the aliases.
    private var details: String {
        guard _packed & Packed.hasDetails != 0 else { return "" }
        if _aliasesLength == 0 { return extras }
        let end = aliasesEnd
        let count = extras.utf8.count
        // Long aliases are followed by U+001E, unless the details are empty.
        return Self.slice(extras, _aliasesLength == Self.longLength ? min(end + 1, count) : end, count)
    }

    /// The UTF-8 length of the title when `details` holds both.
    private func titleLength(in details: String) -> Int {
        guard _titleLength == Self.longLength else { return Int(_titleLength) }
        return Self.offset(of: 0x1F, in: details)
    }

    /// The UTF-8 offset of the first `byte` in `text`, or its length.
    private static func offset(of byte: UInt8, in text: String) -> Int {
        text.utf8.firstIndex(of: byte).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? text.utf8.count
    }

    /// The part of `text` between two UTF-8 offsets (both at the ends of strings joined into it).
    private static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        if start == 0 && end == text.utf8.count { return text }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return String(utf8[lower..<utf8.index(lower, offsetBy: end - start)])!
    }

    private mutating func setExtras(aliases: String, details: String, titleLength: UInt16) {
        let count = aliases.utf8.count
        var record = Extras(aliasesLength: count < Int(Self.longLength) ? UInt16(count) : Self.longLength)
        record.titleLength = titleLength
        if details.isEmpty {
            record.text = aliases
        } else if aliases.isEmpty {
            record.text = details
        } else {
            record.text = record.aliasesLength == Self.longLength ? aliases + "\u{1E}" + details : aliases + details
        }
        extrasRecord = record
    }

    private mutating func setExtras(aliases: String, details: String) {
        setExtras(aliases: aliases, details: details, titleLength: _titleLength)
    }

    /// Sets its aliases (joined, as `joinedAliases` has them), title and affiliation at once:
    /// its extras are stored once rather than once for each.
    mutating func setExtras(joinedAliases aliases: String, title: String?, affiliation: String?) {
        setDetails(title: title, affiliation: affiliation, aliases: aliases)
    }

    private mutating func setDetails(title: String?, affiliation: String?) {
        setDetails(title: title, affiliation: affiliation, aliases: joinedAliases)
    }

    private mutating func setDetails(title: String?, affiliation: String?, aliases: String) {
        _packed &= ~Packed.hasDetails
        var titleLength: UInt16 = 0
        let details: String
        switch (title, affiliation) {
        case (nil, nil): details = ""
        case (let title?, nil):
            details = title
            _packed |= Packed.title
        case (nil, let affiliation?):
            details = affiliation
            _packed |= Packed.affiliation
        case (let title?, let affiliation?):
            _packed |= Packed.hasDetails
            if title.utf8.count < Int(Self.longLength) {
                details = title + affiliation
                titleLength = UInt16(title.utf8.count)
            } else {
                details = title + "\u{1F}" + affiliation
                titleLength = Self.longLength
            }
        }
        setExtras(aliases: aliases, details: details, titleLength: titleLength)
    }

    /// Creates an entity.
    public init(
        name: String, type: EntityType, aliases: [String] = [], title: String? = nil,
        affiliation: String? = nil, mentionCount: Int = 0
    ) {
        self.name = name
        self.type = type
        self.mentionCount = mentionCount
        // No aliases leave the extras empty, as they start: nothing to join or look up.
        if !aliases.isEmpty { setExtras(aliases: Self.joined(aliases), details: "") }
        if title != nil || affiliation != nil { setDetails(title: title, affiliation: affiliation) }
    }

    /// An entity with no aliases, title or affiliation, named `name` whose `NameHashTable` hash
    /// is `nameHash` (made already by the caller, and not made again to keep the name).
    init(name: String, nameHash: UInt64, type: EntityType) {
        _name = Interned.number(of: name, hash: nameHash)
        self.type = type
    }

    /// Whether `query` is one of its names, ignoring case (the canonical name, an alias,
    /// or one of the canonical name's words such as a surname).
    public func isNamed(_ query: String) -> Bool {
        let lowered = query.lowercased()
        if name.lowercased() == lowered { return true }
        if aliases.contains(where: { $0.lowercased() == lowered }) { return true }
        return name.split(separator: " ").contains { $0.lowercased() == lowered }
    }
}
