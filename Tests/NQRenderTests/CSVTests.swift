import NQLanguage
import Testing

@testable import NQRender

@Suite struct CSVTests {
    let renderer = ResultRenderer()

    @Test func aHeaderRecordThenRowsEndingInCRLF() {
        #expect(
            renderer.render(Fixtures.quotes, format: .csv, width: 80)
                == "speaker,cue,paragraph,text\r\n"
                + "Mark Rutte,told,3,I think they want to work together\r\n"
                + "Mark Rutte,said,12,What’s happened is really staggering\r\n")
    }

    @Test(arguments: [
        (Value.text("plain"), "plain"),
        (.text("a,b"), #""a,b""#),
        (.text(#"say "hi""#), #""say ""hi""""#),
        (.text("line\nbreak"), "\"line\nbreak\""),
        (.text("cr\rhere"), "\"cr\rhere\""),
        (.text("crlf\r\nhere"), "\"crlf\r\nhere\""),
        (.text("\"\u{301}"), "\"\"\"\u{301}\""),
        (.text(" spaced "), " spaced "),
        (.text("“Müller”; 日本"), "“Müller”; 日本"),
        (.text(""), #""""#),
        (.null, ""),
        (.number(2.5), "2.5"),
        (.number(7), "7"),
        (.bool(true), "true"),
        (.list([.text("a"), .text("b,c")]), #""a; b,c""#),
        (.list([.text("a"), .number(2)]), "a; 2"),
    ])
    func fields(_ value: Value, _ expected: String) {
        var output = ""
        CSVEncoding.appendValue(value, to: &output)
        #expect(output == expected)
    }

    @Test func headerNamesAreQuotedWhenTheyMustBe() {
        let table = Fixtures.table([("a,b", .text), ("c", .text)], [[.null, .text("")]])
        #expect(renderer.render(table, format: .csv, width: 0) == "\"a,b\",c\r\n,\"\"\r\n")
    }

    @Test func anEmptyResultIsItsHeader() {
        let empty = ResultTable(columns: Fixtures.groups.columns, rows: [])
        #expect(renderer.render(empty, format: .csv, width: 0) == "speaker,count\r\n")
    }
}
