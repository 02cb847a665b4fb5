import Dispatch
import NQSource

extension TextScan {
    /// How many rows a scan takes before it is split into parts scanned on every core.
    static let partThreshold = 20_000

    /// The rows whose text contains the needle, in order: a long scan in parts on every core,
    /// each part's kept rows joined in the parts' order.
    func filterInParts(
        _ rows: [RowRef], in corpus: Corpus, check: Cancellation, threshold: Int = partThreshold
    ) throws(Diagnostic) -> [RowRef] {
        guard rows.count >= threshold else { return try filter(rows, in: corpus, check: check) }
        let partCount = 8
        let partSize = (rows.count + partCount - 1) / partCount
        let parts = ScanParts(count: partCount)
        // The corpus is only read while the parts are scanned.
        nonisolated(unsafe) let corpus = corpus
        let scan = self
        DispatchQueue.concurrentPerform(iterations: partCount) { part in
            let range = min(rows.count, part * partSize)..<min(rows.count, (part + 1) * partSize)
            // A part stopped by Ctrl-C keeps nothing; the poll below reports the interruption.
            parts.set(part, (try? scan.filter(Array(rows[range]), in: corpus, check: check)) ?? [])
        }
        try check.poll()
        var kept: [RowRef] = []
        for part in 0..<partCount { kept += parts.get(part) }
        return kept
    }
}

/// The kept rows of each part of a scan, written by one part each.
private final class ScanParts: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<[RowRef]>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: [])
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ rows: [RowRef]) { slots[index] = rows }

    func get(_ index: Int) -> [RowRef] { slots[index] }
}
