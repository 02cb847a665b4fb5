import CLibEdit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What nq needs to know about the terminal it runs in.
enum Terminal {
    /// The width tables get when nothing says otherwise (the same as `Session`'s default).
    static let defaultWidth = 100

    /// Whether standard input is a terminal (a person typing, not a pipe or file).
    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Whether standard output is a terminal.
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether standard error is a terminal (progress bars are drawn only there).
    static var errorsIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// The width to fit tables to: `override` (`--width`), else the columns of the terminal
    /// showing standard output, else `COLUMNS`, else 100.
    ///
    /// Asked again before each statement so a resized window takes effect; output sent to a file
    /// or pipe gets the fixed default, keeping batch output deterministic.
    static func width(override: Int?) -> Int {
        if let override { return override }
        let columns = Int(nq_terminal_columns(STDOUT_FILENO))
        if columns > 0 { return columns }
        if let value = getenv("COLUMNS"), let columns = Int(String(cString: value)), columns > 0 {
            return columns
        }
        return defaultWidth
    }

    /// The lines of the terminal showing standard output, or nil when it is not one.
    static var height: Int? {
        let rows = Int(nq_terminal_rows(STDOUT_FILENO))
        return rows > 0 ? rows : nil
    }

    /// Shows `text` through `$PAGER`, else `less -S` (long lines scroll sideways instead of
    /// wrapping). `LESS` defaults to `FRX` as git does: colours pass, the screen is not cleared.
    /// Returns false when the pager could not be started, so the text is printed instead.
    static func page(_ text: String) -> Bool {
        let configured = environment("PAGER") ?? ""
        let command = configured.isEmpty ? "less -S" : configured
        if environment("LESS") == nil { setenv("LESS", "FRX", 0) }
        fflush(nq_stdout())
        var text = text
        let status = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { nq_page(command, $0.baseAddress, $0.count) }
        }
        // 127: the shell found no such command.
        return status != -1 && status >> 8 != 127
    }

    /// The value of an environment variable, if set.
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
