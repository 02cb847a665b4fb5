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

    /// Creates a session that writes to the given sinks.
    public init(output: OutputSink, errors: OutputSink) {
        self.output = output
        self.errors = errors
    }

    /// Runs every statement of a source text; returns false when one failed.
    @discardableResult
    public func run(_ source: SourceText) -> Bool {
        true
    }

    /// Whether `text` is a complete statement, or needs another line (an unterminated string,
    /// a line ending in a backslash).
    public func needsContinuation(_ text: String) -> Bool {
        false
    }

    /// Completions for the word ending at the end of `line`: statements, collections, fields.
    public func completions(for line: String) -> [String] {
        []
    }

    /// The line shown when the shell starts.
    public var banner: String { "nq" }
}
