/// Every rule that attributes a quotation, in the order they are tried, with what each one
/// matches and how much a speaker found by it can be trusted.
///
/// The order of the cases is the precedence: the quote's own sentence first (a cue after the
/// quote, then one before it, then a source the report rests on), then the sentences around it,
/// then guesses. `QuotationAnnotator.attribute` tries them in this order (the rules that share
/// another quote's attribution run after it, over all quotes); a new cue pattern is a new case
/// here, a method in `SpeakerAttributor` and a test in `AttributionRuleTests`. The numbers the rules share live in `AttributionLimits`.
public enum AttributionRule: String, CaseIterable, Sendable {
    /// `“…,” said Jane Doe.` A cue verb right after the quote, the speaker after the verb.
    case quoteVerbName = "quote-verb-name"
    /// `“…,” Doe said.` A cue verb after the quote with its subject before it.
    case quoteNameVerb = "quote-name-verb"
    /// `“…,” according to Doe.`
    case quoteAccordingTo = "quote-according-to"
    /// `Said Doe: “…”` A cue verb before the quote with the speaker after it.
    case verbNameQuote = "verb-name-quote"
    /// `Doe said: “…”` A cue verb before the quote with its subject before it.
    case nameVerbQuote = "name-verb-quote"
    /// `According to Doe, “…”`
    case accordingToQuote = "according-to-quote"
    /// `The agency quoted Doe as saying “…”` Who is quoted speaks, not who quotes.
    case quotedAsSaying = "quoted-as-saying"
    /// `Doe spoke after he won and later said “…”` The subject of the clause a cue verb joins.
    case clauseSubjectVerbQuote = "clause-subject-verb-quote"
    /// `The plan was described as “…”` A cue verb in the passive: the words are reported, and
    /// nobody is named as their speaker (an agent after "by" is, by the cue rules above).
    case passiveCue = "passive-cue"
    /// `Doe: “…”` A transcript line or a source named before a colon.
    case nameColonQuote = "name-colon-quote"
    /// `…,” she said, according to the paper.` A source the report rests on outranks the speaker.
    case accordingToSource = "according-to-source"
    /// `…,” the paper reported.` A news source that reports the words.
    case reportedBySource = "reported-by-source"
    /// `Doe said so. “…”` A quote opening its sentence, attributed by the cue of the sentence before.
    case previousSentenceCue = "previous-sentence-cue"
    /// `“…,” Doe said. “…”` A second quote in the same paragraph line continues the speaker.
    case continuesPrevious = "continues-previous"
    /// A quote running on from an unclosed quote of the paragraph before.
    case continuesParagraph = "continues-paragraph"
    /// A paragraph opening with a quote right after a paragraph whose quote was attributed.
    case continuesVoice = "continues-voice"
    /// A quote over several paragraphs attributed only in a later one: the earlier parts share it.
    case multiParagraphQuote = "multi-paragraph-quote"
    /// `“…” and “…,” Doe said.` A quote joined by “and” to the next one shares that one's cue, as
    /// does a quote with no cue of its own in a sentence a later quote's cue ends.
    case joinedQuote = "joined-quote"
    /// `Doe wants “…”` The subject of the quote's sentence, with no cue word.
    case sentenceSubject = "sentence-subject"
    /// `Doe put it this way:` then a paragraph that is a quote.
    case colonIntroduction = "colon-introduction"
    /// A quote followed by a line naming its author (a letter's signature).
    case signature = "signature"
    /// A guess: the first person mentioned in the quote's paragraph.
    case firstMention = "first-mention"

    /// How far a speaker found by this rule can be trusted, from 0 to 1, before resolving the
    /// speaker's mention: a cue next to the quote is near certain, a guess is not.
    public var strength: Double {
        switch self {
        case .quoteVerbName, .quoteNameVerb, .quoteAccordingTo, .verbNameQuote, .nameVerbQuote, .accordingToQuote,
            .quotedAsSaying, .nameColonQuote, .accordingToSource, .reportedBySource:
            0.95
        case .previousSentenceCue, .continuesPrevious, .continuesParagraph, .multiParagraphQuote, .joinedQuote,
            .clauseSubjectVerbQuote, .passiveCue:
            0.85
        case .continuesVoice, .colonIntroduction, .signature: 0.75
        case .sentenceSubject: 0.6
        case .firstMention: 0.4
        }
    }

    /// Whether the rule rests on a cue word next to the quote (said, told, according to): such
    /// a quote is a quotation even when it is short.
    public var restsOnAdjacentCue: Bool {
        switch self {
        case .quoteVerbName, .quoteNameVerb, .quoteAccordingTo, .verbNameQuote, .nameVerbQuote, .accordingToQuote,
            .quotedAsSaying, .clauseSubjectVerbQuote, .passiveCue:
            true
        default: false
        }
    }

