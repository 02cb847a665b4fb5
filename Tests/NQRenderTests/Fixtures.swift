import NQLanguage

/// Small results shared by the tests.
enum Fixtures {
    static let quotes = ResultTable(
        columns: [
            .init(name: "speaker", type: .text), .init(name: "cue", type: .text),
            .init(name: "paragraph", type: .number), .init(name: "text", type: .text),
        ],
        rows: [
            [
                .text("Mark Rutte"), .text("told"), .number(3), .text("I think they want to work together"),
            ],
            [
                .text("Mark Rutte"), .text("said"), .number(12),
                .text("What’s happened is really staggering"),
            ],
        ])

    static let groups = ResultTable(
        columns: [.init(name: "speaker", type: .text), .init(name: "count", type: .number)],
        rows: [[.text("Donald Trump"), .number(4)], [.text("Mark Rutte"), .number(2)]],
        shape: .groups)

    static func table(_ columns: [(String, FieldType)], _ rows: [[Value]]) -> ResultTable {
        ResultTable(columns: columns.map { .init(name: $0.0, type: $0.1) }, rows: rows)
    }
}

/// The lines, each ending in a newline: expected output without multi-line literal pitfalls.
func lines(_ lines: String...) -> String {
    lines.map { $0 + "\n" }.joined()
}
