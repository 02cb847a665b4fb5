extension Session {
    /// Whether Ctrl-C interrupted the running statement: a script stops, the prompt goes on.
    public var wasInterrupted: Bool { isCancelled() }

    /// Forgets an earlier Ctrl-C, so the next statement (and its `load`) starts clean.
    public func clearInterrupt() {
        resetCancellation()
        interruptionReported = false
    }

    /// Sets the table width from the terminal before a statement, unless `.width` fixed it.
    public func refreshWidth() {
        if let fixedWidth {
            width = fixedWidth
        } else if let measureWidth {
            width = measureWidth()
        }
    }

    /// Reports once that the statement was interrupted; returns whether it was.
    func reportInterruption() -> Bool {
        guard wasInterrupted else { return false }
        if !interruptionReported { report("interrupted") }
        interruptionReported = true
        return true
    }
}
