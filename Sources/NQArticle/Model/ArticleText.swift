import NQSource

/// The text of one article, stored once as UTF-8 bytes; every model node points into it.
public struct ArticleText: Sendable {
    /// The UTF-8 bytes of the whole article.
    public let bytes: [UInt8]
    /// Code-point counts at every `CodePoints.stride` bytes; empty when the text is ASCII.
    private let checkpoints: [Int32]

    /// Creates the text from validated UTF-8 bytes.
    public init(bytes: [UInt8]) {
        let isASCII = bytes.withUnsafeBufferPointer { ByteScan.asciiPrefixEnd($0, from: 0) == $0.count }
        self.init(bytes: bytes, isASCII: isASCII)
    }

    /// Creates the text from validated UTF-8 bytes already known to be ASCII or not.
    init(bytes: [UInt8], isASCII: Bool) {
        self.bytes = bytes
        if isASCII {
            checkpoints = []
        } else {
            var marks = [Int32]()
            marks.reserveCapacity(bytes.count / CodePoints.stride + 1)
            var count: Int32 = 0
            bytes.withUnsafeBufferPointer { buffer in
                var offset = 0
                while offset < buffer.count {
                    // One checkpoint per stride: count the stride's non-continuation bytes.
                    marks.append(count)
                    let end = min(offset + CodePoints.stride, buffer.count)
                    count += Int32(Self.codePointCount(buffer, offset, end))
                    offset = end
                }
            }
            checkpoints = marks
        }
    }

    /// The number of code points (bytes that are not UTF-8 continuation bytes) in
    /// `buffer[start..<end]`, counted 32 bytes at a time, then 8, then one by one.
    private static func codePointCount(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var continuations = 0
        var index = start
        if let base = buffer.baseAddress {
            // A continuation byte is 10xxxxxx: bit 7 set and bit 6 (shifted up to 7) clear.
            func continuationBits(_ offset: Int) -> Int {
                let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                return (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            }
            while index + 32 <= end {
                continuations +=
                    continuationBits(index) + continuationBits(index + 8) + continuationBits(index + 16)
                    + continuationBits(index + 24)
                index += 32
            }
            while index + 8 <= end {
                continuations += continuationBits(index)
                index += 8
            }
        }
        while index < end {
            if buffer[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return end - start - continuations
    }

    /// Creates the text from a string.
    public init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    /// The number of UTF-8 bytes.
    public var count: Int { bytes.count }

    /// The text of a span, decoded.
    public func string(_ span: SourceSpan) -> String {
        let lower = max(0, min(span.lower, bytes.count))
        let upper = max(lower, min(span.upper, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The whole text, decoded.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The Unicode code-point offset of a UTF-8 offset, as Python counts string indexes.
    public func codePointOffset(_ utf8Offset: Int) -> Int {
        if checkpoints.isEmpty { return utf8Offset }
        let offset = max(0, min(utf8Offset, bytes.count))
        let mark = offset / CodePoints.stride
        let count = Int(mark < checkpoints.count ? checkpoints[mark] : checkpoints.last ?? 0)
        let start = min(mark, checkpoints.count - 1) * CodePoints.stride
        let next = (mark + 1) * CodePoints.stride
        if mark + 1 < checkpoints.count, next - offset < offset - start {
            // Nearer the next checkpoint: count back from it.
            return Int(checkpoints[mark + 1]) - bytes.withUnsafeBufferPointer { Self.codePointCount($0, offset, next) }
        }
        return count + bytes.withUnsafeBufferPointer { Self.codePointCount($0, start, offset) }
    }

    /// The code-point offset of a UTF-8 offset, as `codePointOffset(_:)` gives it, counted from
    /// `mark` (an offset read before) when that is nearer than a checkpoint; `mark` moves to
    /// the offset. Offsets read in text order (one article's rows) are counted once.
    public func codePointOffset(_ utf8Offset: Int, from mark: inout CodePointMark) -> Int {
        if checkpoints.isEmpty { return utf8Offset }
        let offset = max(0, min(utf8Offset, bytes.count))
        let checkpoint = offset / CodePoints.stride
        let before = offset - min(checkpoint, checkpoints.count - 1) * CodePoints.stride
        let after = checkpoint + 1 < checkpoints.count ? (checkpoint + 1) * CodePoints.stride - offset : before
        guard abs(offset - mark.utf8) < min(before, after) else {
            mark = CodePointMark(utf8: offset, codePoints: codePointOffset(offset))
            return mark.codePoints
        }
        let counted =
            offset >= mark.utf8
            ? mark.codePoints + bytes.withUnsafeBufferPointer { Self.codePointCount($0, mark.utf8, offset) }
            : mark.codePoints - bytes.withUnsafeBufferPointer { Self.codePointCount($0, offset, mark.utf8) }
        mark = CodePointMark(utf8: offset, codePoints: counted)
        return counted
    }

    /// The UTF-8 offset of a code-point offset (the inverse of `codePointOffset`).
    public func utf8Offset(ofCodePoint target: Int) -> Int {
        if checkpoints.isEmpty { return min(max(0, target), bytes.count) }
        var low = 0
        var high = checkpoints.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(checkpoints[mid]) <= target { low = mid } else { high = mid - 1 }
        }
        var index = low * CodePoints.stride
        var count = Int(checkpoints[low])
        while index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 {
                if count == target { return index }
                count += 1
            }
            index += 1
        }
        return bytes.count
    }

    /// Namespace for the checkpoint stride: one 4-byte checkpoint per kilobyte of non-ASCII text
    /// (0.4% of it), the rest counted eight bytes at a time.
    private enum CodePoints {
        static let stride = 1024
    }
}

/// A UTF-8 offset into an article's text with its code-point offset, from which
/// `ArticleText.codePointOffset(_:from:)` counts on; the start of the text to begin with.
public struct CodePointMark: Sendable {
    fileprivate var utf8 = 0
    fileprivate var codePoints = 0

    /// The start of the text.
    public init() {}

    fileprivate init(utf8: Int, codePoints: Int) {
        self.utf8 = utf8
        self.codePoints = codePoints
    }
}
