import ArgumentParser
import NQRender
import NQShell

extension OutputFormat: ExpressibleByArgument {}

/// `nq [options] [SCRIPT.nq] [ARTICLE…]`: the shell, a script, `-c` statements or statements
/// from standard input, over the given articles or the bundled demo article.
struct NQCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nq",
        abstract: "Query news articles: quotes and who said them, entities, figures, dates.",
        usage: """
            nq [<options>] [<article> ...]
            nq [<options>] <script.nq> [<article> ...]
            nq [<options>] -c <statement> [-c <statement> ...] [<article> ...]
            nq export <collection> [--format jsonl|csv] <path> ...
            """,
        discussion: """
            With no script and no -c, nq opens a shell at a terminal and reads statements from \
            standard input otherwise. A first argument ending in .nq is a script. With no \
            article, nq uses its bundled demo article.

            `nq export --help` describes export; an article named export is opened with \
            `nq ./export` or `nq -- export`.

            Exit status: 0 ok, 1 a statement, an expectation or its data failed, 2 usage error, \
            130 interrupted by Ctrl-C.
            """,
        version: "nq \(Session.version)"
    )

    @Option(
        name: .customShort("c"), parsing: .unconditionalSingleValue,
        help: ArgumentHelp("Run a statement; repeat for several, run in order.", valueName: "statement")
    )
    var statements: [String] = []

    @Option(help: "How to print results: table, json, jsonl, csv or markdown.")
    var format: OutputFormat?

    @Flag(help: "Run on after a failing statement; exit with status 1 at the end if any failed.")
    var keepGoing = false

    @Option(
        help: ArgumentHelp(
            "Reference date for relative dates when an article has none.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(
        help: ArgumentHelp("Fit tables to this many columns (default: the terminal's).", valueName: "n")
    )
    var width: Int?

    @Flag(help: "Neither read nor write the shell history (~/.nq_history, or $NQ_HISTORY).")
    var noHistory = false

    @Flag(help: "Do not run ~/.nqrc when the shell starts.")
    var noRc = false

    @OptionGroup(title: "Reading articles")
    var input: InputArguments

    @Argument(
        help: ArgumentHelp(
            "A script ending in .nq (first), then article files, folders or globs; - reads articles from standard input.",
            valueName: "script-or-article"))
    var paths: [String] = []

    func validate() throws {
        if let problem = options.problem { throw ValidationError(problem) }
    }

    func run() throws {
        let status = Runner(options: options).run()
        if status != 0 { throw ExitCode(status) }
    }

    /// The values the command line gave.
    var options: RunOptions {
        RunOptions(
            statements: statements, format: format, keepGoing: keepGoing, date: date, width: width,
            noHistory: noHistory, noRc: noRc, input: input.options, paths: paths)
    }

    /// Whether `text` is a real calendar day written YYYY-MM-DD (not 2025-02-30).
    static func isDate(_ text: String) -> Bool {
        text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-") } && DateText.isValid(text)
    }
}
