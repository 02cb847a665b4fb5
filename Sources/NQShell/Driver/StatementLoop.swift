/// Reads lines from a `LineReader`, frames them into statements with one `StatementFramer` and
/// runs each through the session: the one loop behind the prompt, scripts, `-c`, `.read` and
/// standard input.
public struct StatementLoop {
    /// The session that runs the statements.
    public let session: Session
    /// Where lines come from.
    public let reader: any LineReader
    /// The source name in diagnostics: a script's path, `<stdin>`, `<command line>` or `<input>`.
    public let sourceName: String
    /// Whether a person types the lines at a prompt: each statement is numbered from line 1 in
    /// diagnostics, a complete line runs at once, an empty continuation line ends a statement,
    /// and a Ctrl-C belongs to the statement it interrupted.
    public let atPrompt: Bool
    /// Whether to run on after a failing statement (always, at the prompt).
    public let keepGoing: Bool

    /// Creates a loop; see the properties.
    public init(session: Session, reader: any LineReader, sourceName: String, atPrompt: Bool, keepGoing: Bool) {
        self.session = session
        self.reader = reader
        self.sourceName = sourceName
        self.atPrompt = atPrompt
        self.keepGoing = keepGoing
    }

    /// Runs statements until the input ends, a statement asks to quit or is interrupted, or one
    /// fails without `keepGoing`. Returns whether every statement succeeded.
    public func run() -> Bool {
        // At the prompt too the framer looks ahead, but only while pasted lines are waiting: a
        // line typed and entered runs at once, a pasted script frames as a file does.
        var framer = StatementFramer(looksAhead: true, blankLineEnds: atPrompt)
        var succeeded = true
        var lineNumber = 0
        var ended = false
        while !ended {
            var ready: [FramedInput]
            switch reader.readLine(continuation: framer.isOpen) {
            case .end:
                ready = framer.finish()
                ended = true
            case .cancelled:
                framer.discard()
                continue
            case .line(let line):
                lineNumber += 1
                ready = framer.add(line, number: lineNumber)
                if atPrompt && !reader.hasPendingInput { ready += framer.release() }
            }
            for input in ready {
                if !runOne(input) {
                    succeeded = false
                    // A script stops at a Ctrl-C; the prompt goes on with the next statement.
                    if !keepGoing || (session.wasInterrupted && !atPrompt) { return false }
                }
                if session.wantsToQuit || (session.wasInterrupted && !atPrompt) { return succeeded }
            }
        }
        return succeeded
    }

    private func runOne(_ input: FramedInput) -> Bool {
        reader.remember(input.text)
        if atPrompt {
            // A Ctrl-C belongs to the statement it interrupted: the next one starts clean.
            session.clearInterrupt()
            session.refreshWidth()
        }
        let previous = session.atPrompt
        session.atPrompt = atPrompt
        defer { session.atPrompt = previous }
        return session.run(input, sourceName: sourceName, numberedFromOne: atPrompt, keepGoing: keepGoing || atPrompt)
    }
}
