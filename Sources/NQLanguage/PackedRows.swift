/// A list of row references kept as variable-length differences from the row before, in the
/// order they were appended: about two bytes a row where an array of `RowRef` takes eight (and
/// up to twice that in the room an array grown by appending keeps).
///
/// Each row is its article's difference from the previous row's article, then its item (the
/// item's difference from the previous row's item when the article is the same), both
/// zigzag-coded so that any order of rows reads back as it was appended, in LEB128 bytes.
///
/// A lone row (as most names of a corpus have: one entity of one article) is kept in the fields
/// that hold the last row, with no bytes and so no allocation; it is written out when a second
/// row comes.
public struct PackedRows: Sendable {
    private var bytes: [UInt8] = []
    /// The last row written to `bytes`; with no bytes, the lone row, or `none` for no row.
    private var lastArticle: Int32 = Self.none
    private var lastItem: Int32 = Self.none

    /// `lastArticle` and `lastItem` of an empty list. (A first row with both fields equal to it
    /// is written to the bytes at once.)
    private static let none = Int32.min

    /// Creates an empty list.
    public init() {}

    /// Whether the list holds no rows.
    public var isEmpty: Bool { bytes.isEmpty && lastArticle == Self.none && lastItem == Self.none }

    /// The bytes the rows take (for figures and tests): none for a lone row.
    public var byteCount: Int { bytes.count }

    /// Appends a row.
    public mutating func append(_ row: RowRef) {
        if bytes.isEmpty {
            let empty = lastArticle == Self.none && lastItem == Self.none
            if empty, row.article != Self.none || row.item != Self.none {
                lastArticle = row.article
                lastItem = row.item
                return
            }
            // The lone row (if any) is written first, counted from the zero row as every first is.
            let lone = empty ? nil : Self.row(lastArticle, lastItem)
            lastArticle = 0
            lastItem = 0
            if let lone { writeRow(lone) }
        }
        writeRow(row)
    }

    /// Writes a row to the bytes, after `lastArticle` and `lastItem`.
    private mutating func writeRow(_ row: RowRef) {
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
        guard !bytes.isEmpty else {
            if !isEmpty { try body(Self.row(lastArticle, lastItem)) }
            return
        }
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

    /// The row of an article and item given as stored.
    private static func row(_ article: Int32, _ item: Int32) -> RowRef {
        var row = RowRef(article: 0, item: 0)
        row.article = article
        row.item = item
        return row
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
