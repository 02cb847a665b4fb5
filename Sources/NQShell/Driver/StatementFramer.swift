import NQLanguage

/// Whole lines of input ready to run: one dot command, or one or more statements.
public struct FramedInput: Sendable, Equatable {
    /// What the lines hold.
    public enum Kind: Sendable, Equatable {
        /// A dot command line such as `.mode csv`.
        case dotCommand
        /// One or more statements (several when separated by `;`).
        case statements
    }

    /// What the lines hold.
    public var kind: Kind
    /// The lines, joined by line breaks.
    public var text: String
    /// The number of the first line in its source (1-based).
    public var firstLine: Int
}

/// Decides where statements end, one line at a time: the one framer behind the prompt, scripts,
/// `-c` and standard input.
///
/// A line break ends a statement unless a bracket is open, a string is unterminated, the line
/// ends with `\`, or (when the framer may look ahead) the next non-blank line starts with a
/// clause word such as `where` or `and` (`Parser.clauseWordsThatContinue`). Each line is lexed once
/// (a line inside an unterminated string is lexed again with the line that opened it), so a
/// statement of any length is framed in linear time.
public struct StatementFramer {
    /// Whether a complete statement waits for the next line, which may continue it with a clause
    /// word. Scripts and pipes look ahead; the prompt cannot (the user waits for the answer).
    public let looksAhead: Bool
    /// Whether an empty line ends an unfinished statement (at the prompt, so that Enter on an
    /// empty `...>` line shows what is wrong instead of waiting for more).
    public let blankLineEnds: Bool

    private var text = ""
    private var firstLine = 0
    private var collecting = false
    private var complete = false
    private var held = ""
    private var depth = 0
    private var endsWithBackslash = false
    private var stringStart: String.Index?
    private var depthBeforeString = 0
    /// How many bytes were handed to the lexer so far (for the test that framing is linear).
    public private(set) var lexedBytes = 0

    /// Creates a framer; see `looksAhead` and `blankLineEnds`.
    public init(looksAhead: Bool, blankLineEnds: Bool) {
        self.looksAhead = looksAhead
        self.blankLineEnds = blankLineEnds
    }

    /// Whether a statement is unfinished (the prompt shows `...>`).
    public var isOpen: Bool { collecting && !complete }

    /// Takes one line (without its line break) numbered `number`; returns what became ready.
    public mutating func add(_ line: String, number: Int) -> [FramedInput] {
        var ready: [FramedInput] = []
        if collecting && !complete {
            continueStatement(with: line, ready: &ready)
            return ready
        }
        let tokens = lex(line[...])
        let first = Self.firstToken(tokens)
        if complete {
            guard let first else {
                held += "\n" + line
                return ready
            }
            if first.kind == .identifier, Parser.clauseWordsThatContinue.contains(first.text.lowercased()) {
                text += held + "\n"
                held = ""
                complete = false
                let lineStart = text.endIndex
                text += line
                absorb(tokens, lineStart: lineStart)
                finishIfComplete(&ready)
                return ready
            }
            ready.append(take())
        }
        guard first != nil else { return ready }
        if Self.isDotCommand(tokens) {
            ready.append(FramedInput(kind: .dotCommand, text: line, firstLine: number))
            return ready
        }
        text = line
        firstLine = number
        collecting = true
        absorb(tokens, lineStart: text.startIndex)
        finishIfComplete(&ready)
        return ready
    }

    /// The end of the input: an unfinished statement is handed over as it is, so running it
    /// reports what is missing.
    public mutating func finish() -> [FramedInput] {
        collecting ? [take()] : []
    }

    /// Hands over a complete statement held to see whether the next line continues it: at the
    /// prompt, once no more typed or pasted lines are waiting.
    public mutating func release() -> [FramedInput] {
        complete ? [take()] : []
    }

    /// Forgets the unfinished statement (Ctrl-C at the prompt).
    public mutating func discard() {
        _ = take()
    }

    private mutating func continueStatement(with line: String, ready: inout [FramedInput]) {
        let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
        // An empty line after an unterminated string ends it: a string with a blank line
        // inside is far more likely a missing quote than meant.
        if isBlank && (stringStart != nil || blankLineEnds) {
            ready.append(take())
            return
        }
        text += "\n"
        let lineStart = text.endIndex
        text += line
        if let start = stringStart {
            depth = depthBeforeString
            absorb(lex(text[start...]), lineStart: start)
        } else {
            absorb(lex(line[...]), lineStart: lineStart)
        }
        finishIfComplete(&ready)
    }

    /// Counts brackets and notes how the line ends.
    private mutating func absorb(_ tokens: [QueryToken], lineStart: String.Index) {
        let depthAtStart = depth
        for token in tokens where token.kind == .symbol {
            switch token.text {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case ";": depth = 0
            default: break
            }
        }
        let last = tokens.last { $0.kind != .end && $0.kind != .newline }
        endsWithBackslash = last?.isSymbol("\\") == true
        if let last, last.isUnterminatedString {
            if stringStart == nil {
                stringStart = lineStart
                depthBeforeString = depthAtStart
            }
        } else {
            stringStart = nil
        }
    }

    private mutating func finishIfComplete(_ ready: inout [FramedInput]) {
        guard depth == 0, stringStart == nil, !endsWithBackslash else { return }
        if looksAhead {
            complete = true
        } else {
            ready.append(take())
        }
    }

    private mutating func take() -> FramedInput {
        let input = FramedInput(kind: .statements, text: text, firstLine: firstLine)
        text = ""
        held = ""
        collecting = false
        complete = false
        depth = 0
        endsWithBackslash = false
        stringStart = nil
        return input
    }

    private mutating func lex(_ text: Substring) -> [QueryToken] {
        lexedBytes += text.utf8.count
        return Lexer().tokenize(String(text))
    }

    private static func firstToken(_ tokens: [QueryToken]) -> QueryToken? {
        tokens.first { $0.kind != .newline && $0.kind != .end }
    }

    /// A dot command line: a `.` right before a name, first on the line (`.mode csv`).
    static func isDotCommand(_ tokens: [QueryToken]) -> Bool {
        guard tokens.count >= 2, tokens[0].kind == .invalid, tokens[0].text == ".",
            tokens[1].kind == .identifier, tokens[1].span.start == tokens[0].span.end
        else { return false }
        return true
    }
}
