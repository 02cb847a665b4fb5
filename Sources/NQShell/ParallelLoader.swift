import Dispatch
import NQArticle
import NQLanguage
import NQSource

/// An analysed article and the names it is to be indexed under, both made on a worker thread.
struct LoadedArticle: Sendable {
    var article: Article
    var keys: Corpus.IndexKeys
}

/// Reads and analyses many article files on every core, keeping their order.
struct ParallelLoader: Sendable {
    /// How far a load has got.
    struct Progress: Sendable {
        var done: Int
        var total: Int
        var bytes: Int
        var seconds: Double
    }

    /// What a load produced.
    struct Outcome {
        /// One result per file read, in the order of the files.
        var results: [Result<LoadedArticle, LoadProblem>]
        /// The bytes of text analysed.
        var bytes: Int
        /// Whether the load was stopped before the end.
        var cancelled: Bool
    }

    let referenceDate: String?
    let isCancelled: @Sendable () -> Bool

    /// Loads the files; `progress` is called on the calling thread between batches.
    func load(_ files: [String], progress: ((Progress) -> Void)?) -> Outcome {
        let slots = Slots<Result<LoadedArticle, LoadProblem>>(count: files.count)
        let started = ContinuousClock.now
        // Large batches keep both cores busy (each batch ends waiting for its slowest article)
        // while still giving the progress bar and Ctrl-C a say a dozen times or more per load.
        let batch = max(64, min(1024, files.count / 16))
        var next = 0
        var bytes = 0
        var cancelled = false
        while next < files.count {
            if isCancelled() {
                cancelled = true
                break
            }
            let range = next..<min(files.count, next + batch)
            let date = referenceDate
            DispatchQueue.concurrentPerform(iterations: range.count) { offset in
                let index = range.lowerBound + offset
                let path = files[index]
                let result = ArticleLoader().readText(at: path).map { text in
                    let article = ArticleAnalyzer().analyze(
                        id: ArticleLoader.id(forPath: path), source: path, text: text, date: date)
                    article.compact()
                    return LoadedArticle(article: article, keys: Corpus.IndexKeys(for: article))
                }
                slots.set(index, result)
            }
            for index in range {
                if case .success(let loaded) = slots.get(index) { bytes += loaded.article.text.count }
            }
            next = range.upperBound
            if let progress {
                let elapsed = ContinuousClock.now - started
                progress(
                    Progress(
                        done: next, total: files.count, bytes: bytes,
                        seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            }
        }
        return Outcome(results: (0..<next).compactMap { slots.get($0) }, bytes: bytes, cancelled: cancelled)
    }
}

/// Fixed slots written by parallel workers, each slot by exactly one worker.
final class Slots<Element>: @unchecked Sendable {
    private var storage: [Element?]
    private let lock = NSLockLite()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Element) {
        lock.withLock { storage[index] = value }
    }

    func get(_ index: Int) -> Element? {
        lock.withLock { storage[index] }
    }
}
