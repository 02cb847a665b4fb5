/// What an article lets a reader know of a person's gender, for agreeing pronouns with names.
public enum Gender: UInt8, Sendable {
    /// Nothing in the article tells, or the clues disagree.
    case unknown
    /// Referred to as a man (a man's given name, Mr., he).
    case male
    /// Referred to as a woman (a woman's given name, Mrs., Ms., she).
    case female

    /// The gender two clues agree on: a clue joins an unknown, and two clues that differ cancel.
    func combined(with other: Gender) -> Gender {
        if self == .unknown { return other }
        if other == .unknown || other == self { return self }
        return .unknown
    }

    /// The other gender (`unknown` stays unknown).
    var opposite: Gender {
        switch self {
        case .unknown: .unknown
        case .male: .female
        case .female: .male
        }
    }

    /// Whether a person of this gender can be referred to by a pronoun of gender `pronoun`.
    func agrees(with pronoun: Gender) -> Bool {
        self == .unknown || pronoun == .unknown || self == pronoun
    }
}
