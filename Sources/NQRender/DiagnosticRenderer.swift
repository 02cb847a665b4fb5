import NQSource

/// Renders a diagnostic with its source line and carets under the place it is about.
///
/// Interactive style:
/// ```
/// error: unknown field 'speakr' for 'quotes'
///   --> <input>:1:14
///  1 | quotes where speakr = "Rutte"
///    |              ^^^^^^ did you mean 'speaker'?
///    = fields of quotes: article, text, speaker
/// ```
/// Batch style opens with `briefing.nq:1:14: error: …` (as gcc does) and has no `-->` line.
/// Columns count characters; padding and carets count display columns, so wide characters,
/// typographic quotes and combining marks before the span keep the carets in place.
public struct DiagnosticRenderer: Sendable {
    /// How the first lines of a diagnostic are laid out.
    public enum Style: Sendable {
        /// `error: message`, then `--> name:line:column`: for the shell.
        case interactive
        /// `name:line:column: error: message` on the first line: for scripts and editors.
        case batch
    }

    /// The widest a source line is shown before it is windowed around the span.
    public var maxSourceWidth: Int

    /// Creates a renderer that windows source lines wider than `maxSourceWidth` columns.
    public init(maxSourceWidth: Int = 100) {
        self.maxSourceWidth = maxSourceWidth
    }

    /// The diagnostic's text, ending in exactly one newline. Without a span it is the message
    /// and the notes only.
    public func render(_ diagnostic: Diagnostic, in source: SourceText, style: Style = .interactive)
        -> String
    {
        let heading = "\(diagnostic.severity.rawValue): \(diagnostic.message)"
        guard let span = diagnostic.span else {
            return lines([heading] + notes(diagnostic, gutter: 1))
        }
        let place = Self.place(of: span, in: source)
        let location = source.location(of: place.offset)
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        let excerpt = SourceExcerpt(
            line: source.line(place.line), start: place.offset - source.lineStart(place.line),
            end: place.end - source.lineStart(place.line), maxWidth: maxSourceWidth)
        let position = "\(source.name):\(location.line):\(location.column)"
        var output: [String]
        switch style {
        case .interactive: output = [heading, "\(gutter) --> \(position)"]
        case .batch: output = ["\(position): \(heading)"]
        }
        output.append(" \(number) | \(excerpt.text)")
        var carets =
            String(repeating: " ", count: excerpt.padding) + String(repeating: "^", count: excerpt.carets)
        if let label = diagnostic.label { carets += " " + label }
        output.append(" \(gutter) | \(carets)")
        return lines(output + notes(diagnostic, gutter: number.count))
    }

    /// Where the carets start and end (UTF-8 offsets clamped to the text) and the 0-based line.
    ///
    /// An empty span at the very end, after a final line break, points just past the last line's
    /// text rather than at an empty line the user never saw.
    static func place(of span: SourceSpan, in source: SourceText) -> (
        line: Int, offset: Int, end: Int
    ) {
        let length = source.text.utf8.count
        let start = min(max(0, span.lower), length)
        let end = min(max(start, span.upper), length)
        let line = source.lineIndex(of: start)
        if start == end, start == length, line > 0, source.line(line).isEmpty {
            let previous = source.lineStart(line - 1) + source.line(line - 1).utf8.count
            return (line - 1, previous, previous)
        }
        return (line, start, end)
    }

    private func notes(_ diagnostic: Diagnostic, gutter: Int) -> [String] {
        let indent = String(repeating: " ", count: gutter + 2)
        let hanging = indent + "  "
        // Long notes (such as a list of fields) wrap at spaces, under the note's first word.
        let width = max(40, maxSourceWidth)
        var lines: [String] = []
        for note in diagnostic.notes {
            var line = indent + "="
            for word in note.split(separator: " ") {
                if line.count + 1 + word.count > width, line.count > hanging.count {
                    lines.append(line)
                    line = hanging + word
                } else {
                    line += " " + word
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// The lines joined, each without trailing spaces and ending in one newline. Messages, labels,
    /// notes and source names quote user input and file names: control characters in them are
    /// shown, never sent to the terminal.
    private func lines(_ lines: [String]) -> String {
        var output = ""
        for text in lines {
            var line = TerminalText.visible(text, lineBreaks: false)
            while line.last == " " { line.removeLast() }
            output += line + "\n"
        }
        return output
    }
}
