import Dispatch
import NQArticle
import NQLanguage
import NQSource

extension Session {
    /// Loads articles from files, folders or globs; problems are reported to `errors` and the
    /// other files still load. Returns false when any path or file failed.
    @discardableResult
    public func load(paths: [String]) -> Bool {
        let (files, problems) = ArticleLoader().files(for: paths)
        for problem in problems { report("error: \(problem.path): \(problem.message)") }
        var succeeded = problems.isEmpty
        guard !files.isEmpty else { return false }
        let before = corpus.count
        let outcome = ParallelLoader(referenceDate: referenceDate, isCancelled: isCancelled)
            .load(files, progress: showsProgress && files.count > 1 ? progressLine : nil) { result in
                switch result {
                case .success(let loaded): corpus.add(loaded.article, keys: loaded.keys)
                case .failure(let problem):
                    if showsProgress && files.count > 1 { errors.write("\r\u{1B}[K") }
                    report("warning: skipped \(problem.path): \(problem.message)")
                    succeeded = false
                }
            }
        if showsProgress && files.count > 1 { errors.write("\r\u{1B}[K") }
        let added = corpus.count - before
        if outcome.cancelled {
            report("load interrupted: \(added) of \(files.count) articles loaded")
            interruptionReported = true
        } else if isInteractive || files.count > 1 {
            let megabytes = Double(outcome.bytes) / 1_000_000
            report("loaded \(added) article\(added == 1 ? "" : "s") (\(Self.format(megabytes)) MB)")
        }
        return succeeded && !outcome.cancelled
    }

    /// Loads the demo article that ships with nq.
    @discardableResult
    public func loadBundledArticle() -> Bool {
        guard let path = BundledArticle.path else {
            report("error: the bundled demo article is missing from this installation")
            return false
        }
        let quiet = isInteractive
        isInteractive = false
        defer { isInteractive = quiet }
        return load(paths: [path])
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
