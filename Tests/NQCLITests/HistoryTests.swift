import Foundation
import Testing

/// The history file is never lost: appended, not rewritten; another program's file is moved
/// aside; links and devices are refused.
@Suite("History file", .serialized)
struct HistoryTests {
    let home: URL
    var historyFile: URL { home.appendingPathComponent("history") }

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("nq-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    func startShell(history: String? = nil) throws -> PseudoTerminal {
        let environment = [
            "TERM": "xterm", "LANG": "C.UTF-8", "HOME": home.path, "NQ_HISTORY": history ?? historyFile.path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        return try PseudoTerminal(executable: try BuiltBinary.path(), arguments: [], environment: environment)
    }

    /// Runs a statement and waits for the next prompt (the `count`-th on the screen).
    func run(_ statement: String, in terminal: PseudoTerminal, prompt count: Int) throws {
        terminal.type(statement + "\r")
        try terminal.wait(forText: "nq> ", count: count)
    }

    /// The statements in the history file, decoded from libedit's format.
    func statements() throws -> [String] {
        let text = try String(contentsOf: historyFile, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { $0.replacingOccurrences(of: "\\040", with: " ") }
    }

    @Test func twoShellsSharingTheFileKeepEveryStatement() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let first = try startShell()
        let second = try startShell()
        try first.wait(forText: "nq> ")
        try second.wait(forText: "nq> ")
        try run("count quotes", in: first, prompt: 2)
        try run("count sentences", in: second, prompt: 2)
        try run("count people", in: first, prompt: 3)
        try run("count figures", in: second, prompt: 3)
        try run("count dates", in: first, prompt: 4)
        try run("count places", in: second, prompt: 4)
        first.type("\u{4}")
        second.type("\u{4}")
        #expect(try first.waitForExit() == 0)
        #expect(try second.waitForExit() == 0)
        #expect(
            try statements() == [
                "count quotes", "count sentences", "count people", "count figures", "count dates", "count places",
            ])

        // libedit reads the appended lines back: Ctrl-R finds a statement and Enter runs it.
        let third = try startShell()
        try third.wait(forText: "nq> ")
        third.type("\u{12}figu\r")
        // The search redraws the prompt, so wait for the answer itself: 7 figures.
        try third.wait(for: "the count of figures, then a prompt") {
            ShellTerminalTests.after("\n7", in: ShellTerminalTests.after("figu", in: $0).description).contains("nq> ")
        }
        third.type("\u{4}")
        _ = try third.waitForExit()
    }

    @Test(arguments: ["count quotes\nquotes where speaker = \"Rutte\"\n", "\u{0}\u{1}junk\u{FF}"])
    func anotherProgramsFileIsMovedAside(_ content: String) throws {
        defer { try? FileManager.default.removeItem(at: home) }
        try content.write(to: historyFile, atomically: true, encoding: .utf8)
        let terminal = try startShell()
        try terminal.wait(forText: "nq> ")
        #expect(terminal.screen.contains("was not an nq history file; it is kept as \(historyFile.path).old"))
        try run("count sentences", in: terminal, prompt: 2)
        terminal.type("\u{4}")
        _ = try terminal.waitForExit()
        let aside = try String(contentsOf: URL(fileURLWithPath: historyFile.path + ".old"), encoding: .utf8)
        #expect(aside == content)
        #expect(try statements() == ["count sentences"])
    }

    @Test func aLongFileIsTrimmedToTheLastThousandStatements() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let lines = (1...2500).map { "count\\040quotes\\040limit\\040\($0)" }
        try (["_HiStOrY_V2_"] + lines).joined(separator: "\n").appending("\n")
            .write(to: historyFile, atomically: true, encoding: .utf8)
        let terminal = try startShell()
        try terminal.wait(forText: "nq> ")
        try run("count sentences", in: terminal, prompt: 2)
        terminal.type("\u{4}")
        _ = try terminal.waitForExit()
        let kept = try statements()
        #expect(kept.count == 1001)
        #expect(kept.first == "count quotes limit 1501")
        #expect(kept.last == "count sentences")
    }

    @Test func aSymbolicLinkIsRefusedAndItsTargetKept() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let target = home.appendingPathComponent("precious.txt")
        try "keep me\n".write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: historyFile, withDestinationURL: target)
        let terminal = try startShell()
        try terminal.wait(forText: "nq> ")
        #expect(terminal.screen.contains("is a symbolic link; history is kept for this session only"))
        try run("count sentences", in: terminal, prompt: 2)
        terminal.type("\u{4}")
        _ = try terminal.waitForExit()
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me\n")
    }

    @Test(arguments: ["/dev/zero", "/dev/null"])
    func aDeviceIsRefusedAndThePromptStillShows(_ device: String) throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try startShell(history: device)
        try terminal.wait(forText: "nq> ")
        #expect(terminal.screen.contains("is not a regular file"))
        try run("count sentences", in: terminal, prompt: 2)
        terminal.type("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }
}
