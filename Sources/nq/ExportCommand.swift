import ArgumentParser
import NQArticle
import NQRender
import NQShell

/// The formats `nq export` streams: one row per line, so memory stays constant.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case jsonl, csv

    /// The renderer's format of the same name.
    var outputFormat: OutputFormat {
        switch self {
        case .jsonl: .jsonl
        case .csv: .csv
        }
    }
}

/// `nq export COLLECTION [--format jsonl|csv] PATH…`: every row of one collection for many
/// articles, analysed one at a time.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nq export",
        abstract: "Stream every row of one collection for many articles, one article at a time.")

    @Argument(help: "The collection to export, such as quotes, sentences, entities or figures.")
    var collection: String

    @Option(help: "jsonl (one JSON object per line) or csv.")
    var format: ExportFormat = .jsonl

    @Argument(
        help: ArgumentHelp(
            "Article files, folders or globs; - reads articles from standard input (JSON Lines stream through).",
            valueName: "path"))
    var paths: [String]

    @OptionGroup(title: "Reading articles")
    var input: InputArguments

    func validate() throws {
        if paths.isEmpty {
            throw ValidationError("give at least one article, folder or glob to export")
        }
    }

    func run() throws {
        let output = StandardStream.output()
        let errors = StandardStream.errors(after: output)
        let succeeded = Exporter().export(
            collection: collection, format: format.outputFormat, paths: paths, output: output,
            errors: errors, options: input.options,
            standardInput: paths.contains("-") ? LineChunks(maxLine: input.options.maxArticleBytes) : nil)
        output.flush()
        if !succeeded { throw ExitCode(1) }
    }
}
