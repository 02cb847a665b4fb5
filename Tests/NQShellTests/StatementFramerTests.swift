import NQShell
import Testing

/// The one framer: where statements end, line by line, at the prompt and in scripts.
@Suite struct StatementFramerTests {
    /// Frames `lines` and returns each framed input as (first line, text).
    func frame(_ lines: [String], looksAhead: Bool = true, blankLineEnds: Bool = false) -> [String] {
        var framer = StatementFramer(looksAhead: looksAhead, blankLineEnds: blankLineEnds)
        var framed: [FramedInput] = []
        for (index, line) in lines.enumerated() { framed += framer.add(line, number: index + 1) }
        framed += framer.finish()
        return framed.map { "\($0.firstLine)\($0.kind == .dotCommand ? "." : ":") \($0.text)" }
    }

    @Test func openBracketsStringsAndBackslashesGoOn() {
        #expect(
            frame(["quotes where paragraph in [1,", "2]", "count quotes"]) == [
                "1: quotes where paragraph in [1,\n2]", "3: count quotes",
            ])
        #expect(frame(["print \"one", "two\"", "describe"]) == ["1: print \"one\ntwo\"", "3: describe"])
        #expect(frame(["count \\", "quotes"]) == ["1: count \\\nquotes"])
        // A backslash inside a comment or a string is not a continuation.
        #expect(frame(["count quotes # a \\", "describe"]) == ["1: count quotes # a \\", "2: describe"])
    }

    @Test func aClauseWordOnTheNextLineContinuesWhenTheFramerLooksAhead() {
        let lines = ["quotes", "", "# the speakers", "  where speaker is not null", "  limit 2", "count quotes"]
        #expect(
            frame(lines) == [
                "1: quotes\n\n# the speakers\n  where speaker is not null\n  limit 2", "6: count quotes",
            ])
        // At the prompt a complete line runs at once.
        #expect(frame(["quotes", "limit 2"], looksAhead: false) == ["1: quotes", "2: limit 2"])
    }

    @Test func dotCommandsAreLinesOfTheirOwn() {
        #expect(frame(["quotes", ".mode csv", "where x"]) == ["1: quotes", "2. .mode csv", "3: where x"])
        // A number such as .5 is not a dot command.
        #expect(frame(["figures where value in [", ".5]"]) == ["1: figures where value in [\n.5]"])
    }

    @Test func anEmptyLineEndsAnUnterminatedString() {
        #expect(frame(["print \"oops", "", "count quotes"]) == ["1: print \"oops", "3: count quotes"])
        // At the prompt an empty line also ends an open bracket, so the error shows.
        #expect(frame(["quotes where (", ""], looksAhead: false, blankLineEnds: true) == ["1: quotes where ("])
    }

    @Test func framingIsLinear() {
        var framer = StatementFramer(looksAhead: false, blankLineEnds: false)
        var bytes = 0
        var framed: [FramedInput] = []
        for (index, line) in (["quotes where ("] + Array(repeating: #"speaker = "Rutte" or"#, count: 2000) + ["true)"])
            .enumerated()
        {
            bytes += line.utf8.count
            framed += framer.add(line, number: index + 1)
        }
        #expect(framed.count == 1)
        // Each line is lexed once: the work is proportional to the input, not its square.
        #expect(framer.lexedBytes <= bytes)
    }

    @Test func aStringOverManyLinesIsLexedFromTheLineThatOpenedIt() {
        var framer = StatementFramer(looksAhead: false, blankLineEnds: false)
        #expect(framer.add("count quotes", number: 1).count == 1)
        #expect(framer.add("print \"a", number: 2).isEmpty)
        #expect(framer.isOpen)
        #expect(framer.add("b\"", number: 3).map(\.text) == ["print \"a\nb\""])
        #expect(!framer.isOpen)
    }
}
