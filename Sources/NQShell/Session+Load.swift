import Dispatch
import NQArticle
import NQLanguage
import NQSource

extension Session {
    /// Loads articles from files, folders, globs or standard input (`-`); problems are
    /// reported to `errors` and the other files still load. Returns false when any path or file
    /// failed.
    ///
    /// Loading a file again replaces the articles loaded from it before; an article whose id is
    /// taken by another file's is renamed (`x-2`) with a warning, so ids stay unique.
    @discardableResult
    public func load(paths: [String]) -> Bool {
        var inputs: [LoadInput] = []
        var problems: [LoadProblem] = []
        var skipped: [LoadProblem] = []
        for path in paths {
            if path == ArticleReader.standardInput {
                switch standardInput() {
                case .success(let bytes): inputs.append(.bytes(source: path, stem: "stdin", firstLine: 1, bytes))
                case .failure(let failure): problems.append(LoadProblem(path: path, message: failure.message))
                }
                continue
            }
            let listing = ArticleLoader().listing(for: [path])
            inputs += listing.files.map { .file($0) }
            problems += listing.problems
            skipped += listing.skipped
        }
        for problem in problems { report("error: \(problem.path): \(problem.message)") }
        for problem in skipped { report("warning: skipped \(problem.path): \(problem.message)") }
        var succeeded = problems.isEmpty
        guard !inputs.isEmpty else { return false }
        let replaced = removeArticles(loadedFrom: inputs)
        let before = corpus.count
        let total = inputs.count
        let progress = showsProgress && total > 1
        var languages = LanguageCount()
        let outcome = ParallelLoader(referenceDate: referenceDate, isCancelled: isCancelled, options: inputOptions)
            .load(inputs, progress: progress ? progressLine : nil) { result in
                switch result {
                case .success(let loaded):
                    languages.add(loaded.article)
                    makeIDUnique(loaded.article)
                    corpus.add(loaded.article, keys: loaded.keys)
                case .failure(let problem):
                    if progress { errors.write("\r\u{1B}[K") }
                    report("warning: skipped \(problem.path): \(problem.message)")
                    succeeded = false
                }
            }
        if progress { errors.write("\r\u{1B}[K") }
        let added = corpus.count - before
        let replacing = replaced > 0 ? ", replacing \(replaced) loaded before from the same files" : ""
        if outcome.cancelled {
            report("load interrupted: \(added) of \(total) articles loaded")
            interruptionReported = true
        } else if isInteractive || total > 1 || replaced > 0 || added > 1 {
            let megabytes = Double(outcome.bytes) / 1_000_000
            report("loaded \(added) article\(added == 1 ? "" : "s") (\(Self.format(megabytes)) MB)\(replacing)")
        }
        if let notice = languages.notice() { report(notice) }
        return succeeded && !outcome.cancelled
    }

    /// Removes the articles loaded before from any of `inputs`' files; returns how many.
    func removeArticles(loadedFrom inputs: [LoadInput]) -> Int {
        guard corpus.count > 0 else { return 0 }
        var sources: Set<String> = []
        for input in inputs {
            switch input {
            case .file(let path): sources.insert(Self.plainPath(path))
            case .bytes(let source, _, _, _): sources.insert(source)
            }
        }
        return corpus.removeArticles { sources.contains(Self.plainPath($0.source)) }
    }

    /// A path without `./` steps and doubled slashes, so that `d/x.txt` and `./d//x.txt` match.
    static func plainPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        let parts = path.split(separator: "/").filter { $0 != "." }
        return (absolute ? "/" : "") + parts.joined(separator: "/")
    }

    /// Gives an article whose id another loaded article has the first free id `ID-2`, `ID-3`…,
    /// with a warning.
    func makeIDUnique(_ article: Article) {
        guard let existing = corpus.articleIndex[article.id] else { return }
        let taken = corpus.articles[existing]
        var number = 2
        while corpus.articleIndex["\(article.id)-\(number)"] != nil { number += 1 }
        let renamed = "\(article.id)-\(number)"
        report(
            "warning: \(article.source): the id '\(article.id)' is taken by \(taken.source); loaded as '\(renamed)'")
        article.id = renamed
    }

    /// Loads the demo article that ships with nq (compiled into the binary).
    @discardableResult
    public func loadBundledArticle() -> Bool {
        let article = ArticleAnalyzer().analyze(
            id: BundledArticle.id, source: BundledArticle.source, text: BundledArticle.text, date: referenceDate)
        article.compact()
        var languages = LanguageCount()
        languages.add(article)
        if let notice = languages.notice() { report(notice) }
        corpus.removeArticles { $0.source == BundledArticle.source }
        corpus.add(article)
        return true
    }

    /// Writes a progress line to `errors`, overwriting the previous one.
    func progressLine(_ progress: ParallelLoader.Progress) {
        let megabytes = Double(progress.bytes) / 1_000_000
        let rate = progress.seconds > 0 ? megabytes / progress.seconds : 0
        let width = 24
        let filled = progress.total > 0 ? width * progress.done / progress.total : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        errors.write(
            "\r\u{1B}[K\(bar) \(progress.done)/\(progress.total) articles, \(Self.format(megabytes)) MB, "
                + "\(Self.format(rate)) MB/s")
    }

    /// A number with one decimal.
    static func format(_ number: Double) -> String {
        let tenths = Int((number * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// Counts the articles of a load that do not look English, for one notice per load.
struct LanguageCount {
    /// Articles by language code, English left out.
    private(set) var others: [String: Int] = [:]
    /// All articles counted.
    private(set) var total = 0

    /// Counts one article.
    mutating func add(_ article: Article) {
        total += 1
        if article.language != "en" { others[article.language, default: 0] += 1 }
    }

    /// The notice, or nil when every article looks English.
    func notice() -> String? {
        guard !others.isEmpty else { return nil }
        let tables = LanguageTables.builtIn()
        let count = others.values.reduce(0, +)
        let which = others.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "\(tables.profile($0.key).name) \($0.value)" }.joined(separator: ", ")
        let subject = total == 1 ? "the article does not" : "\(count) of \(total) articles do not"
        return "note: \(subject) look English (\(which)); nq reads English: quotation marks pair in "
            + "each language's style, but speakers, names, figures and dates are found with English words, "
            + "so expect fewer and less accurate results"
    }
}
