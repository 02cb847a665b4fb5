import NQLanguage

/// Appends values as RFC 4180 fields: a field holding a comma, a quote, CR or LF is quoted with
/// its quotes doubled; null is an empty field and empty text `""`, so the two stay apart; lists
/// are joined with `; `.
enum CSVEncoding {
    /// The record separator: CRLF, as RFC 4180 and sqlite3's `.mode csv` write it.
    static let lineEnd = "\r\n"

    /// Appends one field.
    static func appendValue(_ value: Value, to output: inout String) {
        switch value {
        case .null: break
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .number(let number): output.append(Value.format(number))
        case .text(let text): appendText(text, to: &output)
        case .list(let items): appendText(items.map(\.displayText).joined(separator: "; "), to: &output)
        }
    }

    /// Appends text as a field, quoted when it must be (always when empty).
    static func appendText(_ text: String, to output: inout String) {
        guard text.isEmpty || needsQuoting(text) else {
            output.append(text)
            return
        }
        output.append("\"")
        // Bytes, not characters: a quote followed by a combining mark is still a quote.
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        for index in utf8.indices where utf8[index] == 0x22 {
            output.append(contentsOf: Substring(utf8[runStart...index]))
            output.append("\"")
            runStart = utf8.index(after: index)
        }
        if runStart == utf8.startIndex {
            output.append(text)
        } else {
            output.append(contentsOf: Substring(utf8[runStart...]))
        }
        output.append("\"")
    }

    /// Appends a record of fields separated by commas, without the line end.
    static func appendRecord(_ values: [Value], count: Int, to output: inout String) {
        for index in 0..<count {
            if index > 0 { output.append(",") }
            if index < values.count { appendValue(values[index], to: &output) }
        }
    }

    private static func needsQuoting(_ text: String) -> Bool {
        for byte in text.utf8 where byte == 0x2C || byte == 0x22 || byte == 0x0D || byte == 0x0A {
            return true
        }
        return false
    }
}
