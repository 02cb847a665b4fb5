import NQSource

/// One word of a capitalised name: a word token, with a period kept when it is an initial or an
/// abbreviation ("J.", "Sen."), and a possessive ending left out ("Trump’s" → "Trump").
struct NameUnit: Sendable {
    /// Where the word is, without any possessive ending (its text, when a string is needed, is
    /// `AnalysisContext.text(_:)` of the unit: none is made per word).
    var span: SourceSpan
    /// The index of its first token.
    var token: Int
    /// Whether the word was written with a possessive ending.
    var possessive: Bool
    /// Whether every letter is upper-case ("NATO").
    var allCaps: Bool
    /// What the gazetteers say about the word.
    var flags: WordFlags
    /// The word's hash with ASCII case ignored (`WordHashSet.hash` of `span`), made with its flags
    /// so that the word sets asked about it later hash it no more.
    var foldedHash: UInt64
}

/// A run of capitalised words with the context the classifier needs.
struct NameChunk: Sendable {
    /// Its words, a range of the article's name words.
    var units: NameUnits
    /// Whether it starts a sentence (or a quotation, or follows a colon or dash).
    var atSentenceStart: Bool
    /// Whether it is in a Title-Case line such as a headline, where capitals say little.
    var inHeadline: Bool
    /// The token index just before the chunk, or -1.
    var before: Int
    /// The token index just after the chunk.
    var after: Int
}

/// Finds runs of capitalised words ("NATO Secretary-General Mark Rutte", "Department of Justice").
struct NameChunker {
    let context: AnalysisContext
    /// The lexicon's tables, taken once for the article's words.
    let lexicon = LexiconTables()
    /// The article's bytes.
    var bytes: [UInt8] { context.bytes }

    /// Lower-case particles allowed inside a name when capitalised words follow them.
    static let particles = WordHashSet([
        "of", "de", "van", "von", "der", "den", "da", "del", "della", "di", "du", "la", "le", "al",
        "bin", "ibn", "&",
        "y", "for", "on", "dos", "das", "do", "dela", "delos", "ole", "arap", "ten", "ter", "bint", "binti",
    ])

    /// The particles of people's names, two of which may stand together ("van der", "de la").
    static let nameParticles = WordHashSet([
        "de", "van", "von", "der", "den", "da", "del", "della", "di", "du", "la", "le", "al", "bin", "ibn", "dos",
        "das", "do", "los", "las", "dela", "delos", "ole", "arap", "ten", "ter", "bint", "binti",
    ])

    /// The length of the longest word of `particles` and `nameParticles` ("della"): a longer
    /// word is none of them, without a look-up.
    static var longestParticle: Int { 5 }

    /// Abbreviations inside names that keep their period.
    static let abbreviations = WordHashSet(["Jr.", "Sr.", "St.", "Ft.", "Mt."])

    /// Where a kept chunk's words are in the article's array of name words, and its context: a
    /// chunk made before the array is complete.
    private struct Found {
        var units: Range<Int>
        var atSentenceStart: Bool
        var inHeadline: Bool
        var before: Int
        var after: Int
    }

