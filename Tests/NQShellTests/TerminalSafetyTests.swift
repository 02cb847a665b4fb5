import Foundation
import NQShell
import NQSource
import Testing

/// Article text, file names and user input never drive the terminal: control characters are
/// shown (`␛`, `␇`) in every mode and message, and machine formats keep the exact text.
@Suite struct TerminalSafetyTests {
    /// An OSC 52 sequence that would set the clipboard, and a window title.
    static let clipboard = "\u{1B}]52;c;aGVsbG8=\u{07}"
    static let title = "\u{1B}]0;owned\u{07}"

    let folder: URL
    let article: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nq-escape-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        article = folder.appendingPathComponent("escape\(Self.title).txt")
        let text = """
            Harbour wall repaired\(Self.title)
            The council met on Tuesday.
            “We fixed it\(Self.clipboard) at last,” said Mayor Ilse Brandt.

            """
        try text.write(to: article, atomically: true, encoding: .utf8)
    }

    /// A session over the article; `terminal` says whether standard output is a terminal.
    func session(terminal: Bool) -> (Session, BufferSink, BufferSink) {
        let output = BufferSink()
        let errors = BufferSink()
        let session = Session(output: output, errors: errors)
        session.outputIsTerminal = terminal
        session.load(paths: [article.path])
        return (session, output, errors)
    }

    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }
    }

    @Test(arguments: [
        "show quote 1", "explain quote 1", "quotes", "paragraphs", ".mode line\nquotes", ".mode csv\nquotes",
        ".mode markdown\nquotes", ".mode json\nquotes", ".mode jsonl\nquotes", "articles select id, title",
        "explain quotes where text contains \"\u{1B}]0;x\u{07}\"", "print \"\u{1B}[2J\"",
        ".echo on\ncount quotes where text contains \"\u{1B}[2J\"",
    ])
    func nothingReachesTheTerminal(_ statements: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (session, output, errors) = session(terminal: true)
        session.run(SourceText(name: "<input>", text: statements))
        #expect(!Self.hasControl(output.text), "\(output.text)")
        #expect(!Self.hasControl(errors.text), "\(errors.text)")
        #expect(!output.text.isEmpty)
    }

    @Test func errorsNamingFilesAndStatementsShowControlCharacters() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (session, _, errors) = session(terminal: true)
        session.run(SourceText(name: "<input>", text: "quotes where speaker = \"\u{1B}]0;x\u{07}\" and bogus = 1"))
        session.run(SourceText(name: "<input>", text: "load \"\(folder.path)/missing\u{1B}[2J.txt\""))
        session.run(SourceText(name: "<input>", text: ".mode \u{1B}[2J"))
        #expect(errors.text.contains("␛"))
        #expect(!Self.hasControl(errors.text), "\(errors.text)")
    }

    @Test func machineFormatsToAFileKeepTheExactText() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let (session, output, _) = session(terminal: false)
        session.run(SourceText(name: "x.nq", text: ".mode csv\nquotes select text"))
        #expect(output.text.contains(Self.clipboard))
        let (jsonSession, json, _) = self.session(terminal: false)
        jsonSession.run(SourceText(name: "x.nq", text: ".mode jsonl\nquotes select text"))
        #expect(json.text.contains("\\u001b]52;c;aGVsbG8=\\u0007"))
    }
}
