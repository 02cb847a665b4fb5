import Foundation
import Testing

/// The shell's comforts at a real terminal: value and path completion, the pager, `.output` and
/// `.once`, settings that stick, `~/.nqrc`, and an unterminated string at the prompt.
@Suite("Shell comforts", .serialized)
struct ShellComfortTests {
    let home: URL

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("nq-comfort-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    func startShell(_ arguments: [String] = [], pager: String = "sed s/^/PAGED:/") throws -> PseudoTerminal {
        let environment = [
            "TERM": "xterm", "LANG": "C.UTF-8", "HOME": home.path, "NQ_HISTORY": "", "PAGER": pager,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        return try PseudoTerminal(executable: try BuiltBinary.path(), arguments: arguments, environment: environment)
    }

    /// Types a statement and waits for the `count`-th prompt.
    func run(_ statement: String, in terminal: PseudoTerminal, prompt count: Int) throws {
        terminal.type(statement + "\r")
        try terminal.wait(forText: "nq> ", count: count)
    }

    func leave(_ terminal: PseudoTerminal) throws {
        // A Ctrl-D that arrives while the line editor is still starting can be lost (see the
        // shell's known limits, recorded with issue 12): a second one after a pause.
        terminal.type("\u{4}")
        if let status = try? terminal.waitForExit(timeout: 5) {
            #expect(status == 0)
            return
        }
        terminal.type("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func tabCompletesNamesValuesAndPaths() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        let terminal = try startShell()
        try terminal.wait(forText: "nq> ")
        terminal.type("count quotes where speaker = \"Ma\t")
        try terminal.wait(forText: "\"Mark Rutte\" ")
        terminal.type("\r")
        try terminal.wait(forText: "nq> ", count: 2)
        #expect(ShellTerminalTests.after("\"Mark Rutte\"", in: terminal.screen).contains("2"))
        terminal.type("figures where kind = \"mon\t")
        try terminal.wait(forText: "\"money\" ")
        terminal.type("\u{3}")
        try terminal.wait(forText: "nq> ", count: 3)
        terminal.type("load \(home.path)/cor\t")
        try terminal.wait(forText: "\(home.path)/corpus/")
        terminal.type("\u{3}")
        try terminal.wait(forText: "nq> ", count: 4)
        try leave(terminal)
    }

    @Test func tallResultsGoThroughThePagerUnlessItIsOff() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try startShell()
        try terminal.wait(forText: "nq> ")
        // 25 sentences do not fit a 24-line terminal; a count does.
        try run("sentences select sentence", in: terminal, prompt: 2)
        #expect(terminal.screen.contains("PAGED:       25"))
        try run("count sentences", in: terminal, prompt: 3)
        #expect(!ShellTerminalTests.after("count sentences", in: terminal.screen).contains("PAGED:"))
        try run(".pager off", in: terminal, prompt: 4)
        try run("paragraphs select paragraph", in: terminal, prompt: 5)
        let after = ShellTerminalTests.after("paragraphs select", in: terminal.screen)
        #expect(after.contains("14"))
        #expect(!after.contains("PAGED:"))
        try leave(terminal)
    }

    @Test func outputAndOnceSendResultsToFiles() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let all = home.appendingPathComponent("speakers.txt")
        let once = home.appendingPathComponent("once.txt")
        let terminal = try startShell()
        try terminal.wait(forText: "nq> ")
        try run(".output \(all.path)", in: terminal, prompt: 2)
        try run("quotes select speaker", in: terminal, prompt: 3)
        try run("count people", in: terminal, prompt: 4)
        try run(".output", in: terminal, prompt: 5)
        try run(".once \(once.path)", in: terminal, prompt: 6)
        try run("count sentences", in: terminal, prompt: 7)
        try run("count quotes", in: terminal, prompt: 8)
        try leave(terminal)
        let written = try String(contentsOf: all, encoding: .utf8)
        #expect(written.contains("Donald Trump"))
        #expect(written.hasSuffix("5\n"))
        #expect(try String(contentsOf: once, encoding: .utf8) == "25\n")
        #expect(!terminal.screen.contains("Donald Trump"))
        #expect(ShellTerminalTests.after("count quotes", in: terminal.screen).contains("6"))
    }

