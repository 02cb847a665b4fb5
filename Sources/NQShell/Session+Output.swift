import NQRender
import NQSource

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Rows sent to a file by `.output FILE` (until `.output` alone) or `.once FILE` (the next
/// statement only).
struct Redirection {
    /// The file's sink.
    var sink: FileSink
    /// For `.once`: the statement whose result the file takes has not run yet.
    var once: Bool
}

/// An output sink writing to a file opened by the session.
final class FileSink: OutputSink {
    /// The file's path, as given.
    let path: String
    private let file: UnsafeMutablePointer<FILE>
    /// Whether a write failed (reported once when the file is closed).
    private(set) var failed = false

    /// Opens (creating or emptying) the file at `path`; nil with the reason when it cannot.
    static func open(_ path: String) -> Result<FileSink, Diagnostic> {
        guard let file = fopen(path, "w") else {
            return .failure(ShellMessages.outputFailed(path, reason: String(cString: strerror(errno))))
        }
        return .success(FileSink(path: path, file: file))
    }

    private init(path: String, file: UnsafeMutablePointer<FILE>) {
        self.path = path
        self.file = file
    }

    deinit { fclose(file) }

    func write(_ text: String) {
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        if written < text.utf8.count { failed = true }
    }

    func flush() {
        if fflush(file) != 0 { failed = true }
    }
}

extension Session {
    /// Whether rows go to the terminal now (not to a file of `.output`).
    var writesToTerminal: Bool { outputIsTerminal && redirection == nil }

    /// Sends rows to `path` from now on (`.output FILE`), or for the next statement only
    /// (`.once FILE`); nil goes back to standard output.
    func redirect(to path: String?, once: Bool, at span: SourceSpan?) throws(Diagnostic) {
        endRedirection()
        guard let path else { return }
        switch FileSink.open(path) {
        case .success(let sink): redirection = Redirection(sink: sink, once: once)
        case .failure(var diagnostic):
            diagnostic.span = span
            throw diagnostic
        }
    }

    /// Closes the file of `.output`/`.once`, reporting a failed write.
    func endRedirection() {
        guard let redirection else { return }
        redirection.sink.flush()
        if redirection.sink.failed { report("error: writing '\(redirection.sink.path)' failed") }
        self.redirection = nil
    }

    /// After a statement: a `.once` file has taken its result and is closed.
    func statementDone() {
        if redirection?.once == true { endRedirection() }
        output.flush()
    }

    /// Writes a whole answer (a result, `show`, `explain`, `help`): through the pager when it is
    /// taller than the terminal, else to `output`.
    func emit(_ text: String) {
        if !page(text) { output.write(text) }
    }

    /// Shows `text` through the pager when it is taller than the terminal and a person reads it
    /// at the prompt; returns whether it did.
    func page(_ text: String) -> Bool {
        guard atPrompt, pagerEnabled, writesToTerminal, let pager, let height = measureHeight?() else {
            return false
        }
        var lines = 0
        for byte in text.utf8 where byte == UInt8(ascii: "\n") {
            lines += 1
            // The prompt and the row count need their lines too.
            if lines > height - 2 { return pager(text) }
        }
        return false
    }
}
