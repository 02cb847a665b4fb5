import CLibEdit
import NQShell
import NQSource

/// Reads statements from a `LineReader`, joining continuation lines, and runs each through the
/// session: the one loop behind both the shell and statements piped into nq.
struct StatementLoop {
    /// The session that runs the statements.
    let session: Session
    /// Where lines come from.
    let reader: any LineReader
    /// The source name in diagnostics: `<input>` at the prompt, `<stdin>` for a pipe.
    let sourceName: String
    /// At the prompt each statement is numbered from line 1 in diagnostics.
    let interactive: Bool
    /// Whether to run on after a failing statement (always, at the prompt).
    let keepGoing: Bool
    /// `--width`, which wins over the terminal's width.
    let widthOverride: Int?

    /// Runs statements until the input ends, a statement asks to quit, or one fails without
    /// `keepGoing`. Returns whether every statement succeeded.
    func run() -> Bool {
        var succeeded = true
        var lineNumber = 0
        while let (statement, firstLine) = readStatement(lineNumber: &lineNumber) {
            if statement.allSatisfy(\.isWhitespace) { continue }
            reader.remember(statement)
            session.width = Terminal.width(override: widthOverride)
            let source = SourceText(
                name: sourceName, text: statement, firstLine: interactive ? 1 : firstLine)
            // A Ctrl-C pressed before this statement must not cancel it.
            _ = nq_take_interrupt()
            let ran = session.run(source)
            if let output = session.output as? StandardStream { output.flush() }
            if !ran {
                succeeded = false
                if !keepGoing { break }
            }
            if session.wantsToQuit { break }
        }
        return succeeded
    }

    /// Reads lines until they form a complete statement; returns it with the number of its first
    /// line, or nil at the end of input. Ctrl-C discards the lines read so far.
    private func readStatement(lineNumber: inout Int) -> (String, Int)? {
        var text: String?
        var firstLine = lineNumber + 1
        while true {
            switch reader.readLine(continuation: text != nil) {
            case .end:
                // An unfinished statement at the end still runs, so the session can report it.
                return text.map { ($0, firstLine) }
            case .cancelled:
                text = nil
                firstLine = lineNumber + 1
            case .line(let line):
                lineNumber += 1
                let joined = text.map { $0 + "\n" + line } ?? line
                if !session.needsContinuation(joined) { return (joined, firstLine) }
                text = joined
            }
        }
    }
}
