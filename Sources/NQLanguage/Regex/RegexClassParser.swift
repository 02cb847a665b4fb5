/// What an escape sequence denotes.
enum RegexEscape {
    /// One scalar, e.g. `\n`, `\.`, `\u{201C}`.
    case scalar(UInt32)
    /// A class, e.g. `\d`, `\W`.
    case set(ScalarSet)
    /// An assertion, e.g. `\b`, `\A` (not inside a class).
    case assertion(RegexAssertion)
}

extension RegexParser {
    /// Parses an escape sequence; the cursor is just after the backslash at `escapeOffset`.
    mutating func parseEscape(inClass: Bool, escapeOffset: Int) throws(RegexError) -> RegexEscape {
        guard let scalar = advance() else {
            throw RegexError(
                message: "trailing '\\' at the end of the regular expression", offset: escapeOffset)
        }
        let ascii = ScalarSet.asciiRanges
        switch scalar {
        case "n": return .scalar(0x0A)
        case "t": return .scalar(0x09)
        case "r": return .scalar(0x0D)
        case "f": return .scalar(0x0C)
        case "v": return .scalar(0x0B)
        case "a": return .scalar(0x07)
        case "e": return .scalar(0x1B)
        case "0": return .scalar(0)
        case "1"..."9", "k", "g": throw .backreference(at: escapeOffset)
        case "d": return .set(ScalarSet(ranges: ascii.digit))
        case "D": return .set(ScalarSet(ranges: ScalarSet.complement(ascii.digit)))
        case "w": return .set(ScalarSet(terms: [.init(predicate: .word, negated: false)]))
        case "W": return .set(ScalarSet(terms: [.init(predicate: .word, negated: true)]))
        case "s": return .set(ScalarSet(terms: [.init(predicate: .space, negated: false)]))
        case "S": return .set(ScalarSet(terms: [.init(predicate: .space, negated: true)]))
        case "b", "B", "A", "z":
            if inClass {
                throw RegexError(
                    message: "'\\\(scalar)' is not allowed in a character class", offset: escapeOffset)
            }
            let kinds: [Unicode.Scalar: RegexAssertion] = [
                "b": .wordBoundary, "B": .notWordBoundary, "A": .textStart, "z": .textEnd,
            ]
            return .assertion(kinds[scalar]!)
        case "Z":
            throw RegexError(message: "'\\Z' is not supported (use '\\z' or '$')", offset: escapeOffset)
        case "x": return .scalar(try parseHexScalar(digits: 2, escapeOffset: escapeOffset))
        case "u": return .scalar(try parseHexScalar(digits: 4, escapeOffset: escapeOffset))
        case "p", "P":
            throw RegexError(
                message: "unicode property classes like '\\p{L}' are not supported (use \\w or a range)",
                offset: escapeOffset)
        default:
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                throw RegexError(message: "unknown escape '\\\(scalar)'", offset: escapeOffset)
            }
            return .scalar(scalar.value)
        }
    }

    /// Parses the hex digits of `\xHH`, `\uHHHH` or `\x{H...}` / `\u{H...}`.
    private mutating func parseHexScalar(digits: Int, escapeOffset: Int) throws(RegexError) -> UInt32 {
        let braced = peek == "{"
        if braced { index += 1 }
        var value: UInt32 = 0
        var count = 0
        while braced ? count < 8 : count < digits, let next = peek, let digit = hexValue(next) {
            value = value * 16 + digit
            count += 1
            index += 1
        }
        let valid = braced ? (count > 0 && peek == "}") : count == digits
        guard valid, let scalar = Unicode.Scalar(value) else {
            throw RegexError(
                message: "invalid unicode escape (use \\u{...} with 1 to 6 hex digits, or \\uXXXX)",
                offset: escapeOffset)
        }
        if braced { index += 1 }
        return scalar.value
    }

    private func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f": return scalar.value - 0x61 + 10
        case "A"..."F": return scalar.value - 0x41 + 10
        default: return nil
        }
    }

    /// Parses a bracketed class; the cursor is just after the `[` at `start`.
    mutating func parseClass(openedAt start: Int) throws(RegexError) -> ScalarSet {
        var negated = false
        if peek == "^" {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var terms: [ScalarSet.Term] = []
        var first = true
        while true {
            guard let next = peek else {
                throw RegexError(message: "unterminated character class", offset: start)
            }
            if next == "]" && !first {
                index += 1
                break
            }
            first = false
            let itemOffset = offset
            let itemIndex = index
            let item = try parseClassItem()
            let isRange = peek == "-" && peek(1) != nil && peek(1) != "]"
            switch item {
            case .set(let set):
                if isRange { throw classRangeError(at: itemOffset) }
                ranges += set.ranges
                terms += set.terms
            case .scalar(let low):
                guard isRange else {
                    ranges.append(low...low)
                    continue
                }
                index += 1
                guard case .scalar(let high) = try parseClassItem() else {
                    throw classRangeError(at: itemOffset)
                }
                guard low <= high else {
                    let text = String(String.UnicodeScalarView(scalars[itemIndex..<index]))
                    throw RegexError(
                        message: "invalid character class range '\(text)'", offset: itemOffset)
                }
                ranges.append(low...high)
            case .assertion:
                throw classRangeError(at: itemOffset)
            }
        }
        var set = ScalarSet(ranges: ranges, terms: terms)
        if flags.caseInsensitive { set.addCaseVariants() }
        set.negated = negated
        return set
    }

    private func classRangeError(at offset: Int) -> RegexError {
        RegexError(
            message: "invalid character class range (a class like '\\d' cannot end a range)",
            offset: offset)
    }

    /// One member of a class: a scalar, an escape, or a POSIX class like `[:alpha:]`.
    private mutating func parseClassItem() throws(RegexError) -> RegexEscape {
        let itemOffset = offset
        let scalar = advance()!
        if scalar == "\\" { return try parseEscape(inClass: true, escapeOffset: itemOffset) }
        if scalar == "[" && peek == ":" { return .set(try parsePOSIXClass(openedAt: itemOffset)) }
        return .scalar(scalar.value)
    }

    /// Parses `[:name:]` or `[:^name:]` (ASCII only); the cursor is on the `:`.
    private mutating func parsePOSIXClass(openedAt start: Int) throws(RegexError) -> ScalarSet {
        index += 1
        let negated = consume("^")
        var name = ""
        while let next = peek, next.properties.isAlphabetic {
            name.unicodeScalars.append(next)
            index += 1
        }
        guard consume(":]"), let ranges = ScalarSet.asciiRanges.posix[name] else {
            throw RegexError(
                message: "unknown POSIX class (use e.g. '[:alpha:]' or '[:digit:]')", offset: start)
        }
        return ScalarSet(ranges: negated ? ScalarSet.complement(ranges) : ranges)
    }
}

extension ScalarSet {
    /// Ranges of the ASCII classes.
    static let asciiRanges = (
        digit: [UInt32(0x30)...0x39],
        posix: [
            "alpha": [0x41...0x5A, 0x61...0x7A],
            "digit": [0x30...0x39],
            "alnum": [0x30...0x39, 0x41...0x5A, 0x61...0x7A],
            "upper": [0x41...0x5A],
            "lower": [0x61...0x7A],
            "space": [0x09...0x0D, 0x20...0x20],
            "blank": [0x09...0x09, 0x20...0x20],
            "punct": [0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E],
            "xdigit": [0x30...0x39, 0x41...0x46, 0x61...0x66],
            "word": [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A],
            "cntrl": [0x00...0x1F, 0x7F...0x7F],
            "print": [0x20...0x7E],
            "graph": [0x21...0x7E],
        ] as [String: [ClosedRange<UInt32>]]
    )

    /// The complement of normalized ranges within all Unicode scalar values.
    static func complement(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in normalize(ranges) {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = range.upperBound + 1
        }
        if next <= 0x10_FFFF { result.append(next...0x10_FFFF) }
        return result
    }
}
