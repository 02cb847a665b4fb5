import NQSource

/// Every diagnostic the language reports, alphabetical by id.
public enum Messages {
    static func suggestionLabel(_ suggestion: String?) -> String? {
        suggestion.map { "did you mean '\($0)'?" }
    }

    /// A `show` or `explain` number that names no row.
    public static func badRowNumber(_ number: Int, of collection: String, count: Int, at span: SourceSpan) -> Diagnostic
    {
        Diagnostic(
            id: "badRowNumber", message: "there is no \(singular(collection)) \(number)",
            span: span, label: count == 0 ? "there are none" : "numbers go from 1 to \(count)")
    }

    /// A date that is not YYYY-MM-DD.
    public static func badDate(_ text: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(id: "badDate", message: "'\(text)' is not a date", span: span, label: "write it as YYYY-MM-DD")
    }

    /// A regular expression that does not compile.
    public static func badRegex(_ message: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(id: "badRegex", message: message, span: span)
    }

    /// A statement that ends too early.
    public static func expected(_ what: String, found: QueryToken) -> Diagnostic {
        let seen = found.kind == .end || found.kind == .newline ? "end of statement" : "'\(found.text)'"
        return Diagnostic(id: "expected", message: "expected \(what), found \(seen)", span: found.span)
    }

    /// A token that cannot be read at all (an unterminated string, a stray character).
    public static func invalidToken(_ token: QueryToken) -> Diagnostic {
        Diagnostic(
            id: "invalidToken", message: token.value, span: token.span,
            label: token.value.hasPrefix("unterminated string") ? "close it with a matching quote" : nil)
    }

    /// `let` naming a collection.
    public static func letShadowsCollection(_ name: Name) -> Diagnostic {
        Diagnostic(
            id: "letShadowsCollection", message: "'\(name.text)' is a collection and cannot be redefined",
            span: name.span, label: "choose another name")
    }

    /// A number that must be a whole non-negative number.
    public static func notACount(_ token: QueryToken, clause: String) -> Diagnostic {
        Diagnostic(
            id: "notACount", message: "\(clause) takes a whole number, not '\(token.text)'", span: token.span)
    }

    /// A clause given twice.
    public static func repeatedClause(_ clause: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(id: "repeatedClause", message: "'\(clause)' is given twice", span: span)
    }

    /// A word after a complete statement.
    public static func unexpectedToken(_ token: QueryToken, hint: String?) -> Diagnostic {
        Diagnostic(
            id: "unexpectedToken", message: "unexpected '\(token.text)'", span: token.span, label: hint)
    }

    /// A source that is neither a collection nor a saved result.
    public static func unknownCollection(_ name: Name, suggestion: String?, known: [String]) -> Diagnostic {
        Diagnostic(
            id: "unknownCollection", message: "unknown collection '\(name.text)'", span: name.span,
            label: suggestionLabel(suggestion), notes: ["collections: " + known.joined(separator: ", ")])
    }

    /// A field the collection does not have.
    public static func unknownField(_ name: Name, of collection: String, suggestion: String?, fields: [String])
        -> Diagnostic
    {
        Diagnostic(
            id: "unknownField", message: "unknown field '\(name.text)' for '\(collection)'", span: name.span,
            label: suggestionLabel(suggestion), notes: ["fields of \(collection): " + fields.joined(separator: ", ")])
    }

    /// A help topic that does not exist.
    public static func unknownTopic(_ name: Name, suggestion: String?, topics: [String]) -> Diagnostic {
        Diagnostic(
            id: "unknownTopic", message: "no help on '\(name.text)'", span: name.span,
            label: suggestionLabel(suggestion), notes: ["topics: " + topics.joined(separator: ", ")])
    }

    /// The singular of a collection name, for messages.
    public static func singular(_ collection: String) -> String {
        switch collection {
        case "quotes": return "quote"
        case "entities": return "entity"
        case "people": return "person"
        case "sentences", "paragraphs", "sections", "articles", "mentions", "figures", "dates",
            "organizations", "places":
            return String(collection.dropLast())
        default: return collection
        }
    }
}
