import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C belongs to the statement it interrupts: the prompt goes on with a clean slate, a
/// script stops with status 130.
@Suite("Interrupts", .serialized)
struct InterruptTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nq-interrupt-\(UUID().uuidString)")
        let demo = try String(
            contentsOf: BuiltBinary.packageRoot.appendingPathComponent("Tests/NQShellTests/Fixtures/harbour.txt"),
            encoding: .utf8)
        for (name, count) in [("big", 400), ("other", 30)] {
            let sub = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            // Long enough that loading the big folder takes seconds in a debug build.
            let text =
                demo
                + String(repeating: demo.split(separator: "\n").dropFirst().joined(separator: "\n") + "\n", count: 20)
            for index in 1...count {
                try text.write(to: sub.appendingPathComponent("a\(index).txt"), atomically: false, encoding: .utf8)
            }
        }
    }

    @Test func aCtrlCdLoadDoesNotPoisonTheNextLoad() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = [
            "TERM": "xterm", "LANG": "C.UTF-8", "HOME": folder.path, "NQ_HISTORY": "",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        let terminal = try PseudoTerminal(executable: try BuiltBinary.path(), arguments: [], environment: environment)
        try terminal.wait(forText: "nq> ")
        terminal.type("load \(folder.path)/big/\r")
        try terminal.wait(forText: "/400 articles", timeout: 20)
        terminal.type("\u{3}")
        try terminal.wait(forText: "load interrupted", timeout: 20)
        try terminal.wait(forText: "nq> ", count: 2, timeout: 20)
        terminal.type("load \(folder.path)/other/\r")
        try terminal.wait(forText: "nq> ", count: 3, timeout: 30)
        let after = terminal.screen.components(separatedBy: "/other/").last ?? ""
        #expect(after.contains("loaded 30 articles"), "\(after)")
        #expect(!after.contains("interrupted"))
        terminal.type("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func aScriptStopsWithStatus130() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("lesson.nq")
        try "load \(folder.path)/big/\nprint \"after the load\"\n".write(to: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try BuiltBinary.path())
        process.arguments = [script.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        usleep(700_000)
        kill(process.processIdentifier, SIGINT)
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let reported = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(process.terminationReason == .exit, "nq stops itself, with its message, rather than dying")
        #expect(reported.contains("load interrupted"), "\(reported)")
        #expect(!printed.contains("after the load"))
    }
}
