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
    /// Where rows go.
    public let output: OutputSink
    /// Where diagnostics, timings and progress go.
    public let errors: OutputSink
    /// How results are printed (`.mode`, `--format`).
    public var format: OutputFormat = .table
    /// The width tables are fitted to (the terminal's columns, or 100 when not a terminal).
    public var width: Int = 100
    /// Whether the session is an interactive shell (progress bars, friendlier banners).
    public var isInteractive = false
    /// The article date used to normalise relative dates when an article has none (`--date`).
    public var referenceDate: String?

    /// Creates a session that writes to the given sinks.
    public init(output: OutputSink, errors: OutputSink) {
        self.output = output
        self.errors = errors
    }

    /// Loads articles from files, folders or globs; problems are reported to `errors` and the
    /// other files still load. Returns false when any path failed.
    @discardableResult
    public func load(paths: [String]) -> Bool {
        true
    }

    /// Loads the demo article that ships with nq.
    @discardableResult
    public func loadBundledArticle() -> Bool {
        true
    }

    /// Runs every statement of a source text; returns false when one failed.
    @discardableResult
    public func run(_ source: SourceText) -> Bool {
        true
    }

    /// Runs a script file statement by statement; errors are reported as FILE:LINE:COL. Stops at
    /// the first failing statement unless `keepGoing`. Returns false when anything failed.
    @discardableResult
    public func runScript(path: String, keepGoing: Bool) -> Bool {
        true
    }

    /// Whether `text` is an unfinished statement that needs another line (an unterminated
    /// string, a line ending in a backslash).
    public func needsContinuation(_ text: String) -> Bool {
        false
    }

    /// Completions for the word ending at the end of `line`: statements, collections, fields,
    /// dot commands. Each is the whole word to put in place of the partial word.
    public func completions(for line: String) -> [String] {
        []
    }

    /// The lines shown when the shell starts.
    public var banner: String { "nq" }

    /// Whether a `.quit`/`.exit` statement asked the shell to end.
    public private(set) var wantsToQuit = false
}
