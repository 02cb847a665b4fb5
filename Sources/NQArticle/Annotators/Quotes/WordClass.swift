/// The classes a word can belong to for quotation attribution (a word may have several).
public struct WordClass: OptionSet, Sendable, Hashable {
    /// The raw bits.
    public let rawValue: UInt32
    /// Creates a class set from raw bits.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// A verb of speech or writing (said, told, wrote, insisted).
    public static let speech = WordClass(rawValue: 1 << 0)
    /// A speech verb whose object is the person addressed (told, asked, warned).
    public static let addressing = WordClass(rawValue: 1 << 1)
    /// A subject pronoun that can speak (he, she, they, I, we, who).
    public static let pronoun = WordClass(rawValue: 1 << 2)
    /// An object pronoun that can be addressed (him, her, them, me, us).
    public static let objectPronoun = WordClass(rawValue: 1 << 3)
    /// A title written before a name, often abbreviated (Mr, Mrs, Sen, Gov).
    public static let honorific = WordClass(rawValue: 1 << 4)
    /// A word that opens a description (the, a, his).
    public static let determiner = WordClass(rawValue: 1 << 5)
    /// A word that may stand between a subject and its verb (also, later, has).
    public static let adverb = WordClass(rawValue: 1 << 6)
    /// A capitalised word that is no name (The, But, In, Monday).
    public static let notName = WordClass(rawValue: 1 << 7)
    /// A role or office written before a name or used as a description (president, spokesman).
    public static let role = WordClass(rawValue: 1 << 8)
    /// `according` (of "according to").
    public static let according = WordClass(rawValue: 1 << 9)
    /// A word that ends a description going forwards (who, in, on, that).
    public static let clauseBreak = WordClass(rawValue: 1 << 10)
    /// A masculine pronoun (he, him).
    public static let masculine = WordClass(rawValue: 1 << 11)
    /// A feminine pronoun (she, her).
    public static let feminine = WordClass(rawValue: 1 << 12)
    /// A day, month or other time word (Tuesday, March, yesterday, night).
    public static let time = WordClass(rawValue: 1 << 13)
    /// A word opening a time phrase (on, last, this, earlier).
    public static let timePreposition = WordClass(rawValue: 1 << 14)
    /// A conjunction joining verbs (and, but, or).
    public static let conjunction = WordClass(rawValue: 1 << 15)
    /// A plain verb of saying (said, says, told, wrote, added, asked).
    public static let core = WordClass(rawValue: 1 << 16)
    /// A modal or infinitive marker (would, will, to): a cue after it is no attribution.
    public static let modal = WordClass(rawValue: 1 << 17)
    /// A relative pronoun that can stand for a thing that speaks (that, which).
    public static let relative = WordClass(rawValue: 1 << 18)
    /// A quantifier that can stand for speakers (most, many, some, others).
    public static let quantifier = WordClass(rawValue: 1 << 19)
    /// A common verb with an irregular past or present form (went, made, does).
    public static let verb = WordClass(rawValue: 1 << 20)
    /// A verb of reporting by a news source (reports, reported).
    public static let reporting = WordClass(rawValue: 1 << 21)
    /// A word opening a subordinate clause (that, when, after, because): a subject right after
    /// it is not the subject of the sentence.
    public static let subordinator = WordClass(rawValue: 1 << 22)
    /// A title or role noun used only of men (Mr, spokesman).
    public static let masculineTitle = WordClass(rawValue: 1 << 23)
    /// A title or role noun used only of women (Mrs, Ms, spokeswoman).
    public static let feminineTitle = WordClass(rawValue: 1 << 24)
    /// A pronoun that stands for a group or an organisation (they, it, we).
    public static let groupPronoun = WordClass(rawValue: 1 << 25)
    /// A pronoun that opens a relative clause and stands for the name before it (who, which).
    public static let relativePronoun = WordClass(rawValue: 1 << 26)
    /// A head noun of a description that stands for a person (senator, billionaire).
    public static let personHead = WordClass(rawValue: 1 << 27)
    /// A head noun of a description that stands for an organisation (department, firm).
    public static let organizationHead = WordClass(rawValue: 1 << 28)
    /// A noun for someone or something that speaks for another (spokesman, campaign, statement).
    public static let representative = WordClass(rawValue: 1 << 29)
}
