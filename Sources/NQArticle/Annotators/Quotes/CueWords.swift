/// The word lists of `CueLexicon`, as space-separated lower-case words.
enum CueWords {
    /// Verbs (all forms) and nouns that introduce or attribute speech and writing.
    static let speech = """
        say says said saying add adds added adding note notes noted noting recall recalls recalled
        recalling write writes wrote writing written argue argues argued arguing explain explains
        explained explaining insist insists insisted insisting declare declares declared declaring
        stated claim claims claimed claiming reply replies replied replying respond responds
        responded responding continue continues continued continuing tweet tweets tweeted tweeting
        announce announces announced announcing admit admits admitted admitting acknowledge
        acknowledges acknowledged acknowledging suggest suggests suggested suggesting predict
        predicts predicted complain complains complained complaining joke jokes joked joking quip
        quips quipped concede concedes conceded boast boasts boasted remark remarked
        observe observes observed shout shouts shouted yell yells yelled exclaim exclaims
        exclaimed scream screamed whisper whispered mutter muttered vow vows vowed promise promises
        promised pledge pledged assert asserts asserted maintain maintains maintained contend
        contends contended emphasize emphasizes emphasized emphasise emphasised stress stresses
        stressed agree agrees agreed counter counters countered retort retorts retorted describe
        describes described describing called calling dub dubbed label labeled labelled
        thunder thundered charged charged demand demands demanded fume fumed lament laments
        lamented muse mused offer offered post posts posted wonder wonders wondered testify
        testified confirm confirms confirmed deny denies denied recount recounts recounted
        reiterate reiterates reiterated repeat repeats repeated caution cautioned hint hinted
        proclaim proclaimed reason reasoned report reported reveal reveals revealed
        summarize summarized summed conclude concludes concluded concluding speak speaks spoke
        speaking begin began read reads quoted quoting mention mentions mentioned mentioning
        insisting interjected interrupted chimed pointed added explained elaborated clarified
        opined posited surmised grumbled griped scoffed sniped snapped raged blasted slammed
        mocked praised criticized criticised accused accuses wrote texted emailed messaged
        exhorted chanted recommended recommends cheered sang pleaded begged sighed laughed
        tweeted wrote responded replied gushed raved ranted pressed interjected answer answers
        answered barked points went quipped joked calls call referred refers referring citing cited
        stating remarking expressed blamed blames accusing chants chanting promising praising
        titled named portrayed talked thought thinks believes states mocks blasts slams praises
        criticizes pleads sighs laughs gushes raves rants interjects chimes elaborates clarifies
        opines scoffs snaps rages cheers quips jokes retorts fumes laments muses shoots
        beamed beams bragged brags crowed gloated enthused marveled marvelled groaned sneered confided
        confides reacted reacts questioned queried
        """
    /// Speech verbs whose object is the person addressed.
    static let addressing = """
        tell tells told telling ask asks asked asking warn warns warned warning assure assures
        assured remind reminds reminded inform informs informed urge urges urged urging advise
        advised implore implored
        """
    /// Subject pronouns and relative pronouns that can stand for a speaker.
    static let pronouns = "he she they i we who it you"
    /// Object pronouns that can stand for the person addressed.
    static let objectPronouns = "him her them me us you"
    /// Titles written before a name.
    static let honorifics = """
        mr mrs ms miss dr sen rep gov gen lt col sgt capt maj adm prof rev sir dame lord lady atty engr
        hon amb supt insp det msgr fr pres cmdr pol shri smt shrimati dci dcs comrade alhaji alhaja
        president senator governor representative congressman congresswoman secretary mayor judge
        justice chancellor minister premier king queen prince princess pope father sister brother
        chairman chairwoman chief ambassador commissioner director general admiral captain
        colonel sergeant professor speaker leader attorney pastor rabbi bishop cardinal sheriff
        secretary-general vice former candidate nominee
        """
    /// Words that open a description.
    static let determiners = "the a an his her their its one another this that these those our my your"
    /// Words that may stand between a subject and its verb.
    static let adverbs = """
        also later then once again recently previously repeatedly has had have was is were are
        would will could should may might just simply further quickly flatly bluntly angrily
        frequently often has since famously first initially subsequently finally reportedly
        allegedly publicly privately openly once even never always still only did does
        """
    /// Capitalised words that do not name a speaker.
    static let notNames = """
        the a an and but or so yet for nor in on at by to of from with as if when while after
        before since because although though however meanwhile still then there here this that
        these those it its he she they we i you his her their our my your who what which why how
        where yes no not one monday tuesday wednesday thursday friday saturday sunday january
        february march april may june july august september october november december today
        tomorrow yesterday last next said says according mr mrs ms now also then still asked each
        every many some most perhaps instead indeed later earlier even just only thus again
        both all any such other another first finally despite during until unless whether
        across about above against along among around behind below beneath beside between beyond
        down inside into like near off onto out outside over past through throughout toward towards
        under unlike up upon via within without amid amidst that's it's there's here's what's he's
        she's they're we're i'm let's you're we've i've they've don't can't won't isn't two three
        four five six seven eight nine ten eleven twelve twenty dozens hundreds thousands several
        """
    /// Roles and descriptions that can speak.
    static let roles = """
        spokesman spokeswoman spokesperson spokespeople official officials aide aides adviser
        advisers advisor source sources president senator governor candidate nominee campaign
        statement report newspaper paper magazine agency ministry department office committee
        group organization organisation company firm lawyer attorney analyst expert economist
        professor researcher leader chairman chairwoman chief director minister secretary
        spokesmen representative congressman congresswoman mayor judge police officer officers
        author authors writer editor editorial letter post tweet memo email article study poll
        survey website site network broadcaster host reporter correspondent columnist critic
        critics supporter supporters voter voters resident residents member members friend
        manager strategist consultant pollster operative insider veteran activist protester
        speaker worker workers people man woman team white house government administration boss
        coach captain
        """
    /// Words that open a subordinate clause.
    static let subordinators = """
        that when after before because if while since although though as until unless whether
        where whereas once
        """
    /// Words that end a description read forwards.
    static let clauseBreaks = """
        who which that in on at after before during when while as because said says told added
        and but if to
        """
    /// Days, months and other words of time.
    static let times = """
        monday tuesday wednesday thursday friday saturday sunday january february march april may
        june july august september october november december jan feb mar apr jun jul aug sep sept
        oct nov dec today yesterday tonight night morning afternoon evening week month year
        weekend time
        """
    /// Common verbs whose finite forms do not end in -ed or -s.
    static let verbs = """
        went made took gave came got put ran saw knew thought left brought began sent spent won lost
        held kept met paid sat stood spoke rose fell led did does do can could will would shall
        should must may might became become felt found heard let meant set shut struck taught
        threw understood wore bought built caught chose drew drove fought forgot hid hit hurt
        lay lent read rode rang sang sank shook shot slept sold split spread stole swore swept
        swam tore woke won wrote broke bit blew dealt dug fed fled flew forbade froze grew hung laid
        leapt lit quit sought slid sped spun stuck stung strode strove swung told wept withdrew wound
        cast cost beat burst bid bore overcame overtook oversaw upheld withheld mistook rebuilt
        undertook forgave sprang bound clung knelt
        """
}
