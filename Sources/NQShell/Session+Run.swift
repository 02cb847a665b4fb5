import NQLanguage
import NQRender
import NQSource

extension Session {
    /// Runs every statement of a source text in order, framed line by line as at any other
    /// input; returns false when one failed. A failing statement stops the run unless `keepGoing`.
    @discardableResult
    public func run(_ source: SourceText, keepGoing: Bool = false) -> Bool {
        let loop = StatementLoop(
            session: self, reader: TextLines(source.text), sourceName: source.name, atPrompt: false,
            keepGoing: keepGoing)
        return loop.run()
    }

    /// Runs one framed input: a dot command, or the statements of its lines in order.
    /// `numberedFromOne` numbers its lines from 1 in diagnostics (the prompt); otherwise they
    /// keep their numbers in the source.
    public func run(_ input: FramedInput, sourceName: String, numberedFromOne: Bool, keepGoing: Bool) -> Bool {
        let source = SourceText(name: sourceName, text: input.text, firstLine: numberedFromOne ? 1 : input.firstLine)
        switch input.kind {
        case .dotCommand:
            let started = ContinuousClock.now
            if echo { output.write(TerminalText.visible(input.text) + "\n") }
            let ran = runDotCommand(source)
            let ok = !reportInterruption() && ran
            if timer { reportTime(since: started) }
            return ok
        case .statements:
            var succeeded = true
            for parsed in Parser.parse(input.text) {
                let started = ContinuousClock.now
                if echo, !parsed.isPrint {
                    output.write(TerminalText.visible(input.text.utf8Slice(parsed.span)) + "\n")
                }
                let ok: Bool
                if let diagnostic = parsed.diagnostic {
                    report(diagnostic, in: source)
                    ok = false
                } else if let statement = parsed.statement {
                    let executed = execute(statement, in: source)
                    ok = !reportInterruption() && executed
                } else {
                    ok = true
                }
                if timer { reportTime(since: started) }
                statementDone()
                if !ok {
                    succeeded = false
                    if !keepGoing || wasInterrupted { return false }
                }
                if wantsToQuit { break }
            }
            return succeeded
        }
    }

    /// Prints `Run Time: real 0.000123` to `errors`.
    func reportTime(since started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let micros = Int((seconds * 1_000_000).rounded())
        let fraction = String(micros % 1_000_000)
        let padded = String(repeating: "0", count: 6 - fraction.count) + fraction
        report("Run Time: real \(micros / 1_000_000).\(padded)")
    }
}

extension ParsedStatement {
    /// Whether the statement is `print`, whose output already shows its text (not echoed).
    var isPrint: Bool {
        if case .print = statement { return true }
        return false
    }
}

extension String {
    /// The text of a UTF-8 offset range.
    func utf8Slice(_ span: SourceSpan) -> String {
        let utf8 = Array(self.utf8)
        let lower = min(span.lower, utf8.count)
        return String(decoding: utf8[lower..<min(max(lower, span.upper), utf8.count)], as: UTF8.self)
    }

    /// The string without leading spaces and tabs.
    var trimmingPrefixSpaces: Substring {
        self.drop { $0 == " " || $0 == "\t" }
    }
}
