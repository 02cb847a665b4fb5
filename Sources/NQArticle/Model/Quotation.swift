import NQSource

/// A direct quotation and, where the article says, who said it and how.
public struct Quotation: Sendable {
    /// The quoted words, without the quotation marks.
    public var span: SourceSpan
    /// The 1-based number of the paragraph holding the opening mark.
    public var paragraph: Int {
        get { Int(_paragraph) }
        set { _paragraph = Int32(truncatingIfNeeded: newValue) }
    }
    private var _paragraph: Int32 = 0
    /// The 1-based number of the sentence holding the opening mark.
    public var sentence: Int {
        get { Int(_sentence) }
        set { _sentence = Int32(truncatingIfNeeded: newValue) }
    }
    private var _sentence: Int32 = 0
    /// The mention the attribution rests on (next to the cue; may be a pronoun).
    @PackedSpan public var speakerMention: SourceSpan? = nil
    /// The name mention a pronoun or description in `speakerMention` resolves to, when it was
    /// resolved (`he` → the earlier `Rutte`); nil when `speakerMention` is itself a name.
    @PackedSpan public var antecedent: SourceSpan? = nil
    /// The speaker's canonical name ("Mark Rutte"), when known.
    public var speaker: String? {
        get { Interned.optionalString(_speaker) }
        set { _speaker = Interned.optionalNumber(of: newValue) }
    }
    /// The speaker's number in `Interned.strings`, plus one (0: none): speakers repeat.
    private var _speaker: UInt32 = 0
    /// The index of the speaker in `Article.entities`, when it is a known entity.
    public var speakerEntity: Int? {
        get { _speakerEntity < 0 ? nil : Int(_speakerEntity) }
        set { _speakerEntity = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    }
    private var _speakerEntity: Int32 = -1
    /// The cue word or phrase (said, told, according to).
    @PackedSpan public var cue: SourceSpan? = nil
    /// The person or organisation addressed ("told Trump"), as written.
    @PackedSpan public var addressee: SourceSpan? = nil
    /// The rule that found the speaker (nil for a quote made by hand).
    public var rule: AttributionRule?
    /// How the mention was resolved to the speaker, for `explain` (its words are made from the
    /// spans only when asked, by `Article.resolution(of:)`, so a corpus stores no text for it).
    public var resolution: Resolution?
    /// How far the speaker can be trusted, from 0 (no speaker) to 1: the attribution rule's
    /// strength times how sure the resolution of its mention is, in hundredths.
    public var confidence: Double {
        get { Double(_confidence) / 100 }
        set { _confidence = UInt8(max(0, min(100, (newValue * 100).rounded()))) }
    }
    private var _confidence: UInt8 = 0

    /// The stored form of a missing span: no text offset is negative. The four optional spans
    /// are stored as plain spans (8 bytes each rather than 12 with alignment), and the speaker
    /// as a number, so that a quote takes 60 bytes rather than 88.
    /// Creates a quotation.
    public init(
        span: SourceSpan, paragraph: Int, sentence: Int, speakerMention: SourceSpan? = nil,
        speaker: String? = nil, speakerEntity: Int? = nil, cue: SourceSpan? = nil,
        addressee: SourceSpan? = nil, rule: AttributionRule? = nil, resolution: Resolution? = nil
    ) {
        self.span = span
        self._paragraph = Int32(truncatingIfNeeded: paragraph)
        self._sentence = Int32(truncatingIfNeeded: sentence)
        self.speakerMention = speakerMention
        self.speaker = speaker
        self._speakerEntity = speakerEntity.map { Int32(truncatingIfNeeded: $0) } ?? -1
        self.cue = cue
        self.addressee = addressee
        self.rule = rule
        self.resolution = resolution
    }
}

/// How a quote's speaker mention was resolved to the speaker.
public enum Resolution: UInt8, Sendable {
    /// The mention is a name; the speaker is that name or the fullest earlier name sharing its surname.
    case name
    /// A pronoun, resolved to the most salient earlier mention that agrees with it (`antecedent`).
    case pronoun
    /// A pronoun with nothing named before it that it can stand for: no speaker.
    case unresolvedPronoun
    /// A description that names someone (`antecedent`).
    case namedDescription
    /// A description, taken as the speaker as written (no entity).
    case description
    /// A description that stands for an entity named earlier: a title ("the president"), an
    /// organisation's head noun ("the department"), a person noun ("the 59-year-old").
    case describedEntity
    /// The mention stands inside the quote's own words: no speaker.
    case insideQuote
    /// The mention is a description of no one who can speak ("the issue"): no speaker.
    case noSpeaker
    /// The words are written, not said ("A sign on the door read: “Closed”"): no speaker.
    case writing

    /// The resolution's name as a query shows it ("pronoun", "described-entity").
    public var label: String {
        switch self {
        case .name: "name"
        case .pronoun: "pronoun"
        case .unresolvedPronoun: "unresolved-pronoun"
        case .namedDescription: "named-description"
        case .description: "description"
        case .describedEntity: "described-entity"
        case .insideQuote: "inside-quote"
        case .noSpeaker: "no-speaker"
        case .writing: "writing"
        }
    }
}

/// An optional span kept in the eight bytes of a span, a negative start standing for nil (an
/// optional span takes twelve, sixteen with padding): a quotation's four optional spans cost no
/// more than four spans.
@propertyWrapper
public struct PackedSpan: Sendable {
    private var span: SourceSpan

    /// Stores `wrappedValue`.
    public init(wrappedValue: SourceSpan?) {
        span = wrappedValue ?? Self.none
    }

    /// The span, or nil.
    public var wrappedValue: SourceSpan? {
        @inline(__always) get { span.start < 0 ? nil : span }
        @inline(__always) set { span = newValue ?? Self.none }
    }

    private static let none = SourceSpan(start: -1, end: -1)
}