    /// Whether the rule's cue stands before the quote and opens the report it belongs to ("Doe
    /// said the plan was “…”"), so that what the sentence goes on to quote is reported too.
    public var cueOpensReport: Bool {
        switch self {
        case .verbNameQuote, .nameVerbQuote, .accordingToQuote, .quotedAsSaying, .clauseSubjectVerbQuote: true
        default: false
        }
    }

    /// What the rule matches, in words, for `explain` and `help`.
    public var summary: String {
        switch self {
        case .quoteVerbName: "a cue verb after the quote, the speaker after the verb (“…,” said Doe)"
        case .quoteNameVerb: "a cue verb after the quote, its subject before it (“…,” Doe said)"
        case .quoteAccordingTo: "“according to” after the quote (“…,” according to Doe)"
        case .verbNameQuote: "a cue verb before the quote, the speaker after it (said Doe: “…”)"
        case .nameVerbQuote: "a cue verb before the quote, its subject before it (Doe said “…”)"
        case .accordingToQuote: "“according to” before the quote (According to Doe, “…”)"
        case .quotedAsSaying: "who is quoted, not who quotes (the agency quoted Doe as saying “…”)"
        case .clauseSubjectVerbQuote: "the subject of the clause a cue verb joins (Doe left and said “…”)"
        case .passiveCue: "a cue verb in the passive, which names no speaker (it was described as “…”)"
        case .nameColonQuote: "a name and a colon before the quote (Doe: “…”)"
        case .accordingToSource: "a source the report rests on (…, she said, according to the paper)"
        case .reportedBySource: "a news source reporting the words (…, the paper reported)"
        case .previousSentenceCue:
            "the cue of the sentence before a quote that opens its sentence, or its gesture (Doe shrugged. “…”)"
        case .continuesPrevious: "the speaker of the quote before it on the same line"
        case .continuesParagraph: "a quote running on from the paragraph before"
        case .continuesVoice: "a quoted paragraph right after an attributed quote"
        case .multiParagraphQuote: "a quote over several paragraphs, attributed in a later one"
        case .joinedQuote:
            "a quote joined by “and” to the next, or in a sentence the next one's cue ends, sharing that cue"
                + " (“…” and “…,” Doe said)"
        case .sentenceSubject: "the subject of the quote's sentence, with no cue word"
        case .colonIntroduction:
            "a speaker introducing the quote or its paragraph with a colon (Doe was blunt: “…”)"
        case .signature: "a line naming the author after the quote"
        case .firstMention: "a guess: the first person named in the paragraph"
        }
    }
}

