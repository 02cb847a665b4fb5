import NQLanguage
import Testing

@testable import NQRender

/// Rows written as bytes are the rows written as strings, byte for byte.
@Suite struct ByteEncodingTests {
    static let texts = [
        "", "a", "plain words of more than eight bytes", "Rutte, Mark", "he said \"no\"", "\"", "\"\"",
        "line\r\nbreak", "tab\there", "back\\slash", "bell\u{07} and \u{7F}", "“Staggering”, he said",
        "é", "0123456,", "01234567\"", "012345678\n", "Ünïcødé \u{1F600} text, with \"marks\"",
        String(repeating: "x", count: 64) + ",", String(repeating: "ab", count: 40),
    ]

    static let values: [Value] =
        texts.map(Value.text) + [
            .null, .bool(true), .bool(false), .number(0), .number(-0.0), .number(7), .number(-42), .number(0.5),
            .number(-1.25), .number(1e17), .number(-1e17), .number(1e18), .number(123_456_789_012_345_680),
            .number(.nan), .number(.infinity), .number(-.infinity), .number(1e-7),
            .list([.text("a"), .number(2), .text("b, \"c\"")]),
        ]

    func bytes(_ writer: RowStreamWriter, _ row: [Value]) -> String {
        var output: [UInt8] = []
        for (index, value) in row.enumerated() {
            writer.appendFieldStart(index, to: &output)
            writer.appendValue(value, to: &output)
        }
        writer.appendRowEnd(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    @Test(arguments: [OutputFormat.jsonl, .csv])
    func everyValueIsWrittenAsTheStringWriterWritesIt(format: OutputFormat) throws {
        let columns = [ResultTable.Column(name: "a", type: .text), ResultTable.Column(name: "b", type: .text)]
        let writer = try #require(RowStreamWriter(columns: columns, format: format))
        for value in Self.values {
            #expect(bytes(writer, [value, .text("x")]) == writer.row([value, .text("x")]), "\(value)")
            #expect(bytes(writer, [.null, value]) == writer.row([.null, value]), "\(value)")
        }
    }

    @Test(arguments: [OutputFormat.jsonl, .csv])
    func numbersOfHundredthsAreWrittenAsTheStringWriterWritesThem(format: OutputFormat) throws {
        let writer = try #require(RowStreamWriter(columns: [.init(name: "n", type: .number)], format: format))
        var numbers = (-1_000...1_000).map { Double($0) / 100 }
        numbers += [0.1 + 0.2, 1.005, 99_999_999.99, 999_999_999.99, 1e9 + 0.5, 12_345_678_901.25, 1e-2, 0.015]
        numbers += numbers.map { $0 * 3 + 0.001 }
        for number in numbers {
            #expect(bytes(writer, [.number(number)]) == writer.row([.number(number)]), "\(number)")
        }
    }

    @Test(arguments: [OutputFormat.jsonl, .csv])
    func textFromBytesIsTextFromAValue(format: OutputFormat) throws {
        let writer = try #require(RowStreamWriter(columns: [.init(name: "t", type: .text)], format: format))
        for text in Self.texts {
            var output: [UInt8] = []
            writer.appendFieldStart(0, to: &output)
            Array(text.utf8).withUnsafeBufferPointer { writer.appendText($0, to: &output) }
            writer.appendRowEnd(to: &output)
            #expect(String(decoding: output, as: UTF8.self) == writer.row([.text(text)]), "\(text)")
            var null: [UInt8] = []
            writer.appendFieldStart(0, to: &null)
            writer.appendNull(to: &null)
            writer.appendRowEnd(to: &null)
            #expect(String(decoding: null, as: UTF8.self) == writer.row([.null]))
        }
    }
}
