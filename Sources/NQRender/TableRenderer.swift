import NQLanguage

/// Renders a result as aligned columns that fit a terminal width, with a bar chart for groups.
///
/// Layout: one leading space, two spaces between columns, a header row, numbers right-aligned,
/// no trailing spaces. Cells are shown on one line and cut with `…` when the table is too wide.
struct TableRenderer {
    /// The terminal width; zero or less means no limit.
    var width: Int
    /// Whether the header is bold (for terminals).
    var color: Bool
    /// Whether rows are numbered in a leading `#` column.
    var rowNumbers: Bool

    /// The widest a bar is drawn.
    static let maxBarWidth = 30
    /// The narrowest bar worth drawing; below it, the bar is left out.
    static let minBarWidth = 10

    private struct Column {
        var header: String
        var rightAligned: Bool
        var shrinkable: Bool
        var cells: [String]
    }

    /// The table's text, each line ending in a newline.
    func render(_ table: ResultTable) -> String {
        let columns = makeColumns(table)
        let headerWidths = columns.map { DisplayWidth.of($0.header) }
        let cellWidths = columns.map { $0.cells.map { DisplayWidth.of($0) } }
        let natural = zip(headerWidths, cellWidths).map { max($0, $1.max() ?? 0) }
        let limit = width > 0 ? width : Int.max
        let separators = 1 + 2 * max(0, columns.count - 1)
        let counts = table.shape == .groups ? barCounts(table) : []
        let largestCount = counts.max() ?? 0
        let barWidth =
            counts.isEmpty ? 0 : fitBar(natural: natural, columns: columns, room: limit - separators)
        let budget = limit - separators - (barWidth > 0 ? barWidth + 2 : 0)
        let widths = ColumnFitter.fit(
            natural: natural, values: cellWidths.map { $0.max() ?? 0 },
            shrinkable: columns.map(\.shrinkable),
            budget: budget)

        var lines: [String] = []
        lines.reserveCapacity(table.rows.count + 1)
        let header = columns.indices.map { index in
            TerminalText.fitted(
                columns[index].header, width: widths[index], textWidth: headerWidths[index],
                rightAligned: columns[index].rightAligned)
        }
        lines.append(line(header))
        for row in table.rows.indices {
            var cells = columns.indices.map { index in
                TerminalText.fitted(
                    columns[index].cells[row], width: widths[index], textWidth: cellWidths[index][row],
                    rightAligned: columns[index].rightAligned)
            }
            if barWidth > 0 {
                cells.append(Self.bar(counts[row], of: largestCount, width: barWidth))
            }
            lines.append(line(cells))
        }
        let lineWidth = separators + widths.reduce(0, +) + (barWidth > 0 ? barWidth + 2 : 0)
        if lineWidth > limit {
            // Too narrow for one column per cell: cut whole lines, which keeps them aligned.
            lines = lines.map {
                TerminalText.truncated($0, width: limit, textWidth: DisplayWidth.of($0)).text
            }
        }
        if color, let first = lines.first, first.count > 1 {
            lines[0] = " \u{1B}[1m" + first.dropFirst() + "\u{1B}[0m"
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The columns as shown: an optional `#` column, then the result's columns as one-line text.
    private func makeColumns(_ table: ResultTable) -> [Column] {
        var columns = table.columns.indices.map { index in
            let type = table.columns[index].type
            return Column(
                header: TerminalText.oneLine(table.columns[index].name),
                rightAligned: type == .number,
                shrinkable: type == .text || type == .list,
                cells: table.rows.map { row in
                    index < row.count ? TerminalText.oneLine(row[index].displayText) : ""
                })
        }
        if rowNumbers, table.shape == .rows {
            let numbers = table.rows.indices.map { String($0 + 1) }
            columns.insert(
                Column(header: "#", rightAligned: true, shrinkable: false, cells: numbers), at: 0)
        }
        return columns
    }

    /// A line of cells: one leading space, two between cells, none trailing.
    private func line(_ cells: [String]) -> String {
        var text = " " + cells.joined(separator: "  ")
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The counts of a groups result (its last column), or none when it has no positive number.
    private func barCounts(_ table: ResultTable) -> [Double] {
        guard let last = table.columns.indices.last, table.columns[last].type == .number else {
            return []
        }
        let counts = table.rows.map { row -> Double in
            guard last < row.count, case .number(let count) = row[last], count.isFinite else { return 0 }
            return max(0, count)
        }
        return counts.contains { $0 > 0 } ? counts : []
    }

    /// The bar's width: what the table leaves free, up to the maximum. A table that fits keeps its
    /// text whole and goes without a bar when too little is free; a table that is cut anyway is
    /// cut a little more to make room for the narrowest bar.
    private func fitBar(natural: [Int], columns: [Column], room: Int) -> Int {
        let free = room - natural.reduce(0, +) - 2
        if free >= Self.minBarWidth { return min(Self.maxBarWidth, free) }
        if free >= -2 { return 0 }
        let floors = zip(natural, columns).map { width, column in
            column.shrinkable ? min(width, ColumnFitter.textFloor) : width
        }
        return room - floors.reduce(0, +) - 2 >= Self.minBarWidth ? Self.minBarWidth : 0
    }

    private static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar of `width` columns for the largest count, scaled in eighths of a column.
    static func bar(_ count: Double, of largest: Double, width: Int) -> String {
        guard largest > 0, count > 0 else { return "" }
        let units = max(1, Int((count / largest * Double(width * 8)).rounded()))
        return String(repeating: "█", count: units / 8) + eighths[units % 8]
    }
}
