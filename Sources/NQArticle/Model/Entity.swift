/// The kind of a named thing.
public enum EntityType: String, Sendable, CaseIterable {
    case person, organization, place
}

/// A person, organisation or place of one article, with every name it goes by.
public struct Entity: Sendable {
    /// The full canonical name ("Mark Rutte").
    public var name: String
    /// What kind of thing it is.
    public var type: EntityType
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
    public var title: String?
    /// The organisation or place it belongs to, where stated ("NATO").
    public var affiliation: String?
    /// How many times the article refers to it.
    public var mentionCount: Int {
        get { Int(_mentionCount) }
        set { _mentionCount = Int32(truncatingIfNeeded: newValue) }
    }
    private var _mentionCount: Int32 = 0

    /// Creates an entity.
    public init(
        name: String, type: EntityType, aliases: [String] = [], title: String? = nil,
        affiliation: String? = nil, mentionCount: Int = 0
    ) {
        self.name = name
        self.type = type
        self.joinedAliases = aliases.joined(separator: String(Self.aliasSeparator))
        self.title = title
        self.affiliation = affiliation
        self._mentionCount = Int32(truncatingIfNeeded: mentionCount)
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