    /// The chunks of the whole article, in text order.
    func chunks() -> [NameChunk] {
        let tokens = context.tokens
        let firstTokens = sentenceFirstTokens()
        let starts = sentenceStarts(firstTokens)
        let headline = headlineTokens(firstTokens)
        /// Whether token `index` starts a sentence, a quotation, or follows a colon or dash (asked
        /// only of name words: the marks before them are read then, not in a pass over every token).
        @inline(__always) func startsClause(_ index: Int) -> Bool { starts[index] || followsOpeningMark(index) }
        // The particle sets, taken once here rather than checked for at every word asked about.
        let particles = Self.particles
        let nameParticles = Self.nameParticles
        var found: [Found] = []
        // News has a chunk every twenty tokens or so: room for more, so that the array never grows.
        found.reserveCapacity(tokens.count / 8 + 8)
        // The words of every kept chunk, in one array the chunks share (views of it are made once
        // it is complete).
        var all: [NameUnit] = []
        all.reserveCapacity(tokens.count / 4 + 8)
        var index = 0
        while index < tokens.count {
            // "Interestingly Blocher, a wealthy industrialist, …": an adverb opening the sentence.
            guard isNameWord(index), !(startsClause(index) && isSentenceAdverb(index)) else {
                index += 1
                continue
            }
            let first = index
            // The words of the chunk being read are `all[start...]`, taken back when it is dropped.
            let start = all.count
            var next = index
            while next < tokens.count {
                if next > first, newlineBefore(next) { break }
                // "… entering the U.S. While Clinton has": a function word after a period opens a
                // sentence the splitter kept whole.
                if next > first, opensSentenceAfterPeriod(next) { break }
                if isNameWord(next), next == first || tokens[next].spaceBefore {
                    let (unit, end) = makeUnit(next)
                    all.append(unit)
                    next = end
                    if unit.possessive { break }
                    continue
                }
                // Two particles inside a person's name: "Anneke van der Berg", "Oscar de la Hoya".
                if all.count > start, !all[all.count - 1].possessive, next + 2 < tokens.count,
                    tokens[next].kind == .word, tokens[next + 1].kind == .word, !tokens[next].isCapitalized,
                    !tokens[next + 1].isCapitalized, tokens[next].span.length <= Self.longestParticle,
                    nameParticles.contains(context, token: next),
                    nameParticles.contains(context, token: next + 1),
                    isNameWord(next + 2), tokens[next + 2].spaceBefore
                {
                    next += 2
                    continue
                }
                // "The Food and Drug Administration": "and" inside an organisation's name.
                if tokens[next].span.length == 3,
                    joinsByAnd(
                        last: all.count > start ? all[all.count - 1] : nil, count: all.count - start, at: next,
                        first: first)
                {
                    next += 1
                    continue
                }
                // "Teodoro “Teddy” Villaraza": a nickname in quotation marks inside a name.
                if all.count > start, !all[all.count - 1].possessive, tokens[next].kind == .quote,
                    let after = QuoteMarkScanner.nicknameEnd(context, opening: next), isNameWord(after)
                {
                    next = after
                    continue
                }
                // A particle inside a name: "Department of Justice", "Johnson & Johnson".
                if all.count > start, !all[all.count - 1].possessive, next + 1 < tokens.count,
                    tokens[next].kind == .word || context.token(next, is: "&"),
                    !tokens[next].isCapitalized, tokens[next].span.length <= Self.longestParticle,
                    particles.contains(context, token: next),
                    isNameWord(next + 1), tokens[next + 1].spaceBefore
                {
                    if context.token(next, is: "of") || context.token(next, is: "for")
                        || context.token(next, is: "on")
                    {
                        // Only after an organisation's head word or a title: "Bank of America".
                        let last = all[all.count - 1].flags
                        guard !last.isDisjoint(with: [.organizationWord, .title, .placeWord]) else { break }
                        // "Peter T. King of New York": a title word after a given name or an
                        // initial is a surname, and "of" starts a phrase of its own.
                        if last.isDisjoint(with: [.organizationWord, .placeWord]), all.count - start >= 2,
                            Self.isPersonalName(all[all.count - 2], bytes)
                        {
                            break
                        }
                    }
                    next += 1
                    continue
                }
                break
            }
            let count = all.count - start
            // A lone common word ("The", "But", "Monday") names nothing whatever its context.
            if count == 1, all[start].flags.contains(.common), !all[start].allCaps,
                all[start].flags.isDisjoint(with: [.place, .organization, .nationality]),
                // Mid-sentence it may be a surname ("Law said"): the resolver decides.
                startsClause(first) || headline[first] || all[start].possessive
                    || !Self.isSurnameLike(all[start], bytes)
            {
                all.removeLast()
                index = max(next, first + 1)
                continue
            }
            // "CEO of Washington Restaurant Association": a title of someone at an organisation
            // the rest names, not part of its name (unlike "Secretary of State").
            if count >= 3, all[start].flags.contains(.title),
                all[start].flags.isDisjoint(with: [.organizationWord, .placeWord]),
                all[start + 1].token == all[start].token + 2, context.token(all[start].token + 1, is: "of"),
                all[(start + 1)...].contains(where: { $0.flags.contains(.organizationWord) })
            {
                found.append(
                    Found(
                        units: (start + 1)..<all.count, atSentenceStart: false,
                        inHeadline: headline[first], before: all[start].token + 1, after: next))
                index = max(next, first + 1)
                continue
            }
            found.append(
                Found(
                    units: start..<all.count,
                    atSentenceStart: startsClause(first) || opensSentenceAfterPeriod(first),
                    inHeadline: headline[first],
                    before: first - 1, after: next))
            index = max(next, first + 1)
        }
        return found.map {
            NameChunk(
                units: NameUnits(all, $0.units), atSentenceStart: $0.atSentenceStart, inHeadline: $0.inHeadline,
                before: $0.before, after: $0.after)
        }
    }

