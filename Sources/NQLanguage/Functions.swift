/// A function of one row's values: `words(text)`, `lower(speaker)`, `year(article.date)`.
public enum ScalarFunction: String, Sendable, CaseIterable {
    case words, chars, lower, upper, year, month, day, round

    /// The function with a name (case ignored); `length` is `chars`.
    static func named(_ name: String) -> ScalarFunction? {
        let lowered = name.lowercased()
        return lowered == "length" ? .chars : ScalarFunction(rawValue: lowered)
    }

    /// What it takes and gives, for `help` and messages.
    public var signature: String {
        switch self {
        case .words: return "words(TEXT): how many words"
        case .chars: return "chars(TEXT): how many characters (also length)"
        case .lower: return "lower(TEXT): in lower case"
        case .upper: return "upper(TEXT): in upper case"
        case .year: return "year(DATE): the year, a number"
        case .month: return "month(DATE): the month, 1 to 12"
        case .day: return "day(DATE): the day of the month"
        case .round: return "round(NUMBER): the nearest whole number"
        }
    }

    /// The type of its argument (a date may also be given as text).
    var argumentType: FieldType {
        switch self {
        case .words, .chars, .lower, .upper: return .text
        case .year, .month, .day: return .date
        case .round: return .number
        }
    }

    /// The type of its result.
    var resultType: FieldType {
        switch self {
        case .lower, .upper: return .text
        default: return .number
        }
    }

    /// Applies the function (null gives null).
    func apply(_ value: Value) -> Value {
        if value.isNull { return .null }
        let text = value.displayText
        switch self {
        case .words: return .number(Double(Self.wordCount(text)))
        case .chars: return .number(Double(text.count))
        case .lower: return .text(text.lowercased())
        case .upper: return .text(text.uppercased())
        case .round:
            guard case .number(let number) = value else { return .null }
            return .number(number.rounded())
        case .year, .month, .day:
            // YYYY, YYYY-MM or YYYY-MM-DD; a part the date does not have is null.
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            let index = self == .year ? 0 : (self == .month ? 1 : 2)
            guard index < parts.count, let number = Int(parts[index]) else { return .null }
            return .number(Double(number))
        }
    }

    /// Words as readers count them: runs of letters or digits, with inner apostrophes and
    /// hyphens kept in the word ("don't", "cease-fire" are one each).
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordPart = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordPart {
                if !inWord { count += 1 }
                inWord = true
            } else if inWord, "'’-".unicodeScalars.contains(scalar) {
                continue
            } else {
                inWord = false
            }
        }
        return count
    }
}

/// A function of a group's rows.
public enum AggregateFunction: String, Sendable, CaseIterable {
    case count, sum, avg, min, max

    /// The aggregate with a name (case ignored); `average` is `avg`.
    static func named(_ name: String) -> AggregateFunction? {
        let lowered = name.lowercased()
        return lowered == "average" ? .avg : AggregateFunction(rawValue: lowered)
    }

    /// The value over some values (nulls are left out; an empty group gives null, or 0 for count).
    func apply(_ values: [Value], distinct: Bool) -> Value {
        var present = values.filter { !$0.isNull }
        if distinct {
            var seen: Set<Value> = []
            present = present.filter { seen.insert(ValueOrder.key($0)).inserted }
        }
        switch self {
        case .count: return .number(Double(present.count))
        case .sum, .avg:
            let numbers = present.compactMap { value -> Double? in
                if case .number(let number) = value { return number }
                return nil
            }
            guard !numbers.isEmpty else { return self == .sum ? .number(0) : .null }
            let total = numbers.reduce(0, +)
            if self == .sum { return .number(total) }
            // An average shows two decimals, as a reader wants it.
            return .number((total / Double(numbers.count) * 100).rounded() / 100)
        case .min, .max:
            guard var best = present.first else { return .null }
            for value in present.dropFirst() {
                let order = ValueOrder.compare(value, best)
                if self == .min ? order < 0 : order > 0 { best = value }
            }
            return best
        }
    }
}
