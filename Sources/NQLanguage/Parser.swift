import NQSource

// The grammar, in EBNF (also in the README):
//
//   script     = { statement ( ";" | newline ) } ;
//   statement  = query | "count" query [ "by" items clauses ] | "let" name "=" query
//              | "load" path | "describe" [ name ] | "show" name number
//              | "explain" ( name number | query ) | "help" [ name ] | "print" string
//              | "date" string | "exit" | "quit" ;
//   query      = name clauses [ "group" "by" items clauses ] ;
//   clauses    = { "where" expr | "order" "by" key { "," key }
//              | "limit" number [ "per" sum { "," sum } ] [ "offset" number ] | "offset" number
//              | "select" ( "*" | items ) } ;
//   items      = item { "," item } ;
//   item       = sum [ "as" name ] ;
//   key        = sum [ "asc" | "desc" ] ;
//   expr       = conjunct { "or" conjunct } ;
//   conjunct   = unary { "and" unary } ;
//   unary      = "not" unary | predicate ;
//   predicate  = "mentions" operand | "within" number ( "sentence" | "sentences" ) "of" source
//              | sum [ compare sum | "contains" sum | "starts" "with" sum
//              | "ends" "with" sum | "matches" regex | [ "not" ] "in" ( list | source )
//              | "is" [ "not" ] "null" ] ;
//   source     = name | "(" query ")" ;
//   compare    = "=" | "==" | "!=" | "<>" | "<" | "<=" | ">" | ">=" ;
//   sum        = product { ( "+" | "-" ) product } ;
//   product    = operand { ( "*" | "/" ) operand } ;
//   operand    = name | name "(" [ "distinct" ] [ expr { "," expr } ] ")" | string | number
//              | "true" | "false" | "null" | list | "(" expr ")" | "(" query ")" | "-" operand ;
//   list       = "[" [ expr { "," expr } ] "]" ;
//   name       = word { "." word } ;
//
// A line break ends a statement, except inside brackets, after a trailing "\", or before a
// line that starts with a clause word (where, order, limit, offset, select, and, or, by).

/// One parsed statement, or the diagnostic that stopped its parsing.
public struct ParsedStatement: Sendable {
    /// The statement, when it parsed.
    public var statement: Statement?
    /// The problem, when it did not.
    public var diagnostic: Diagnostic?
    /// Where the statement is in the source.
    public var span: SourceSpan
}

/// Reads statements by recursive descent, one method per grammar rule. It never throws: a
/// statement with a mistake yields one diagnostic and parsing goes on with the next statement.
public struct Parser {
    /// Words that may start a continuation line.
    static let continuationWords: Set<String> = [
        "where", "order", "limit", "offset", "select", "and", "or", "by", "group", "per",
    ]
    /// Words that start a statement, for suggestions.
    public static let statementWords = [
        "count", "let", "load", "describe", "show", "explain", "help", "print", "date", "exit", "quit",
    ]
    /// Words that start a clause of a query.
    static let clauseWords: Set<String> = ["where", "order", "limit", "offset", "select", "group", "by"]

    /// How deeply parentheses, lists, calls, `not` and subqueries may nest.
    public static let maxNesting = 100
    /// How many levels an expression tree may have (chains of `and`/`or` are balanced, so a
    /// long chain adds only a few).
    public static let maxHeight = 256

    let source: String
    var tokens: [QueryToken] = []
    var position = 0
    /// How deeply the parser is nested at the current token.
    var depth = 0

    /// Creates a parser for a source text.
    public init(_ source: String) {
        self.source = source
    }

    /// Parses every statement of the source.
    public static func parse(_ source: String) -> [ParsedStatement] {
        var parser = Parser(source)
        return parser.parseAll()
    }

    /// Parses one statement; the source must hold exactly one.
    public static func parseStatement(_ source: String) -> ParsedStatement? {
        parse(source).first
    }

