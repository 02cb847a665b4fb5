/// One source line as shown under a diagnostic, with where its carets go, in display columns.
///
/// A line wider than the limit is windowed around the span, with `…` where text was left out,
/// so that a 100 000-character statement still gives a short message.
struct SourceExcerpt: Equatable {
    /// The line as shown: on one line, possibly windowed.
    var text: String
    /// The columns before the first caret.
    var padding: Int
    /// The number of carets, at least one.
    var carets: Int

    /// The excerpt of `line` for the span from UTF-8 offset `start` to `end` within the line
    /// (clamped to the line), at most about `maxWidth` columns wide.
    init(line: Substring, start: Int, end: Int, maxWidth: Int) {
        let utf8 = line.utf8
        let startIndex = utf8.index(utf8.startIndex, offsetBy: min(max(0, start), utf8.count))
        let endIndex = utf8.index(
            startIndex,
            offsetBy: min(max(0, end - start), utf8.distance(from: startIndex, to: utf8.endIndex)))
        let before = TerminalText.oneLine(String(line[..<startIndex]))
        let span = TerminalText.oneLine(String(line[startIndex..<endIndex]))
        let after = TerminalText.oneLine(String(line[endIndex...]))
        let beforeWidth = DisplayWidth.of(before)
        let spanWidth = DisplayWidth.of(span)
        let afterWidth = DisplayWidth.of(after)
        if beforeWidth + spanWidth + afterWidth <= maxWidth {
            self.init(text: before + span + after, padding: beforeWidth, carets: max(1, spanWidth))
        } else {
            self = Self.window(before, span, after, afterWidth: afterWidth, maxWidth: max(20, maxWidth))
        }
    }

    private init(text: String, padding: Int, carets: Int) {
        self.text = text
        self.padding = padding
        self.carets = carets
    }

    /// Keeps the span (cut to two thirds of the width) and context on both sides of it.
    private static func window(
        _ before: String, _ span: String, _ after: String, afterWidth: Int, maxWidth: Int
    ) -> SourceExcerpt {
        let shownSpan = TerminalText.truncated(
            span, width: maxWidth * 2 / 3, textWidth: DisplayWidth.of(span))
        let spanIsCut = shownSpan.text != span
        // Two columns are kept for the ellipses; context the right side cannot use goes left.
        let context = maxWidth - shownSpan.width - 2
        let rightWanted = spanIsCut ? 0 : min(afterWidth, context / 2)
        var leftWidth = 0
        var leftIndex = before.endIndex
        while leftIndex > before.startIndex {
            let previous = before.index(before: leftIndex)
            let width = DisplayWidth.of(before[previous])
            if leftWidth + width > context - rightWanted { break }
            leftWidth += width
            leftIndex = previous
        }
        let left = before[leftIndex...]
        var right = ""
        var rightWidth = 0
        if !spanIsCut {
            for character in after {
                let width = DisplayWidth.of(character)
                if leftWidth + rightWidth + width > context { break }
                right.append(character)
                rightWidth += width
            }
        }
        let leftCut = leftIndex > before.startIndex
        let rightCut = spanIsCut ? false : right.utf8.count < after.utf8.count
        return SourceExcerpt(
            text: (leftCut ? "…" : "") + left + shownSpan.text + right + (rightCut ? "…" : ""),
            padding: (leftCut ? 1 : 0) + leftWidth,
            carets: max(1, spanIsCut ? shownSpan.width - 1 : shownSpan.width))
    }
}
