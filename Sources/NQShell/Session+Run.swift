import NQLanguage
import NQSource

extension Session {
    /// Runs every statement of a source text in order; returns false when one failed.
    ///
    /// Lines that start with `.` are dot commands; the rest is parsed as statements. A failing
    /// statement stops the run unless `keepGoing`.
    @discardableResult
    public func run(_ source: SourceText, keepGoing: Bool = false) -> Bool {
        var succeeded = true
        for step in Self.steps(of: source) {
            let ok: Bool
            let started = ContinuousClock.now
            switch step {
            case .dot(let span):
                if echo { output.write(source.text.utf8Slice(span) + "\n") }
                ok = runDotCommand(source, span)
            case .statement(let parsed):
                if echo { output.write(source.text.utf8Slice(parsed.span) + "\n") }
                if let diagnostic = parsed.diagnostic {
                    report(diagnostic, in: source)
                    ok = false
                } else if let statement = parsed.statement {
                    ok = execute(statement, in: source)
                } else {
                    ok = true
                }
            }
            if timer { reportTime(since: started) }
            if !ok {
                succeeded = false
                if !keepGoing { return false }
            }
            if wantsToQuit { break }
        }
        return succeeded
    }

    /// One thing to run: a dot command line or a parsed statement.
    enum Step {
        case dot(SourceSpan)
        case statement(ParsedStatement)

        var start: Int32 {
            switch self {
            case .dot(let span): return span.start
            case .statement(let parsed): return parsed.span.start
            }
        }
    }

    /// The dot commands and statements of a source, in order. Dot-command lines are blanked out
    /// (offsets kept) before the rest is parsed, so every span stays true to the source.
    static func steps(of source: SourceText) -> [Step] {
        var bytes = Array(source.text.utf8)
        var dots: [Step] = []
        var lineStart = 0
        var index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x0A {
                var first = lineStart
                while first < index, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
                if first < index, bytes[first] == UInt8(ascii: "."), first + 1 < index,
                    bytes[first + 1] >= UInt8(ascii: "a") && bytes[first + 1] <= UInt8(ascii: "z")
                {
                    var end = index
                    while end > first, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0D { end -= 1 }
                    dots.append(.dot(SourceSpan(first, end)))
                    for blank in lineStart..<index { bytes[blank] = 0x20 }
                }
                lineStart = index + 1
            }
            index += 1
        }
        let statements = Parser.parse(String(decoding: bytes, as: UTF8.self)).map(Step.statement)
        return (dots + statements).sorted { $0.start < $1.start }
    }

    /// Prints `Run Time: real 0.000123` to `errors`.
    func reportTime(since started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let micros = Int((seconds * 1_000_000).rounded())
        let fraction = String(micros % 1_000_000)
        let padded = String(repeating: "0", count: 6 - fraction.count) + fraction
        report("Run Time: real \(micros / 1_000_000).\(padded)")
    }

    /// Whether `text` is an unfinished statement that needs another line: an unterminated
    /// string, an open bracket, or a line ending in a backslash.
    public func needsContinuation(_ text: String) -> Bool {
        var trimmed = text
        while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
        if trimmed.hasSuffix("\\") { return true }
        if trimmed.trimmingPrefixSpaces.hasPrefix(".") { return false }
        var depth = 0
        for token in Lexer().tokenize(text) {
            if token.kind == .invalid, token.value.hasPrefix("unterminated string") { return true }
            if token.isSymbol("(") || token.isSymbol("[") { depth += 1 }
            if token.isSymbol(")") || token.isSymbol("]") { depth -= 1 }
        }
        return depth > 0
    }
}

extension String {
    /// The text of a UTF-8 offset range.
    func utf8Slice(_ span: SourceSpan) -> String {
        let utf8 = Array(self.utf8)
        let lower = min(span.lower, utf8.count)
        return String(decoding: utf8[lower..<min(max(lower, span.upper), utf8.count)], as: UTF8.self)
    }

    /// The string without leading spaces and tabs.
    var trimmingPrefixSpaces: Substring {
        self.drop { $0 == " " || $0 == "\t" }
    }
}
