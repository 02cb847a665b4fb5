import Foundation
import Testing

/// The interactive shell driven through a pseudo-terminal: the real binary, libedit and all.
@Suite("Shell at a terminal")
struct ShellTerminalTests {
    /// A fresh folder standing in for the user's home, with the history file inside it.
    let home: URL
    /// `NQ_HISTORY`, so tests never touch the real `~/.nq_history`.
    var historyFile: URL { home.appendingPathComponent("history") }

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("nq-pty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    /// Starts `nq` in a terminal with a clean environment (no ~/.editrc, UTF-8, known width).
    func startShell(_ arguments: [String] = []) throws -> PseudoTerminal {
        let environment = [
            "TERM": "xterm", "LANG": "C.UTF-8", "HOME": home.path, "NQ_HISTORY": historyFile.path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        return try PseudoTerminal(executable: try BuiltBinary.path(), arguments: arguments, environment: environment)
    }

    /// Text after the first occurrence of `marker` (where it was typed), or "" when it does not
    /// occur.
    static func after(_ marker: String, in text: String) -> Substring {
        guard let range = text.range(of: marker) else { return "" }
        return text[range.upperBound...]
    }

    @Test("Ctrl-C discards the line, Ctrl-D leaves with status 0, history is private")
    func terminalMechanics() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try startShell()
        try terminal.wait(forText: "nq> ")
        #expect(terminal.screen.contains("Ctrl-D to leave"))

        // Non-ASCII input survives the line editor (it needs a UTF-8 locale).
        terminal.type("count “Müller”\r")
        try terminal.wait(forText: "nq> ", count: 2)

        terminal.type("quotes where spea\u{3}")
        try terminal.wait(for: "^C then a fresh prompt") { Self.after("^C", in: $0).contains("nq> ") }

        terminal.type("\u{4}")
        #expect(try terminal.waitForExit() == 0)

        let attributes = try FileManager.default.attributesOfItem(atPath: historyFile.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let history = try String(contentsOf: historyFile, encoding: .utf8)
        #expect(history.contains("Müller"))
        #expect(!history.contains("quotes where spea"), "a line cancelled with Ctrl-C is not history")
    }

    // Relies on the real Session: completions, `count sentences` = 25 on the demo article, errors.
    @Test("Tab completes, a bad statement reports an error and the shell goes on, Ctrl-R finds it")
    func completionAndErrors() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try startShell()
        try terminal.wait(forText: "nq> ")

        terminal.type("count sent\t")
        try terminal.wait(forText: "count sentences ")
        terminal.type("\r")
        try terminal.wait(forText: "nq> ", count: 2)
        #expect(Self.after("count sentences", in: terminal.screen).contains("25"))

        terminal.type("quotes where speker = 1\r")
        try terminal.wait(forText: "nq> ", count: 3)
        #expect(Self.after("speker = 1", in: terminal.screen).contains("error: unknown field 'speker'"))

        terminal.type(".mode json\r")
        try terminal.wait(forText: "nq> ", count: 4)
        terminal.type("count sentences\r")
        try terminal.wait(forText: "nq> ", count: 5)
        #expect(Self.after(".mode json", in: terminal.screen).contains("25"))

        // Ctrl-R finds the bad statement in the history; Enter runs it again.
        // libedit redraws the search line with cursor moves, so only the outcome is asserted.
        terminal.type("\u{12}speker\r")
        try terminal.wait(forText: "unknown field 'speker'", count: 2)
        // The search redraws the prompt too, so wait for one after the second error instead.
        try terminal.wait(for: "a prompt after the error") {
            $0.components(separatedBy: "unknown field 'speker'").last!.contains("nq> ")
        }

        terminal.type("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test("--no-history leaves no history file")
    func noHistory() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try startShell(["--no-history"])
        try terminal.wait(forText: "nq> ")
        terminal.type("count sentences\r")
        try terminal.wait(forText: "nq> ", count: 2)
        terminal.type(".quit\r")
        #expect(try terminal.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: historyFile.path))
    }
}
