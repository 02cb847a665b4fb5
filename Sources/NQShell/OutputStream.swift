/// Where a session writes: standard output, standard error, or a buffer in tests.
public protocol OutputSink: AnyObject {
    /// Writes text as is.
    func write(_ text: String)

    /// Writes UTF-8 bytes as is (rows of `nq export`, made as bytes).
    func write(bytes: UnsafeBufferPointer<UInt8>)

    /// Pushes buffered text out (after each statement, so rows appear as they are made).
    func flush()
}

extension OutputSink {
    /// Nothing is buffered.
    public func flush() {}

    /// The bytes as text.
    public func write(bytes: UnsafeBufferPointer<UInt8>) {
        write(String(decoding: bytes, as: UTF8.self))
    }
}

/// An output sink that keeps everything written, for tests and transcripts.
public final class BufferSink: OutputSink {
    /// Everything written so far.
    public private(set) var text = ""

    /// Creates an empty buffer.
    public init() {}

    public func write(_ text: String) { self.text += text }
}
