/// How far the search for an article's date line has come: the line a token is on and where
/// that line starts, so that the search may go on over other tokens of the same text.
struct DatelinePlace {
    /// The offset where the current line starts.
    var lineStart = 0
    /// The current line, from 0 (blank lines counted).
    var line = 0
    /// The bytes before `scanned` hold no line break after `lineStart`: each byte is looked at once.
    var scanned = 0
    /// The index of the next token to look at.
    var next = 0

    /// Looks for the date line among tokens `range` of `words`: `.some(date)` when found, `.some(nil)` when the search ends past the date line's last
    /// line, nil when the tokens are read without either.
    ///
    /// A date line: a full date within the first 60 bytes of one of the first lines, blank
    /// ones counted ("BRUSSELS, March 13, 2025 —", "Published 2025-03-13", a date under the
    /// byline).
    mutating func search(_ words: DateWords, _ range: Range<Int>) -> String?? {
        let tokens = words.tokens
        let found: String?? = words.bytes.withUnsafeBufferPointer { bytes in
            for index in range {
                next = index + 1
                let offset = tokens[index].span.lower
                var from = max(lineStart, scanned)
                while from < offset {
                    if bytes[from] == UInt8(ascii: "\n") {
                        lineStart = from + 1
                        line += 1
                    }
                    from += 1
                }
                scanned = max(scanned, offset)
                guard line < DateAnnotator.datelineLines else { return .some(nil) }
                guard offset - lineStart < 60 else { continue }
                if let found = words.match(at: index, reference: nil), found.kind == .explicit,
                    let date = found.normalized, date.count == 10
                {
                    return .some(date)
                }
            }
            return nil
        }
        return found
    }
}
