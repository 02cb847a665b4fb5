import NQArticle
import NQLanguage
import NQRender
import NQSource

/// A session: the loaded corpus, named results and settings; runs statements and writes rows to
/// `output` and diagnostics to `errors`.
///
/// Both front ends (the shell and batch runs) drive this type; it never touches a terminal,
/// global state or `exit`.
public final class Session {
    /// The version shown by the banner and `--version`.
    public static let version = "0.1.0"

    /// Standard output, where rows go unless `.output` or `.once` sends them to a file.
    public let standardOutput: OutputSink
    /// Where rows go now: standard output, or the file of `.output`/`.once`.
    public var output: OutputSink { redirection?.sink ?? standardOutput }
    /// The file rows go to after `.output FILE` or `.once FILE`.
    var redirection: Redirection?
    /// Whether results taller than the terminal are shown through the pager (`.pager`).
    public var pagerEnabled = true
    /// Shows text through the pager ($PAGER, else `less -S`); returns false when it could not.
    /// Nil in batch: results are never paged there.
    public var pager: ((String) -> Bool)?
    /// Measures the terminal's height in lines (nil: not a terminal).
    public var measureHeight: (() -> Int?)?
    /// Where diagnostics, timings and progress go.
    public let errors: OutputSink
    /// How results are printed (`.mode`, `--format`).
    public var format: OutputFormat = .table
    /// The width tables are fitted to (the terminal's columns, or 100 when not a terminal).
    public var width: Int = 100
    /// Whether the session is an interactive shell (progress bars, friendlier banners).
    public var isInteractive = false
    /// Whether long loads draw a progress bar on `errors` (standard error is a terminal).
    public var showsProgress = false
    /// Whether standard output is a terminal (CSV rows then show control characters).
    public var outputIsTerminal = false
    /// Whether tables may use bold headers and highlights (stdout is a terminal).
    public var color = false
    /// The article date used to normalise relative dates when an article has none (`--date`).
    public var referenceDate: String?
    /// Whether each statement's time is printed after it (`.timer on`).
    public var timer = false
    /// Whether each statement is printed before it runs (`.echo on`).
    public var echo = false
    /// Set from another thread (a signal handler's flag) to stop a long load early.
    public var isCancelled: @Sendable () -> Bool = { false }
    /// Measures the terminal's width before each statement at the prompt (nil: keep `width`).
    public var measureWidth: (() -> Int)?
    /// The width set by `.width` (or `--width`), which measuring the terminal does not undo.
    public var fixedWidth: Int?
    /// Whether the statements running now were typed at the prompt (diagnostics drop the
    /// source name there).
    public internal(set) var atPrompt = false
    /// Shows a prompt and waits for Enter (`pause` in a lesson, when a person is watching);
    /// returns false when the user pressed Ctrl-C or input ended. Nil in batch: `pause` does
    /// nothing.
    public var waitForEnter: ((String) -> Bool)?
    /// While `expect` runs its statement: `.some(nil)`, then the result the statement made.
    var captured: ResultTable??
    /// Whether the interruption of the running statement was already reported (by a load).
    var interruptionReported = false
    /// How articles are read: a forced format, JSON field names, the size limit.
    public var inputOptions = InputOptions()
    /// Reads all of standard input, for the article path `-` (set by the executable; the
    /// session itself never touches standard input).
    public var standardInput: () -> Result<[UInt8], ReadFailure> = {
        .failure(ReadFailure("standard input is not available here"))
    }
    /// Lowers the flag `isCancelled` reads; called as each statement starts, so that an
    /// interrupt belongs to the statement it stopped.
    public var clearCancellation: @Sendable () -> Void = {}
    /// Whether the last statement was stopped by an interrupt (a script then ends with 130).
    public internal(set) var wasInterrupted = false

    /// The loaded articles.
    public let corpus = Corpus()
    /// Results kept by `let`, by lower-cased name.
    var saved: [String: SavedResult] = [:]
    /// How deep `.read` calls are nested, to stop a script that reads itself.
    var readDepth = 0

    /// Whether a `.quit`/`.exit` statement asked the shell to end.
    public internal(set) var wantsToQuit = false

    /// Creates a session that writes to the given sinks.
    public init(output: OutputSink, errors: OutputSink) {
        self.standardOutput = output
        self.errors = errors
    }

    /// The names of saved results.
    public var savedNames: [String] { saved.keys.sorted() }

    /// Runs a script file statement by statement; errors are reported as FILE:LINE:COL. Stops at
    /// the first failing statement unless `keepGoing`. Returns false when anything failed.
    @discardableResult
    public func runScript(path: String, keepGoing: Bool) -> Bool {
        guard let text = ScriptFile.read(path) else {
            report("error: cannot read script '\(path)'")
            return false
        }
        return run(SourceText(name: path, text: text), keepGoing: keepGoing)
    }

    /// Writes a line to `errors`; file names and user input in it are shown, never obeyed.
    func report(_ line: String) {
        let shown = TerminalText.visible(line.hasSuffix("\n") ? String(line.dropLast()) : line, lineBreaks: false)
        errors.write(shown + "\n")
    }

    /// Writes a diagnostic about a source text to `errors`, caret-style.
    func report(_ diagnostic: Diagnostic, in source: SourceText) {
        let style: DiagnosticRenderer.Style = atPrompt ? .interactive : .batch
        errors.write(DiagnosticRenderer(maxSourceWidth: width).render(diagnostic, in: source, style: style))
    }

    /// Prints a result in the current format, with its footer on `errors`; while an `expect`
    /// runs its statement, keeps it in `captured` instead.
    func present(_ table: ResultTable) {
        if captured != nil {
            captured = .some(table)
            return
        }
        let renderer = ResultRenderer(color: color && redirection == nil, rowNumbers: false)
        var text = renderer.render(table, format: format, width: width)
        // CSV keeps the exact text for files and pipes; at a terminal its control characters
        // are shown like everywhere else (JSON escapes them, tables and markdown show them).
        if format == .csv && writesToTerminal { text = TerminalText.visible(text) }
        emit(text)
        if let footer = renderer.footer(for: table, format: format) { errors.write(footer) }
    }

    /// The lines shown when the shell starts.
    public var banner: String {
        let articles = corpus.articles
        let summary: String
        if articles.count == 1, let article = articles.first {
            summary =
                "1 article loaded (\(article.id): \(article.sections.count) sections, "
                + "\(article.paragraphs.count) paragraphs, \(article.quotes.count) quotes)"
        } else {
            let quotes = articles.reduce(0) { $0 + $1.quotes.count }
            summary = "\(articles.count) articles loaded (\(quotes) quotes)"
        }
        return TerminalText.visible("nq \(Self.version) — \(summary)", lineBreaks: false)
    }
}

/// Reads script files.
enum ScriptFile {
    /// The text of a file, if it can be read as UTF-8.
    static func read(_ path: String) -> String? {
        guard case .success(let text) = ArticleLoader.readUTF8(at: path) else { return nil }
        return text
    }
}
