/// Parses a pattern into a `RegexNode`, applying the flags, by recursive descent.
///
/// Grammar: alternation := concat ('|' concat)*; concat := (atom quantifier?)*;
/// quantifier := ('*' | '+' | '?' | '{n}' | '{n,}' | '{n,m}') '?'?.
struct RegexParser {
    /// The largest repetition count accepted in `{n,m}`.
    static let maxRepetition = 1000
    /// The deepest group nesting accepted.
    static let maxNesting = 200

    let scalars: [Unicode.Scalar]
    /// The UTF-8 offset of each scalar, plus the pattern's length at the end.
    let offsets: [Int]
    let flags: RegexFlags
    var index = 0
    private var depth = 0

    /// Prepares to parse `pattern` under `flags`.
    init(_ pattern: String, flags: RegexFlags) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = 0
        for scalar in pattern.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
        self.flags = flags
    }

    /// Parses the whole pattern.
    mutating func parse() throws(RegexError) -> RegexNode {
        let node = try parseAlternation()
        if index < scalars.count { throw .unmatchedClose(at: offset) }
        return node
    }

    // MARK: Cursor

    var offset: Int { offsets[index] }
    var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    func peek(_ ahead: Int) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    mutating func advance() -> Unicode.Scalar? {
        guard index < scalars.count else { return nil }
        index += 1
        return scalars[index - 1]
    }

    /// Consumes `text` if the pattern continues with it.
    mutating func consume(_ text: String) -> Bool {
        var ahead = 0
        for scalar in text.unicodeScalars {
            guard peek(ahead) == scalar else { return false }
            ahead += 1
        }
        index += ahead
        return true
    }

    // MARK: Structure

    private mutating func parseAlternation() throws(RegexError) -> RegexNode {
        var branches = [try parseConcat()]
        while peek == "|" {
            index += 1
            branches.append(try parseConcat())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseConcat() throws(RegexError) -> RegexNode {
        var parts: [RegexNode] = []
        while let next = peek, next != "|", next != ")" {
            let atom = try parseAtom()
            parts.append(try parseQuantifiers(after: atom))
        }
        switch parts.count {
        case 0: return .empty
        case 1: return parts[0]
        default: return .concat(parts)
        }
    }

    private mutating func parseAtom() throws(RegexError) -> RegexNode {
        let start = offset
        let scalar = advance()!
        switch scalar {
        case "(": return try parseGroup(openedAt: start)
        case "[": return .set(try parseClass(openedAt: start))
        case ".":
            return .set(ScalarSet(ranges: flags.dotAll ? [] : [0x0A...0x0A], negated: true))
        case "^": return .assertion(flags.multiline ? .lineStart : .textStart)
        case "$": return .assertion(flags.multiline ? .lineEnd : .textEnd)
        case "*", "+", "?": throw .nothingToRepeat(String(scalar), at: start)
        case "{":
            index -= 1
            if parseCountAhead() != nil {
                throw .nothingToRepeat("{", at: start)
            }
            index += 1
            return literal(scalar.value)
        case "\\":
            switch try parseEscape(inClass: false, escapeOffset: start) {
            case .scalar(let value): return literal(value)
            case .set(let set): return .set(set)
            case .assertion(let kind): return .assertion(kind)
            }
        default: return literal(scalar.value)
        }
    }

    /// A literal scalar, as a set of its case variants under the i flag.
    func literal(_ value: UInt32) -> RegexNode {
        guard flags.caseInsensitive else { return .literal(value) }
        let variants = CaseFolding.variants(of: value)
        if variants.count == 1 { return .literal(value) }
        return .set(ScalarSet(ranges: variants.map { $0...$0 }))
    }

    private mutating func parseGroup(openedAt start: Int) throws(RegexError) -> RegexNode {
        if peek == "?" {
            let questionOffset = offset
            index += 1
            if consume(":") {
                // Non-capturing group.
            } else if consume("<") || consume("P<") || consume("'") {
                if peek == "=" || peek == "!" {
                    throw .lookaround("lookbehind", at: start)
                }
                try skipGroupName(openedAt: start)
            } else if peek == "=" || peek == "!" {
                throw .lookaround("lookahead", at: start)
            } else if consume("P=") {
                throw .backreference(at: start)
            } else if let next = peek, "imsx-".unicodeScalars.contains(next) {
                throw RegexError(
                    message: "inline flags like '(?i)' are not supported (give flags after the pattern)",
                    offset: start)
            } else {
                let shown = peek.map { "(?\($0)" } ?? "(?"
                throw RegexError(
                    message: "unsupported group syntax '\(shown)'", offset: questionOffset - 1)
            }
        }
        depth += 1
        if depth > RegexParser.maxNesting {
            throw RegexError(
                message: "groups are nested too deeply (at most \(RegexParser.maxNesting) levels)",
                offset: start)
        }
        let inner = try parseAlternation()
        depth -= 1
        guard peek == ")" else { throw .missingClose(at: start) }
        index += 1
        return inner
    }

    private mutating func skipGroupName(openedAt start: Int) throws(RegexError) {
        let nameStart = index
        while let next = peek, next != ">", next != "'" {
            let isDigit = ("0"..."9").contains(next)
            guard next == "_" || next.properties.isAlphabetic || (isDigit && index > nameStart) else {
                throw RegexError(message: "invalid group name", offset: start)
            }
            index += 1
        }
        guard peek != nil, index > nameStart else {
            throw RegexError(message: "invalid group name", offset: start)
        }
        index += 1
    }

    // MARK: Quantifiers

    private mutating func parseQuantifiers(after atom: RegexNode) throws(RegexError) -> RegexNode {
        var bounds: (min: Int, max: Int?)
        switch peek {
        case "*": bounds = (0, nil)
        case "+": bounds = (1, nil)
        case "?": bounds = (0, 1)
        case "{":
            guard let count = try parseCount(validate: true) else { return atom }
            bounds = count
        default: return atom
        }
        index += 1
        var greedy = true
        if peek == "?" {
            greedy = false
            index += 1
        }
        if let next = peek {
            if next == "+" && greedy {
                throw RegexError(message: "possessive quantifiers are not supported", offset: offset)
            }
            let isCount = next == "{" && parseCountAhead() != nil
            if next == "*" || next == "+" || next == "?" || isCount {
                throw RegexError(
                    message: "nested quantifier '\(next)' (put the repeated part in a group)",
                    offset: offset)
            }
        }
        return .repetition(atom, min: bounds.min, max: bounds.max, greedy: greedy)
    }

    /// Parses `{n}`, `{n,}` or `{n,m}` at the cursor without consuming it.
    private func parseCountAhead() -> (min: Int, max: Int?)? {
        var copy = self
        return (try? copy.parseCount(validate: false)) ?? nil
    }

    /// Parses `{n}`, `{n,}` or `{n,m}` at the cursor, leaving the cursor on the closing `}`.
    /// Returns nil (cursor unchanged) if the text is not a count, so `{` is a literal.
    /// With `validate`, counts above the limit or with minimum above maximum are errors.
    private mutating func parseCount(validate: Bool) throws(RegexError) -> (min: Int, max: Int?)? {
        let saved = index
        let start = offset
        guard peek == "{" else { return nil }
        index += 1
        guard let low = parseNumber() else {
            index = saved
            return nil
        }
        var high: Int? = low
        if peek == "," {
            index += 1
            high = parseNumber()
        }
        guard peek == "}" else {
            index = saved
            return nil
        }
        guard validate else { return (low, high) }
        let limit = RegexParser.maxRepetition
        if low > limit || (high ?? 0) > limit {
            throw RegexError(
                message: "invalid repetition count (at most \(limit))", offset: start)
        }
        if let high, high < low {
            throw RegexError(
                message: "invalid repetition count (minimum above maximum)", offset: start)
        }
        return (low, high)
    }

    private mutating func parseNumber() -> Int? {
        var value = 0
        var digits = 0
        while let next = peek, ("0"..."9").contains(next) {
            value = min(value * 10 + Int(next.value - 48), 1_000_000)
            digits += 1
            index += 1
        }
        return digits > 0 ? value : nil
    }
}
