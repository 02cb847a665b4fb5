#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A set of bytes as a 256-bit map.
struct ByteSet: Sendable, Equatable {
    private var word0: UInt64 = 0
    private var word1: UInt64 = 0
    private var word2: UInt64 = 0
    private var word3: UInt64 = 0

    /// Whether the byte is in the set.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = word0
        case 1: word = word1
        case 2: word = word2
        default: word = word3
        }
        return (word >> UInt64(byte & 63)) & 1 != 0
    }

    /// Adds a byte.
    mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: word0 |= bit
        case 1: word1 |= bit
        case 2: word2 |= bit
        default: word3 |= bit
        }
    }

    /// Adds a range of bytes.
    mutating func insert(_ range: ClosedRange<UInt8>) {
        for byte in range { insert(byte) }
    }

    /// Adds all bytes of another set.
    mutating func formUnion(_ other: ByteSet) {
        word0 |= other.word0
        word1 |= other.word1
        word2 |= other.word2
        word3 |= other.word3
    }

    /// The number of bytes in the set.
    var count: Int {
        word0.nonzeroBitCount + word1.nonzeroBitCount + word2.nonzeroBitCount
            + word3.nonzeroBitCount
    }

    /// The bytes in the set, ascending.
    var members: [UInt8] { (0...255).filter { contains($0) } }
}

/// Fast scans of a byte buffer for the first byte of a set.
enum ByteScanner {
    /// The first index in `start..<end` whose byte is `byte`.
    @inline(__always)
    static func find(_ byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int)
        -> Int?
    {
        guard start < end else { return nil }
        guard let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The first index in `start..<end` whose byte is `first` or `second`, eight bytes at a time.
    static func find(
        _ first: UInt8, or second: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int
    ) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let pattern1 = ones &* UInt64(first)
        let pattern2 = ones &* UInt64(second)
        var index = start
        let raw = UnsafeRawPointer(base)
        while index + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let x1 = word ^ pattern1
            let x2 = word ^ pattern2
            // The classic has-zero-byte test is exact about whether a zero byte exists,
            // so on a hit the byte loop below finds it within these eight bytes.
            let zero1 = (x1 &- ones) & ~x1 & highs
            let zero2 = (x2 &- ones) & ~x2 & highs
            if zero1 | zero2 != 0 { break }
            index += 8
        }
        while index < end {
            let byte = base[index]
            if byte == first || byte == second { return index }
            index += 1
        }
        return nil
    }

    /// The first index in `start..<end` whose byte is in `set`.
    static func find(
        in set: ByteSet, base: UnsafePointer<UInt8>, from start: Int, to end: Int
    ) -> Int? {
        var index = start
        while index < end {
            if set.contains(base[index]) { return index }
            index += 1
        }
        return nil
    }
}
