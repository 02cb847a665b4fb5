import NQLanguage

/// Writes rows one at a time as JSON Lines or CSV, for exports too large to hold in memory.
///
/// The text of a row does not depend on the other rows, so a writer needs only the columns:
/// `header()` once, then `row(_:)` (or `append(_:to:)`, which reuses one buffer) for each row.
public struct RowStreamWriter: Sendable {
    /// The format rows are written in: `.jsonl` or `.csv`.
    public let format: OutputFormat
    /// The columns every row has.
    public let columns: [ResultTable.Column]
    private let prefixes: [String]
    /// The prefixes as UTF-8 one after another, for rows written as bytes, and where each ends:
    /// one array read per field rather than an array of its own to retain.
    private let prefixBytes: [UInt8]
    private let prefixEnds: [Int]

    /// Creates a writer for rows of `columns` in a format that can be streamed (jsonl: one
    /// compact object per line; csv: RFC 4180 with a header record and CRLF line ends); nil for
    /// the others, which need every row before they can print the first.
    public init?(columns: [ResultTable.Column], format: OutputFormat) {
        guard format == .jsonl || format == .csv else { return nil }
        self.columns = columns
        self.format = format
        self.prefixes =
            format == .jsonl ? JSONEncoding.keyPrefixes(columns.map(\.name), spaced: false) : []
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for prefix in prefixes {
            bytes.append(contentsOf: prefix.utf8)
            ends.append(bytes.count)
        }
        self.prefixBytes = bytes
        self.prefixEnds = ends
    }

    /// The text before the first row: the header record for CSV, nothing for JSON Lines.
    public func header() -> String {
        guard format == .csv else { return "" }
        var output = ""
        for (index, column) in columns.enumerated() {
            if index > 0 { output.append(",") }
            CSVEncoding.appendText(column.name, to: &output)
        }
        output.append(CSVEncoding.lineEnd)
        return output
    }

    /// The text of one row, ending in its line end.
    public func row(_ values: [Value]) -> String {
        var output = ""
        output.reserveCapacity(64 * max(1, columns.count))
        append(values, to: &output)
        return output
    }

    /// Appends the text of one row, ending in its line end, to `output`.
    public func append(_ values: [Value], to output: inout String) {
        if format == .csv {
            CSVEncoding.appendRecord(values, count: columns.count, to: &output)
            output.append(CSVEncoding.lineEnd)
        } else {
            JSONEncoding.appendObject(prefixes: prefixes, values: values, spaced: false, to: &output)
            output.append("\n")
        }
    }
}

extension RowStreamWriter {
    /// Appends what goes before field `index` of a row to a byte buffer: a comma (CSV), or the
    /// key with its `{` or comma (JSON Lines).
    public func appendFieldStart(_ index: Int, to output: inout [UInt8]) {
        if format == .csv {
            if index > 0 { output.append(UInt8(ascii: ",")) }
        } else {
            let start = index == 0 ? 0 : prefixEnds[index - 1]
            prefixBytes.withUnsafeBufferPointer {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<prefixEnds[index]]))
            }
        }
    }

    /// Appends the end of a row, its line end included.
    public func appendRowEnd(to output: inout [UInt8]) {
        if format == .csv {
            ByteEncoding.appendASCII("\r\n", to: &output)
        } else {
            if prefixes.isEmpty { output.append(UInt8(ascii: "{")) }
            ByteEncoding.appendASCII("}\n", to: &output)
        }
    }

    /// Appends a field's value.
    public func appendValue(_ value: Value, to output: inout [UInt8]) {
        if format == .csv {
            ByteEncoding.appendCSVValue(value, to: &output)
        } else {
            ByteEncoding.appendJSONValue(value, to: &output)
        }
    }

    /// Appends a field of text given as UTF-8 bytes (a span of an article), as
    /// `appendValue(.text(…))` would.
    public func appendText(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        if format == .csv {
            ByteEncoding.appendCSVText(text, to: &output)
        } else {
            ByteEncoding.appendJSONString(text, to: &output)
        }
    }

    /// Appends a null field.
    public func appendNull(to output: inout [UInt8]) {
        if format != .csv { ByteEncoding.appendASCII("null", to: &output) }
    }
}
