import NQSource

/// One loaded article: its text, its layout and every annotation layer.
///
/// Nodes store spans into `text`; nothing else holds a copy of the words.
///
/// An article is a reference so that reading one field of one row does not copy the whole
/// article (with its many arrays) on every access. It is built by one thread (the analyzer) and
/// only read once it is added to a corpus, except that `date` and `dates` are replaced together
/// on the thread that owns the corpus; that discipline is what makes it `Sendable`.
public final class Article: @unchecked Sendable {
    /// The article's identifier: its file name without extension.
    public var id: String
    /// The file it was read from, or a description such as `<bundled>`.
    public var source: String
    /// The whole text.
    public var text: ArticleText
    /// The headline, when the article starts with one.
    public var title: SourceSpan?
    /// The article's date (`YYYY-MM-DD`), when known.
    public var date: String?
    /// Whether `date` was given from outside (`--date`, a `date` statement) rather than read
    /// from the article.
    public var dateIsReference = false
    /// Its sections, in order.
    public var sections: [Section] {
        get { storedSections.isEmpty && !paragraphs.isEmpty ? [untitledSection] : storedSections }
        set { storedSections = newValue }
    }
    /// The sections, or none when the article has one untitled section holding every paragraph
    /// (most articles): that one is made from the paragraphs when asked for, rather than kept in
    /// an array of its own by every article (`compact()` drops it).
    var storedSections: [Section] = []
    /// The one untitled section of an article without headings.
    var untitledSection: Section {
        Section(
            number: 1, heading: nil,
            span: SourceSpan(start: paragraphs[0].span.start, end: paragraphs[paragraphs.count - 1].span.end),
            paragraphs: 0..<paragraphs.count)
    }
    /// Its paragraphs, in order.
    public var paragraphs: [Paragraph] = []
    /// Its sentences, in order.
    public var sentences: [Sentence] = []
    /// Its direct quotations, in order.
    public var quotes: [Quotation] = []
    /// The people, organisations and places it names.
    public var entities: [Entity] = []
    /// Every place an entity is referred to, in text order.
    public var mentions: [Mention] = []
    /// The numbers it states, in text order.
    public var figures: [Figure] = []
    /// The dates and times it mentions, in text order.
    public var dates: [DateMention] = []
    /// How many words it has.
    public var words: Int = 0
    /// The outlet that published it ("Reuters"), when the input or its folder says.
    public var outlet: String? {
        get { provenance?.outlet }
        set { changeProvenance(newValue) { $0.outlet = newValue } }
    }
    /// The address it was published at, when the input says.
    public var url: String? {
        get { provenance?.url }
        set { changeProvenance(newValue) { $0.url = newValue } }
    }
    /// Who wrote it, when the input or its byline says.
    public var author: String? {
        get { provenance?.author }
        set { changeProvenance(newValue) { $0.author = newValue } }
    }
    /// The language it looks written in (ISO 639-1, "en"); nq's cue words and names are English.
    public var language: String {
        get { provenance?.language ?? Provenance.english }
        set { changeProvenance(newValue == Provenance.english ? nil : newValue) { $0.language = newValue } }
    }
    /// The outlet, address, author and language, made only when one of them is not the default:
    /// most articles have none, and four strings take 64 bytes of every article.
    private var provenance: Provenance?

    /// Where an article comes from and its language, apart from the article.
    private final class Provenance {
        static let english = "en"
        var outlet: String?
        var url: String?
        var author: String?
        var language = english
    }

    /// Applies `change` to the provenance, making it first unless `value` is nil (the default).
    private func changeProvenance(_ value: String?, _ change: (Provenance) -> Void) {
        if provenance == nil && value == nil { return }
        let known = provenance ?? Provenance()
        provenance = known
        change(known)
    }

    /// Creates an article with no layout yet.
    public init(id: String, source: String, text: ArticleText, date: String? = nil) {
        self.id = id
        self.source = source
        self.text = text
        self.date = date
    }

    /// The text of a span.
    public func string(_ span: SourceSpan) -> String { text.string(span) }

    /// The headline as text ("" when there is none).
    public var titleText: String { title.map(string) ?? "" }

    /// The 0-based index of the sentence containing a UTF-8 offset, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let span = sentences[mid].span
            if offset < span.lower {
                high = mid - 1
            } else if offset >= span.upper {
                low = mid + 1
            } else {
                return mid
            }
        }
        // Between two sentences: the earlier one.
        return high >= 0 && high < sentences.count ? high : nil
    }

    /// The 1-based number of the sentence containing a UTF-8 offset (0 when none).
    public func sentenceNumber(containing offset: Int) -> Int {
        sentenceIndex(containing: offset).map { $0 + 1 } ?? 0
    }
}
