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
        if !Self.export(collection: collection, format: format, paths: paths, options: input.options) {
            throw ExitCode(1)
        }
    }

    /// Writes the export to standard output (warnings and errors to standard error); returns
    /// false when a path or file failed.
    static func export(collection: String, format: ExportFormat, paths: [String], options: InputOptions) -> Bool {
        let output = StandardStream.output()
        let errors = StandardStream.errors(after: output)
        let succeeded = Exporter().export(
            collection: collection, format: format.outputFormat, paths: paths, output: output,
            errors: errors, options: options,
            standardInput: paths.contains("-") ? LineChunks(maxLine: options.maxArticleBytes) : nil)
        output.flush()
        return succeeded
    }

    /// The collection, format and paths of an export command line (after `export`) made only of
    /// a collection, `--format jsonl|csv` (once) and at least one path, none starting with `-`;
    /// nil for any other command line, which ArgumentParser then reads (and reports on). As
    /// with `RunOptions.plain(_:)`, the commonest command lines skip ArgumentParser's model of
    /// the command, built by reflection on every run; they mean the same either way.
    static func plain(_ arguments: [String]) -> (collection: String, format: ExportFormat, paths: [String])? {
        var collection: String?
        var format: ExportFormat?
        var paths: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--format", index + 1 < arguments.count, format == nil,
                let value = ExportFormat(rawValue: arguments[index + 1])
            {
                format = value
                index += 2
            } else if !argument.isEmpty, !argument.hasPrefix("-") {
                if collection == nil { collection = argument } else { paths.append(argument) }
                index += 1
            } else {
                return nil
            }
        }
        guard let collection, !paths.isEmpty else { return nil }
        return (collection, format ?? .jsonl, paths)
    }
}
