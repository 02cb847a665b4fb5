/// A runtime value of the query language: a cell of a result row.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case text(String)
    case list([Value])

    /// The value as display text: numbers without a needless fraction, lists joined by ", ".
    public var displayText: String {
        switch self {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return Value.format(number)
        case .text(let text): return text
        case .list(let items): return items.map(\.displayText).joined(separator: ", ")
        }
    }

    /// Formats a number: integers without ".0", others with up to six significant decimals.
    public static func format(_ number: Double) -> String {
        if number.isNaN { return "nan" }
        if number.isInfinite { return number > 0 ? "inf" : "-inf" }
        if number == number.rounded(), abs(number) < 1e18 { return String(Int64(number)) }
        var text = String(number)
        // Read from the bytes: `contains` on a String literal is Foundation's search.
        if text.utf8.contains(UInt8(ascii: "e")) { return text }
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Whether the value is null.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
