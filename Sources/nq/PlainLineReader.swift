import NQShell

/// Reads lines from standard input with no prompt and no editing, for pipes and files.
final class PlainLineReader: LineReader {
    func readLine(continuation: Bool) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line)
    }

    func remember(_ statement: String) {}
}
