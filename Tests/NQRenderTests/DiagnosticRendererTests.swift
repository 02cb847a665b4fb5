import NQSource
import Testing

@testable import NQRender

@Suite struct DiagnosticRendererTests {
    let renderer = DiagnosticRenderer()

    /// A diagnostic whose span covers the first occurrence of `marked` in `text` (or, with an
    /// empty `marked`, the end of the text).
    func diagnostic(
        _ text: String, at marked: String, message: String = "unknown field 'speakr' for 'quotes'",
        label: String? = "did you mean 'speaker'?", notes: [String] = []
    ) -> Diagnostic {
        let start: Int
        if marked.isEmpty {
            start = text.utf8.count
        } else {
            let bytes = Array(text.utf8)
            let needle = Array(marked.utf8)
            start = bytes.indices.first { bytes[$0...].starts(with: needle) }!
        }
        return Diagnostic(
            id: "test", message: message, span: SourceSpan(start, start + marked.utf8.count),
            label: label,
            notes: notes)
    }

    let briefing = SourceText(name: "briefing.nq", text: #"quotes where speakr = "Rutte""#)

    @Test func theHouseStyle() {
        let error = diagnostic(
            briefing.text, at: "speakr", notes: ["fields of quotes: article, text, speaker"])
        #expect(
            renderer.render(error, in: briefing)
                == lines(
                    "error: unknown field 'speakr' for 'quotes'",
                    "  --> briefing.nq:1:14",
                    #" 1 | quotes where speakr = "Rutte""#,
                    "   |              ^^^^^^ did you mean 'speaker'?",
                    "   = fields of quotes: article, text, speaker"))
    }

