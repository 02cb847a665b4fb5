/// The outcome of asking for one line.
public enum LineInput: Equatable, Sendable {
    /// A line, without its line break.
    case line(String)
    /// The user discarded what they were typing (Ctrl-C): start the statement afresh.
    case cancelled
    /// No more input (Ctrl-D on an empty line, or the end of a pipe or file).
    case end
}

/// Where the statement loop gets its lines: libedit at a terminal, standard input, a script's
/// text. Everything else about running statements is shared.
public protocol LineReader: AnyObject {
    /// Reads one line; `continuation` is true while a statement is unfinished, so an interactive
    /// reader can show the continuation prompt.
    func readLine(continuation: Bool) -> LineInput

    /// Records a complete, non-empty statement (in the history, for readers that keep one).
    func remember(_ statement: String)

    /// Whether more input is already waiting (lines pasted at the prompt), so the framer may
    /// read the next line before deciding that a statement has ended.
    var hasPendingInput: Bool { get }
}

extension LineReader {
    /// Nothing is known to be waiting.
    public var hasPendingInput: Bool { false }
}

/// The lines of a text already in memory: a script file or a `-c` statement.
public final class TextLines: LineReader {
    private let text: String
    private var position: String.Index

    /// Reads the lines of `text`; a final line break does not start another line.
    public init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    public func readLine(continuation: Bool) -> LineInput {
        guard position < text.endIndex else { return .end }
        let utf8 = text.utf8
        let end = utf8[position...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
        var line = text[position..<end]
        position = end < text.endIndex ? utf8.index(after: end) : end
        if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return .line(String(line))
    }

    public func remember(_ statement: String) {}
}
