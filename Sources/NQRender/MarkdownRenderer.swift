import NQLanguage

/// Renders a result as a GitHub table: cells padded to line up in the raw text, `|` escaped,
/// line breaks as `<br>`, number columns right-aligned (`---:`).
enum MarkdownRenderer {
    /// The table's text, each line ending in a newline.
    static func render(_ table: ResultTable) -> String {
        let headers = table.columns.map { cell($0.name) }
        let rows = table.rows.map { row in
            table.columns.indices.map { index in index < row.count ? cell(row[index].displayText) : "" }
        }
        let rightAligned = table.columns.map { $0.type == .number }
        let widths = headers.indices.map { index in
            rows.reduce(max(3, DisplayWidth.of(headers[index]))) { max($0, DisplayWidth.of($1[index])) }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.indices.map { index in
                let padding = String(repeating: " ", count: widths[index] - DisplayWidth.of(cells[index]))
                return rightAligned[index] ? padding + cells[index] : cells[index] + padding
            }
            return "| " + padded.joined(separator: " | ") + " |\n"
        }
        let rule = widths.indices.map { index in
            rightAligned[index]
                ? String(repeating: "-", count: widths[index] + 1) + ":"
                : String(repeating: "-", count: widths[index] + 2)
        }
        var output = line(headers)
        output.append("|" + rule.joined(separator: "|") + "|\n")
        for row in rows { output.append(line(row)) }
        return output
    }

    /// A cell's text: `|` escaped, line breaks as `<br>`, other control characters made visible.
    static func cell(_ text: String) -> String {
        guard text.contains(where: { $0 == "|" || $0.isNewline }) else {
            return TerminalText.oneLine(text)
        }
        var result = ""
        for character in text {
            if character == "|" {
                result.append("\\|")
            } else if character.isNewline {
                result.append("<br>")
            } else {
                result.append(character)
            }
        }
        return TerminalText.oneLine(result)
    }
}
