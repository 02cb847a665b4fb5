import NQSource

/// Sorting of 64-bit keys that carry 32-bit values, and the selection of the few smallest, for
/// orderings whose keys are integers (text sort prefixes).
enum RadixSort {
    /// Sorts `keys` ascending and moves `values` with them; equal keys keep their order. One
    /// counting pass, then up to eight passes of one byte each, least significant first (a byte
    /// that every key shares is skipped); the flag is polled before each pass.
    static func sort(_ keys: inout [UInt64], _ values: inout [UInt32], check: Cancellation) throws(Diagnostic) {
        let count = keys.count
        guard count > 1 else { return }
        var counts = [Int](repeating: 0, count: 8 * 256)
        keys.withUnsafeBufferPointer { keys in
            counts.withUnsafeMutableBufferPointer { counts in
                for key in keys {
                    var rest = key
                    for digit in 0..<8 {
                        counts[digit &* 256 &+ Int(truncatingIfNeeded: rest & 0xFF)] &+= 1
                        rest >>= 8
                    }
                }
            }
        }
        var spareKeys = [UInt64](repeating: 0, count: count)
        var spareValues = [UInt32](repeating: 0, count: count)
        var offsets = [Int](repeating: 0, count: 256)
        for digit in 0..<8 {
            let base = digit * 256
            let shift = UInt64(8 * digit)
            if counts[base + Int(truncatingIfNeeded: (keys[0] >> shift) & 0xFF)] == count { continue }
            try check.poll()
            var total = 0
            for bucket in 0..<256 {
                offsets[bucket] = total
                total += counts[base + bucket]
            }
            scatter(keys, values, into: &spareKeys, &spareValues, shift: shift, offsets: &offsets)
            swap(&keys, &spareKeys)
            swap(&values, &spareValues)
        }
    }

    /// One pass: every key and its value to the next place of its bucket (the byte at `shift`).
    static func scatter(
        _ keys: [UInt64], _ values: [UInt32], into toKeys: inout [UInt64], _ toValues: inout [UInt32],
        shift: UInt64, offsets: inout [Int]
    ) {
        keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in
                toKeys.withUnsafeMutableBufferPointer { toKeys in
                    toValues.withUnsafeMutableBufferPointer { toValues in
                        offsets.withUnsafeMutableBufferPointer { offsets in
                            for index in 0..<keys.count {
                                let key = keys[index]
                                let bucket = Int(truncatingIfNeeded: (key >> shift) & 0xFF)
                                let target = offsets[bucket]
                                offsets[bucket] = target &+ 1
                                toKeys[target] = key
                                toValues[target] = values[index]
                            }
                        }
                    }
                }
            }
        }
    }

    /// The `rank`-th smallest key (1 for the smallest; 1 ≤ rank ≤ keys.count): a max-heap of
    /// the `rank` smallest seen, which most keys pass with one comparison against its top.
    static func smallest(_ rank: Int, of keys: [UInt64]) -> UInt64 {
        var heap = Array(keys[0..<rank])
        heap.withUnsafeMutableBufferPointer { heap in
            for start in stride(from: rank / 2 - 1, through: 0, by: -1) { siftDown(&heap, from: start) }
            keys.withUnsafeBufferPointer { keys in
                for index in rank..<keys.count where keys[index] < heap[0] {
                    heap[0] = keys[index]
                    siftDown(&heap, from: 0)
                }
            }
        }
        return heap[0]
    }

    static func siftDown(_ heap: inout UnsafeMutableBufferPointer<UInt64>, from start: Int) {
        var parent = start
        while true {
            var largest = parent
            let left = 2 * parent + 1
            let right = left + 1
            if left < heap.count, heap[left] > heap[largest] { largest = left }
            if right < heap.count, heap[right] > heap[largest] { largest = right }
            if largest == parent { return }
            heap.swapAt(parent, largest)
            parent = largest
        }
    }
}
