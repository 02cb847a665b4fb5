import NQSource

extension Parser {
    // MARK: Expressions

    /// A whole expression of a clause, its height checked.
    mutating func parseTopExpr() throws(Diagnostic) -> Expr {
        let expr = try parseExpr()
        try checkHeight(expr.height, at: expr.span)
        return expr
    }

    /// A value of a clause (a select item, a sort or group key), its height checked.
    mutating func parseTopSum(_ what: String) throws(Diagnostic) -> Expr {
        if current.kind == .end || (current.kind == .identifier && Self.clauseWords.contains(current.text.lowercased()))
        {
            throw Messages.expected(what, found: current)
        }
        let expr = try parseSum()
        try checkHeight(expr.height, at: expr.span)
        return expr
    }

    mutating func parseExpr() throws(Diagnostic) -> Expr {
        var operands = [try parseConjunct()]
        while true {
            if current.isSymbol("||") { throw Messages.sqlHabit("nq writes 'or'", at: current.span, suggestion: "or") }
            guard accept("or") else { break }
            operands.append(try parseConjunct())
        }
        return try balanced(.or, operands)
    }

    mutating func parseConjunct() throws(Diagnostic) -> Expr {
        var operands = [try parseUnary()]
        while true {
            if current.isSymbol("&&") {
                throw Messages.sqlHabit("nq writes 'and'", at: current.span, suggestion: "and")
            }
            guard accept("and") else { break }
            operands.append(try parseUnary())
        }
        return try balanced(.and, operands)
    }

    /// A chain of `and` or `or` as a balanced tree, so that a long chain stays shallow (the
    /// operator is associative, and operands keep their left-to-right order).
    func balanced(_ op: BinaryOperator, _ operands: [Expr]) throws(Diagnostic) -> Expr {
        if operands.count == 1 { return operands[0] }
        let tallest = operands.map(\.height).max() ?? 0
        var levels = 0
        while (1 << levels) < operands.count { levels += 1 }
        try checkHeight(tallest + levels, at: operands[0].span.union(operands[operands.count - 1].span))
        func build(_ range: Range<Int>) -> Expr {
            if range.count == 1 { return operands[range.lowerBound] }
            let middle = range.lowerBound + (range.count + 1) / 2
            let lhs = build(range.lowerBound..<middle)
            let rhs = build(middle..<range.upperBound)
            return .binary(op, lhs, rhs, lhs.span.union(rhs.span))
        }
        return build(0..<operands.count)
    }

    mutating func parseUnary() throws(Diagnostic) -> Expr {
        let token = current
        if accept("not") {
            try enter(token)
            let inner = try parseUnary()
            depth -= 1
            return .not(inner, token.span.union(inner.span))
        }
        if token.isSymbol("!") {
            throw Messages.sqlHabit("nq writes 'not'", at: token.span, suggestion: "not")
        }
        return try parsePredicate()
    }

    mutating func parsePredicate() throws(Diagnostic) -> Expr {
        let start = current
        if start.isKeyword("mentions"), peek().kind != .symbol || peek().isSymbol("("), peek().kind != .end {
            position += 1
            let operand = try parseOperand()
            return .mentions(operand, start.span.union(operand.span))
        }
        if start.isKeyword("within"), peek().kind == .number {
            return try parseWithin()
        }
        let lhs = try parseSum()
        let token = current
        if token.kind == .symbol, let op = Self.comparison(token.text) {
            position += 1
            let rhs = try parseSum()
            return .binary(op, lhs, rhs, lhs.span.union(rhs.span))
        }
        guard token.kind == .identifier else { return lhs }
        switch token.text.lowercased() {
        case "contains":
            position += 1
            let rhs = try parseSum()
            return .binary(.contains, lhs, rhs, lhs.span.union(rhs.span))
        case "starts", "ends":
            position += 1
            try expectKeyword("with")
            let rhs = try parseSum()
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
            let rhs = try parseSource(allowList: true)
            return .binary(.in, lhs, rhs, lhs.span.union(rhs.span))
        case "not" where peek().isKeyword("in"):
            position += 2
            let rhs = try parseSource(allowList: true)
            let span = lhs.span.union(rhs.span)
            return .not(.binary(.in, lhs, rhs, span), span)
        case "is":
            position += 1
            let negated = accept("not")
            guard current.isKeyword("null") else { throw Messages.expected("'null'", found: current) }
            let end = advance()
            return .isNull(lhs, negated: negated, lhs.span.union(end.span))
        case "like", "ilike":
            throw Messages.likeHint(at: token.span, pattern: peek().kind == .string ? peek().value : nil)
        case "between":
            throw Messages.sqlHabit(
                "nq has no 'between'", at: token.span, suggestion: "\(lhs) >= LOW and \(lhs) <= HIGH")
        default:
            return lhs
        }
    }

