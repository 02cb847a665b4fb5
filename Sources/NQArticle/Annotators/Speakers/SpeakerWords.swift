/// The English words speaker resolution relies on (general knowledge, no names of people).
enum SpeakerWords {
    /// Titles and role nouns used only of men.
    static let masculineTitles = """
        mr mr. sir lord king prince father brother congressman spokesman chairman businessman
        councilman assemblyman alderman husband son uncle nephew grandfather actor monsieur herr
        senor señor don stepfather widower boyfriend fiance fiancé shri alhaji
        """
    /// Titles and role nouns used only of women.
    static let feminineTitles = """
        mrs mrs. ms ms. miss dame lady queen princess sister congresswoman spokeswoman chairwoman
        businesswoman councilwoman assemblywoman alderwoman wife daughter aunt niece grandmother
        actress madam madame mme frau senora señora doña first-lady mother stepmother widow girlfriend
        fiancee fiancée shrimati smt smt. alhaja hajiya
        """
    /// Pronouns that stand for one man.
    static let masculinePronouns = "he him himself he's he'd he'll"
    /// Pronouns that stand for one woman.
    static let femininePronouns = "she her herself she's she'd she'll"
    /// Pronouns that stand for a group or an organisation.
    static let groupPronouns = "they them it we"
    /// Pronouns that open a relative clause and stand for the name just before them.
    static let relativePronouns = "who which that"
    /// Head nouns of descriptions that stand for a person ("the 59-year-old", "the senator").
    static let personHeads = """
        senator governor president candidate nominee congressman congresswoman mayor secretary
        minister chancellor premier businessman businesswoman billionaire mogul lawmaker
        politician leader chairman chairwoman speaker ambassador judge justice general diplomat
        frontrunner front-runner incumbent challenger hopeful contender veteran star actor
        actress author writer economist host anchor commentator pundit strategist adviser
        advisor prosecutor attorney lawyer sheriff chief director founder executive ceo
        communist socialist populist nationalist leftist rightist centrist conservative liberal
        progressive moderate hardliner reformist loyalist singer rapper musician comedian
        filmmaker entertainer footballer athlete boxer golfer entrepreneur investor tycoon magnate
        financier banker broadcaster presenter novelist poet playwright cleric preacher monarch
        detective inspector sergeant constable superintendent commissioner captain skipper
        striker midfielder defender goalkeeper winger coach manager activist campaigner dissident
        barrister solicitor counsel magistrate coroner professor researcher academic historian
        surgeon principal headteacher archbishop pastor king queen prince princess emir sultan nurse
        midwife paramedic dean deputy driver farmer shopkeeper cfo chair chairperson
        teenager teen youngster engineer teacher doctor physician scientist epidemiologist virologist
        lecturer student pensioner retiree survivor analyst paceman batsman bowler all-rounder spinner
        fly-half scrum-half jockey cyclist swimmer sprinter referee umpire debutant rookie newcomer
        flagbearer standard-bearer wicketkeeper batter
        """
    /// Nouns of groups of people that "they" stands for without a plural's "s" ("police said").
    static let groups: Set<String> = ["police", "people", "staff", "crowd", "public", "children", "men", "women"]
    /// Nouns of one person that tell a gender ("a 29-year-old woman", "the spokeswoman").
    static let genderedPeople: [String: Gender] = {
        var table: [String: Gender] = [:]
        let male = masculineTitles + " man boy gentleman"
        let female = feminineTitles + " woman girl lady"
        for word in male.split(whereSeparator: \.isWhitespace) { table[String(word)] = .male }
        for word in female.split(whereSeparator: \.isWhitespace) { table[String(word)] = .female }
        return table
    }()
    /// Words that make an office another one: "the chief minister" is no finance minister, "the
    /// prime minister" no foreign minister.
    static let officeQualifiers: Set<String> = [
        "prime", "chief", "deputy", "vice", "foreign", "finance", "interior", "defence", "defense", "health",
        "education", "justice", "home", "trade", "energy", "economy", "labour", "labor", "attorney", "first",
        "state", "federal", "provincial", "regional", "general", "assistant", "junior",
    ]
    /// Head nouns of a description that stand for whoever leads the organisation it names ("the
    /// UN chief", "the Fed chair"), whatever that person's title.
    static let leaderHeads: Set<String> = [
        "chief", "head", "leader", "boss", "chair", "chairman", "chairwoman", "president", "director",
    ]
    /// Head nouns of descriptions that speak for the name they hold ("a Twitter spokesman", "the
    /// Clinton campaign", "a White House statement").
    static let representatives = """
        spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen official officials
        aide aides adviser advisers advisor advisors staffer staffers staff campaign team office
        camp representative representatives
        """ + " " + documents
    /// The representatives that are documents, addressed "to" someone rather than speaking for
    /// them ("a letter to Facebook").
    static let documents = """
        statement ad ads report letter tweet tweets email memo release website account filing document
        readout poll polls survey transcript announcement resolution bill measure
        """
    /// `documents` as a set of words, made once.
    static let documentWords = Set(documents.split(whereSeparator: \.isWhitespace).map(String.init))
    /// Nouns for people, groups of people and bodies that speak, beyond roles ("the crowd", "one
    /// user", "the security guard", "the air force").
    static let people: Set<String> = [
        "person", "people", "user", "users", "crowd", "audience", "public", "man", "men", "woman", "women",
        "friend", "friends", "tycoon", "mogul", "doctor", "physician", "nurse", "family", "relative",
        "relatives", "neighbor", "neighbour", "neighbors", "neighbours", "colleague", "colleagues",
        "confidant", "confidante", "ally", "allies", "source", "sources", "both", "others", "many", "most",
        "lawsuit", "suit", "complaint", "ruling", "opinion", "column", "editorial", "petition", "filing",
        "narrator", "impostor", "imposter", "doppelganger", "look-alike", "head", "guru", "boy", "girl",
        "child", "children", "message", "news", "outlet", "media", "poll", "witness", "attendee", "employee",
        "surrogate", "surrogates", "supporter", "supporters", "voter", "voters", "protester", "protesters",
        "activist", "activists", "resident", "residents",
        // People by what they do or went through, whose nouns have no telling ending.
        "guard", "guards", "pilot", "soldier", "soldiers", "nurses", "chef", "cook", "priest", "rabbi",
        "imam", "monk", "nun", "bishop", "cleric", "coach", "captain", "marine", "cop", "cops", "detective",
        "analyst", "analysts", "scientist", "scientists", "expert", "experts", "specialist", "inmate", "prisoner",
        "suspect", "refugee", "refugees", "migrant", "migrants", "tourist", "fan", "fans", "parent", "parents",
        "mom", "dad", "victim", "victims", "survivor", "survivors", "hostage", "paramedic", "medic", "youth",
        "teen", "teenager", "villager", "villagers", "local", "locals", "student", "students", "pupil",
        "pupils", "patient", "patients", "guide", "ranger", "firefighter", "firefighters", "farmer", "farmers",
        "worker", "workers", "owner", "owners", "driver", "passenger", "passengers", "shopper", "customer",
        // Bodies that speak as one, beyond the organisation heads.
        "force", "brigade", "squad", "unit", "regiment", "battalion", "division", "fleet", "command", "mission",
        "delegation", "panel", "jury", "tribunal", "regime", "junta", "militia", "rebels", "insurgents",
        "hospital", "clinic", "school", "church", "museum", "zoo", "prison", "ministry", "cabinet", "caucus",
        "opposition", "household", "club", "band", "choir", "orchestra", "studio", "publisher",
    ]
    /// Head nouns of descriptions that stand for an organisation ("the department", "the firm").
    static let organizationHeads = """
        department ministry agency office committee commission council board bureau
        administration government company firm group organization organisation party campaign
        court university college institute foundation union association network newspaper
        paper magazine station channel bank fund service authority police army military navy
        coalition alliance federation league club team house senate congress parliament
        assembly legislature embassy consulate center centre corporation
        """ + " " + businesses
    /// Head nouns of descriptions that stand for a business ("the carmaker", "the lender").
    static let businesses = """
        company firm carmaker automaker lender insurer retailer airline conglomerate chipmaker
        drugmaker manufacturer brewer miner startup supplier regulator watchdog charity carrier
        """
    /// Head nouns of descriptions that fit any organisation ("the agency", "the watchdog"): when
    /// no name holds them they stand for the organisation the sentence before is about.
    static let genericOrganizationHeads: Set<String> = [
        "agency", "group", "organization", "organisation", "body", "institution", "regulator", "watchdog",
        "charity",
    ]
    /// `businesses` as a set of words, made once.
    static let businessWords = Set(businesses.split(whereSeparator: \.isWhitespace).map(String.init))
    /// Words in an organisation's name that make it no business for "the company" ("Ministry of
    /// Finance", "Labour Party", "Daily News").
    static let institutionWords: Set<String> = [
        "department", "ministry", "agency", "office", "committee", "commission", "council", "board", "bureau",
        "administration", "government", "party", "campaign", "court", "university", "college", "institute",
        "foundation", "union", "association", "police", "army", "military", "navy", "coalition", "alliance",
        "federation", "league", "senate", "congress", "parliament", "assembly", "legislature", "embassy",
        "consulate", "school", "hospital", "church", "museum", "society", "movement", "caucus", "cabinet",
        "court", "force", "guard", "service", "authority", "nations", "fund", "center", "centre",
        // A newspaper reports on the company; it is seldom the company.
        "news", "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "guardian",
    ]
    /// Head nouns of a description that stand for an organisation whose name holds another word
    /// ("the agency" for the India Meteorological Department); each line a noun, then the words.
    static let organizationKinds: [String: Set<String>] = [
        "agency": [
            "department", "ministry", "agency", "bureau", "office", "service", "administration", "commission",
            "authority",
        ],
        "company": ["company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "llc", "plc", "group"],
        "firm": ["company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "llc", "plc", "group", "partners"],
        "newspaper": ["times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "guardian"],
        "paper": ["times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "guardian"],
    ]
    /// The kinds of `organizationKinds` an acronym alone may name ("the agency" for the FBI; not
    /// "the company" for ISIS).
    static let acronymKinds: Set<String> = ["agency"]
    /// `organizationHeads` as a set of words, made once.
    static let organizationHeadWords = Set(organizationHeads.split(whereSeparator: \.isWhitespace).map(String.init))
}
