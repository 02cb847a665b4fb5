import NQLanguage

/// Appends values as JSON text: numbers as JSON numbers (integers without `.0`, non-finite as
/// `null`), lists as arrays, strings escaped with non-ASCII kept as UTF-8.
enum JSONEncoding {
  /// Appends a JSON string literal for `text`.
  static func appendString(_ text: String, to output: inout String) {
    output.append("\"")
    if needsEscaping(text) {
      appendEscaped(text, to: &output)
    } else {
      output.append(text)
    }
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

  /// Appends an object of pre-encoded keys and their values; `spaced` puts a space after each
  /// colon and comma.
  static func appendObject(keys: [String], values: [Value], spaced: Bool, to output: inout String) {
    output.append("{")
    for index in keys.indices {
      if index > 0 { output.append(spaced ? ", " : ",") }
      output.append(keys[index])
      output.append(spaced ? ": " : ":")
      appendValue(index < values.count ? values[index] : .null, spaced: spaced, to: &output)
    }
    output.append("}")
  }

  /// Each name as a JSON string literal, encoded once for all rows.
  static func encodedKeys(_ names: [String]) -> [String] {
    names.map { name in
      var key = ""
      appendString(name, to: &key)
      return key
    }
  }

  /// Whether any byte is a quote, a backslash or a control character (the ASCII fast path).
  private static func needsEscaping(_ text: String) -> Bool {
    for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
      return true
    }
    return false
  }

  private static let hexDigits = Array("0123456789abcdef")

  private static func appendEscaped(_ text: String, to output: inout String) {
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x22: output.append("\\\"")
      case 0x5C: output.append("\\\\")
      case 0x0A: output.append("\\n")
      case 0x0D: output.append("\\r")
      case 0x09: output.append("\\t")
      case 0x00..<0x20, 0x7F:
        output.append("\\u00")
        output.append(hexDigits[Int(scalar.value >> 4)])
        output.append(hexDigits[Int(scalar.value & 0xF)])
      default: output.unicodeScalars.append(scalar)
      }
    }
  }
}
