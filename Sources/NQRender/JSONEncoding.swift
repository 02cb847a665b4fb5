import NQLanguage

/// Appends values as JSON text: numbers as JSON numbers (integers without `.0`, non-finite as
/// `null`), lists as arrays, strings escaped with non-ASCII kept as UTF-8.
enum JSONEncoding {
    /// Appends a JSON string literal for `text`.
    static func appendString(_ text: String, to output: inout String) {
        output.append("\"")
        if !needsEscaping(text) {
            output.append(text)
            output.append("\"")
            return
        }
        // Runs of bytes that need no escape are copied whole; only ASCII bytes are ever escaped,
        // so every cut falls between scalars.
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
                output.append(contentsOf: Substring(utf8[runStart..<index]))
                appendEscape(byte, to: &output)
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output.append(contentsOf: Substring(utf8[runStart..<index]))
        output.append("\"")
    }

    /// Appends the JSON form of a value; `spaced` puts a space after each comma of a list.
    static func appendValue(_ value: Value, spaced: Bool, to output: inout String) {
        switch value {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .number(let number): output.append(number.isFinite ? Value.format(number) : "null")
        case .text(let text): appendString(text, to: &output)
        case .list(let items):
            output.append("[")
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(spaced ? ", " : ",") }
                appendValue(item, spaced: spaced, to: &output)
            }
            output.append("]")
        }
    }

    /// What goes before each value of an object, such as `{"a": ` and `, "b": `, built once per
    /// result so that a row costs one append per field; `spaced` puts a space after each colon
    /// and comma.
    static func keyPrefixes(_ names: [String], spaced: Bool) -> [String] {
        names.enumerated().map { index, name in
            var prefix = index == 0 ? "{" : (spaced ? ", " : ",")
            appendString(name, to: &prefix)
            prefix.append(spaced ? ": " : ":")
            return prefix
        }
    }

    /// Appends an object of the values after their key prefixes (missing values are null).
    static func appendObject(
        prefixes: [String], values: [Value], spaced: Bool, to output: inout String
    ) {
        if prefixes.isEmpty { output.append("{") }
        for index in prefixes.indices {
            output.append(prefixes[index])
            appendValue(index < values.count ? values[index] : .null, spaced: spaced, to: &output)
        }
        output.append("}")
    }

    /// Whether any byte is a quote, a backslash or a control character: most text has none and
    /// is copied whole.
    private static func needsEscaping(_ text: String) -> Bool {
        for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
            return true
        }
        return false
    }

    private static let hexDigits = Array("0123456789abcdef")

    /// Appends the escape of a quote, a backslash or a control character.
    private static func appendEscape(_ byte: UInt8, to output: inout String) {
        switch byte {
        case 0x22: output.append("\\\"")
        case 0x5C: output.append("\\\\")
        case 0x0A: output.append("\\n")
        case 0x0D: output.append("\\r")
        case 0x09: output.append("\\t")
        default:
            output.append("\\u00")
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0xF)])
        }
    }
}
