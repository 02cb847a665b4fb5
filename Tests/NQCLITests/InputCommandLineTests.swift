import Foundation
import Testing

/// Articles from standard input and the reading options, through the real binary.
@Suite("Reading articles from the command line")
struct InputCommandLineTests {
    static let records = """
        {"id": "one", "title": "Bridge Reopens", "text": "“It is safe,” said engineer Ana Ruiz on Monday.", "outlet": "Courier"}
        {"id": "two", "title": "Road Closes", "text": "The road closed on Monday, officials said."}

        """

    @Test func articlesOnStandardInputWithStatementsFromDashC() throws {
        let run = try Run.nq(["--format", "csv", "-c", "articles select id, title", "-"], input: Self.records)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "id,title\r\none,Bridge Reopens\r\ntwo,Road Closes\r\n")
    }

    @Test func loadDashReadsStandardInputOnlyWhenItHoldsNoStatements() throws {
        let run = try Run.nq(["--format", "csv", "-c", "load -", "-c", "articles select id"], input: Self.records)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasSuffix("one\r\ntwo\r\n"))
        let statements = try Run.nq([], input: "load -\ncount articles\n")
        #expect(statements.errors.contains("standard input holds the statements"))
        #expect(statements.status == 1)
    }

    @Test func standardInputCannotHoldBothArticlesAndStatements() throws {
        let run = try Run.nq(["-"], input: Self.records)
        #expect(run.status == 2)
        #expect(run.errors.contains("'-' reads articles from standard input"))
    }

    @Test func exportReadsJSONLinesFromStandardInput() throws {
        let run = try Run.nq(["export", "quotes", "--format", "csv", "-"], input: Self.records)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("It is safe,"))
        #expect(run.output.split(separator: "\r\n").count == 2)
    }

    @Test func fieldNamesForAnotherSchema() throws {
        let input = #"{"story": "The road closed on Monday, officials said.", "slug": "road"}"# + "\n"
        let plain = try Run.nq(["-c", "count articles", "-"], input: input)
        #expect(plain.status == 1)
        #expect(plain.errors.contains("name yours with --field text=NAME"))
        let named = try Run.nq(
            ["--field", "text=story", "--field", "id=slug", "--format", "csv", "-c", "articles select id", "-"],
            input: input)
        #expect(named.status == 0, "\(named.errors)")
        #expect(named.output == "id\r\nroad\r\n")
        let bad = try Run.nq(["--field", "body=story", "-c", "count articles", "-"], input: input)
        #expect(bad.status == 2)
        #expect(bad.errors.contains("unknown article field 'body'"))
    }

    @Test func exportFromAnEndlessStandardInputStopsAtTheLimit() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try BuiltBinary.path())
        process.arguments = ["export", "quotes", "--max-article-mb", "2", "-"]
        process.environment = ["PATH": "/usr/bin:/bin", "NQ_HISTORY": "/dev/null"].merging(SanitizerOptions.inherited) {
            given, _ in given
        }
        process.standardInput = FileHandle(forReadingAtPath: "/dev/zero")
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("nq export read /dev/zero without end")
        }
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(message.contains("error: -: a line longer than 2 MB (--max-article-mb): stopped reading"))
    }

    @Test func aFIFOArticleIsSkippedWithoutHanging() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nq-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let run = try Run.nq(["-c", "count articles", fifo, "/dev/zero"], timeout: 10)
        #expect(run.status == 1)
        #expect(run.errors.contains("a FIFO (named pipe), not a regular file"))
        #expect(run.errors.contains("/dev/zero: a character device, not a regular file"))
    }

    @Test func anUnreadableSubfolderIsWarnedAboutAsAUser() throws {
        // Root reads every folder, so the check runs nq as the unprivileged user `nobody`.
        let folder = URL(fileURLWithPath: "/tmp").appendingPathComponent("nq-perm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer {
            chmod(folder.appendingPathComponent("sub").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let text = Data("Bridge Reopens\n\nThe bridge opened on Monday.\n".utf8)
        try text.write(to: folder.appendingPathComponent("a.txt"))
        try text.write(to: folder.appendingPathComponent("sub/b.txt"))
        chmod(folder.path, 0o755)
        chmod(folder.appendingPathComponent("sub").path, 0)
        let binary = try BuiltBinary.path()
        var arguments = [binary, "-c", "count articles", folder.path]
        var executable = binary
        if getuid() == 0 {
            executable = "/usr/bin/setpriv"
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups"] + arguments
        } else {
            arguments.removeFirst()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "NQ_HISTORY": "/dev/null", "HOME": "/tmp"].merging(
            SanitizerOptions.inherited
        ) { given, _ in given }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(message.contains("warning: skipped \(folder.path)/sub: cannot read this folder (permission denied)"))
    }
}
