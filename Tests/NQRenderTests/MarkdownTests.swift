import NQLanguage
import Testing

@testable import NQRender

@Suite struct MarkdownTests {
    let renderer = ResultRenderer()

    @Test func aGitHubTableWithNumbersRightAligned() {
        #expect(
            renderer.render(Fixtures.groups, format: .markdown, width: 20)
                == lines(
                    "| speaker      | count |",
                    "|--------------|------:|",
                    "| Donald Trump |     4 |",
                    "| Mark Rutte   |     2 |"))
    }

    @Test func pipesAreEscapedAndLineBreaksKept() {
        let table = Fixtures.table(
            [("text", .text), ("n", .number)],
            [[.text("a | b\nnext"), .number(1)], [.text("東京"), .null]])
        #expect(
            renderer.render(table, format: .markdown, width: 0)
                == lines(
                    "| text           |   n |",
                    "|----------------|----:|",
                    #"| a \| b<br>next |   1 |"#,
                    "| 東京           |     |"))
    }

    @Test func anEmptyResultIsItsHeader() {
        let empty = ResultTable(columns: [.init(name: "x", type: .text)], rows: [])
        #expect(renderer.render(empty, format: .markdown, width: 0) == lines("| x   |", "|-----|"))
    }
}