    /// Whether the "and" at token `and` joins the `count` name words read so far, the last of them
    /// `last` (from token `first`, after
    /// "the" or opening with "The") to a name that ends in an organisation's head word: "the Food and Drug
    /// Administration", "The Australian Securities and Investments Commission". Not two names
    /// of their own ("the Treasury Department and Justice Department", "the United States and
    /// European Commission", "the FBI and Justice Department"): the words before "and" end in no
    /// head word, place word or acronym.
    func joinsByAnd(last: NameUnit?, count: Int, at and: Int, first: Int) -> Bool {
        let tokens = context.tokens
        // The word "and" first: it is asked at the end of every chunk.
        guard and + 1 < tokens.count, context.token(and, is: "and"), let last, !last.possessive,
            !last.allCaps, last.flags.isDisjoint(with: [.organizationWord, .place, .placeWord]),
            context.token(first - 1, is: "the") || context.token(first - 1, is: "The")
                || count >= 2 && context.token(first, is: "The")
        else { return false }
        var next = and + 1
        var words = 0
        var after: NameUnit?
        while next < tokens.count, words < Self.wordsAfterAnd, isNameWord(next), tokens[next].spaceBefore {
            let (unit, end) = makeUnit(next)
            after = unit
            words += 1
            next = end
            if unit.possessive { return false }
        }
        // Its head ends the name: not "… and National Association of Hispanic Journalists".
        return after?.flags.contains(.organizationWord) ?? false && !context.token(next, is: "of")
    }

    /// The most name words after "and" read to find an organisation's head word.
    static let wordsAfterAnd = 4

    /// Whether token `index` is a function word after a word ending in a period ("… entering the
    /// U.S. While Clinton has"): the start of a sentence the splitter kept whole. Inlined: it is
    /// asked of every word after a chunk's first, and most are read no further than their capital
    /// and the byte before them.
    @inline(__always)
    func opensSentenceAfterPeriod(_ index: Int) -> Bool {
        let tokens = context.tokens
        return index > 0 && tokens[index].isCapitalized && tokens[index - 1].span.length > 0
            && bytes[tokens[index - 1].span.upper - 1] == UInt8(ascii: ".")
            && NameClassifier.functionWords.contains(context, token: index)
    }

    /// Whether a capitalised common word could be a surname: a plain word of three letters or
    /// more that is no title, head word or region.
    static func isSurnameLike(_ unit: NameUnit, _ bytes: [UInt8]) -> Bool {
        unit.span.length >= 3 && bytes[unit.span.lower..<unit.span.upper].allSatisfy { $0 >= 0x41 && $0 <= 0x7A }
            && unit.flags.isDisjoint(with: [.title, .titleStart, .organizationWord, .placeWord, .miscWord, .compass])
    }

    /// Whether a unit can only be part of a person's name: a given name or an initial ("T.").
    static func isPersonalName(_ unit: NameUnit, _ bytes: [UInt8]) -> Bool {
        unit.flags.contains(.givenName) && !unit.flags.contains(.common)
            || unit.span.length == 2
                && bytes[unit.span.upper - 1] == UInt8(ascii: ".")
    }

    /// Whether a line break separates token `index` from the token before it.
    func newlineBefore(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        var offset = context.tokens[index - 1].span.upper
        while offset < context.tokens[index].span.lower {
            if bytes[offset] == UInt8(ascii: "\n") { return true }
            offset += 1
        }
        return false
    }

