import NQLanguage
import NQRender
import NQSource

/// A dot command: its name, usage, one-line summary and handler.
struct DotCommand: Sendable {
    /// The name without the dot.
    var name: String
    /// The arguments it takes, for `.help`.
    var usage: String
    /// What it does.
    var summary: String
    /// Runs it with its arguments (words and their spans); throws a diagnostic on bad ones.
    var run: @Sendable (Session, [Argument]) throws -> Void

    /// A word after the command, with where it is.
    struct Argument: Sendable {
        var text: String
        var span: SourceSpan
    }
}

/// The table of dot commands; `.help` is generated from it.
enum DotCommands {
    static let all: [DotCommand] = [
        DotCommand(name: "echo", usage: "on|off", summary: "print each statement before it runs") { session, args in
            session.echo = try onOff(args, command: "echo")
        },
        DotCommand(name: "exit", usage: "", summary: "leave nq (also .quit, Ctrl-D)") { session, _ in
            session.wantsToQuit = true
        },
        DotCommand(name: "help", usage: "", summary: "list the dot commands") { session, _ in
            session.emit(helpText)
        },
        DotCommand(name: "load", usage: "PATH", summary: "load articles from a file, folder or pattern (as 'load')") {
            session, args in
            guard let first = args.first, let last = args.last else {
                throw missing("a file, folder or pattern", after: "load")
            }
            try session.loadStatement(args.map(\.text).joined(separator: " "), at: first.span.union(last.span))
        },
        DotCommand(
            name: "mode", usage: OutputFormat.allCases.map(\.rawValue).joined(separator: "|"),
            summary: "how results are printed"
        ) { session, args in
            guard let first = args.first else {
                session.output.write("current mode: \(session.format.rawValue)\n")
                return
            }
            guard let format = OutputFormat(rawValue: first.text.lowercased()) else {
                let names = OutputFormat.allCases.map(\.rawValue)
                throw Diagnostic(
                    id: "badMode", message: "unknown mode '\(first.text)'", span: first.span,
                    label: Suggestion.closest(to: first.text, in: names).map { "did you mean '\($0)'?" },
                    notes: ["modes: " + names.joined(separator: ", ")])
            }
            session.format = format
        },
        DotCommand(name: "once", usage: "FILE", summary: "send the next result to FILE") { session, args in
            guard let first = args.first else { throw missing("a file", after: "once") }
            try session.redirect(to: first.text, once: true, at: first.span)
        },
        DotCommand(name: "output", usage: "[FILE]", summary: "send results to FILE; alone, back to the screen") {
            session, args in
            let path = args.first.map(\.text)
            try session.redirect(to: path == "stdout" ? nil : path, once: false, at: args.first?.span)
        },
        DotCommand(name: "pager", usage: "on|off", summary: "show results taller than the screen in $PAGER") {
            session, args in
            session.pagerEnabled = try onOff(args, command: "pager")
        },
        DotCommand(name: "quit", usage: "", summary: "leave nq (also .exit, Ctrl-D)") { session, _ in
            session.wantsToQuit = true
        },
        DotCommand(name: "read", usage: "FILE", summary: "run the statements of a script file") { session, args in
            guard let first = args.first else { throw missing("a script file", after: "read") }
            guard session.readDepth < 16 else {
                throw Diagnostic(id: "readTooDeep", message: "scripts read each other too deeply", span: first.span)
            }
            session.readDepth += 1
            defer { session.readDepth -= 1 }
            let path = args.map(\.text).joined(separator: " ")
            guard ScriptFile.read(path) != nil else {
                throw Diagnostic(id: "readFailed", message: "cannot read script '\(path)'", span: first.span)
            }
            guard session.runScript(path: path, keepGoing: false) else {
                // The script's own diagnostic has been shown; the failure still stops the caller.
                throw Diagnostic(id: DotCommands.alreadyReported, message: "script '\(path)' failed", span: first.span)
            }
        },
        DotCommand(name: "timer", usage: "on|off", summary: "print the time each statement takes") { session, args in
            session.timer = try onOff(args, command: "timer")
        },
        DotCommand(name: "width", usage: "N", summary: "fit tables to N columns") { session, args in
            guard let first = args.first else { throw missing("a number of columns", after: "width") }
            guard let width = Int(first.text), width >= 20, width <= 10_000 else {
                throw Diagnostic(
                    id: "badWidth", message: "'\(first.text)' is not a width", span: first.span,
                    label: "give a number of columns from 20 to 10000")
            }
            session.fixedWidth = width
            session.width = width
        },
    ]

