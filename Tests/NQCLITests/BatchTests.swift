import Foundation
import Testing

/// `nq` as a command in scripts and pipelines: arguments, streams and exit statuses.
@Suite("Command line")
struct BatchTests {
    @Test func versionGoesToStandardOutput() throws {
        let run = try Run.nq(["--version"])
        #expect(run.status == 0)
        #expect(run.output == "nq 0.1.0\n")
        #expect(run.errors.isEmpty)
    }

    @Test func helpNamesTheModes() throws {
        let run = try Run.nq(["--help"])
        #expect(run.status == 0)
        #expect(run.output.contains("-c <statement>"))
        #expect(run.output.contains("nq export <collection>"))
    }

    @Test(
        "Usage errors exit 2 with a message on standard error",
        arguments: [
            (["--format", "bogus"], "'bogus' is invalid for '--format"),
            (["--bogus"], "Unknown option '--bogus'"),
            (["--date", "14/03/2025"], "--date expects YYYY-MM-DD"),
            (["--width", "3"], "--width must be at least 20"),
            (["lesson.nq", "-c", "quotes"], "not both"),
            (["article.txt", "lesson.nq"], "put it first"),
            (["export", "quotes"], "Missing expected argument '<path> ...'"),
            (["export", "quotes", "--format", "table", "a.txt"], "'table' is invalid"),
        ])
    func usageError(arguments: [String], message: String) throws {
        let run = try Run.nq(arguments)
        #expect(run.status == 2)
        #expect(run.errors.contains(message))
        #expect(run.output.isEmpty)
    }

    @Test func formatBogusListsTheFormats() throws {
        let run = try Run.nq(["--format", "bogus", "-c", "quotes"])
        #expect(run.status == 2)
        for format in ["table", "json", "jsonl", "csv", "markdown", "line"] {
            #expect(run.errors.contains("- \(format)\n"))
        }
    }

    @Test func anArticleNamedExportIsNotTheSubcommand() throws {
        let run = try Run.nq(["-c", "count sentences", "--", "export"])
        #expect(run.status != 2)
        #expect(!run.errors.contains("Missing expected argument"))
    }

    @Test func standardInputWithoutATerminalHasNoPromptOrBanner() throws {
        let run = try Run.nq([], input: "help\n\n")
        #expect(run.status == 0)
        #expect(!run.output.contains("nq> "))
        #expect(!run.errors.contains("nq> "))
        #expect(!run.errors.contains("Ctrl-D"))
    }

    // Relies on the real Session: the bundled article has 25 sentences.
    @Test func standardInputStatementsRun() throws {
        let run = try Run.nq([], input: "count sentences\n")
        #expect(run.status == 0)
        #expect(run.output.contains("25"))
    }

    // Relies on the real Session.
    @Test func statementOptionIsRepeatable() throws {
        let run = try Run.nq(["-c", ".mode csv", "-c", "count sentences"])
        #expect(run.status == 0)
        #expect(run.output.contains("25"))
        #expect(!run.output.contains("│"))
    }

    // Relies on the real Session: a failing statement stops the run unless --keep-going.
    @Test func failingStatementStopsUnlessKeepGoing() throws {
        let stopped = try Run.nq(["-c", "quotes where speker = 1", "-c", "count sentences"])
        #expect(stopped.status == 1)
        #expect(stopped.errors.contains("error"))
        #expect(!stopped.output.contains("25"))

        let kept = try Run.nq(["--keep-going", "-c", "quotes where speker = 1", "-c", "count sentences"])
        #expect(kept.status == 1)
        #expect(kept.output.contains("25"))
    }

    // Relies on the real Session: a missing article is reported, the run goes on, the status is 1.
    @Test func missingArticleFailsTheRunButNotTheOthers() throws {
        let run = try Run.nq(["-c", "count sentences", "no-such-article.txt"])
        #expect(run.status == 1)
        #expect(run.errors.contains("no-such-article.txt"))
    }

    @Test("A reader that stops early (nq … | head) ends nq quietly")
    func closedPipeIsQuiet() throws {
        // Enough rows to overflow the pipe, so nq is still writing when head has gone.
        let arguments = Array(repeating: ["-c", "sentences"], count: 40).flatMap { $0 }
        let command = #"set -o pipefail; timeout 20 "$0" --format jsonl "$@" | head -c 1 >/dev/null"#
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command, try BuiltBinary.path()] + arguments
        process.standardInput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: message, as: UTF8.self) == "")
    }
}