    /// Whether the word at `index` is an adverb by its ending ("Interestingly", "Reportedly",
    /// "Unfortunately"): seven letters or more ending in one of `adverbEndings`, and no given name.
    /// Inlined up to the last byte: most words asked are shorter or end otherwise.
    @inline(__always)
    func isSentenceAdverb(_ index: Int) -> Bool {
        let span = context.tokens[index].span
        // Every ending ends in "y": other words are not compared with them.
        guard span.length >= 7, bytes[span.upper - 1] == UInt8(ascii: "y") else { return false }
        return isAdverbNoGivenName(span)
    }

    /// Whether the word in `span` ends in one of `adverbEndings` and is no given name.
    @inline(never)
    func isAdverbNoGivenName(_ span: SourceSpan) -> Bool {
        guard Self.adverbEndings.contains(where: { WordHashSet.hasSuffix(bytes, span, $0) }) else { return false }
        return !Gazetteer.givenNameGenders.isListed(context.text(span))
    }

    /// Endings of English adverbs no name ends in (read on the bytes: no String per word), each
    /// ending in "y".
    static let adverbEndings: [StaticString] = [
        "ingly", "edly", "ably", "ibly", "fully", "ously", "ively", "ately", "ically", "ently",
    ]

    /// Whether a word opening with a lower-case letter is a brand's name by its spelling: one
    /// letter or three or four, a capital, then two lower-case letters or more ("eBay", "iPhone",
    /// "easyJet", "comScore"; not "mRNA", "iOS", a handle such as "@realDonaldTrump" or "toObama"
    /// with its space lost).
    @inline(never)
    static func isLowerCamelCase(_ bytes: [UInt8], _ span: SourceSpan) -> Bool {
        guard span.length >= 4, CharClass.isLower(bytes[span.lower]),
            span.lower == 0
                || (bytes[span.lower - 1] != UInt8(ascii: "@") && bytes[span.lower - 1] != UInt8(ascii: "#"))
        else { return false }
        // The capital is among the first five letters: most words are read no further.
        var capital = span.lower + 1
        let limit = min(span.upper, span.lower + 5)
        while capital < limit, CharClass.isLower(bytes[capital]) { capital += 1 }
        let prefix = capital - span.lower
        guard prefix == 1 || prefix == 3 || prefix == 4, capital < span.upper, CharClass.isUpper(bytes[capital]),
            span.upper - capital >= 3
        else { return false }
        return (capital + 1..<span.upper).allSatisfy { CharClass.isLower(bytes[$0]) }
    }

