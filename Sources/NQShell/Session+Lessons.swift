import NQLanguage
import NQRender
import NQSource

extension Session {
    /// `expect`: runs the subject as any statement runs, takes its result instead of printing
    /// it, and fails at the expected value's place when the comparison does not hold, saying what
    /// was expected and what came.
    func check(_ expectation: Expectation, in source: SourceText) throws(Diagnostic) {
        let outer = captured
        captured = .some(nil)
        defer { captured = outer }
        try perform(expectation.subject, in: source)
        let result = captured ?? nil
        guard let table = result, table.rows.count == 1, table.columns.count == 1, let actual = table.rows.first?.first
        else {
            throw ShellMessages.expectationNeedsOneValue(
                rows: result?.rows.count ?? 0, columns: result?.columns.count ?? 0, at: expectation.expectedSpan)
        }
        if !expectation.holds(for: actual) {
            throw ShellMessages.expectationFailed(expectation, actual: actual)
        }
    }

    /// `pause`: shows the text and waits for Enter when a person is watching (`waitForEnter` is
    /// set); in batch it does nothing. Ctrl-C or the end of input while waiting stops the run.
    func pause(_ text: String?) throws(Diagnostic) {
        guard let waitForEnter else { return }
        let prompt = TerminalText.visible(text ?? "") + (text == nil ? "" : " ") + "(press Enter to go on)"
        if !waitForEnter(prompt) {
            throw Diagnostic(id: DotCommands.alreadyReported, message: "stopped at a pause")
        }
    }
}
