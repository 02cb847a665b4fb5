import NQLanguage
import Testing

@testable import NQRender

@Suite struct RowStreamWriterTests {
    @Test func onlyJSONLinesAndCSVStream() {
        for format in OutputFormat.allCases {
            let writer = RowStreamWriter(columns: Fixtures.quotes.columns, format: format)
            #expect((writer != nil) == (format == .jsonl || format == .csv))
        }
    }

    @Test func jsonLinesHaveNoHeader() throws {
        let writer = try #require(RowStreamWriter(columns: Fixtures.groups.columns, format: .jsonl))
        #expect(writer.header() == "")
        #expect(
            writer.row([.text("Mark \"MR\" Rutte"), .number(2)])
                == #"{"speaker":"Mark \"MR\" Rutte","count":2}"# + "\n")
    }

    @Test func csvHasAHeaderRecord() throws {
        let writer = try #require(RowStreamWriter(columns: Fixtures.groups.columns, format: .csv))
        #expect(writer.header() == "speaker,count\r\n")
        #expect(writer.row([.text("Rutte, Mark"), .number(2)]) == "\"Rutte, Mark\",2\r\n")
    }

    @Test(arguments: [OutputFormat.jsonl, .csv])
    func streamingMatchesRenderingTheWholeResult(format: OutputFormat) throws {
        let writer = try #require(RowStreamWriter(columns: Fixtures.quotes.columns, format: format))
        var streamed = writer.header()
        for row in Fixtures.quotes.rows { streamed += writer.row(row) }
        #expect(streamed == ResultRenderer().render(Fixtures.quotes, format: format, width: 0))
    }

    @Test func manyRowsShareOneBuffer() throws {
        let writer = try #require(RowStreamWriter(columns: Fixtures.quotes.columns, format: .jsonl))
        var output = ""
        for index in 0..<10_000 {
            writer.append(
                [.text("Rutte"), .text("said"), .number(Double(index)), .text("“Staggering”")], to: &output)
        }
        #expect(output.utf8.count(where: { $0 == UInt8(ascii: "\n") }) == 10_000)
        #expect(
            output.hasSuffix(
                #"{"speaker":"Rutte","cue":"said","paragraph":9999,"text":"“Staggering”"}"# + "\n"))
    }
}
