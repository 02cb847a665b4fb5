import CLibEdit
import NQShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An output sink writing to a C stream: standard output for rows, standard error for
/// diagnostics.
final class StandardStream: OutputSink {
    /// The C stream written to.
    let file: UnsafeMutablePointer<FILE>
    /// A stream flushed before each write to this one, so rows printed before a diagnostic
    /// appear before it even when standard output is a buffered pipe.
    private let flushesFirst: StandardStream?

    private init(file: UnsafeMutablePointer<FILE>, flushesFirst: StandardStream?) {
        self.file = file
        self.flushesFirst = flushesFirst
    }

    /// Standard output.
    static func output() -> StandardStream {
        StandardStream(file: nq_stdout(), flushesFirst: nil)
    }

    /// Standard error, flushing `output` before every write.
    static func errors(after output: StandardStream) -> StandardStream {
        StandardStream(file: nq_stderr(), flushesFirst: output)
    }

    func write(_ text: String) {
        flushesFirst?.flush()
        var text = text
        let written = text.withUTF8 { bytes in fwrite(bytes.baseAddress, 1, bytes.count, file) }
        if written < text.utf8.count { handleWriteFailure() }
        if flushesFirst != nil { flush() }
    }

    func write(bytes: UnsafeBufferPointer<UInt8>) {
        flushesFirst?.flush()
        let written = fwrite(bytes.baseAddress, 1, bytes.count, file)
        if written < bytes.count { handleWriteFailure() }
        if flushesFirst != nil { flush() }
    }

    /// Pushes buffered text to the file descriptor.
    func flush() {
        if fflush(file) != 0 { handleWriteFailure() }
    }

    /// A reader that went away (`nq … | head`) is not an error worth a message: stop quietly.
    /// Any other failure (a full disk) is reported once and ends the run with status 1.
    private func handleWriteFailure() {
        if errno == EPIPE { exit(0) }
        let message = "nq: cannot write output: \(String(cString: strerror(errno)))\n"
        fputs(message, nq_stderr())
        exit(1)
    }
}
