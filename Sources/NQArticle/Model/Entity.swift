/// The kind of a named thing.
public enum EntityType: String, Sendable, CaseIterable {
    case person, organization, place
}

/// A person, organisation or place of one article, with every name it goes by.
public struct Entity: Sendable {
    /// The full canonical name ("Mark Rutte").
    public var name: String
    /// Its other names in the article ("Rutte", "NATO Secretary-General Mark Rutte").
    public var aliases: [String] {
        get {
            joinedAliases.isEmpty
                ? []
                : joinedAliases.split(separator: Self.aliasSeparator, omittingEmptySubsequences: false).map(String.init)
        }
        set { joinedAliases = newValue.joined(separator: String(Self.aliasSeparator)) }
    }
    /// The aliases as they are stored: one string, separated by U+001F, which no article
    /// writes. One string per entity instead of an array of strings keeps a corpus small.
    public var joinedAliases: String
    /// The separator of `joinedAliases`.
    public static let aliasSeparator: Character = "\u{1F}"
    /// Its title or role, where the article states it ("Secretary-General").
    public var title: String? {
        get {
            guard _details.has & Details.title != 0 else { return nil }
            guard _details.has & Details.affiliation != 0 else { return details }
            return String(details.utf8.prefix(titleLength))!
        }
        set { setDetails(title: newValue, affiliation: affiliation) }
    }
    /// The organisation or place it belongs to, where stated ("NATO").
    public var affiliation: String? {
        get {
            guard _details.has & Details.affiliation != 0 else { return nil }
            guard _details.has & Details.title != 0 else { return details }
            let title = titleLength
            let start = _details.titleLength == Details.longTitle ? title + 1 : title
            return String(details.utf8.dropFirst(start))!
        }
        set { setDetails(title: title, affiliation: newValue) }
    }
    /// How many times the article refers to it.
    public var mentionCount: Int {
        get { Int(_mentionCount) }
        set { _mentionCount = Int32(truncatingIfNeeded: newValue) }
    }
    /// The title and the affiliation in one string (most entities have neither, few both):
    /// the title, else the affiliation, else both one after the other, with the title's length
    /// in `_details`. Together with the narrow fields after it, an entity takes 56 bytes
    /// rather than 80 with two optional strings.
    private var details = ""
    private var _mentionCount: Int32 = 0
    private var _details = Details()
    /// What kind of thing it is.
    public var type: EntityType

    /// Which of the title and the affiliation `details` holds, and where the title ends.
    private struct Details: Sendable {
        static let title: UInt8 = 1
        static let affiliation: UInt8 = 2
        /// The title's length when it is too long for the field: the title then ends at the
        /// first U+001F of `details` (after it comes the affiliation).
        static let longTitle = UInt16.max
        var titleLength: UInt16 = 0
        var has: UInt8 = 0
    }

    /// The UTF-8 length of the title when `details` holds both.
    private var titleLength: Int {
        guard _details.titleLength == Details.longTitle else { return Int(_details.titleLength) }
        return details.utf8.firstIndex(of: 0x1F).map { details.utf8.distance(from: details.utf8.startIndex, to: $0) }
            ?? details.utf8.count
    }

    private mutating func setDetails(title: String?, affiliation: String?) {
        _details = Details()
        switch (title, affiliation) {
        case (nil, nil): details = ""
        case (let title?, nil):
            details = title
            _details.has = Details.title
        case (nil, let affiliation?):
            details = affiliation
            _details.has = Details.affiliation
        case (let title?, let affiliation?):
            _details.has = Details.title | Details.affiliation
            if title.utf8.count < Int(Details.longTitle) {
                details = title + affiliation
                _details.titleLength = UInt16(title.utf8.count)
            } else {
                details = title + "\u{1F}" + affiliation
                _details.titleLength = Details.longTitle
            }
        }
    }

    /// Replaces the stored strings with equal ones from `shared` (a corpus's single copies).
    public mutating func shareStrings(_ shared: (String) -> String) {
        name = shared(name)
        joinedAliases = shared(joinedAliases)
        details = shared(details)
    }

    /// Creates an entity.
    public init(
        name: String, type: EntityType, aliases: [String] = [], title: String? = nil,
        affiliation: String? = nil, mentionCount: Int = 0
    ) {
        self.name = name
        self.type = type
        self.joinedAliases = aliases.joined(separator: String(Self.aliasSeparator))
        self._mentionCount = Int32(truncatingIfNeeded: mentionCount)
        setDetails(title: title, affiliation: affiliation)
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
