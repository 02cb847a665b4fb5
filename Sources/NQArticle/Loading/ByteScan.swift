#if canImport(Darwin)
    import Darwin
#else
    import Glibc
#endif

/// Byte-level helpers for reading and validating article files quickly.
enum ByteScan {
    /// The high bit of every byte of a word.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// The low bit of every byte of a word.
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// Whether every byte is ASCII and none is NUL, testing 8 bytes per step.
    static func isASCIIWithoutNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            var seen: UInt64 = 0
            while offset + 8 <= count {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                // A byte is zero or ≥ 0x80 exactly when (byte - 1) or byte has its high bit set;
                // for ASCII bytes the subtraction never borrows across bytes except from a zero.
                seen |= (word &- lowBits) | word
                offset += 8
            }
            guard seen & highBits == 0 else { return false }
            while offset < count {
                let byte = buffer[offset]
                if byte == 0 || byte >= 0x80 { return false }
                offset += 1
            }
            return true
        }
    }

    /// The first offset at or after `offset` whose byte is not ASCII (or the count).
    static func asciiPrefixEnd(_ buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        let count = buffer.count
        guard let base = buffer.baseAddress else { return count }
        var index = offset
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & highBits != 0 { break }
            index += 8
        }
        while index < count, buffer[index] < 0x80 { index += 1 }
        return index
    }

    /// The length of the well-formed UTF-8 sequence starting at a non-ASCII byte, or 0 when it
    /// is ill-formed (the Unicode standard's table 3-7, as Swift's own decoder checks it).
    static func validSequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        let count = buffer.count
        let lead = buffer[offset]
        func continuation(_ index: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            index < count && buffer[index] >= low && buffer[index] <= high
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(offset + 1) ? 2 : 0
        case 0xE0...0xEF:
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
            return continuation(offset + 1, low, high) && continuation(offset + 2) ? 3 : 0
        case 0xF0...0xF4:
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            return continuation(offset + 1, low, high) && continuation(offset + 2) && continuation(offset + 3) ? 4 : 0
        default:
            return 0
        }
    }

    /// The first offset of `byte` in `bytes`, found with `memchr`.
    static func firstOffset(of byte: UInt8, in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let hit = memchr(base, Int32(byte), buffer.count) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        }
    }

    /// The offsets of every `byte` in `bytes`, found with `memchr`.
    static func offsets(of byte: UInt8, in bytes: [UInt8]) -> [Int] {
        offsets(of: byte, in: bytes, within: 0..<bytes.count)
    }

    /// The offsets of every `byte` in `bytes[range]` (clamped to the bytes), found with `memchr`.
    static func offsets(of byte: UInt8, in bytes: [UInt8], within range: Range<Int>) -> [Int] {
        bytes.withUnsafeBufferPointer { buffer in
            var found: [Int] = []
            guard let base = buffer.baseAddress else { return found }
            let end = min(range.upperBound, buffer.count)
            var offset = max(range.lowerBound, 0)
            while offset < end, let hit = memchr(base + offset, Int32(byte), end - offset) {
                let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                found.append(index)
                offset = index + 1
            }
            return found
        }
    }

    /// Turns every carriage return not followed by a line feed into a line feed, so that a file
    /// whose lines end in CR alone (classic Mac) has lines, with every offset unchanged.
    static func makeLoneCarriageReturnsLineFeeds(_ bytes: inout [UInt8]) {
        guard firstOffset(of: 0x0D, in: bytes) != nil else { return }
        for index in offsets(of: 0x0D, in: bytes) where index + 1 == bytes.count || bytes[index + 1] != 0x0A {
            bytes[index] = 0x0A
        }
    }
}
