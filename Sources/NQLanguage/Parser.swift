import NQSource

// The grammar, in EBNF (also in the README):
//
//   script     = { statement ( ";" | newline ) } ;
//   statement  = query | "count" query [ "by" name { "," name } ] | "let" name "=" query
//              | "load" path | "describe" [ name ] | "show" name number
//              | "explain" ( name number | query ) | "help" [ name ] | "print" string
//              | "date" string ;
//   query      = name { "where" expr | "order" "by" key { "," key }
//              | "limit" number [ "offset" number ] | "offset" number
//              | "select" ( "*" | name { "," name } ) } ;
//   key        = name [ "asc" | "desc" ] ;
//   expr       = conjunct { "or" conjunct } ;
//   conjunct   = unary { "and" unary } ;
//   unary      = "not" unary | predicate ;
//   predicate  = "mentions" operand
//              | operand [ compare operand | "contains" operand | "starts" "with" operand
//              | "ends" "with" operand | "matches" regex | [ "not" ] "in" list
//              | "is" [ "not" ] "null" ] ;
//   compare    = "=" | "==" | "!=" | "<>" | "<" | "<=" | ">" | ">=" ;
//   operand    = name | string | number | "true" | "false" | "null" | list | "(" expr ")" ;
//   list       = "[" [ operand { "," operand } ] "]" ;
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
    static let continuationWords: Set<String> = ["where", "order", "limit", "offset", "select", "and", "or", "by"]
    /// Words that start a statement, for suggestions.
    public static let statementWords = [
        "count", "let", "load", "describe", "show", "explain", "help", "print", "date",
    ]

    let source: String
    var tokens: [QueryToken] = []
    var position = 0

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
        "expected one of where, order by, limit, offset, select, or the end of the statement"
    }

    // MARK: Statements

    mutating func parseStatement() throws(Diagnostic) -> Statement {
        let first = current
        guard first.kind == .identifier else {
            throw Messages.expected("a collection or statement", found: first)
        }
        switch first.text.lowercased() {
        case "count" where peek().kind == .identifier:
            position += 1
            let query = try parseQuery()
            var by: [Name] = []
            if accept("by") {
                repeat { by.append(try expectName("a field to group by")) } while acceptSymbol(",")
            }
            return .count(query, by: by)
        case "let":
            position += 1
            let name = try expectName("a name for the result")
            guard acceptSymbol("=") else { throw Messages.expected("'='", found: current) }
            return .assign(name, try parseQuery())
        case "load":
            position += 1
            return try parseLoad(after: first)
        case "describe":
            position += 1
            return .describe(current.kind == .identifier ? try expectName("a collection") : nil)
        case "show":
            position += 1
            let name = try expectName("a collection, as in 'show quote 1'")
            let numberToken = current
            let number = try expectCount(clause: "show \(name.text)")
            return .show(name, number, numberToken.span)
        case "explain":
            position += 1
            if peek().kind == .number, current.kind == .identifier {
                let name = try expectName("a collection")
                let numberToken = current
                return .explainRow(name, try expectCount(clause: "explain \(name.text)"), numberToken.span)
            }
            return .explainQuery(try parseQuery())
        case "help" where peek().kind != .symbol:
            position += 1
            return .help(current.kind == .identifier ? try expectName("a topic") : nil)
        case "print" where peek().kind == .string:
            position += 1
            return .print(try expectString("a string").value)
        case "date" where peek().kind == .string:
            position += 1
            let token = try expectString("a date as \"YYYY-MM-DD\"")
            return .date(token.value, token.span)
        case "expect", "pause":
            return try parseLessonStatement()
        default:
            return .query(try parseQuery())
        }
    }

    /// `load` takes a string, or the raw rest of the statement as a path.
    mutating func parseLoad(after keyword: QueryToken) throws(Diagnostic) -> Statement {
        if current.kind == .string, peek().kind == .end {
            let token = advance()
            return .load(token.value, token.span)
        }
        guard current.kind != .end else { throw Messages.expected("a file, folder or pattern to load", found: current) }
        let start = current.span.lower
        let end = tokens[tokens.count - 2].span.upper
        let bytes = Array(source.utf8)[start..<end]
        position = tokens.count - 1
        var path = String(decoding: bytes, as: UTF8.self)
        while path.last?.isWhitespace == true { path.removeLast() }
        return .load(path, SourceSpan(start, end))
    }

    // MARK: Queries

    mutating func parseQuery() throws(Diagnostic) -> Query {
        let source = try expectName("a collection or saved result")
        var query = Query(source: source, span: source.span)
        var seen: Set<String> = []
        func once(_ clause: String, _ token: QueryToken) throws(Diagnostic) {
            guard seen.insert(clause).inserted else { throw Messages.repeatedClause(clause, at: token.span) }
        }
        while current.kind == .identifier {
            let token = current
            switch token.text.lowercased() {
            case "where":
                try once("where", token)
                position += 1
                query.filter = try parseExpr()
            case "order":
                try once("order by", token)
                position += 1
                try expectKeyword("by")
                repeat {
                    let field = try expectName("a field to sort by")
                    let descending = accept("desc")
                    if !descending { _ = accept("asc") }
                    query.order.append(OrderKey(field: field, descending: descending))
                } while acceptSymbol(",")
            case "limit":
                try once("limit", token)
                position += 1
                query.limit = try expectCount(clause: "limit")
                if accept("offset") {
                    try once("offset", token)
                    query.offset = try expectCount(clause: "offset")
                }
            case "offset":
                try once("offset", token)
                position += 1
                query.offset = try expectCount(clause: "offset")
            case "select":
                try once("select", token)
                position += 1
                if !acceptSymbol("*") {
                    repeat { query.select.append(try expectName("a field to select")) } while acceptSymbol(",")
                }
            default:
                query.span = query.span.union(tokens[max(0, position - 1)].span)
                return query
            }
        }
        query.span = query.span.union(tokens[max(0, position - 1)].span)
        return query
    }

    // MARK: Expressions

    mutating func parseExpr() throws(Diagnostic) -> Expr {
        var lhs = try parseConjunct()
        while accept("or") {
            let rhs = try parseConjunct()
            lhs = .binary(.or, lhs, rhs, lhs.span.union(rhs.span))
        }
        return lhs
    }

    mutating func parseConjunct() throws(Diagnostic) -> Expr {
        var lhs = try parseUnary()
        while accept("and") {
            let rhs = try parseUnary()
            lhs = .binary(.and, lhs, rhs, lhs.span.union(rhs.span))
        }
        return lhs
    }

    mutating func parseUnary() throws(Diagnostic) -> Expr {
        let token = current
        if accept("not") {
            let inner = try parseUnary()
            return .not(inner, token.span.union(inner.span))
        }
        return try parsePredicate()
    }

    mutating func parsePredicate() throws(Diagnostic) -> Expr {
        let start = current
        if start.isKeyword("mentions"), peek().kind != .symbol, peek().kind != .end {
            position += 1
            let operand = try parseOperand()
            return .mentions(operand, start.span.union(operand.span))
        }
        let lhs = try parseOperand()
        let token = current
        if token.kind == .symbol, let op = Self.comparison(token.text) {
            position += 1
            let rhs = try parseOperand()
            return .binary(op, lhs, rhs, lhs.span.union(rhs.span))
        }
        guard token.kind == .identifier else { return lhs }
        switch token.text.lowercased() {
        case "contains":
            position += 1
            let rhs = try parseOperand()
            return .binary(.contains, lhs, rhs, lhs.span.union(rhs.span))
        case "starts", "ends":
            position += 1
            try expectKeyword("with")
            let rhs = try parseOperand()
            let op: BinaryOperator = token.text.lowercased() == "starts" ? .startsWith : .endsWith
            return .binary(op, lhs, rhs, lhs.span.union(rhs.span))
        case "matches":
            position += 1
            guard current.kind == .regex else {
                if current.kind == .invalid { throw Messages.invalidToken(current) }
                throw Messages.expected("a regular expression like /cease-?fire/i", found: current)
            }
            let regex = advance()
            return .matches(lhs, pattern: regex.value, flags: regex.flags, lhs.span.union(regex.span))
        case "in":
            position += 1
            let rhs = try parseOperand()
            return .binary(.in, lhs, rhs, lhs.span.union(rhs.span))
        case "not" where peek().isKeyword("in"):
            position += 2
            let rhs = try parseOperand()
            let span = lhs.span.union(rhs.span)
            return .not(.binary(.in, lhs, rhs, span), span)
        case "is":
            position += 1
            let negated = accept("not")
            guard current.isKeyword("null") else { throw Messages.expected("'null'", found: current) }
            let end = advance()
            return .isNull(lhs, negated: negated, lhs.span.union(end.span))
        default:
            return lhs
        }
    }

    static func comparison(_ symbol: String) -> BinaryOperator? {
        switch symbol {
        case "=", "==": return .equal
        case "!=", "<>": return .notEqual
        case "<": return .less
        case "<=": return .lessOrEqual
        case ">": return .greater
        case ">=": return .greaterOrEqual
        default: return nil
        }
    }

    mutating func parseOperand() throws(Diagnostic) -> Expr {
        let token = current
        switch token.kind {
        case .string:
            position += 1
            return .literal(.text(token.value), token.span)
        case .number:
            position += 1
            guard let number = Double(token.text.filter { $0 != "_" }) else {
                throw Messages.expected("a number", found: token)
            }
            return .literal(.number(number), token.span)
        case .identifier:
            position += 1
            switch token.text.lowercased() {
            case "true": return .literal(.bool(true), token.span)
            case "false": return .literal(.bool(false), token.span)
            case "null": return .literal(.null, token.span)
            default: return .field(Name(token.text, span: token.span))
            }
        case .symbol where token.text == "(":
            position += 1
            let inner = try parseExpr()
            guard acceptSymbol(")") else { throw Messages.expected("')'", found: current) }
            return inner
        case .symbol where token.text == "[":
            position += 1
            var items: [Expr] = []
            if !current.isSymbol("]") {
                repeat { items.append(try parseOperand()) } while acceptSymbol(",")
            }
            let close = current
            guard acceptSymbol("]") else { throw Messages.expected("']' or ','", found: current) }
            return .list(items, token.span.union(close.span))
        case .invalid:
            throw Messages.invalidToken(token)
        default:
            throw Messages.expected("a field or a value", found: token)
        }
    }
}
