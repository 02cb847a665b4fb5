/// How values compare and sort: null first, then booleans, numbers, text (case ignored), lists.
public enum ValueOrder {
    static func rank(_ value: Value) -> Int {
        switch value {
        case .null: return 0
        case .bool: return 1
        case .number: return 2
        case .text: return 3
        case .list: return 4
        }
    }

    /// -1, 0 or 1 as `lhs` sorts before, with or after `rhs`.
    public static func compare(_ lhs: Value, _ rhs: Value) -> Int {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a < b ? -1 : (a > b ? 1 : 0)
        case (.text(let a), .text(let b)):
            let (x, y) = (a.lowercased(), b.lowercased())
            if x != y { return x < y ? -1 : 1 }
            return a < b ? -1 : (a > b ? 1 : 0)
        case (.bool(let a), .bool(let b)): return a == b ? 0 : (a ? 1 : -1)
        case (.list(let a), .list(let b)):
            for (x, y) in zip(a, b) {
                let order = compare(x, y)
                if order != 0 { return order }
            }
            return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
        case (.number(let a), .text(let b)):
            if let number = Double(b) { return compare(.number(a), .number(number)) }
        case (.text(let a), .number(let b)):
            if let number = Double(a) { return compare(.number(number), .number(b)) }
        default: break
        }
        let (a, b) = (rank(lhs), rank(rhs))
        return a < b ? -1 : (a > b ? 1 : 0)
    }

    /// Whether two values are equal for `=`: text ignores case and the kind of apostrophes and
    /// quotation marks (`TextFolding`); text that reads as a number
    /// equals that number.
    public static func equal(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.text(let a), .text(let b)):
            return a == b || TextFolding.key(a) == TextFolding.key(b)
        case (.list(let items), _) where !isList(rhs):
            return items.contains { equal($0, rhs) }
        default:
            return compare(lhs, rhs) == 0 && (rank(lhs) == rank(rhs) || bothNumeric(lhs, rhs))
        }
    }

    /// The value in the form `=` compares: text lower-cased with its marks folded, numbers as
    /// they are (sets of such keys answer `in` over a query).
    public static func key(_ value: Value) -> Value {
        switch value {
        case .text(let text):
            if let first = text.utf8.first, first >= 0x30 && first <= 0x39, let number = Double(text) {
                return .number(number)
            }
            return .text(TextFolding.key(text))
        case .list(let items): return .list(items.map(key))
        default: return value
        }
    }

    static func isList(_ value: Value) -> Bool {
        if case .list = value { return true }
        return false
    }

    static func bothNumeric(_ lhs: Value, _ rhs: Value) -> Bool {
        func numeric(_ value: Value) -> Bool {
            switch value {
            case .number: return true
            case .text(let text): return Double(text) != nil
            default: return false
            }
        }
        return numeric(lhs) && numeric(rhs)
    }
}
