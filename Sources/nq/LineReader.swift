/// The outcome of asking for one line.
enum LineInput: Equatable {
    /// A line, without its line break.
    case line(String)
    /// The user discarded what they were typing (Ctrl-C): start the statement afresh.
    case cancelled
    /// No more input (Ctrl-D on an empty line, or the end of a pipe).
    case end
}

/// Where the statement loop gets its lines: libedit at a terminal, plain standard input
/// otherwise. Everything else about running statements is shared.
protocol LineReader: AnyObject {
    /// Reads one line; `continuation` is true while a statement is unfinished, so an interactive
    /// reader can show the continuation prompt.
    func readLine(continuation: Bool) -> LineInput

    /// Records a complete, non-empty statement (in the history, for readers that keep one).
    func remember(_ statement: String)
}

/// Reads lines from standard input with no prompt and no editing, for pipes and files.
final class PlainLineReader: LineReader {
    func readLine(continuation: Bool) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    func remember(_ statement: String) {}
}
