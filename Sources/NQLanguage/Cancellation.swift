import NQSource

/// A check that long loops poll, so that Ctrl-C stops a statement: it reads a flag that a signal
/// handler sets, and throws `interrupted` once the flag is up.
public struct Cancellation: Sendable {
    /// Whether the statement should stop.
    public var isCancelled: @Sendable () -> Bool

    /// Creates a check of a flag (by default, never cancelled).
    public init(_ isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.isCancelled = isCancelled
    }

    /// Throws `interrupted` when the statement should stop.
    @inline(__always)
    public func poll() throws(Diagnostic) {
        if isCancelled() { throw Messages.interrupted() }
    }
}
