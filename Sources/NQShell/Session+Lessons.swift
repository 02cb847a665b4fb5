import NQLanguage
import NQRender
import NQSource

extension Session {
    /// `expect`: computes the subject's one value and fails at the expected value's place when
    /// the comparison does not hold, saying what was expected and what came.
    func check(_ expectation: Expectation, binder: Binder, evaluator: Evaluator) throws(Diagnostic) {
        let table: ResultTable
        switch expectation.subject {
        case .query(let query):
            table = evaluator.table(try binder.bind(query))
        case .count(let query, let by):
            let plan = try binder.bind(query)
            var fields: [FieldDef] = []
            for name in by { fields.append(try binder.field(name, in: plan.collection)) }
            table = by.isEmpty ? evaluator.count(plan) : evaluator.count(plan, by: fields)
        default:
            return
        }
        guard table.rows.count == 1, table.columns.count == 1, let actual = table.rows.first?.first else {
            throw ShellMessages.expectationNeedsOneValue(
                rows: table.rows.count, columns: table.columns.count, at: expectation.expectedSpan)
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
