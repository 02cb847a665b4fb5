extension Session {
    /// Forgets an earlier Ctrl-C, so the next statement (and its `load`) starts clean.
    public func clearInterrupt() {
        clearCancellation()
        wasInterrupted = false
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

    /// Reports once that the statement was interrupted (Ctrl-C came while it ran); returns
    /// whether it was.
    func reportInterruption() -> Bool {
        guard isCancelled() else { return false }
        wasInterrupted = true
        if !interruptionReported { report("interrupted") }
        interruptionReported = true
        return true
    }
}
