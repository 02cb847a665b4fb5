import ArgumentParser
import NQArticle

/// Parses the command line, runs the command and turns the outcome into nq's exit status:
/// 0 ok, 1 a statement or its data failed, 2 usage error.
enum ExitStatus {
    /// Named statuses, as documented in `nq --help` and the README.
    static let success: Int32 = 0
    /// A statement or its data failed.
    static let failure: Int32 = 1
    /// The command line was wrong.
    static let usage: Int32 = 2
    /// Ctrl-C stopped a script or batch run (128 + SIGINT, as shells report it).
    static let interrupted: Int32 = 130

    /// Runs nq with `arguments` (without the program name) and returns its exit status.
    static func of(arguments: [String]) -> Int32 {
        // ArgumentParser never reaches a subcommand when the root command takes positional
        // arguments, so `export` is dispatched here; `nq -- export` still opens a file of that name.
        if arguments.first == "export" {
            let rest = Array(arguments.dropFirst())
            if let plain = ExportCommand.plain(rest) {
                let options = InputOptions(maxArticleBytes: InputArguments.defaultMaxArticleMegabytes << 20)
                return ExportCommand.export(
                    collection: plain.collection, format: plain.format, paths: plain.paths, options: options)
                    ? success : failure
            }
            return run(ExportCommand.self, rest)
        }
        if arguments == ["--version"] {
            write(NQCommand.configuration.version, to: StandardStream.output())
            return success
        }
        if let options = RunOptions.plain(arguments) {
            return Runner(options: options).run()
        }
        return run(NQCommand.self, arguments)
    }

    private static func run(_ type: any ParsableCommand.Type, _ arguments: [String]) -> Int32 {
        do {
            var command = try type.parseAsRoot(arguments)
            try command.run()
            return success
        } catch {
            let code = type.exitCode(for: error)
            let message = type.fullMessage(for: error)
            // ArgumentParser reports usage errors as EX_USAGE (64); nq promises 2, like most tools.
            if code == .validationFailure {
                write(message, to: StandardStream.errors(after: StandardStream.output()))
                return usage
            }
            if code.isSuccess {
                write(message, to: StandardStream.output())  // --help, --version
                return success
            }
            if !message.isEmpty {
                write(message, to: StandardStream.errors(after: StandardStream.output()))
            }
            return code.rawValue
        }
    }

    private static func write(_ message: String, to stream: StandardStream) {
        stream.write(message.hasSuffix("\n") ? message : message + "\n")
        stream.flush()
    }
}