    /// Whether token `index` is a capitalised word (or an all-caps acronym), a brand spelled with
    /// a lower-case initial ("eBay"), or an Arabic article joined to a name after one
    /// ("al-Assad"). Inlined: it is asked of nearly every token.
    @inline(__always)
    func isNameWord(_ index: Int) -> Bool {
        let token = context.tokens[index]
        guard token.kind == .word else { return false }
        if token.isCapitalized { return true }
        guard token.span.length >= 4 else { return false }
        let bytes = self.bytes
        let start = token.span.lower
        // Most lower-case words are passed over on one read of their first four bytes: a capital
        // lacks the 0x20 bit every lower-case letter has, so with it in the second and fourth
        // bytes (and the fifth, below) no capital is there, and no hyphen ("al-") is the third.
        precondition(start + 4 <= bytes.count, "token out of bounds")
        let head = bytes.withUnsafeBytes {
            UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: start, as: UInt32.self))
        }
        if head & 0x2000_2000 == 0x2000_2000, head & 0x00FF_0000 != 0x002D_0000,
            token.span.length < 6 || bytes[start + 4] & 0x20 != 0
        {
            return false
        }
        // "eBay", "easyJet": a capital as the second, fourth or fifth letter first (most words
        // have none there, and are read no further).
        if CharClass.isUpper(bytes[start + 1]) || CharClass.isUpper(bytes[start + 3])
            || token.span.length >= 6 && CharClass.isUpper(bytes[start + 4]),
            Self.isLowerCamelCase(bytes, token.span)
        {
            return true
        }
        // An Arabic article joined to a capitalised name inside a name: "Bashar al-Assad". The
        // hyphen first: most words have none there, and are read no further.
        guard token.span.length > 4, bytes[start + 2] == UInt8(ascii: "-"), index > 0,
            context.tokens[index - 1].kind == .word, context.tokens[index - 1].isCapitalized
        else { return false }
        let article =
            (bytes[start] == UInt8(ascii: "a") && bytes[start + 1] == UInt8(ascii: "l"))
            || (bytes[start] == UInt8(ascii: "e") && bytes[start + 1] == UInt8(ascii: "l"))
        return article && CharClass.isUpper(bytes[start + 3])
    }

    /// The unit starting at token `index`, and the token index after it.
    func makeUnit(_ index: Int) -> (NameUnit, Int) {
        let tokens = context.tokens
        let bytes = self.bytes
        var span = tokens[index].span
        var next = index + 1
        // An initial or abbreviation keeps its period: "J.", "Sen.", "Jr.", "St.".
        if next < tokens.count, !tokens[next].spaceBefore, span.length <= 5,
            bytes[tokens[next].span.lower] == UInt8(ascii: "."), tokens[next].span.length == 1,
            span.length == 1
                || Self.abbreviations.contains(bytes, SourceSpan(start: span.start, end: tokens[next].span.end))
                || !Lexicon.phrase(bytes, SourceSpan(start: span.start, end: tokens[next].span.end)).isDisjoint(with: [
                    .title, .place,
                ])
        {
            span = SourceSpan(start: span.start, end: tokens[next].span.end)
            next += 1
        }
        var possessive = false
        let end = span.upper
        if end - span.lower > 2,
            bytes[end - 1] == UInt8(ascii: "s") || bytes[end - 1] == UInt8(ascii: "S")
        {
            if bytes[end - 2] == UInt8(ascii: "'") {
                span = SourceSpan(span.lower, end - 2)
                possessive = true
            } else if end - span.lower > 4, bytes[end - 2] == 0x99, bytes[end - 3] == 0x80,
                bytes[end - 4] == 0xE2
            {
                span = SourceSpan(span.lower, end - 4)
                possessive = true
            }
        }
        // A plural possessive ("Sanders’") leaves its apostrophe as a separate token.
        if next < tokens.count, !tokens[next].spaceBefore, tokens[next].kind == .quote,
            next + 1 >= tokens.count || tokens[next + 1].spaceBefore,
            bytes[span.upper - 1] == UInt8(ascii: "s")
        {
            possessive = true
        }
        var allCaps = span.length >= 2
        var letters = 0
        for offset in span.lower..<span.upper {
            let byte = bytes[offset]
            if CharClass.isLower(byte) || byte >= 0x80 {
                allCaps = false
                break
            }
            if CharClass.isUpper(byte) { letters += 1 }
        }
        if letters < 2 { allCaps = false }
        let (flags, foldedHash) = lexicon.word(bytes, span)
        return (
            NameUnit(
                span: span, token: index, possessive: possessive, allCaps: allCaps, flags: flags,
                foldedHash: foldedHash),
            next
        )
    }

    /// For every sentence, in order, the index of the first token starting at or after its start
    /// (`AnalysisContext.tokenIndex(atOrAfter:)`), found on one walk forward over the tokens rather
    /// than by a binary search per sentence in each of the passes that need it.
    func sentenceFirstTokens() -> [Int] {
        let sentences = context.article.sentences
        var firsts: [Int] = []
        firsts.reserveCapacity(sentences.count)
        context.tokens.withUnsafeBufferPointer { tokens in
            var index = 0
            var previous = Int.min
            for sentence in sentences {
                let offset = sentence.span.lower
                if offset < previous {
                    // Out of text order (sentences are not): searched for.
                    index = context.tokenIndex(atOrAfter: offset)
                } else {
                    // Every token before `index` starts before the previous sentence's start, so
                    // before this one's: strides doubling from there, then a binary search
                    // between the last two (a sentence is some twenty tokens long).
                    var low = index
                    var high = index
                    var stride = 1
                    while high < tokens.count, tokens[high].span.lower < offset {
                        low = high &+ 1
                        high = min(tokens.count, high &+ stride)
                        stride &*= 2
                    }
                    while low < high {
                        let middle = (low &+ high) / 2
                        if tokens[middle].span.lower < offset { low = middle &+ 1 } else { high = middle }
                    }
                    index = low
                }
                previous = offset
                firsts.append(index)
            }
        }
        return firsts
    }

    /// For every token, whether it starts a sentence or the title (the first word of each);
    /// `firstTokens` is `sentenceFirstTokens()`.
    func sentenceStarts(_ firstTokens: [Int]) -> [Bool] {
        let tokens = context.tokens
        var starts = [Bool](repeating: false, count: tokens.count + 1)
        for (sentence, first) in zip(context.article.sentences, firstTokens) {
            var index = first
            while index < tokens.count, tokens[index].kind != .word,
                tokens[index].span.start < sentence.span.end
            {
                index += 1
            }
            starts[index] = true
        }
        if let title = context.article.title {
            starts[context.tokenIndex(atOrAfter: title.lower)] = true
        }
        return starts
    }

    /// Whether token `index` follows a mark opening a clause or a quotation: a colon, a dash, a
    /// parenthesis, a quotation mark or a line break (a punctuation token, not a word or number).
    @inline(__always)
    func followsOpeningMark(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let token = context.tokens[index - 1]
        guard token.kind != .word, token.kind != .number else { return false }
        let byte = bytes[token.span.lower]
        return byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == 0xE2 || byte == UInt8(ascii: "(")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
    }

    /// For every token, whether it lies in a Title-Case line (a headline or heading): the title,
    /// section headings, and sentences without a final stop whose longer words are all capitalised;
    /// `firstTokens` is `sentenceFirstTokens()`.
    func headlineTokens(_ firstTokens: [Int]) -> [Bool] {
        let article = context.article
        var flags = [Bool](repeating: false, count: context.tokens.count)
        // Read on unsafe buffers, in one pass over the tokens of each line: this runs over every
        // token of every article.
        context.tokens.withUnsafeBufferPointer { tokens in
            bytes.withUnsafeBufferPointer { bytes in
                flags.withUnsafeMutableBufferPointer { flags in
                    /// Marks the tokens of `span`, from token `first` on, when it is a heading or
                    /// reads as a Title-Case line.
                    func mark(_ span: SourceSpan, first: Int, isHeading: Bool) {
                        var index = first
                        var capitalized = 0
                        var lower = 0
                        var lastByte: UInt8 = 0
                        while index < tokens.count, tokens[index].span.start < span.end {
                            let token = tokens[index]
                            if token.kind == .word, token.span.end &- token.span.start > 3 {
                                if token.isCapitalized {
                                    capitalized &+= 1
                                } else {
                                    // A longer word in lower case: no Title-Case line, whatever
                                    // follows (most sentences stop here, at their first words).
                                    guard isHeading else { return }
                                    lower &+= 1
                                }
                            }
                            lastByte = bytes[token.span.lower]
                            index &+= 1
                        }
                        let stops =
                            lastByte == UInt8(ascii: ".") || lastByte == UInt8(ascii: "!")
                            || lastByte == UInt8(ascii: "?")
                            || lastByte == 0xE2 || lastByte == UInt8(ascii: "\"")
                        guard isHeading || (capitalized >= 2 && lower == 0 && !stops) else { return }
                        for flag in first..<index { flags[flag] = true }
                    }
                    for (sentence, first) in zip(article.sentences, firstTokens) {
                        mark(sentence.span, first: first, isHeading: false)
                    }
                    if let title = article.title {
                        mark(title, first: context.tokenIndex(atOrAfter: title.lower), isHeading: true)
                    }
                    for section in article.sections {
                        if let heading = section.heading {
                            mark(heading, first: context.tokenIndex(atOrAfter: heading.lower), isHeading: true)
                        }
                    }
                }
            }
        }
        return flags
    }
}

extension AnalysisContext {
    /// The text of a name word, made only where a string is needed.
    func text(_ unit: NameUnit) -> String { text(unit.span) }

    /// Whether a name word is exactly the ASCII text `word`, read on the bytes.
    func unit(_ unit: NameUnit, is word: StaticString) -> Bool {
        span(unit.span, is: word)
    }
}
