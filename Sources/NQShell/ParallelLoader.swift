import Dispatch
import NQArticle
import NQLanguage
import NQSource

/// An analysed article and the names it is to be indexed under, both made on a worker thread.
struct LoadedArticle: Sendable {
    var article: Article
    var keys: Corpus.IndexKeys
    /// The identities of the article's quotes' speakers, of the article alone, when the loader
    /// was asked for them (a stream that holds one article at a time): made on the worker rather
    /// than on the delivering thread.
    var identities: IdentityTable? = nil
}

/// One input to load: a file, folder member or glob match, or bytes already read (standard
/// input).
enum LoadInput: Sendable {
    case file(String)
    case bytes(source: String, stem: String, firstLine: Int, [UInt8])
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
    var options = InputOptions()
    /// The most articles analysed in one batch. A load keeps everything, so larger batches only
    /// cost the memory of two of them in flight; a stream (`nq export`) keeps nothing, and a
    /// smaller cap keeps its memory flat in the corpus size.
    var largestBatch = 1024
    /// Whether each article's own identities of its quotes' speakers
    /// (`IdentityTable(speakersOf:)`) are made on the workers as well: worth it only when articles
    /// are used one at a time, as `nq export quotes` does.
    var identitiesPerArticle = false
    /// Whether the articles' names are worked out to be indexed (`Corpus.IndexKeys`); a stream
    /// that only hands out every row of each article does without.
    var indexesNames = true
    /// The analysis layers made: all for a load; a stream of one collection's rows makes only
    /// those its rows are made from.
    var layers = AnalysisLayers.all
    /// How many batches are analysed at once. Each batch ends waiting for its slowest article,
    /// with a core idle meanwhile; a second batch in flight fills that wait. A load's large
    /// batches waste little so; a stream's small ones (`largestBatch`) lost about a tenth of
    /// both cores to it.
    var batchesInFlight = 1

    /// Loads the files, handing each result to `deliver` on the calling thread in file order.
    ///
    /// Batches are pipelined: while the calling thread files one batch's articles (into a
    /// corpus, say), the next batch (or the next `batchesInFlight`) is analysed on every core.
    /// Only that many batches and the one delivered are alive at once, so what `deliver` drops
    /// is freed as the load goes.
    func load(
        _ files: [LoadInput], progress: ((Progress) -> Void)?,
        deliver: (Result<LoadedArticle, LoadProblem>) -> Void
    ) -> Outcome {
        let started = ContinuousClock.now
        // Large batches keep both cores busy (each batch ends waiting for its slowest article)
        // while still giving the progress bar and Ctrl-C a say a dozen times or more per load.
        let batch = max(min(64, largestBatch), min(largestBatch, files.count / 16))
        var next = 0
        var bytes = 0
        var cancelled = false
        // The batches being analysed, in file order.
        var pending: [Batch] = []
        func startBatches() {
            while pending.count < max(1, batchesInFlight), next < files.count {
                let upper = min(files.count, next + batch)
                pending.append(analyze(files, next..<upper))
                next = upper
            }
        }
        startBatches()
        while !pending.isEmpty {
            let current = pending.removeFirst()
            current.done.wait()
            if isCancelled() {
                // Articles of this batch were skipped too (the workers check the flag), so even a
                // Ctrl-C in the last batch leaves some unloaded. Batches analysed ahead of it are
                // waited for (their workers skip what is left) and dropped.
                cancelled = true
                for ahead in pending { ahead.done.wait() }
                pending = []
            } else {
                startBatches()
            }
            // Each result is let go once delivered, so that its index keys are freed as the corpus
            // takes the article rather than all at the end of the batch.
            var results = current.takeResults()
            results.reverse()
            while let result = results.popLast() {
                if case .success(let loaded) = result { bytes += loaded.article.text.count }
                deliver(result)
            }
            if let progress {
                let elapsed = ContinuousClock.now - started
                progress(
                    Progress(
                        done: current.range.upperBound, total: files.count, bytes: bytes,
                        seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            }
        }
        return Outcome(bytes: bytes, cancelled: cancelled)
    }

    /// A batch being analysed in the background.
    struct Batch {
        var range: Range<Int>
        var slots: Slots<[Result<LoadedArticle, LoadProblem>]>
        var done: DispatchGroup

        /// The results of every input of the batch, in order (once `done`), taken out of the
        /// batch.
        func takeResults() -> [Result<LoadedArticle, LoadProblem>] {
            (0..<range.count).flatMap { slots.take($0) ?? [] }
        }
    }

    /// Starts reading and analysing the inputs of `range` on every core, in the background:
    /// first every input is read (one file may hold many articles), then every article of the
    /// batch is analysed.
    func analyze(_ inputs: [LoadInput], _ range: Range<Int>) -> Batch {
        let slots = Slots<[Result<LoadedArticle, LoadProblem>]>(count: range.count)
        let done = DispatchGroup()
        let date = referenceDate
        let reader = ArticleReader(options: options)
        let isCancelled = isCancelled
        let identitiesPerArticle = identitiesPerArticle
        let indexesNames = indexesNames
        let layers = layers
        DispatchQueue.global().async(group: done) {
            let read = Slots<[Result<ArticleRecord, LoadProblem>]>(count: range.count)
            DispatchQueue.concurrentPerform(iterations: range.count) { offset in
                switch inputs[range.lowerBound + offset] {
                case .file(let path): read.set(offset, reader.read(path: path))
                case .bytes(let source, let stem, let firstLine, let bytes):
                    read.set(offset, reader.read(bytes: bytes, source: source, stem: stem, firstLine: firstLine))
                }
            }
            let places = (0..<range.count).flatMap { offset in
                (read.get(offset) ?? []).map { (input: offset, record: $0) }
            }
            let analysed = Slots<Result<LoadedArticle, LoadProblem>>(count: places.count)
            let analyzer = ArticleAnalyzer(languages: .builtIn(), layers: layers)
            DispatchQueue.concurrentPerform(iterations: places.count) { index in
                // After a Ctrl-C the rest of the batch is skipped: the load stops within one
                // article's analysis, not a whole batch's.
                if isCancelled() { return }
                let result = places[index].record.map { record in
                    let article = analyzer.analyze(record, date: date)
                    article.compact()
                    return LoadedArticle(
                        article: article, keys: indexesNames ? Corpus.IndexKeys(for: article) : .empty,
                        identities: identitiesPerArticle && article.quotes.contains { $0.speakerEntity != nil }
                            ? IdentityTable(speakersOf: article) : nil)
                }
                analysed.set(index, result)
            }
            var grouped = Array(repeating: [Result<LoadedArticle, LoadProblem>](), count: range.count)
            for (index, place) in places.enumerated() {
                if let result = analysed.get(index) { grouped[place.input].append(result) }
            }
            for (offset, results) in grouped.enumerated() { slots.set(offset, results) }
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

    /// The value of a slot, leaving it empty.
    func take(_ index: Int) -> Element? {
        lock.withLock {
            defer { storage[index] = nil }
            return storage[index]
        }
    }
}
