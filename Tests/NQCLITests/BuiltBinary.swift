import Foundation
import Testing

/// Finds the `nq` executable that `swift build` or `swift test` put under `.build`.
enum BuiltBinary {
    /// The package root, two folders above this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `nq` beside the running test bundle (whatever the build folder), else
    /// `<package>/.build/debug/nq`; records a clear failure when neither exists, because a missing
    /// binary must fail the tests, never skip them.
    static func path(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidates = [
            testBinary.deletingLastPathComponent().appendingPathComponent("nq").path,
            packageRoot.appendingPathComponent(".build/debug/nq").path,
        ]
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            return found
        }
        Issue.record(
            "nq executable not found; run `swift build --product nq` first. Looked at: \(candidates.joined(separator: ", "))",
            sourceLocation: sourceLocation)
        throw MissingBinary()
    }

    /// Thrown after recording the issue, to stop the test.
    struct MissingBinary: Error {}
}

/// A finished run of `nq` with its outputs.
struct Run {
    /// The exit status.
    var status: Int32
    /// Everything written to standard output.
    var output: String
    /// Everything written to standard error.
    var errors: String

    /// Runs `nq` with `arguments` in `directory` (a fresh folder by default), feeding `input` on
    /// standard input (never a terminal), and waits at most `timeout` seconds before killing it
    /// and failing.
    static func nq(
        _ arguments: [String], input: String = "", environment: [String: String] = [:],
        directory: URL? = nil, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Run {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("nq-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Files, not pipes, catch the output: a full pipe cannot block the child.
        let outputURL = folder.appendingPathComponent("stdout")
        let errorsURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorsURL.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try BuiltBinary.path(sourceLocation: sourceLocation))
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NQ_HISTORY"] = folder.appendingPathComponent("history").path
        env.merge(environment) { $1 }
        process.environment = env
        process.currentDirectoryURL = directory ?? folder
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorsURL)
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()

        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("nq \(arguments) did not finish within \(timeout) s", sourceLocation: sourceLocation)
        }
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            output: try String(contentsOf: outputURL, encoding: .utf8),
            errors: try String(contentsOf: errorsURL, encoding: .utf8))
    }
}

/// The sanitizer options of the test process (set by scripts/sanitize), for the nq processes a
/// test starts with an environment of its own.
enum SanitizerOptions {
    /// `ASAN_OPTIONS`, `LSAN_OPTIONS`, `TSAN_OPTIONS` and `UBSAN_OPTIONS`, where set.
    static var inherited: [String: String] {
        ProcessInfo.processInfo.environment.filter {
            ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS"].contains($0.key)
        }
    }
}
