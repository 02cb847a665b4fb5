import Testing

@testable import NQRender

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("quotes where", 12),
        ("Müller", 6),
        ("Mu\u{0308}ller", 6),
        ("“Rutte” — ‘NATO’ …", 18),
        ("日本語", 6),
        ("한국", 4),
        ("ＡＢ", 4),
        ("👍", 2),
        ("🇳🇱", 2),
        ("👨‍👩‍👧", 2),
        ("❤️", 2),
        ("a\u{200B}b", 2),
        ("\u{1B}", 0),
        ("", 0),
    ])
    func width(_ text: String, _ expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test func scalarsOfCombiningMarksTakeNoColumns() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x4E2D)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x2019)!) == 1)
    }

    @Test func oneLineMakesBreaksAndControlsVisible() {
        #expect(TerminalText.oneLine("a\nb\r\nc\rd\te\u{1B}[1m") == "a⏎b⏎c⏎d e␛[1m")
        #expect(TerminalText.oneLine("x\u{2028}y\u{85}z\u{7F}") == "x⏎y⏎z␡")
        #expect(TerminalText.oneLine("“Müller” — 日本 ©") == "“Müller” — 日本 ©")
    }

    @Test func truncationEndsInAnEllipsisWithinTheWidth() {
        #expect(TerminalText.truncated("Donald Trump", width: 6, textWidth: 12) == ("Donal…", 6))
        #expect(TerminalText.truncated("Donald Trump", width: 8, textWidth: 12) == ("Donald…", 7))
        #expect(TerminalText.truncated("日本語テキスト", width: 5, textWidth: 14) == ("日本…", 5))
        #expect(TerminalText.truncated("日本語テキスト", width: 4, textWidth: 14) == ("日…", 3))
        #expect(TerminalText.truncated("short", width: 9, textWidth: 5) == ("short", 5))
        #expect(TerminalText.truncated("abc", width: 0, textWidth: 3) == ("", 0))
    }

    @Test func fittedPadsToTheExactWidth() {
        #expect(TerminalText.fitted("日本語テキスト", width: 4, textWidth: 14, rightAligned: false) == "日… ")
        #expect(TerminalText.fitted("42", width: 5, textWidth: 2, rightAligned: true) == "   42")
    }
}