    /// The id of a failure whose diagnostic was already shown.
    static let alreadyReported = "alreadyReported"

    /// The `.help` text.
    static var helpText: String {
        let rows = all.map { command in
            ("." + command.name + (command.usage.isEmpty ? "" : " " + command.usage), command.summary)
        }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }
            .joined(separator: "\n") + "\n"
    }

    static func onOff(_ args: [DotCommand.Argument], command: String) throws(Diagnostic) -> Bool {
        guard let first = args.first else { throw missing("on or off", after: command) }
        switch first.text.lowercased() {
        case "on", "true", "yes", "1": return true
        case "off", "false", "no", "0": return false
        default:
            throw Diagnostic(
                id: "badSwitch", message: "'.\(command)' takes on or off, not '\(first.text)'", span: first.span)
        }
    }

    static func missing(_ what: String, after command: String) -> Diagnostic {
        Diagnostic(id: "missingArgument", message: "'.\(command)' needs \(what)")
    }
}

extension Session {
    /// Runs the dot command that is the whole of `source` (one line).
    func runDotCommand(_ source: SourceText) -> Bool {
        let tokens = Lexer().tokenize(source.text)
        if let bad = tokens.first(where: \.isUnterminatedString) {
            report(Messages.invalidToken(bad), in: source)
            return false
        }
        guard let words = DotCommands.words(of: tokens, in: source.text), let head = words.first else { return true }
        let name = String(head.text.dropFirst()).lowercased()
        guard let command = DotCommands.all.first(where: { $0.name == name }) else {
            let names = DotCommands.all.map { "." + $0.name }
            report(
                Diagnostic(
                    id: "unknownDotCommand", message: "unknown command '\(head.text)'", span: head.span,
                    label: Suggestion.closest(to: head.text, in: names).map { "did you mean '\($0)'?" },
                    notes: ["try '.help' for the list"]),
                in: source)
            return false
        }
        do {
            try command.run(self, Array(words.dropFirst()))
            return true
        } catch let error as Diagnostic {
            guard error.id != DotCommands.alreadyReported else { return false }
            var diagnostic = error
            if diagnostic.span == nil { diagnostic.span = SourceSpan(head.span.upper, head.span.upper) }
            report(diagnostic, in: source)
            return false
        } catch {
            report("error: \(error)")
            return false
        }
    }
}

extension DotCommands {
    /// The words of a dot command line, from the lexer's tokens: a string is one word (its value);
    /// tokens written without space between them form one word as written (`../news/*.txt`).
    /// The first word is the command with its dot.
    static func words(of tokens: [QueryToken], in text: String) -> [DotCommand.Argument]? {
        var words: [DotCommand.Argument] = []
        var previousEnd = -1
        var previousWasString = false
        for token in tokens where token.kind != .end && token.kind != .newline {
            if token.kind == .string {
                words.append(.init(text: token.value, span: token.span))
                previousWasString = true
            } else if token.span.lower == previousEnd, !previousWasString, var last = words.popLast() {
                last.span = last.span.union(token.span)
                last.text = text.utf8Slice(last.span)
                words.append(last)
                previousWasString = false
            } else {
                words.append(.init(text: token.text, span: token.span))
                previousWasString = false
            }
            previousEnd = token.span.upper
        }
        return words.isEmpty ? nil : words
    }
}
