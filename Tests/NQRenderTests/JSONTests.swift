import NQLanguage
import Testing

@testable import NQRender

@Suite struct JSONTests {
    let renderer = ResultRenderer()

    @Test func anArrayWithOneObjectPerLine() {
        #expect(
            renderer.render(Fixtures.quotes, format: .json, width: 80)
                == lines(
                    #"[{"speaker": "Mark Rutte", "cue": "told", "paragraph": 3, "text": "I think they want to work together"},"#,
                    #" {"speaker": "Mark Rutte", "cue": "said", "paragraph": 12, "text": "What’s happened is really staggering"}]"#
                ))
    }

    @Test func anEmptyResultIsAnEmptyArray() {
        let empty = ResultTable(columns: Fixtures.quotes.columns, rows: [])
        #expect(renderer.render(empty, format: .json, width: 80) == "[]\n")
        #expect(renderer.render(empty, format: .jsonl, width: 80) == "")
    }

    @Test func jsonLinesAreCompact() {
        #expect(
            renderer.render(Fixtures.groups, format: .jsonl, width: 80)
                == lines(#"{"speaker":"Donald Trump","count":4}"#, #"{"speaker":"Mark Rutte","count":2}"#))
    }

    @Test func aScalarIsABareNumber() {
        let count = ResultTable(
            columns: [.init(name: "count", type: .number)], rows: [[.number(6)]], shape: .scalar)
        #expect(renderer.render(count, format: .json, width: 80) == "6\n")
        #expect(renderer.render(count, format: .jsonl, width: 80) == "6\n")
    }

    @Test(arguments: [
        (Value.null, "null"),
        (.bool(true), "true"),
        (.bool(false), "false"),
        (.number(800_000_000_000), "800000000000"),
        (.number(-3), "-3"),
        (.number(-0.0), "0"),
        (.number(2.5), "2.5"),
        (.number(1e20), "1e+20"),
        (.number(.nan), "null"),
        (.number(-.infinity), "null"),
        (.list([.text("a"), .number(1), .null]), #"["a", 1, null]"#),
        (.list([]), "[]"),
    ])
    func values(_ value: Value, _ expected: String) {
        var output = ""
        JSONEncoding.appendValue(value, spaced: true, to: &output)
        #expect(output == expected)
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"C:\path"#, #""C:\\path""#),
        ("a\nb\r\tc", #""a\nb\r\tc""#),
        ("\u{0}\u{1}\u{8}\u{C}\u{1B}\u{1F}\u{7F}", #""\u0000\u0001\u0008\u000c\u001b\u001f\u007f""#),
        ("“Müller” 日本 👍 e\u{301}", "\"“Müller” 日本 👍 e\u{301}\""),
        ("/</script>", #""/</script>""#),
        ("“Zoë” \"\u{301}\\日本\n", "\"“Zoë” \\\"\u{301}\\\\日本\\n\""),
    ])
    func strings(_ text: String, _ expected: String) {
        var output = ""
        JSONEncoding.appendString(text, to: &output)
        #expect(output == expected)
    }

    @Test func keysAreEscapedAndListsCompactInJSONLines() {
        let table = Fixtures.table(
            [(#"a"b"#, .text), ("tags", .list)], [[.text("x"), .list([.text("p"), .text("q")])]])
        #expect(
            renderer.render(table, format: .jsonl, width: 0) == #"{"a\"b":"x","tags":["p","q"]}"# + "\n")
        #expect(
            renderer.render(table, format: .json, width: 0) == #"[{"a\"b": "x", "tags": ["p", "q"]}]"#
                + "\n")
    }

    @Test func missingValuesAreNull() {
        let table = Fixtures.table([("a", .number), ("b", .text)], [[.number(1)]])
        #expect(renderer.render(table, format: .jsonl, width: 0) == #"{"a":1,"b":null}"# + "\n")
    }
}
