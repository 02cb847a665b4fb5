import NQLanguage

/// Renders a result as an aligned table that fits a terminal width.
public struct TableRenderer: Sendable {
    /// Creates a renderer for a width in columns.
    public init(width: Int = 100) {}
}
