/// Where a session writes: standard output, standard error, or a buffer in tests.
public protocol OutputSink: AnyObject {
    /// Writes text as is.
    func write(_ text: String)

    /// Pushes buffered text out (after each statement, so rows appear as they are made).
    func flush()
}

extension OutputSink {
    /// Nothing is buffered.
    public func flush() {}
}

/// An output sink that keeps everything written, for tests and transcripts.
public final class BufferSink: OutputSink {
    /// Everything written so far.
    public private(set) var text = ""

    /// Creates an empty buffer.
    public init() {}

    public func write(_ text: String) { self.text += text }
}