    /// `within N sentences of SOURCE`.
    mutating func parseWithin() throws(Diagnostic) -> Expr {
        let start = advance()
        let count = try expectCount(clause: "within")
        guard accept("sentence") || accept("sentences") else {
            throw Messages.expected(
                "'sentences', as in 'within 1 sentence of (quotes where quote = 3)'", found: current)
        }
        try expectKeyword("of")
        let source = try parseSource(allowList: false)
        return .within(count, source, start.span.union(source.span))
    }

    /// The right side of `in` or `of`: a list, a saved result's name or a subquery.
    mutating func parseSource(allowList: Bool) throws(Diagnostic) -> Expr {
        if current.isSymbol("("), peek().kind == .identifier,
            peek(2).isSymbol(")")
                || (peek(2).kind == .identifier && Self.clauseWords.contains(peek(2).text.lowercased()))
        {
            return try parseSubquery()
        }
        if current.kind == .identifier { return .field(try expectName("a saved result")) }
        if !allowList { throw Messages.expected("a saved result or a query in parentheses", found: current) }
        return try parseOperand()
    }

    /// `( QUERY )`.
    mutating func parseSubquery() throws(Diagnostic) -> Expr {
        let open = advance()
        try enter(open)
        let query = try parseQueryOrCount()
        depth -= 1
        let close = current
        guard acceptSymbol(")") else { throw Messages.expected("')' to close the query", found: current) }
        return .subquery(query, open.span.union(close.span))
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

    /// `product { ("+" | "-") product }`, left to right.
    mutating func parseSum() throws(Diagnostic) -> Expr {
        var lhs = try parseProduct()
        var height = lhs.height
        while current.isSymbol("+") || current.isSymbol("-") {
            let op: ArithmeticOperator = advance().text == "+" ? .add : .subtract
            let rhs = try parseProduct()
            height = max(height, rhs.height) + 1
            try checkHeight(height, at: lhs.span.union(rhs.span))
            lhs = .arithmetic(op, lhs, rhs, lhs.span.union(rhs.span))
        }
        return lhs
    }

    /// `operand { ("*" | "/") operand }`, left to right.
    mutating func parseProduct() throws(Diagnostic) -> Expr {
        var lhs = try parseOperand()
        var height = lhs.height
        while current.isSymbol("*") || current.isSymbol("/") {
            let op: ArithmeticOperator = advance().text == "*" ? .multiply : .divide
            let rhs = try parseOperand()
            height = max(height, rhs.height) + 1
            try checkHeight(height, at: lhs.span.union(rhs.span))
            lhs = .arithmetic(op, lhs, rhs, lhs.span.union(rhs.span))
        }
        return lhs
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
            default:
                if current.isSymbol("(") { return try parseCall(token) }
                return .field(Name(token.text, span: token.span))
            }
        case .symbol where token.text == "(":
            if peek().kind == .identifier, peek(2).kind == .identifier,
                Self.clauseWords.contains(peek(2).text.lowercased())
            {
                return try parseSubquery()
            }
            position += 1
            try enter(token)
            let inner = try parseExpr()
            depth -= 1
            guard acceptSymbol(")") else { throw Messages.expected("')'", found: current) }
            return inner
        case .symbol where token.text == "[":
            position += 1
            try enter(token)
            var items: [Expr] = []
            if !current.isSymbol("]") {
                repeat { items.append(try parseExpr()) } while acceptSymbol(",")
            }
            depth -= 1
            let close = current
            guard acceptSymbol("]") else { throw Messages.expected("']' or ','", found: current) }
            return .list(items, token.span.union(close.span))
        case .symbol where token.text == "-":
            position += 1
            try enter(token)
            let inner = try parseOperand()
            depth -= 1
            return .arithmetic(.subtract, .literal(.number(0), token.span), inner, token.span.union(inner.span))
        case .invalid:
            throw Messages.invalidToken(token)
        default:
            throw Messages.expected("a field or a value", found: token)
        }
    }

    /// `NAME ( [distinct] [expr { , expr }] )`, after the name.
    mutating func parseCall(_ name: QueryToken) throws(Diagnostic) -> Expr {
        let open = advance()
        try enter(open)
        let distinct = accept("distinct")
        var arguments: [Expr] = []
        if !current.isSymbol(")") {
            if current.isSymbol("*") {
                position += 1
            } else {
                repeat { arguments.append(try parseExpr()) } while acceptSymbol(",")
            }
        }
        depth -= 1
        let close = current
        guard acceptSymbol(")") else { throw Messages.expected("')' or ','", found: current) }
        return .call(Name(name.text, span: name.span), arguments, distinct: distinct, name.span.union(close.span))
    }
}
