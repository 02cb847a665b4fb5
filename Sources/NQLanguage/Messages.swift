import NQSource

extension String {
    /// The text without `%` at either end (a `like` pattern's wildcards).
    var trimmingPercent: String {
        var text = Substring(self)
        while text.first == "%" { text.removeFirst() }
        while text.last == "%" { text.removeLast() }
        return String(text)
    }
}

/// Every diagnostic the language reports, alphabetical by id.
public enum Messages {
    static func suggestionLabel(_ suggestion: String?) -> String? {
        suggestion.map { "did you mean '\($0)'?" }
    }

    /// `avg(…)` and the like outside a grouping.
    public static func aggregateOutsideGroup(_ name: Name) -> Diagnostic {
        Diagnostic(
            id: "aggregateOutsideGroup", message: "'\(name.text)' works on groups of rows",
            span: name.span,
            label:
                "add 'group by FIELD' before it, as in 'quotes group by speaker select speaker, \(name.text.lowercased())(…)'"
        )
    }

    /// A function given the wrong number of arguments.
    public static func argumentCount(_ name: String, expected: Int, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            id: "argumentCount", message: "'\(name)' takes \(expected) value\(expected == 1 ? "" : "s")", span: span,
            label: "as in \(name.lowercased())(text)")
    }

    /// A function given a value of the wrong type.
    public static func badArgument(_ signature: String, given: FieldType, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            id: "badArgument", message: "this is \(kind(given))", span: span,
            label: "the function is \(signature)")
    }

    /// A date that is not YYYY-MM-DD.
    public static func badDate(_ text: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(id: "badDate", message: "'\(text)' is not a date", span: span, label: "write it as YYYY-MM-DD")
    }

    /// A regular expression that does not compile.
    public static func badRegex(_ message: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(id: "badRegex", message: message, span: span)
    }

    /// A `show` or `explain` number that names no row.
    public static func badRowNumber(_ number: Int, of collection: String, count: Int, at span: SourceSpan) -> Diagnostic
    {
        Diagnostic(
            id: "badRowNumber", message: "there is no \(singular(collection)) \(number)",
            span: span, label: count == 0 ? "there are none" : "numbers go from 1 to \(count)")
    }

    /// `speaker = Trump`: a bare word where text in quotes was meant.
    public static func bareWord(_ word: Name) -> Diagnostic {
        Diagnostic(
            id: "bareWord", message: "'\(word.text)' is not a field", span: word.span,
            label: "to compare with the text, put it in double quotes: \"\(word.text)\"")
    }

    /// `let x = count quotes`: a number cannot be kept as a result.
    public static func countIsANumber(at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            id: "countIsANumber", message: "'count' without 'by' gives one number, which 'let' cannot keep",
            span: span, label: "keep the rows instead: let NAME = QUERY")
    }

    /// A statement that ends too early.
    public static func expected(_ what: String, found: QueryToken) -> Diagnostic {
        let seen = found.kind == .end || found.kind == .newline ? "end of statement" : "'\(found.text)'"
        return Diagnostic(id: "expected", message: "expected \(what), found \(seen)", span: found.span)
    }

    /// `in` followed by something other than a list, a saved result or a query.
    public static func expectedList(at span: SourceSpan, saved: [String]) -> Diagnostic {
        Diagnostic(
            id: "expectedList", message: "'in' takes a list, a saved result or a query in parentheses", span: span,
            label: "as in [\"a\", \"b\"] or (quotes where speaker = \"Trump\" select article)",
            notes: saved.isEmpty ? [] : ["saved results: " + saved.joined(separator: ", ")])
    }

    /// Grouping by a list field.
    public static func groupByList(_ text: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            id: "groupByList", message: "'\(text)' is a list and cannot be a group key", span: span,
            label: "group by a field with one value per row")
    }

    /// `x in (QUERY)` whose first column does not go with x.
    public static func inColumnMismatch(
        _ text: String, type: FieldType, column: String, columnType: FieldType, at span: SourceSpan
    ) -> Diagnostic {
        Diagnostic(
            id: "inColumnMismatch",
            message: "'\(text)' is \(kind(type)) but the result's first column '\(column)' is \(kind(columnType))",
            span: span, label: "select the field to compare with, as in (… select article)")
    }

    /// A statement Ctrl-C stopped.
    public static func interrupted() -> Diagnostic {
        Diagnostic(id: "interrupted", message: "interrupted", label: "nothing was changed")
    }

    /// A token that cannot be read at all (an unterminated string, a stray character).
    public static func invalidToken(_ token: QueryToken) -> Diagnostic {
        if token.value == Lexer.singleQuoted {
            var inner = token.text.dropFirst()
            if inner.last == "'" || inner.last == "\u{2019}" { inner = inner.dropLast() }
            return Diagnostic(
                id: "singleQuotes", message: token.value, span: token.span, label: "write \"\(inner)\"")
        }
        return Diagnostic(
            id: "invalidToken", message: token.value, span: token.span,
            label: token.isUnterminatedString ? "close it with a matching quote" : nil)
    }

    /// `let` naming a collection.
    public static func letShadowsCollection(_ name: Name) -> Diagnostic {
        Diagnostic(
            id: "letShadowsCollection", message: "'\(name.text)' is a collection and cannot be redefined",
            span: name.span, label: "choose another name")
    }

    /// `like`, from SQL: the nq way.
    public static func likeHint(at span: SourceSpan, pattern: String?) -> Diagnostic {
        var suggestion = "contains \"…\", starts with \"…\", ends with \"…\" or matches /…/"
        if let pattern {
            let inner = pattern.trimmingPercent
            if pattern.hasPrefix("%") && pattern.hasSuffix("%") {
                suggestion = "contains \"\(inner)\""
            } else if pattern.hasSuffix("%") {
                suggestion = "starts with \"\(inner)\""
            } else if pattern.hasPrefix("%") {
                suggestion = "ends with \"\(inner)\""
            } else {
                suggestion = "= \"\(pattern)\""
            }
        }
        return Diagnostic(
            id: "sqlHabit", message: "nq has no 'like'", span: span, label: "write \(suggestion) (case is ignored)")
    }

    /// `mentions` with something other than a name.
    public static func mentionsName(at span: SourceSpan) -> Diagnostic {
        Diagnostic(id: "mentionsName", message: "'mentions' takes a name in quotes", span: span)
    }

    /// `mentions` on a collection without text.
    public static func mentionsNotText(_ collection: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            id: "mentionsNotText", message: "'mentions' works on collections of text, not '\(collection)'",
            span: span, label: "try sentences, paragraphs, sections, quotes or articles")
    }

    /// `where` with a value that is not a condition.
    public static func notACondition(_ text: String, type: FieldType, clause: String, at span: SourceSpan) -> Diagnostic
    {
        Diagnostic(
            id: "notACondition", message: "'\(clause)' needs a condition, and '\(text)' is \(kind(type))",
            span: span, label: "compare it, as in '\(text) is not null' or '\(text) = …'")
    }

    /// A number that must be a whole non-negative number.
    public static func notACount(_ token: QueryToken, clause: String) -> Diagnostic {
        Diagnostic(
            id: "notACount", message: "\(clause) takes a whole number, not '\(token.text)'", span: token.span)
    }

    /// After `group by`, a field that is neither a key nor an aggregate.
    public static func notAGroupKey(_ name: Name, keys: [String]) -> Diagnostic {
        Diagnostic(
            id: "notAGroupKey", message: "'\(name.text)' is not a group key", span: name.span,
            label: "after 'group by' use a key, count, or an aggregate such as max(\(name.text))",
            notes: [
                "keys: " + keys.joined(separator: ", ") + "; aggregates: count, count(distinct x), sum, avg, min, max"
            ])
    }

    /// A dotted name through a field that leads nowhere.
    public static func notALink(_ part: String, of collection: String, at span: SourceSpan, links: [String])
        -> Diagnostic
    {
        Diagnostic(
            id: "notALink", message: "'\(part)' of \(collection) has no fields of its own", span: span,
            label: links.isEmpty ? nil : "fields that lead on: " + links.joined(separator: ", "))
    }

    /// Arithmetic, sum or avg on something that is not a number.
    public static func notANumber(_ text: String, type: FieldType, operator op: String, at span: SourceSpan)
        -> Diagnostic
    {
        Diagnostic(
            id: "notANumber", message: "'\(op)' works on numbers, and '\(text)' is \(kind(type))",
            span: span, label: type == .text ? "words(\(text)) or chars(\(text)) give numbers" : nil)
    }

    /// A text operator on something that is not text.
    public static func notText(_ text: String, type: FieldType, operator op: String, at span: SourceSpan) -> Diagnostic
    {
        Diagnostic(
            id: "notText", message: "'\(op)' works on text, and '\(text)' is \(kind(type))",
            span: span, label: type == .number ? "compare numbers with =, <, <=, > or >=" : nil)
    }

    /// A clause given twice.
    public static func repeatedClause(_ clause: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(id: "repeatedClause", message: "'\(clause)' is given twice", span: span)
    }

    /// `select` before `group by`.
    public static func selectBeforeGroup(at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            id: "selectBeforeGroup", message: "'select' comes after 'group by'", span: span,
            label: "as in 'quotes group by speaker select speaker, count'")
    }

    /// A habit from SQL, with the nq way.
    public static func sqlHabit(_ message: String, at span: SourceSpan, suggestion: String) -> Diagnostic {
        Diagnostic(id: "sqlHabit", message: message, span: span, label: "try: \(suggestion)")
    }

    /// A query in parentheses where a value was meant.
    public static func subqueryPlace(at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            id: "subqueryPlace", message: "a query in parentheses works after 'in' or 'of'", span: span,
            label: "as in 'articles where id in (quotes where speaker = \"Trump\" select article)'")
    }

    /// A statement nested deeper than the limit.
    public static func tooDeep(at span: SourceSpan, limit: Int) -> Diagnostic {
        Diagnostic(
            id: "tooDeep", message: "the statement nests more than \(limit) levels deep here", span: span,
            label: "split it, or use 'in [...]' or a saved result (let) for long lists of values")
    }

    /// An expression with too many levels.
    public static func tooLong(at span: SourceSpan, limit: Int) -> Diagnostic {
        Diagnostic(
            id: "tooLong", message: "the expression has more than \(limit) levels", span: span,
            label: "split it, or use 'in [...]' or a saved result (let) for long lists of values")
    }

    /// Two values of types that do not compare.
    public static func typeMismatch(
        _ lhs: String, _ lhsType: FieldType, _ rhs: String, _ rhsType: FieldType, op: String, rhsIsLiteral: Bool,
        at span: SourceSpan
    ) -> Diagnostic {
        var label: String?
        if rhsIsLiteral && lhsType == .text && rhsType == .number {
            label = "write text in double quotes: \"\(rhs)\""
        } else if rhsIsLiteral && lhsType == .number && rhsType == .text {
            label = "write numbers without quotes"
        } else if lhsType == .text && rhsType == .number {
            label = "chars(\(lhs)) or words(\(lhs)) give its length as a number"
        } else if lhsType == .date && rhsType == .number {
            label = "compare with a date in quotes (\"2025-01-31\"), or year(\(lhs)) with a number"
        }
        return Diagnostic(
            id: "typeMismatch",
            message: "'\(lhs)' is \(kind(lhsType)) and cannot be compared with \(kind(rhsType)) by '\(op)'",
            span: span, label: label)
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

    /// A function that does not exist.
    public static func unknownFunction(_ name: Name, suggestion: String?, known: [String]) -> Diagnostic {
        Diagnostic(
            id: "unknownFunction", message: "unknown function '\(name.text)'", span: name.span,
            label: suggestionLabel(suggestion), notes: ["functions: " + known.joined(separator: ", ")])
    }

    /// A help topic that does not exist.
    public static func unknownTopic(_ name: Name, suggestion: String?, topics: [String]) -> Diagnostic {
        Diagnostic(
            id: "unknownTopic", message: "no help on '\(name.text)'", span: name.span,
            label: suggestionLabel(suggestion), notes: ["topics: " + topics.joined(separator: ", ")])
    }

    /// `within` on a collection without text.
    public static func withinNotText(_ collection: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            id: "withinNotText", message: "'within … sentences of' works on rows of text, not '\(collection)'",
            span: span, label: "try sentences, paragraphs, quotes, mentions or figures")
    }

    /// A type in words: "text", "a number", "a date", "a list", "true or false".
    static func kind(_ type: FieldType) -> String {
        switch type {
        case .text: return "text"
        case .number: return "a number"
        case .date: return "a date"
        case .list: return "a list"
        case .bool: return "true or false"
        }
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
