/// Reads the publication dates inputs give (ISO 8601, RFC 822, "March 14, 2025", Unix
/// seconds) as `YYYY-MM-DD`.
enum MetadataDate {
    /// The date as `YYYY-MM-DD`, or nil when it is not a date nq can read.
    static func normalize(_ raw: String) -> String? {
        let text = raw.trimmingSpaces()
        let bytes = Array(text.utf8)
        // ISO 8601: 2025-03-14, 2025-03-14T10:00:00Z, 2025-03-14 10:00, 2025/03/14.
        if bytes.count >= 10, let year = number(bytes, 0, 4), [0x2D, 0x2F].contains(bytes[4]),
            let month = number(bytes, 5, 2), bytes[7] == bytes[4], let day = number(bytes, 8, 2),
            bytes.count == 10 || !isDigit(bytes[10])
        {
            return format(year, month, day)
        }
        if !bytes.isEmpty, bytes.count <= 13, bytes.allSatisfy(isDigit), let seconds = Int(text) {
            // Unix time, in seconds or (13 digits) milliseconds.
            return fromDays((bytes.count == 13 ? seconds / 1000 : seconds) / 86_400)
        }
        // Words: "Fri, 14 Mar 2025 10:00:00 GMT", "March 14, 2025", "14 March 2025".
        let words = text.split(whereSeparator: { " ,.".contains($0) }).map(String.init)
        var year: Int?
        var month: Int?
        var day: Int?
        for word in words {
            if month == nil, let found = monthNumber(word) {
                month = found
            } else if let value = Int(word) {
                if value >= 1000, value <= 9999, year == nil {
                    year = value
                } else if value >= 1, value <= 31, day == nil {
                    day = value
                }
            } else if word.contains(":") {
                break
            }
        }
        guard let year, let month, let day else { return nil }
        return format(year, month, day)
    }

    /// `YYYY-MM-DD` when the day exists in that month.
    static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        let lengths = [
            31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
        ]
        guard (1...12).contains(month), day >= 1, day <= lengths[month - 1] else { return nil }
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The civil date of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
    static func fromDays(_ days: Int) -> String? {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return format(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The number of an English month name or its three-letter abbreviation.
    static func monthNumber(_ word: String) -> Int? {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        return names.firstIndex { $0 == lower || ($0.hasPrefix(lower) && lower.count <= 4) }.map { $0 + 1 }
    }

    /// The decimal number in `bytes[start..<start+length]`, when every byte is a digit.
    static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        guard start + length <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<start + length] {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Whether a byte is an ASCII digit.
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

extension String {
    /// The string without white space at either end.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
