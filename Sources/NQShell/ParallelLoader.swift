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

    /// What a load did.
    struct Outcome {
        /// The bytes of text analysed.
        var bytes: Int
        /// Whether the load was stopped before the end.
        var cancelled: Bool
    }

    let referenceDate: String?
    let isCancelled: @Sendable () -> Bool

    /// Loads the files, handing each result to `deliver` on the calling thread in file order.
    ///
    /// Batches are pipelined: while the calling thread files one batch's articles (into a
    /// corpus, say), the next batch is analysed on every core. Only two batches are alive at
    /// once, so what `deliver` drops is freed as the load goes.
    func load(
        _ files: [String], progress: ((Progress) -> Void)?,
        deliver: (Result<LoadedArticle, LoadProblem>) -> Void
    ) -> Outcome {
        let started = ContinuousClock.now
        // Large batches keep both cores busy (each batch ends waiting for its slowest article)
        // while still giving the progress bar and Ctrl-C a say a dozen times or more per load.
        let batch = max(64, min(1024, files.count / 16))
        var next = 0
        var bytes = 0
        var cancelled = false
        var pending = files.isEmpty ? nil : analyze(files, 0..<min(files.count, batch))
        while let current = pending {
            current.done.wait()
            next = current.range.upperBound
            if isCancelled() {
                // Skipped articles of this batch count too: a Ctrl-C in the last batch still
                // leaves some unloaded.
                let skipped = current.range.contains { current.slots.get($0 - current.range.lowerBound) == nil }
                cancelled = next < files.count || skipped
                pending = nil
            } else {
                pending = next < files.count ? analyze(files, next..<min(files.count, next + batch)) : nil
            }
            for index in current.range {
                guard let result = current.slots.get(index - current.range.lowerBound) else { continue }
                if case .success(let loaded) = result { bytes += loaded.article.text.count }
                deliver(result)
            }
            if let progress {
                let elapsed = ContinuousClock.now - started
                progress(
                    Progress(
                        done: next, total: files.count, bytes: bytes,
                        seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            }
        }
        return Outcome(bytes: bytes, cancelled: cancelled)
    }

    /// A batch being analysed in the background.
    struct Batch {
        var range: Range<Int>
        var slots: Slots<Result<LoadedArticle, LoadProblem>>
        var done: DispatchGroup
    }

    /// Starts analysing the files of `range` on every core, in the background.
    func analyze(_ files: [String], _ range: Range<Int>) -> Batch {
        let slots = Slots<Result<LoadedArticle, LoadProblem>>(count: range.count)
        let done = DispatchGroup()
        let date = referenceDate
        let isCancelled = isCancelled
        DispatchQueue.global().async(group: done) {
            DispatchQueue.concurrentPerform(iterations: range.count) { offset in
                // After a Ctrl-C the rest of the batch is skipped: the load stops within one
                // article's analysis, not a whole batch's.
                if isCancelled() { return }
                let path = files[range.lowerBound + offset]
                let result = ArticleLoader().readText(at: path).map { text in
                    let article = ArticleAnalyzer().analyze(
                        id: ArticleLoader.id(forPath: path), source: path, text: text, date: date)
                    article.compact()
                    return LoadedArticle(article: article, keys: Corpus.IndexKeys(for: article))
                }
                slots.set(offset, result)
            }
        }
        return Batch(range: range, slots: slots, done: done)
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
