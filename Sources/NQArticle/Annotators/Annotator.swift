import NQSource

/// What every annotator reads: an article whose layout is parsed, and its tokens.
///
/// Tokens are made once per article and dropped after analysis, so they cost no memory in a
/// loaded corpus.
public struct AnalysisContext: Sendable {
    /// The article, with title, sections, paragraphs and sentences filled in.
    public var article: Article
    /// Every token of the article's text, in order.
    public var tokens: [Token]

    /// The article's language: its quotation marks and cue words, passed in from tables built
    /// once per load.
    public let language: LanguageProfile
    /// The quotation marks of the article's language.
    public var marks: QuoteMarks { language.marks }
    /// The cue words of the article's language.
    public var cues: CueTable { language.cues }

    /// Creates the context, tokenizing the whole text, for an article in `language`.
    public init(article: Article, language: LanguageProfile) {
        self.init(
            article: article, language: language,
            tokens: Tokenizer().tokenize(article.text.bytes, SourceSpan(0, article.text.count)))
    }

    /// Creates the context for an article in `language` from the tokens of its whole text, made
    /// beforehand, for the analysis `layers` (figures' and dates' starts are looked for only when
    /// one of theirs is made).
    public init(article: Article, language: LanguageProfile, tokens: [Token], layers: AnalysisLayers = .all) {
        self.article = article
        self.language = language
        self.bytes = article.text.bytes
        self.tokens = tokens
        self.candidates = TokenCandidates(
            bytes: bytes, tokens: tokens, figuresAndDates: !layers.isDisjoint(with: [.figures, .dates]))
        self.singleQuoteStyle = QuoteMarkScanner.usesSingleMarks(
            bytes: bytes, tokens: tokens, quotes: candidates.quotes, marks: language.marks)
    }

    /// The tokens where a figure or a date may start, and the quotation marks, found in one pass.
    let candidates: TokenCandidates

    /// Whether the article quotes with single marks (‘…’, as British papers do) rather than
    /// double ones: then ‘ opens a quote and a ’ standing apart from a word closes it.
    public let singleQuoteStyle: Bool

    /// The article's bytes, kept here so that annotators read them without going through the
    /// article (a class) on every access.
    public let bytes: [UInt8]

    /// The text of a token.
    public func string(_ token: Token) -> String { text(token.span) }

    /// The text of a span, as `ArticleText.string` makes it, read from `bytes`: no access to the
    /// article (a class, whose every property access is checked for exclusivity).
    @inline(__always)
    public func text(_ span: SourceSpan) -> String {
        let lower = max(0, min(span.lower, bytes.count))
        let upper = max(lower, min(span.upper, bytes.count))
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[lower..<upper]), as: UTF8.self)
        }
    }

    /// The index of the first token starting at or after a UTF-8 offset.
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.lower < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// The entity layer: named things and every place they are mentioned.
public struct EntityLayer: Sendable {
    /// The people, organisations and places.
    public var entities: [Entity]
    /// Their mentions, in text order.
    public var mentions: [Mention]

    /// Creates a layer.
    public init(entities: [Entity] = [], mentions: [Mention] = []) {
        self.entities = entities
        self.mentions = mentions
    }

    /// The index of the mention whose span overlaps `span`, if any.
    public func mention(overlapping span: SourceSpan) -> Int? {
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].span.end <= span.start { low = mid + 1 } else { high = mid }
        }
        return low < mentions.count && mentions[low].span.overlaps(span) ? low : nil
    }
}
