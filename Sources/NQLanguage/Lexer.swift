import NQSource

/// Splits statement text into tokens. It never throws: a problem becomes an `.invalid` token.
///
/// Strings are delimited by `"` or by typographic `“ ”` (pasted from articles), with `\"` and
/// `\\` escapes; a regular expression `/…/flags` is read only right after the keyword
/// `matches`; `#` starts a comment that runs to the end of the line.
public struct Lexer: Sendable {
    /// Creates a lexer.
    public init() {}

    /// The tokens of `text`, ending with one `.end` token.
    public func tokenize(_ text: String) -> [QueryToken] {
        let scalars = Array(text.unicodeScalars)
        // UTF-8 offset of each scalar index, for spans.
        var offsets = [Int]()
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        var tokens: [QueryToken] = []
        var index = 0
        func emit(_ kind: QueryToken.Kind, _ start: Int, _ end: Int, value: String = "", flags: String = "") {
            var string = String.UnicodeScalarView()
            string.append(contentsOf: scalars[start..<end])
            tokens.append(
                QueryToken(
                    kind: kind, span: SourceSpan(offsets[start], offsets[end]), text: String(string),
                    value: value, flags: flags))
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                emit(.newline, index, index + 1)
                index += 1
                continue
            }
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            if scalar == "#" {
                while index < scalars.count && scalars[index] != "\n" { index += 1 }
                continue
            }
            let start = index
            if scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}" {
                let (end, value, closed) = readString(scalars, from: index)
                index = end
                if closed {
                    emit(.string, start, end, value: value)
                } else {
                    emit(.invalid, start, end, value: "unterminated string")
                }
            } else if scalar == "/", tokens.last?.isKeyword("matches") == true {
                index = readRegex(scalars, from: index, emit: emit)
            } else if scalar == "'" || scalar == "\u{2018}" {
                index = readSingleQuoted(scalars, from: index)
                emit(.invalid, start, index, value: Self.singleQuoted)
            } else if isIdentifierStart(scalar) {
                index += 1
                while index < scalars.count, isIdentifierPart(scalars[index]) { index += 1 }
                // A dotted name follows a link: `article.title`, `speaker.affiliation`.
                while index + 1 < scalars.count, scalars[index] == ".", isIdentifierStart(scalars[index + 1]) {
                    index += 2
                    while index < scalars.count, isIdentifierPart(scalars[index]) { index += 1 }
                }
                emit(.identifier, start, index)
            } else if ("0"..."9").contains(scalar)
                || (scalar == "." && index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1]))
                || (scalar == "-" && index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1])
                    && !(tokens.last.map(Self.endsOperand) ?? false))
            {
                index = readNumber(scalars, from: index)
                emit(.number, start, index)
            } else if let width = symbolWidth(scalars, at: index) {
                index += width
                emit(.symbol, start, index)
            } else {
                index += 1
                emit(.invalid, start, index, value: "unexpected character '\(Character(scalar))'")
            }
        }
        tokens.append(QueryToken(kind: .end, span: SourceSpan(offset, offset), text: ""))
        return tokens
    }

    /// The problem of a single-quoted string.
    public static let singleQuoted = "strings take double quotes in nq"

    /// Whether a token can end an operand, so that a `-` after it subtracts.
    static func endsOperand(_ token: QueryToken) -> Bool {
        [.number, .string, .identifier].contains(token.kind) || token.isSymbol(")") || token.isSymbol("]")
    }

    /// Reads a string in single quotes (an SQL habit) to its closing quote or the line's end.
    func readSingleQuoted(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start + 1
        while index < scalars.count, scalars[index] != "\n" {
            let scalar = scalars[index]
            index += 1
            if scalar == "'" || scalar == "\u{2019}" { break }
        }
        return index
    }

    func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// Reads a string starting at its opening mark; returns the index after it, its value and
    /// whether it was closed.
    func readString(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, String, Bool) {
        let opener = scalars[start]
        let closers: Set<Unicode.Scalar> = opener == "\"" ? ["\""] : ["\u{201D}", "\u{201C}", "\""]
        var value = String.UnicodeScalarView()
        var index = start + 1
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count {
                let next = scalars[index + 1]
                switch next {
                case "n": value.append("\n")
                case "t": value.append("\t")
                default: value.append(next)
                }
                index += 2
                continue
            }
            if closers.contains(scalar) { return (index + 1, String(value), true) }
            value.append(scalar)
            index += 1
        }
        return (index, String(value), false)
    }

    /// Reads `/pattern/flags`, emitting a regex token or an invalid one.
    func readRegex(
        _ scalars: [Unicode.Scalar], from start: Int,
        emit: (QueryToken.Kind, Int, Int, String, String) -> Void
    ) -> Int {
        var pattern = String.UnicodeScalarView()
        var index = start + 1
        while index < scalars.count, scalars[index] != "/", scalars[index] != "\n" {
            if scalars[index] == "\\", index + 1 < scalars.count {
                if scalars[index + 1] != "/" { pattern.append("\\") }
                pattern.append(scalars[index + 1])
                index += 2
                continue
            }
            pattern.append(scalars[index])
            index += 1
        }
        guard index < scalars.count, scalars[index] == "/" else {
            emit(.invalid, start, index, "unterminated regular expression (close it with '/')", "")
            return index
        }
        index += 1
        var flags = ""
        while index < scalars.count, scalars[index].properties.isAlphabetic {
            flags.unicodeScalars.append(scalars[index])
            index += 1
        }
        emit(.regex, start, index, String(pattern), flags)
        return index
    }

    /// Reads a number: digits, an optional fraction and exponent.
    func readNumber(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        if scalars[index] == "-" { index += 1 }
        func digits() {
            while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "_" { index += 1 }
        }
        digits()
        if index < scalars.count, scalars[index] == ".", index + 1 < scalars.count,
            ("0"..."9").contains(scalars[index + 1])
        {
            index += 1
            digits()
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            var probe = index + 1
            if probe < scalars.count, scalars[probe] == "+" || scalars[probe] == "-" { probe += 1 }
            if probe < scalars.count, ("0"..."9").contains(scalars[probe]) {
                index = probe
                digits()
            }
        }
        return index
    }

    /// The length of the operator or punctuation at `index`, if there is one.
    func symbolWidth(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        let scalar = scalars[index]
        let next = index + 1 < scalars.count ? scalars[index + 1] : nil
        switch scalar {
        case "!", "<", ">":
            if next == "=" { return 2 }
            if scalar == "<" && next == ">" { return 2 }
            return 1
        case "=":
            return next == "=" ? 2 : 1
        case "(", ")", "[", "]", ",", ";", "*", "\\", "+", "-", "/", "&", "|":
            if scalar == "&" || scalar == "|" { return next == scalar ? 2 : nil }
            return 1
        default:
            return nil
        }
    }
}
