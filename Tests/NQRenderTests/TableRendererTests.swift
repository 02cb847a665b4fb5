import NQLanguage
import Testing

@testable import NQRender

@Suite struct TableRendererTests {
    let renderer = ResultRenderer()

    @Test func rowsAreAlignedWithNumbersOnTheRight() {
        #expect(
            renderer.render(Fixtures.quotes, format: .table, width: 100)
                == lines(
                    " #  speaker     cue   paragraph  text",
                    " 1  Mark Rutte  told          3  I think they want to work together",
                    " 2  Mark Rutte  said         12  What’s happened is really staggering"))
    }

    @Test func tooWideTablesCutTheWidestTextColumnsFirst() {
        #expect(
            renderer.render(Fixtures.quotes, format: .table, width: 40)
                == lines(
                    " #  speaker    cue   paragraph  text",
                    " 1  Mark Rut…  told          3  I think…",
                    " 2  Mark Rut…  said         12  What’s…"))
    }

    @Test func rowNumbersCanBeLeftOut() {
        let plain = ResultRenderer(rowNumbers: false)
        #expect(
            plain.render(Fixtures.quotes, format: .table, width: 0)
                == lines(
                    " speaker     cue   paragraph  text",
                    " Mark Rutte  told          3  I think they want to work together",
                    " Mark Rutte  said         12  What’s happened is really staggering"))
    }

    @Test func groupsGetBarsScaledToTheLargestCount() {
        #expect(
            renderer.render(Fixtures.groups, format: .table, width: 100)
                == lines(
                    " speaker       count",
                    " Donald Trump      4  " + String(repeating: "█", count: 30),
                    " Mark Rutte        2  " + String(repeating: "█", count: 15)))
    }

    @Test func barsShrinkToTheWidthAndKeepEighths() {
        #expect(
            renderer.render(Fixtures.groups, format: .table, width: 32)
                == lines(
                    " speaker       count",
                    " Donald Trump      4  ██████████",
                    " Mark Rutte        2  █████"))
        #expect(TableRenderer.bar(1, of: 3, width: 10) == "███▍")
        #expect(TableRenderer.bar(0, of: 3, width: 10) == "")
        #expect(TableRenderer.bar(1, of: 1000, width: 10) == "▏")
    }

    @Test func aScalarIsJustItsValue() {
        let count = ResultTable(
            columns: [.init(name: "count", type: .number)], rows: [[.number(6)]], shape: .scalar)
        #expect(renderer.render(count, format: .table, width: 80) == "6\n")
        #expect(renderer.footer(for: count, format: .table) == nil)
    }

    @Test func anEmptyResultShowsItsHeader() {
        let empty = ResultTable(columns: Fixtures.quotes.columns, rows: [])
        #expect(
            renderer.render(empty, format: .table, width: 80) == " #  speaker  cue  paragraph  text\n")
        #expect(renderer.footer(for: empty, format: .table) == "0 rows\n")
    }

    @Test func theFooterCountsRowsForTablesOnly() {
        #expect(renderer.footer(for: Fixtures.quotes, format: .table) == "2 rows\n")
        #expect(renderer.footer(for: Fixtures.quotes, format: .json) == nil)
        #expect(ResultRenderer.rowCount(1) == "1 row")
        #expect(ResultRenderer.rowCount(0) == "0 rows")
    }

    @Test func cellsStayOnOneLine() {
        let table = Fixtures.table(
            [("text", .text), ("tags", .list)],
            [[.text("one\ntwo\r\nthree\tfour"), .list([.text("a"), .number(1)])]])
        #expect(
            renderer.render(table, format: .table, width: 80)
                == lines(
                    " #  text                tags",
                    " 1  one⏎two⏎three four  a, 1"))
    }

    @Test func wideCharactersAreMeasuredInColumns() {
        let table = Fixtures.table(
            [("name", .text), ("n", .number)], [[.text("東京"), .number(1)], [.text("Zoë"), .number(22)]])
        #expect(
            renderer.render(table, format: .table, width: 80)
                == lines(
                    " #  name   n",
                    " 1  東京   1",
                    " 2  Zoë   22"))
    }

    @Test func colorMakesTheHeaderBold() {
        let colored = ResultRenderer(color: true)
        #expect(
            colored.render(Fixtures.groups, format: .table, width: 26)
                == lines(
                    " \u{1B}[1mspeaker       count\u{1B}[0m",
                    " Donald Trump      4",
                    " Mark Rutte        2"))
    }

    static let wideTable = Fixtures.table(
        [("speaker", .text), ("section", .text), ("text", .text), ("paragraph", .number)],
        [
            [
                .text("習近平 (Xi Jinping)"), .text("Rutte Applauds Trump’s Influence on NATO Spending"),
                .text(String(repeating: "“Zoë’s” 日本語 text — ", count: 20)), .number(3),
            ],
            [
                .text("Mark Rutte"), .text("A Surge in European Defense Investment"), .text("short"),
                .number(12),
            ],
            [.null, .text("e\u{301}le\u{301}ments"), .text("👍👍👍 ok"), .number(123_456)],
        ])

    @Test(arguments: [20, 25, 30, 40, 50, 60, 80, 100, 120, 200])
    func everyLineFitsTheWidthAndStaysAligned(width: Int) {
        let text = renderer.render(Self.wideTable, format: .table, width: width)
        let rendered = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(rendered.count == 4)
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
        // The last column is a right-aligned number, so aligned lines are all equally wide.
        let widths = Set(rendered.map { DisplayWidth.of($0) })
        #expect(widths.count == 1)
        #expect(widths.allSatisfy { $0 <= width })
    }

    @Test(arguments: [1, 5, 8, 12, 16])
    func tooNarrowForEveryColumnStillFitsTheWidth(width: Int) {
        let text = renderer.render(Self.wideTable, format: .table, width: width)
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= width, "\(line)")
        }
    }

    @Test func groupsThatFitKeepTheirTextAndDropTheBar() {
        #expect(
            renderer.render(Fixtures.groups, format: .table, width: 26)
                == lines(
                    " speaker       count",
                    " Donald Trump      4",
                    " Mark Rutte        2"))
    }

    @Test(arguments: [10, 16, 24, 40])
    func groupsFitTheWidth(width: Int) {
        let groups = ResultTable(
            columns: [.init(name: "speaker", type: .text), .init(name: "count", type: .number)],
            rows: [
                [.text("Jens Stoltenberg, Secretary General"), .number(7)], [.text("東京都知事"), .number(1)],
            ],
            shape: .groups)
        let text = renderer.render(groups, format: .table, width: width)
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= width, "\(line)")
        }
    }
}
