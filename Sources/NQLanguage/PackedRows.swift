/// A list of row references kept as variable-length differences from the row before, in the
/// order they were appended: about two bytes a row where an array of `RowRef` takes eight (and
/// up to twice that in the room an array grown by appending keeps).
///
/// Each row is its article's difference from the previous row's article, then its item (the
/// item's difference from the previous row's item when the article is the same), both
/// zigzag-coded so that any order of rows reads back as it was appended, in LEB128 bytes.
public struct PackedRows: Sendable {
    private var bytes: [UInt8] = []
    private var lastArticle: Int32 = 0
    private var lastItem: Int32 = 0

    /// Creates an empty list.
    public init() {}

    /// Whether the list holds no rows.
    public var isEmpty: Bool { bytes.isEmpty }

    /// The bytes the rows take (for figures and tests).
    public var byteCount: Int { bytes.count }

    /// Appends a row.
    public mutating func append(_ row: RowRef) {
        // A row takes at most 20 bytes. Grown by an eighth rather than doubled, the bytes of a
        // corpus's name index keep about 6% room to spare rather than about a third.
        if bytes.capacity - bytes.count < 20 { bytes.reserveCapacity(bytes.count + bytes.count >> 3 + 32) }
        let articleStep = Int64(row.article) - Int64(lastArticle)
        Self.write(Self.zigzag(articleStep), to: &bytes)
        let itemStep = articleStep == 0 ? Int64(row.item) - Int64(lastItem) : Int64(row.item)
        Self.write(Self.zigzag(itemStep), to: &bytes)
        lastArticle = row.article
        lastItem = row.item
    }

    /// Calls `body` with each row, in the order they were appended.
    public func forEach(_ body: (RowRef) throws -> Void) rethrows {
        var article: Int64 = 0
        var item: Int64 = 0
        var offset = 0
        try bytes.withUnsafeBufferPointer { buffer in
            while offset < buffer.count {
                let articleStep = Self.unzigzag(Self.read(buffer, &offset))
                let itemStep = Self.unzigzag(Self.read(buffer, &offset))
                article += articleStep
                item = articleStep == 0 ? item + itemStep : itemStep
                var row = RowRef(article: 0, item: 0)
                row.article = Int32(truncatingIfNeeded: article)
                row.item = Int32(truncatingIfNeeded: item)
                try body(row)
            }
        }
    }

    /// The rows, in the order they were appended.
    public var rows: [RowRef] {
        var rows: [RowRef] = []
        forEach { rows.append($0) }
        return rows
    }

    private static func zigzag(_ value: Int64) -> UInt64 {
        UInt64(bitPattern: (value << 1) ^ (value >> 63))
    }

    private static func unzigzag(_ value: UInt64) -> Int64 {
        Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
    }

    private static func write(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static func read(_ buffer: UnsafeBufferPointer<UInt8>, _ offset: inout Int) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < buffer.count {
            let byte = buffer[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return value
    }
}