/// The numbers the attribution and speaker rules share, in one place.
public enum AttributionLimits {
    /// Tokens after a quote searched for its cue.
    public static let afterWindow = 30
    /// Tokens before a quote searched for its cue.
    public static let beforeWindow = 45
    /// Tokens from the quote within which a cue counts as next to it.
    public static let nearCueReach = 4
    /// Tokens from the quote within which a later cue still counts.
    public static let farCueReach = 25
    /// Appositives ("Doe, an economist at the bank, a critic of the plan, said") read past between
    /// a name and its verb.
    public static let appositives = 3
    /// Tokens one appositive may have.
    public static let appositiveLength = 32
    /// How many capitalised words after "the" that name no one known still read as a
    /// description ("the Prime Minister", "the Foreign Affairs Committee").
    public static let describedTitleWords = 3
    /// Words an apposition after a name ("Evelyn Matthei, a former mayor of …") may have before
    /// the role word a later description ("the former mayor") repeats.
    public static let appositionWords = 5
    /// How many words after a description's comma may hold the name its person gave ("the
    /// farmer, who gave his name only as Ahmed").
    public static let nameGivenWords = 8
    /// Words between "quoted by" and "as saying" read past for who reports ("was quoted by the
    /// Interfax news agency as saying").
    public static let reportingAgentWords = 6
    /// Sentences back (besides its own) a description looks for an indefinite one with its head
    /// ("A diplomat in Hanoi said … “…,” the diplomat said").
    public static let indefiniteSentences = 2
    /// How sure a description is of the person whose apposition holds its head word.
    public static let appositionCertainty = 0.7
    /// How much a person gains, as what a description stands for, when an apposition or the
    /// words before their name gave them the description's role ("Carolina Milanesi, an
    /// analyst at …"): more than being a sentence's subject, less than a subject and last
    /// speaker just before ("said Dan Ives …. The analyst added" is no longer Milanesi).
    public static let roleMatchWeight = 5.0
    /// Words a sentence's opening description of an organisation may have, "the" included, for
    /// an "it" after it to stand for it ("The state finance ministry").
    public static let describedOrganizationWords = 4
    /// How sure "it" for the organisation its sentence or the one before opens with is.
    public static let describedOrganizationCertainty = 0.75
    /// How sure "he" or "she" for the described person its sentence or the one before opens
    /// with is, when no one named fits.
    public static let describedPersonCertainty = 0.6
    /// Tokens (closing marks, punctuation) that may stand between a quote and the pronoun of
    /// its cue read from the quote's first sentence ("…,” she said").
    public static let quoteToCueMarks = 3
    /// Tokens a phrase opening a sentence before its subject may have ("By sixteen Okonkwo had").
    public static let openingPhraseWords = 6
    /// Tokens a sentence of a speaker's gesture may have before the quote it gives a speaker
    /// ("The all-rounder shrugged.").
    public static let gestureSentenceWords = 8
    /// Tokens on each side of a "read" cue searched for what the words are written on ("A
    /// tarpaulin hung along the highway read:").
    public static let writingReach = 12
    /// Tokens a sentence's opening description of a person may have before its verb ("A
    /// reporter for the French news agency called").
    public static let describedPersonWords = 12
    /// Words a relative clause after an opening description may have before its closing comma
    /// (", who asked not to be named because she feared legal action,").
    public static let relativeClauseWords = 14
    /// Lower-case words of a role between a name and the speaker's name ("said Clinton's top
    /// foreign policy aide Jake Sullivan").
    public static let roleWords = 5
    /// Sentences back a pronoun looks for what it stands for.
    public static let pronounSentences = 6
    /// Sentences back "they" looks for the group of people it stands for, past sentences that
    /// themselves open with "they" ("The researchers tracked … They said … “…,” they wrote").
    public static let groupChainSentences = 4
    /// Mentions back any look-up of what a pronoun or description stands for reads at most, so
    /// that an article of one endless sentence is still analysed in linear time.
    public static let referenceReach = 120
    /// Sentences back past a quote's own sentences a pronoun looks for a description opening the
    /// sentence before the quote.
    public static let quotedSentences = 4
    /// Sentences back a description looks for the entity it stands for.
    public static let descriptionSentences = 8
    /// Tokens back from ", who said" the person who speaks may stand.
    public static let relativeSpeakerReach = 25
    /// Tokens after a name in an opening phrase ("At the Boca West club, …") its comma may stand.
    public static let openingPhraseReach = 12
    /// Tokens after a subject pronoun within which a name is not what it stands for ("he told
    /// Rubio"); further on, a name may stand in a clause of its own.
    public static let bindingReach = 8
    /// Tokens before a quote a possessive noun of speech ("Trump's claim that …") may stand.
    public static let possessiveReach = 8
    /// Tokens back a relative pronoun ("who") looks for its name.
    public static let relativeReach = 12
    /// How much a pronoun's candidate loses for each sentence between them.
    public static let sentenceDistanceWeight = 2.0
    /// How much a candidate gains for being the subject of its sentence's main clause.
    public static let subjectWeight = 3.0
    /// How much a candidate gains for being the subject of a clause inside its sentence.
    public static let clauseSubjectWeight = 1.5
    /// How much a candidate loses for being named only in a possessive ("Doe's aide").
    public static let possessivePenalty = 2.0
    /// How much a candidate loses for being named in the quote's own words: spoken of, seldom
    /// the one speaking ("“… told Mr Modi …,” the 53-year-old said"), unless the passage is all
    /// about them ("He says … “it's not Bernie Sanders”").
    public static let namedInQuotePenalty = 3.0
    /// How much a candidate gains for having spoken the quote before.
    public static let previousSpeakerWeight = 1.0
    /// How much a candidate gains when its gender is known to agree with the pronoun.
    public static let knownGenderWeight = 2.0
    /// The bonus of a person whose given name is listed but common to both genders ("Chris"), or
    /// who has a title ("Minister Kgosientsho Ramokgopa"): surely a person, where a name of
    /// unknown gender may be a misread organisation.
    public static let givenNameWeight = 1.5
    /// How much a candidate gains for each further mention in the window.
    public static let repeatedMentionWeight = 0.2
    /// How sure a pronoun's resolution must be to teach its entity the pronoun's gender.
    public static let learnGenderCertainty = 0.75
    /// How sure the link of a "he" or "she" outside quotes must be for the pronoun to join its
    /// entity's chain of mentions.
    public static let chainCertainty = 0.45
    /// How sure the choice of person an epithet ("the candidate") stands for must be.
    public static let epithetCertainty = 0.75
    /// How sure the choice of business "the company" or "the carmaker" stands for must be.
    public static let businessCertainty = 0.6
    /// How sure the choice of person a nationality epithet ("the Spaniard") stands for must be:
    /// lower than for "the candidate", since the word fits one person, never a role several hold.
    public static let demonymCertainty = 0.6
    /// Paragraphs within which the previous quote's speaker counts as the last speaker.
    public static let previousSpeakerParagraphs = 2
}