    mutating func parseAll() -> [ParsedStatement] {
        let groups = Self.statementGroups(Lexer().tokenize(source))
        var results: [ParsedStatement] = []
        for group in groups {
            tokens = group
            position = 0
            depth = 0
            let span = SourceSpan(start: group.first!.span.start, end: group[group.count - 2].span.end)
            if let bad = group.first(where: { $0.kind == .invalid }), !group[0].isKeyword("load") {
                results.append(ParsedStatement(statement: nil, diagnostic: Messages.invalidToken(bad), span: span))
                continue
            }
            do throws(Diagnostic) {
                let statement = try parseStatement()
                if current.kind != .end {
                    throw Messages.unexpectedToken(current, hint: hintAfterStatement())
                }
                results.append(ParsedStatement(statement: statement, diagnostic: nil, span: span))
            } catch {
                results.append(ParsedStatement(statement: nil, diagnostic: error, span: span))
            }
        }
        return results
    }

    /// Splits tokens into statements at `;` and line breaks that end a statement; each group
    /// ends with an `.end` token.
    static func statementGroups(_ tokens: [QueryToken]) -> [[QueryToken]] {
        var groups: [[QueryToken]] = []
        var current: [QueryToken] = []
        var depth = 0
        func close(at span: SourceSpan) {
            if !current.isEmpty {
                current.append(QueryToken(kind: .end, span: SourceSpan(start: span.start, end: span.start), text: ""))
                groups.append(current)
            }
            current = []
            depth = 0
        }
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .end:
                close(at: token.span)
            case .newline:
                if depth > 0 { continue }
                if current.last?.isSymbol("\\") == true {
                    current.removeLast()
                    continue
                }
                let next = tokens[(index + 1)...].first { $0.kind != .newline }
                if let next, !current.isEmpty, next.kind == .identifier,
                    continuationWords.contains(next.text.lowercased())
                {
                    continue
                }
                close(at: token.span)
            case .symbol where token.text == ";":
                close(at: token.span)
            default:
                if token.isSymbol("(") || token.isSymbol("[") { depth += 1 }
                if token.isSymbol(")") || token.isSymbol("]") { depth = max(0, depth - 1) }
                current.append(token)
            }
        }
        return groups
    }

    // MARK: Token access

    var current: QueryToken { tokens[position] }

    func peek(_ offset: Int = 1) -> QueryToken {
        tokens[min(position + offset, tokens.count - 1)]
    }

    mutating func advance() -> QueryToken {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    mutating func accept(_ keyword: String) -> Bool {
        guard current.isKeyword(keyword) else { return false }
        position += 1
        return true
    }

    mutating func acceptSymbol(_ symbol: String) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        position += 1
        return true
    }

    mutating func expectKeyword(_ keyword: String) throws(Diagnostic) {
        guard accept(keyword) else { throw Messages.expected("'\(keyword)'", found: current) }
    }

    mutating func expectName(_ what: String) throws(Diagnostic) -> Name {
        guard current.kind == .identifier else { throw Messages.expected(what, found: current) }
        let token = advance()
        return Name(token.text, span: token.span)
    }

    mutating func expectCount(clause: String) throws(Diagnostic) -> Int {
        let token = current
        guard token.kind == .number, let number = Double(token.text.filter { $0 != "_" }),
            number >= 0, number == number.rounded(), number < 1e15
        else {
            if token.kind == .number { throw Messages.notACount(token, clause: clause) }
            throw Messages.expected("a number after '\(clause)'", found: token)
        }
        position += 1
        return Int(number)
    }

    mutating func expectString(_ what: String) throws(Diagnostic) -> QueryToken {
        guard current.kind == .string else { throw Messages.expected(what, found: current) }
        return advance()
    }

    func hintAfterStatement() -> String? {
        "expected one of where, order by, limit, offset, select, group by, or the end of the statement"
    }

    /// Enters one level of nesting at a token, or reports that the statement nests too deeply.
    mutating func enter(_ token: QueryToken) throws(Diagnostic) {
        depth += 1
        if depth > Self.maxNesting { throw Messages.tooDeep(at: token.span, limit: Self.maxNesting) }
    }

    /// Checks the height of an expression tree that is being built.
    func checkHeight(_ height: Int, at span: SourceSpan) throws(Diagnostic) {
        if height > Self.maxHeight { throw Messages.tooLong(at: span, limit: Self.maxHeight) }
    }
}
