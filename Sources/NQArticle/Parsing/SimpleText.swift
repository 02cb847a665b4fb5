import NQSource

/// Counting the characters of a line on its bytes, for text where every Unicode scalar is a
/// character of its own, so that a long line needs no `String` to be known as long.
enum SimpleText {
    /// The number of characters of `bytes[span]` when its bytes are valid UTF-8 made only of ASCII
    /// other than a line feed, U+0080–U+017F (Latin-1 and Latin Extended-A) and U+2010–U+203F
    /// (dashes, quotation marks, ellipsis): no scalar of these joins its neighbours into one
    /// character (no combining mark, joiner or prepended mark; a carriage return joins only a line
    /// feed), so each scalar is one character. Nil for any other text.
    ///
    /// With `limit`, the count stops at `limit + 1` characters: a line whose first `limit + 1`
    /// scalars are such characters is known to be longer than `limit` whatever follows.
    static func characterCount(_ bytes: [UInt8], _ span: SourceSpan, limit: Int = .max) -> Int? {
        var count = 0
        var index = span.lower
        let end = span.upper
        while index < end, count <= limit {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte != 0x0A else { return nil }
                index += 1
            } else if byte >= 0xC2, byte <= 0xC5 {
                guard index + 1 < end, bytes[index + 1] & 0xC0 == 0x80 else { return nil }
                index += 2
            } else if byte == 0xE2 {
                guard index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] >= 0x90, bytes[index + 2] <= 0xBF
                else { return nil }
                index += 3
            } else {
                return nil
            }
            count += 1
        }
        return count
    }
}