    @Test func batchStyleOpensWithTheLocation() {
        let error = diagnostic(
            briefing.text, at: "speakr", notes: ["fields of quotes: article, text, speaker"])
        #expect(
            renderer.render(error, in: briefing, style: .batch)
                == lines(
                    "briefing.nq:1:14: error: unknown field 'speakr' for 'quotes'",
                    #" 1 | quotes where speakr = "Rutte""#,
                    "   |              ^^^^^^ did you mean 'speaker'?",
                    "   = fields of quotes: article, text, speaker"))
    }

    @Test func withoutASpanOnlyTheMessageAndNotes() {
        let error = Diagnostic(
            id: "unreadable", message: "cannot read 'x.txt'", notes: ["no such file"])
        #expect(
            renderer.render(error, in: briefing)
                == lines("error: cannot read 'x.txt'", "   = no such file"))
        #expect(
            renderer.render(error, in: briefing, style: .batch)
                == lines("error: cannot read 'x.txt'", "   = no such file"))
    }

    @Test func warningsWithoutALabel() {
        let source = SourceText(name: "<input>", text: "quotes limit 0")
        let warning = Diagnostic(
            id: "emptyLimit", severity: .warning, message: "limit 0 gives no rows",
            span: SourceSpan(7, 14))
        #expect(
            renderer.render(warning, in: source)
                == lines(
                    "warning: limit 0 gives no rows",
                    "  --> <input>:1:8",
                    " 1 | quotes limit 0",
                    "   |        ^^^^^^^"))
    }

    @Test func columnsCountCharactersAndCaretsCountDisplayColumns() {
        // A decomposed ü (two scalars, one character) and two wide characters before the span:
        // 36 characters, so column 37, but 38 display columns of padding.
        let text = "people where name = “Mu\u{308}ller 東京” and spekr = 1"
        let source = SourceText(name: "<input>", text: text)
        let error = diagnostic(text, at: "spekr", message: "unknown field 'spekr' for 'people'")
        #expect(
            renderer.render(error, in: source)
                == lines(
                    "error: unknown field 'spekr' for 'people'",
                    "  --> <input>:1:37",
                    " 1 | " + text,
                    "   | " + String(repeating: " ", count: 38) + "^^^^^ did you mean 'speaker'?"))
    }

    @Test func tabsAndControlCharactersKeepTheCaretsInPlace() {
        let source = SourceText(name: "<input>", text: "quotes\twhere\u{1B} spekr")
        let error = diagnostic(source.text, at: "spekr", label: nil)
        #expect(
            renderer.render(error, in: source, style: .batch)
                == lines(
                    "<input>:1:15: error: unknown field 'speakr' for 'quotes'",
                    " 1 | quotes where␛ spekr",
                    "   |               ^^^^^"))
    }

    @Test(arguments: [
        "quotes where speaker =", "quotes where speaker =\n", "quotes where speaker =\r\n",
    ])
    func atTheEndOfInputOneCaretAfterTheText(text: String) {
        let source = SourceText(name: "<input>", text: text)
        let error = diagnostic(
            text, at: "", message: "expected a value after '='", label: "expected a value")
        #expect(
            renderer.render(error, in: source)
                == lines(
                    "error: expected a value after '='",
                    "  --> <input>:1:23",
                    " 1 | quotes where speaker =",
                    "   |                       ^ expected a value"))
    }

    @Test func anEmptySourceStillGetsACaret() {
        let source = SourceText(name: "<input>", text: "")
        let error = diagnostic("", at: "", message: "expected a statement", label: nil)
        #expect(
            renderer.render(error, in: source, style: .batch)
                == lines("<input>:1:1: error: expected a statement", " 1 |", "   | ^"))
    }

    @Test func aSpanOutsideTheTextIsClamped() {
        let error = Diagnostic(id: "test", message: "past the end", span: SourceSpan(500, 900))
        #expect(
            renderer.render(error, in: briefing, style: .batch)
                == lines(
                    "briefing.nq:1:30: error: past the end",
                    #" 1 | quotes where speakr = "Rutte""#,
                    "   |                              ^"))
    }

    @Test func aStatementFurtherDownAScriptNumbersItsLines() {
        let text = "let trump = quotes where speaker = \"Trump\"\ntrump\n  where cue = \"recaled\""
        let source = SourceText(name: "lesson.nq", text: text, firstLine: 9)
        let error = diagnostic(
            text, at: "cue", message: "unknown field 'cue' for 'trump'", label: nil, notes: ["a note"])
        #expect(
            renderer.render(error, in: source)
                == lines(
                    "error: unknown field 'cue' for 'trump'",
                    "   --> lesson.nq:11:9",
                    #" 11 |   where cue = "recaled""#,
                    "    |         ^^^",
                    "    = a note"))
        #expect(
            renderer.render(error, in: source, style: .batch)
                == lines(
                    "lesson.nq:11:9: error: unknown field 'cue' for 'trump'",
                    #" 11 |   where cue = "recaled""#,
                    "    |         ^^^",
                    "    = a note"))
    }

    @Test func aSpanOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
        let text = "quotes where text contains \"one\ntwo\"\nlimit 3"
        let source = SourceText(name: "<input>", text: text)
        let error = diagnostic(
            text, at: "\"one\ntwo\"", message: "a string cannot span lines", label: "closed here?")
        #expect(
            renderer.render(error, in: source, style: .batch)
                == lines(
                    "<input>:1:28: error: a string cannot span lines",
                    #" 1 | quotes where text contains "one"#,
                    "   |                            ^^^^ closed here?"))
    }

    static let hugeLine =
        "quotes where text = \"" + String(repeating: "a", count: 50_000) + "\" and spekr = 1 and "
        + String(repeating: "b", count: 50_000)

    @Test func aHugeLineIsWindowedAroundTheSpan() {
        let source = SourceText(name: "<input>", text: Self.hugeLine)
        let error = diagnostic(Self.hugeLine, at: "spekr", label: nil)
        // 47 columns of context on the left, 46 on the right, an ellipsis at each cut.
        let shown =
            "…" + String(repeating: "a", count: 41) + "\" and spekr = 1 and "
            + String(repeating: "b", count: 37) + "…"
        #expect(
            renderer.render(error, in: source, style: .batch)
                == lines(
                    "<input>:1:50028: error: unknown field 'speakr' for 'quotes'",
                    " 1 | " + shown,
                    "   | " + String(repeating: " ", count: 48) + "^^^^^"))
    }

    @Test func aHugeSpanIsCutToPartOfTheWindow() {
        let source = SourceText(name: "<input>", text: Self.hugeLine)
        let error = diagnostic(
            Self.hugeLine, at: String(repeating: "a", count: 50_000), message: "string too long",
            label: nil)
        let output = renderer.render(error, in: source, style: .batch)
        #expect(
            output
                == lines(
                    "<input>:1:22: error: string too long",
                    " 1 | quotes where text = \"" + String(repeating: "a", count: 65) + "…",
                    "   | " + String(repeating: " ", count: 21) + String(repeating: "^", count: 65)))
    }

    @Test(arguments: [0, 10, 21, 50_020, 50_040, 100_060, 100_075])
    func everyExcerptOfAHugeLineIsShort(offset: Int) {
        let source = SourceText(name: "<input>", text: Self.hugeLine)
        let error = Diagnostic(
            id: "test", message: "here", span: SourceSpan(offset, offset + 3), label: "this")
        let output = renderer.render(error, in: source)
        #expect(output.hasSuffix("^^^ this\n") || output.hasSuffix("^ this\n"))
        for line in output.split(separator: "\n") {
            #expect(DisplayWidth.of(line) <= 120)
        }
    }
}
