extension Parser {
    /// The words that continue the statement on the line before when they start a line (`where`,
    /// `and`, …): the shell's framer applies the same rule as the parser.
    public static var clauseWordsThatContinue: Set<String> { continuationWords }
}

extension QueryToken {
    /// Whether the token is a string whose closing quote is missing: the lexer makes it an
    /// invalid token that starts with the opening mark. The framer continues the statement on
    /// the next line; messages suggest closing it.
    public var isUnterminatedString: Bool {
        guard kind == .invalid, let first = text.unicodeScalars.first else { return false }
        return first == "\"" || first == "\u{201C}" || first == "\u{201D}"
    }
}
