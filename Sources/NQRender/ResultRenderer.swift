import NQLanguage

/// Turns a query result into the text printed for it, in any output format.
///
/// The row count (`2 rows`) is not part of the rendered text: it is a status line, like a
/// timing, and goes to standard error (`footer(for:format:)`), so that standard output holds
/// only the result and can be piped.
public struct ResultRenderer: Sendable {
    /// Whether table headers are bold; set it only when standard output is a terminal.
    public var color: Bool
    /// Whether tables of rows get a leading `#` column numbering the rows of this result.
    public var rowNumbers: Bool

    /// Creates a renderer; by default without colour and with row numbers.
    public init(color: Bool = false, rowNumbers: Bool = true) {
        self.color = color
        self.rowNumbers = rowNumbers
    }

    /// The complete text for a result, ending in exactly one newline.
    ///
    /// `width` is the terminal width tables are fitted to (zero or less for no limit); the other
    /// formats ignore it. A scalar result prints as its bare value in the table and JSON formats.
    public func render(_ table: ResultTable, format: OutputFormat, width: Int) -> String {
        if table.shape == .scalar, format == .table || format == .json || format == .jsonl {
            return renderScalar(table, format: format)
        }
        switch format {
        case .table:
            let renderer = TableRenderer(width: width, color: color, rowNumbers: rowNumbers)
            return renderer.render(table)
        case .json: return renderJSON(table)
        case .jsonl, .csv:
            let writer = RowStreamWriter(columns: table.columns, format: format)!
            var output = writer.header()
            for row in table.rows { writer.append(row, to: &output) }
            return output
        case .markdown: return MarkdownRenderer.render(table)
        case .line: return renderLines(table)
        }
    }

    /// The status line after a table, such as `2 rows`, ending in a newline; nil for other
    /// formats and for a scalar result. Meant for standard error.
    public func footer(for table: ResultTable, format: OutputFormat) -> String? {
        guard format == .table, table.shape != .scalar else { return nil }
        return Self.rowCount(table.rows.count) + "\n"
    }

    /// `1 row`, `0 rows`, `2 rows`.
    public static func rowCount(_ count: Int) -> String {
        count == 1 ? "1 row" : "\(count) rows"
    }

    private func renderScalar(_ table: ResultTable, format: OutputFormat) -> String {
        let value = table.rows.first?.first ?? .null
        if format == .table { return TerminalText.oneLine(value.displayText) + "\n" }
        var output = ""
        JSONEncoding.appendValue(value, spaced: true, to: &output)
        return output + "\n"
    }

    /// `name = value` lines, the names right-aligned, a blank line between rows (sqlite's
    /// `.mode line`); values are never cut, but put on one line with control characters shown.
    private func renderLines(_ table: ResultTable) -> String {
        let names = table.columns.map { TerminalText.oneLine($0.name) }
        let width = names.map { DisplayWidth.of($0) }.max() ?? 0
        var output = ""
        for (index, row) in table.rows.enumerated() {
            if index > 0 { output += "\n" }
            for (column, name) in names.enumerated() {
                let value = column < row.count ? TerminalText.oneLine(row[column].displayText) : ""
                output += String(repeating: " ", count: width - DisplayWidth.of(name)) + name + " = " + value + "\n"
            }
        }
        return output
    }

    /// One array, one object per line: `[{"a": 1},` then ` {"a": 2}]`; `[]` when empty.
    private func renderJSON(_ table: ResultTable) -> String {
        guard !table.rows.isEmpty else { return "[]\n" }
        let prefixes = JSONEncoding.keyPrefixes(table.columns.map(\.name), spaced: true)
        var output = ""
        output.reserveCapacity(table.rows.count * 32 * max(1, prefixes.count))
        for (index, row) in table.rows.enumerated() {
            output.append(index == 0 ? "[" : ",\n ")
            JSONEncoding.appendObject(prefixes: prefixes, values: row, spaced: true, to: &output)
        }
        output.append("]\n")
        return output
    }
}
