import NQSource

extension Parser {
    // MARK: Statements

    mutating func parseStatement() throws(Diagnostic) -> Statement {
        let first = current
        guard first.kind == .identifier else {
            throw Messages.expected("a collection or statement", found: first)
        }
        switch first.text.lowercased() {
        case "count" where peek().kind == .identifier:
            position += 1
            var query = try parseQuery()
            if current.isKeyword("by"), query.grouping == nil {
                let by = advance()
                var grouping = Grouping(keys: try parseItems("a field to group by"), span: by.span)
                grouping.countStyle = true
                try parseClauses(&grouping.clauses, grouped: true)
                query.grouping = grouping
                query.span = query.span.union(tokens[max(0, position - 1)].span)
                return .query(query)
            }
            return .count(query)
        case "let":
            position += 1
            let name = try expectName("a name for the result")
            guard acceptSymbol("=") else { throw Messages.expected("'='", found: current) }
            return .assign(name, try parseQueryOrCount())
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
            return .explainQuery(try parseQueryOrCount())
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
        case "exit" where peek().kind == .end, "quit" where peek().kind == .end:
            position += 1
            return .quit
        case "select" where peek().kind != .end:
            throw sqlSelectHint(at: first)
        case "expect", "pause":
            return try parseLessonStatement()
        default:
            return .query(try parseQuery())
        }
    }

    /// A query, or `count QUERY by …` (a grouping), as `let` keeps either.
    mutating func parseQueryOrCount() throws(Diagnostic) -> Query {
        guard current.isKeyword("count"), peek().kind == .identifier else { return try parseQuery() }
        let start = current
        guard case .query(let query) = try parseStatement() else {
            throw Messages.countIsANumber(at: start.span)
        }
        return query
    }

    /// `select FIELDS from COLLECTION …`, written the SQL way: a hint with the nq way.
    func sqlSelectHint(at select: QueryToken) -> Diagnostic {
        let bytes = Array(source.utf8)
        func text(_ from: Int, _ to: Int) -> String {
            var text = Substring(
                String(decoding: bytes[max(0, from)..<min(bytes.count, max(from, to))], as: UTF8.self))
            while text.first?.isWhitespace == true { text.removeFirst() }
            while text.last?.isWhitespace == true { text.removeLast() }
            return String(text)
        }
        guard let from = tokens.firstIndex(where: { $0.isKeyword("from") }), from + 1 < tokens.count,
            tokens[from + 1].kind == .identifier
        else {
            return Messages.sqlHabit(
                "nq names the collection first", at: select.span, suggestion: "quotes where … select text")
        }
        let fields = text(tokens[1].span.lower, tokens[from].span.lower)
        let collection = tokens[from + 1].text
        let endOffset = tokens[tokens.count - 1].span.lower
        let rest = text(tokens[min(from + 2, tokens.count - 1)].span.lower, endOffset)
        var rewritten = collection + (rest.isEmpty ? "" : " " + rest)
        if fields == "*" {
            rewritten += " select *"
        } else if !fields.isEmpty {
            rewritten += " select " + fields
        }
        return Messages.sqlHabit("nq names the collection first", at: select.span, suggestion: rewritten)
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
        try parseClauses(&query.clauses, grouped: false)
        if current.isKeyword("group") {
            let group = advance()
            guard accept("by") else { throw Messages.expected("'by' after 'group'", found: current) }
            if !query.select.isEmpty || query.clauses.selectAll {
                throw Messages.selectBeforeGroup(at: group.span)
            }
            query.grouping = Grouping(keys: try parseItems("a field to group by"), span: group.span)
            try parseClauses(&query.grouping!.clauses, grouped: true)
        }
        query.span = query.span.union(tokens[max(0, position - 1)].span)
        return query
    }

    /// Reads where, order by, limit, offset and select clauses, each at most once.
    mutating func parseClauses(_ clauses: inout Clauses, grouped: Bool) throws(Diagnostic) {
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
                clauses.filter = try parseTopExpr()
            case "order":
                try once("order by", token)
                position += 1
                try expectKeyword("by")
                repeat {
                    let expr = try parseTopSum("a field to sort by")
                    let descending = accept("desc")
                    if !descending { _ = accept("asc") }
                    clauses.order.append(OrderKey(expr: expr, descending: descending))
                } while acceptSymbol(",")
            case "limit":
                try once("limit", token)
                position += 1
                clauses.limit = try expectCount(clause: "limit")
                if accept("per") {
                    repeat { clauses.per.append(try parseTopSum("a field after 'per'")) } while acceptSymbol(",")
                }
                if accept("offset") {
                    try once("offset", token)
                    clauses.offset = try expectCount(clause: "offset")
                }
            case "offset":
                try once("offset", token)
                position += 1
                clauses.offset = try expectCount(clause: "offset")
            case "select":
                try once("select", token)
                position += 1
                if acceptSymbol("*") {
                    clauses.selectAll = true
                } else {
                    clauses.select = try parseItems("a field to select")
                }
            case "sort" where peek().isKeyword("by"):
                throw Messages.sqlHabit(
                    "nq sorts with 'order by'", at: token.span.union(peek().span), suggestion: "order by")
            case "having" where grouped:
                throw Messages.sqlHabit(
                    "after 'group by', 'where' filters the groups", at: token.span, suggestion: "where")
            case "having":
                throw Messages.sqlHabit(
                    "'having' is 'where' after 'group by'", at: token.span, suggestion: "group by … where")
            case "from":
                throw Messages.sqlHabit(
                    "nq names the collection first, with no 'from'", at: token.span, suggestion: "COLLECTION where …")
            default:
                return
            }
        }
    }

    /// `item { "," item }` where `item = sum [ "as" name ]`.
    mutating func parseItems(_ what: String) throws(Diagnostic) -> [SelectItem] {
        var items: [SelectItem] = []
        repeat {
            let expr = try parseTopSum(what)
            var alias: Name?
            if accept("as") { alias = try expectName("a name after 'as'") }
            items.append(SelectItem(expr: expr, alias: alias))
        } while acceptSymbol(",")
        return items
    }
}
