/// A named text, such as a query typed at the prompt or a script file, with its line starts.
///
/// Lines and columns are computed from offsets only when a diagnostic is rendered.
public struct SourceText: Sendable {
    /// Where the text came from: a file path, `<input>` or `<command line>`.
    public let name: String
    /// The text itself.
    public let text: String
    /// The line number of the first line (scripts pass statements that start further down).
    public let firstLine: Int
    private let lineStarts: [Int]

    /// Creates a source text; `firstLine` is the number given to its first line.
    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
        var starts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        self.lineStarts = starts
    }

    /// The number of lines.
    public var lineCount: Int { lineStarts.count }

    /// The 0-based line index containing a UTF-8 offset.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The text of a 0-based line, without its newline.
    public func line(_ index: Int) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[index])
        var end =
            index + 1 < lineStarts.count
            ? utf8.index(utf8.startIndex, offsetBy: lineStarts[index + 1] - 1) : utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") {
            end = utf8.index(before: end)
        }
        return text[start..<end]
    }

    /// The 1-based line and column (in characters) of a UTF-8 offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let index = lineIndex(of: offset)
        let lineText = line(index)
        let within = max(0, offset - lineStarts[index])
        let prefix = lineText.utf8.prefix(within)
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        return (index + firstLine, column)
    }

    /// The UTF-8 offset at which a 0-based line starts.
    public func lineStart(_ index: Int) -> Int { lineStarts[index] }
}
