import CLibEdit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The shell's statement history: a libedit `History` kept in a file readable only by its owner.
final class HistoryFile {
    /// The libedit history handle, shared with the line editor for arrow keys and Ctrl-R.
    let handle: OpaquePointer
    private var path: String?
    private let reportProblem: (String) -> Void

    /// The history file for this run: `--no-history` or an empty `NQ_HISTORY` keeps none,
    /// `NQ_HISTORY` names another file, and otherwise it is `~/.nq_history`.
    static func path(disabled: Bool) -> String? {
        if disabled { return nil }
        if let path = Terminal.environment("NQ_HISTORY") { return path.isEmpty ? nil : path }
        guard let home = Terminal.environment("HOME"), !home.isEmpty else { return nil }
        return home.hasSuffix("/") ? home + ".nq_history" : home + "/.nq_history"
    }

    /// Opens the history at `path` (nil: remember this session only), creating the file with mode
    /// 0600 because statements can contain names a user would not share.
    init(path: String?, reportProblem: @escaping (String) -> Void) {
        handle = history_init()
        self.path = path
        self.reportProblem = reportProblem
        var event = HistEvent()
        nq_history_set_size(handle, &event, 1000)
        nq_history_set_unique(handle, &event, 1)
        guard let path else { return }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        guard descriptor >= 0 else {
            fail("cannot open history file \(path)")
            return
        }
        close(descriptor)
        // A new, empty file has no libedit header yet; failing to load it is expected.
        nq_history_load(handle, &event, path)
    }

    deinit {
        history_end(handle)
    }

    /// Adds a statement and rewrites the file, so history survives a session that is killed.
    func add(_ statement: String) {
        var event = HistEvent()
        nq_history_enter(handle, &event, statement)
        guard let path else { return }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0, let file = fdopen(descriptor, "w") else {
            if descriptor >= 0 { close(descriptor) }
            fail("cannot write history file \(path)")
            return
        }
        nq_history_save_fp(handle, &event, file)
        fclose(file)
    }

    /// Reports a problem once and stops using the file; the session goes on without it.
    private func fail(_ message: String) {
        reportProblem("nq: \(message): \(String(cString: strerror(errno)))\n")
        path = nil
    }
}
