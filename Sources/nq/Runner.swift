import CLibEdit
import NQArticle
import NQRender
import NQShell
import NQSource

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Wires one `nq` run: streams, session settings, articles, then the mode the command line asks
/// for. Returns the exit status.
struct Runner {
    /// The command line's values.
    let options: RunOptions

    /// The hint shown under the session's banner at the prompt.
    static let hint =
        "Type `help` for a tour, Tab to complete, Ctrl-R to search history, Ctrl-D to leave."

    /// Runs the mode chosen by the command line and returns the exit status.
    func run() -> Int32 {
        let output = StandardStream.output()
        let errors = StandardStream.errors(after: output)
        defer { output.flush() }
        let session = Session(output: output, errors: errors)
        if let format = options.format { session.format = format }
        session.referenceDate = options.date
        session.fixedWidth = options.width
        session.inputOptions = options.input
        let reader = ArticleReader(options: options.input)
        session.width = Terminal.width(override: options.width)

        var articles = options.paths
        let script = articles.first?.hasSuffix(".nq") == true ? articles.removeFirst() : nil
        let interactive = script == nil && options.statements.isEmpty && Terminal.inputIsTerminal
        if script != nil || !options.statements.isEmpty {
            // Articles may come from standard input (`-`, `load -`) only when it holds no statements.
            session.standardInput = { reader.readStandardInput() }
        } else {
            session.standardInput = {
                .failure(ReadFailure("standard input holds the statements; give them with -c or a script"))
            }
        }
        session.isInteractive = interactive
        session.showsProgress = Terminal.errorsIsTerminal
        // Bold headers and highlights only where a person reads them; NO_COLOR turns them off.
        session.outputIsTerminal = Terminal.outputIsTerminal
        session.color = Terminal.outputIsTerminal && Terminal.environment("NO_COLOR") == nil
        // Ctrl-C sets a flag the session polls: the running statement (or load) stops. At the
        // prompt the shell goes on with the next statement; a script stops with status 130.
        nq_catch_interrupts(interactive ? 0 : 1)
        session.isCancelled = { nq_interrupt_pending() != 0 }
        session.clearCancellation = { nq_clear_interrupt() }
        if Terminal.inputIsTerminal && Terminal.errorsIsTerminal {
            // `pause` in a lesson waits for Enter only when a person is watching.
            session.waitForEnter = { prompt in
                errors.write(prompt)
                clearerr(nq_stdin())
                let line = Swift.readLine()
                return line != nil && nq_interrupt_pending() == 0
            }
        }
        let loaded = articles.isEmpty ? session.loadBundledArticle() : session.load(paths: articles)
        // Ctrl-C during the first load ends a batch run; the shell opens with what loaded.
        if !interactive && session.isCancelled() { return ExitStatus.interrupted }
        // The process ends right after the run: freeing a large corpus node by node first would
        // only cost time, so the session is kept to the end.
        _ = Unmanaged.passRetained(session)

        if interactive {
            // At the prompt a failed load was reported and the user carries on with the rest.
            runShell(session, output: output, errors: errors)
            return ExitStatus.success
        }
        var succeeded = loaded
        if let script {
            succeeded = session.runScript(path: script, keepGoing: options.keepGoing) && succeeded
        } else if !options.statements.isEmpty {
            succeeded = runStatements(session) && succeeded
        } else {
            let loop = StatementLoop(
                session: session, reader: PlainLineReader(), sourceName: "<stdin>", atPrompt: false,
                keepGoing: options.keepGoing)
            succeeded = loop.run() && succeeded
        }
        if session.wasInterrupted || session.isCancelled() { return ExitStatus.interrupted }
        return succeeded ? ExitStatus.success : ExitStatus.failure
    }

    /// Runs the `-c` statements in order, stopping at the first failure unless `--keep-going`.
    private func runStatements(_ session: Session) -> Bool {
        var succeeded = true
        for statement in options.statements {
            if !session.run(SourceText(name: "<command line>", text: statement), keepGoing: options.keepGoing) {
                succeeded = false
                if !options.keepGoing || session.wasInterrupted { break }
            }
            if session.wantsToQuit { break }
        }
        return succeeded
    }

    /// Runs `~/.nqrc` (settings such as `.mode` or `.pager off`, or statements) before the first
    /// prompt, unless `--no-rc`. Only the shell reads it: scripts and pipes give the same rows on
    /// every machine.
    private func runStartupFile(_ session: Session) {
        guard !options.noRc, let home = Terminal.environment("HOME"), !home.isEmpty else { return }
        let path = home.hasSuffix("/") ? home + ".nqrc" : home + "/.nqrc"
        guard access(path, F_OK) == 0 else { return }
        session.runScript(path: path, keepGoing: true)
    }

    /// The interactive shell: banner and hint, then statements until Ctrl-D or `.quit`.
    private func runShell(_ session: Session, output: StandardStream, errors: StandardStream) {
        // The banner is conversation, not rows: it goes with the prompt to standard error.
        let banner = session.banner
        errors.write(banner.hasSuffix("\n") ? banner : banner + "\n")
        errors.write(Self.hint + "\n\n")

        let history = HistoryFile(path: HistoryFile.path(disabled: options.noHistory)) {
            errors.write(TerminalText.visible($0))
        }
        let reader = LibEditReader(history: history) { [unowned session] in
            session.completions(for: $0)
        }
        runStartupFile(session)
        session.measureWidth = { Terminal.width(override: nil) }
        session.measureHeight = { Terminal.height }
        session.pager = { text in Terminal.page(text) }
        let loop = StatementLoop(
            session: session, reader: reader ?? PlainLineReader(), sourceName: "<input>", atPrompt: true,
            keepGoing: true)
        _ = loop.run()
    }
}
