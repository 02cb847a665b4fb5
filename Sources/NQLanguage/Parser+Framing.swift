extension Parser {
    /// The words that continue the statement on the line before when they start a line (`where`,
    /// `and`, …): the shell's framer applies the same rule as the parser.
    public static var clauseWordsThatContinue: Set<String> { continuationWords }
}