    @Test func settingsStickAndTheStartupFileRuns() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        try ".mode line\n".write(to: home.appendingPathComponent(".nqrc"), atomically: true, encoding: .utf8)
        let terminal = try startShell()
        try terminal.wait(forText: "nq> ")
        try run("quotes limit 1 select speaker", in: terminal, prompt: 2)
        #expect(terminal.screen.contains("speaker = Mark Rutte"))
        try run(".mode table", in: terminal, prompt: 3)
        try run(".width 30", in: terminal, prompt: 4)
        try run("quotes limit 1 select text", in: terminal, prompt: 5)
        try run("quotes limit 1 offset 1 select text", in: terminal, prompt: 6)
        // Both results are fitted to 30 columns: .width is not undone before the next statement.
        let lines = ShellTerminalTests.after(".width 30", in: terminal.screen).split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix(" I think") && $0.count <= 30 })
        #expect(lines.contains { $0.hasPrefix(" What’s") && $0.count <= 30 })
        try leave(terminal)

        let plain = try startShell(["--no-rc"])
        try plain.wait(forText: "nq> ")
        try run("quotes limit 1 select speaker", in: plain, prompt: 2)
        #expect(!plain.screen.contains("speaker = Mark Rutte"))
        try leave(plain)
    }

    @Test func linesPastedAtThePromptFrameAsAFileDoes() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try startShell()
        try terminal.wait(forText: "nq> ")
        // Pasted: both lines wait together, so the clause on the second continues the first.
        terminal.type(".mode csv\rquotes select speaker\rlimit 2\r")
        try terminal.wait(forText: "Mark Rutte", count: 2)
        try terminal.wait(for: "the prompt after the rows") {
            ShellTerminalTests.after("limit 2", in: $0).contains("nq> ")
        }
        #expect(!terminal.screen.contains("Donald Trump"))
        #expect(!terminal.screen.contains("error"))
        // Typed and entered, a complete line runs at once: the clause alone is then an error.
        terminal.type("quotes select speaker\r")
        try terminal.wait(forText: "Donald Trump")
        try terminal.wait(for: "a prompt after all quotes") {
            ShellTerminalTests.after("Donald Trump", in: $0).contains("nq> ")
        }
        terminal.type("limit 2\r")
        try terminal.wait(forText: "error")
        // Ctrl-D typed before the next prompt is drawn can be lost: leave from the prompt.
        try terminal.wait(for: "a prompt after the error") {
            ShellTerminalTests.after("expected one of", in: $0).contains("nq> ")
        }
        try leave(terminal)
    }

    @Test func aLessonPausesAtATerminalUntilEnter() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let lesson = home.appendingPathComponent("lesson.nq")
        try "print \"before\"\npause \"Look at this\"\nprint \"after\"\n".write(
            to: lesson, atomically: true, encoding: .utf8)
        let terminal = try startShell([lesson.path])
        try terminal.wait(forText: "Look at this (press Enter to go on)")
        // It waits: nothing after the pause is printed until Enter.
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!terminal.screen.contains("after"))
        terminal.type("\r")
        try terminal.wait(forText: "after")
        #expect(try terminal.waitForExit() == 0)

        // At the prompt, `.read` of the lesson pauses the same way, and the shell goes on.
        let shell = try startShell()
        try shell.wait(forText: "nq> ")
        shell.type(".read \(lesson.path)\r")
        try shell.wait(forText: "Look at this (press Enter to go on)")
        shell.type("\r")
        try shell.wait(forText: "after")
        try shell.wait(forText: "nq> ", count: 2)
        try leave(shell)
    }

    @Test func anEmptyLineEndsAnUnterminatedStringWithItsError() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try startShell()
        try terminal.wait(forText: "nq> ")
        terminal.type("print \"oops\r")
        try terminal.wait(forText: "...> ")
        terminal.type("\r")
        try terminal.wait(forText: "nq> ", count: 2)
        #expect(terminal.screen.contains("unterminated string"))
        try run("count quotes", in: terminal, prompt: 3)
        #expect(ShellTerminalTests.after("count quotes", in: terminal.screen).contains("6"))
        try leave(terminal)
    }
}
