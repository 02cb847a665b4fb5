import ArgumentParser
import NQArticle

extension InputFormat: ExpressibleByArgument {}

/// The options that say how articles are read, shared by `nq` and `nq export`.
struct InputArguments: ParsableArguments {
    @Option(
        name: .customLong("input-format"),
        help: ArgumentHelp(
            "Read every article in this format (default: from each file's extension and content).",
            valueName: "format"))
    var inputFormat: InputFormat?

    @Option(
        name: .customLong("field"),
        help: ArgumentHelp(
            "Name the JSON or front-matter field holding id, title, text, date, url, outlet or author (repeatable).",
            valueName: "field=name"))
    var fields: [String] = []

    @Option(
        name: .customLong("max-article-mb"),
        help: ArgumentHelp("Refuse articles larger than this many megabytes.", valueName: "n"))
    var maxArticleMegabytes: Int = Self.defaultMaxArticleMegabytes

    /// The default of `--max-article-mb`.
    static let defaultMaxArticleMegabytes = InputOptions.defaultMaxArticleBytes >> 20

    func validate() throws {
        var names = FieldNames()
        for setting in fields {
            if let message = names.apply(setting) { throw ValidationError(message) }
        }
        if maxArticleMegabytes < 1 || maxArticleMegabytes > 1 << 20 {
            throw ValidationError("--max-article-mb must be between 1 and 1048576, not \(maxArticleMegabytes)")
        }
    }

    /// The reading options these arguments give.
    var options: InputOptions {
        var names = FieldNames()
        for setting in fields { _ = names.apply(setting) }
        return InputOptions(format: inputFormat, fields: names, maxArticleBytes: maxArticleMegabytes << 20)
    }
}
