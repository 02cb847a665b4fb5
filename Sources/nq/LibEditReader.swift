import CLibEdit
import NQRender
import NQShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads statements at a terminal through libedit's native API: prompts, line editing, history
/// with Ctrl-R search, Tab completion and Ctrl-C to discard a line.
///
/// The prompt and editing are drawn on standard error, like bash and python do, so that standard
/// output carries only rows even in an interactive session (`nq > rows.txt` works).
/// libedit calls back through capture-free C functions; they find this object again through
/// `EL_CLIENTDATA`, so there is no global state.
final class LibEditReader: LineReader {
    private let editLine: OpaquePointer
    private let history: HistoryFile
    private let screen: UnsafeMutablePointer<FILE>
    private let completions: (String) -> [String]
    private let prompt = strdup("nq> ")!
    private let continuationPrompt = strdup("...> ")!
    private var currentPrompt: UnsafeMutablePointer<CChar>
    private var cancelled = false

    /// Starts libedit on standard input; `completions` gives the candidates for the text before
    /// the cursor; `history` keeps entered statements.
    init?(history: HistoryFile, completions: @escaping (String) -> [String]) {
        screen = nq_stderr()
        guard let editLine = el_init("nq", nq_stdin(), screen, screen) else { return nil }
        self.editLine = editLine
        self.history = history
        self.completions = completions
        currentPrompt = prompt
        nq_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        configure()
    }

    deinit {
        el_end(editLine)
        free(prompt)
        free(continuationPrompt)
    }

    private func configure() {
        nq_el_set_editor(editLine, "emacs")
        // libedit's handlers catch SIGWINCH to reflow the line; Ctrl-C is handled as a key.
        nq_el_set_signal(editLine, 1)
        nq_el_set_prompt(editLine) { editLine in LibEditReader.from(editLine)?.currentPrompt }
        nq_el_set_history(editLine, history.handle)
        nq_el_add_function(editLine, "nq-complete", "Complete the word before the cursor") {
            editLine, _ in
            LibEditReader.from(editLine)?.completeWord() ?? UInt8(CC_ERROR)
        }
        nq_el_add_function(editLine, "nq-cancel", "Discard the line and start afresh") {
            editLine, _ in
            LibEditReader.from(editLine)?.cancelLine() ?? UInt8(CC_ERROR)
        }
        // Without -isig Ctrl-C arrives as a key while editing instead of as SIGINT, whose default
        // action would end the whole session.
        nq_el_setty(editLine, "-d", "-isig")
        nq_el_bind(editLine, "^I", "nq-complete")
        nq_el_bind(editLine, "^C", "nq-cancel")
        nq_el_bind(editLine, "^R", "em-inc-search-prev")
        // Last, so a user's ~/.editrc (lines starting `nq:` apply to nq alone) can override.
        el_source(editLine, nil)
    }

    private static func from(_ editLine: OpaquePointer?) -> LibEditReader? {
        guard let editLine, let data = nq_el_clientdata(editLine) else { return nil }
        return Unmanaged<LibEditReader>.fromOpaque(data).takeUnretainedValue()
    }

    func readLine(continuation: Bool) -> LineInput {
        currentPrompt = continuation ? continuationPrompt : prompt
        cancelled = false
        // Re-enter raw mode now: keys typed while the last statement ran are not lost.
        nq_el_prep_term(editLine, 1)
        var count: Int32 = 0
        let line = el_gets(editLine, &count)
        if cancelled { return .cancelled }
        guard let line, count > 0 else {
            if count < 0 && errno == EINTR { return .cancelled }
            // Ctrl-D: end the prompt's line so the shell's next output starts on its own.
            fputs("\n", screen)
            return .end
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    func remember(_ statement: String) {
        history.add(statement)
    }

    /// Whether pasted lines are waiting on standard input (libedit reads a byte at a time, so
    /// what it has not read is still there).
    var hasPendingInput: Bool {
        var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) > 0
    }

    /// Tab: asks the session for candidates and applies the `CompletionEdit`.
    private func completeWord() -> UInt8 {
        guard let info = el_line(editLine)?.pointee else { return UInt8(CC_ERROR) }
        let bytes = UnsafeRawBufferPointer(start: info.buffer, count: info.cursor - info.buffer)
        let before = String(decoding: bytes, as: UTF8.self)
        switch CompletionEdit.plan(line: before, candidates: completions(before)) {
        case nil:
            return UInt8(CC_REFRESH_BEEP)
        case .replace(let deleting, let insertion):
            // libedit counts wide characters (code points), Swift counts grapheme clusters.
            let scalars = before.suffix(deleting).unicodeScalars.count
            if scalars > 0 { el_deletestr(editLine, Int32(scalars)) }
            if !insertion.isEmpty { el_insertstr(editLine, insertion) }
            return UInt8(CC_REFRESH)
        case .list(let words):
            let columns = Int(nq_terminal_columns(fileno(screen)))
            // File names come from the disk: shown, never obeyed.
            let shown = words.map { TerminalText.visible($0, lineBreaks: false) }
            let listing = CompletionEdit.columns(shown, width: columns > 0 ? columns : 80)
            fputs("\n" + listing, screen)
            return UInt8(CC_REDISPLAY)
        }
    }

    /// Ctrl-C: shows `^C` after the text, then ends the line; `readLine` sees the flag and
    /// discards it.
    private func cancelLine() -> UInt8 {
        cancelled = true
        el_cursor(editLine, nq_el_chars_after_cursor(editLine))
        el_insertstr(editLine, "^C")
        el_push(editLine, "\n")
        return UInt8(CC_REFRESH)
    }
}
