/// The ways results can be printed.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns fitted to the terminal width, with bars for groups.
    case table
    /// One JSON array, one object per line.
    case json
    /// JSON Lines: one compact object per line; can be streamed.
    case jsonl
    /// RFC 4180 CSV with a header record and CRLF line ends; can be streamed.
    case csv
    /// A GitHub Markdown table.
    case markdown
    /// One `field = value` line per column, a blank line between rows: for reading wide rows.
    case line
}
