import NQArticle
import NQRender
import NQShell

/// What one `nq` run was asked to do: the command line's values, read by `NQCommand` (through
/// ArgumentParser) or, for the commonest command lines, by `RunOptions.plain(_:)`.
struct RunOptions {
    var statements: [String] = []
    var format: OutputFormat?
    var keepGoing = false
    var date: String?
    var width: Int?
    var noHistory = false
    var noRc = false
    var input = InputOptions(maxArticleBytes: InputArguments.defaultMaxArticleMegabytes << 20)
    var paths: [String] = []

    /// What is wrong with the combination of values, as `nq --help` states the rules, or nil.
    var problem: String? {
        if paths.first?.hasSuffix(".nq") == true && !statements.isEmpty {
            return "give a script or -c statements, not both"
        }
        if let misplaced = paths.dropFirst().first(where: { $0.hasSuffix(".nq") }) {
            return "'\(misplaced)' looks like a script: put it first, before the articles"
        }
        if let date, !NQCommand.isDate(date) {
            return "--date expects YYYY-MM-DD, like 2025-03-14, not '\(date)'"
        }
        if paths.contains("-"), statements.isEmpty, paths.first?.hasSuffix(".nq") != true {
            return "'-' reads articles from standard input, which then cannot hold statements: give -c or a script"
        }
        if let width, width < 20 {
            return "--width must be at least 20, not \(width)"
        }
        return nil
    }

    /// The options of a command line made only of `-c STATEMENT`, `--format FORMAT` (once, a
    /// known format) and article or script paths not starting with `-`, which are valid
    /// together; nil for any other command line, which ArgumentParser then reads (and reports
    /// on). ArgumentParser builds its whole model of the command by reflection on every run,
    /// which costs more than loading and analysing the demo article, so nq's commonest command
    /// lines skip it; they mean the same either way (a test runs both readings).
    static func plain(_ arguments: [String]) -> RunOptions? {
        var options = RunOptions()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "-c", index + 1 < arguments.count {
                options.statements.append(arguments[index + 1])
                index += 2
            } else if argument == "--format", index + 1 < arguments.count, options.format == nil,
                let format = OutputFormat(rawValue: arguments[index + 1])
            {
                options.format = format
                index += 2
            } else if !argument.isEmpty, !argument.hasPrefix("-") {
                options.paths.append(argument)
                index += 1
            } else {
                return nil
            }
        }
        return options.problem == nil ? options : nil
    }
}
