import NQSource

/// A token of the query language: its kind and where it is; its text is a slice of the source.
public struct QueryToken: Sendable, Equatable {
    /// What a token is.
    public enum Kind: Sendable, Equatable {
        /// A name: a keyword, collection, field or saved result.
        case identifier
        /// A quoted string; `value` holds its contents with escapes resolved.
        case string
        /// A number.
        case number
        /// A regular expression `/…/flags`; `value` holds the pattern, `flags` its flags.
        case regex
        /// An operator or punctuation mark: `= == != <> < <= > >= ( ) [ ] , ; + - * /`, and `! && ||`
        /// (read only to point at them with the nq way).
        case symbol
        /// A line break, which ends a statement unless the next line continues it.
        case newline
        /// The end of the statement text.
        case end
        /// Text that is not a token, such as an unterminated string; `value` says why.
        case invalid
    }

    /// What the token is.
    public var kind: Kind
    /// Where it is in the statement's source.
    public var span: SourceSpan
    /// The token's text as written.
    public var text: String
    /// For strings, the contents; for regexes, the pattern; for invalid tokens, the problem.
    public var value: String
    /// For regexes, the flags after the closing slash.
    public var flags: String

    /// Creates a token.
    public init(kind: Kind, span: SourceSpan, text: String, value: String = "", flags: String = "") {
        self.kind = kind
        self.span = span
        self.text = text
        self.value = value
        self.flags = flags
    }

    /// Whether the token is the given keyword, ignoring case.
    public func isKeyword(_ word: String) -> Bool {
        kind == .identifier && text.lowercased() == word
    }

    /// Whether the token is the given symbol.
    public func isSymbol(_ symbol: String) -> Bool {
        kind == .symbol && text == symbol
    }
}
