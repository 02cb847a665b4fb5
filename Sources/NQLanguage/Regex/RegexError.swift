/// An error in a regular expression or its flags, with the UTF-8 offset of the offending construct.
///
/// Messages are lowercase, have no final period, and name the construct,
/// e.g. `unmatched ')' in regular expression`.
public struct RegexError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, e.g. `nothing to repeat before '*'`.
    public var message: String
    /// The UTF-8 offset in the pattern of the construct in error.
    ///
    /// For an unknown flag the offset is counted as if the flags followed the pattern
    /// after a closing slash (`/pattern/flags`): pattern length + 1 + the flag's index.
    public var offset: Int

    /// Creates an error with a message and a UTF-8 offset in the pattern.
    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// The message followed by the offset, for logs and tests.
    public var description: String { "\(message) (at offset \(offset))" }
}

extension RegexError {
    static let linearTimeNote = "(nq's regular expressions run in linear time)"

    static func nothingToRepeat(_ quantifier: String, at offset: Int) -> RegexError {
        RegexError(message: "nothing to repeat before '\(quantifier)'", offset: offset)
    }

    static func unmatchedClose(at offset: Int) -> RegexError {
        RegexError(message: "unmatched ')' in regular expression", offset: offset)
    }

    static func missingClose(at offset: Int) -> RegexError {
        RegexError(message: "missing ')' for the group opened here", offset: offset)
    }

    static func backreference(at offset: Int) -> RegexError {
        RegexError(message: "backreferences are not supported \(linearTimeNote)", offset: offset)
    }

    static func lookaround(_ kind: String, at offset: Int) -> RegexError {
        RegexError(message: "\(kind) is not supported \(linearTimeNote)", offset: offset)
    }

    static func unknownFlag(_ flag: Character, at offset: Int) -> RegexError {
        RegexError(message: "unknown flag '\(flag)' (use i, m or s)", offset: offset)
    }

    static func tooLarge(limit: Int) -> RegexError {
        RegexError(
            message: "regular expression is too large (at most \(limit) program instructions)",
            offset: 0)
    }
}
