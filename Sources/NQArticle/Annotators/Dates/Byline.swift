/// The author a plain article names in a byline near its top: "By Jane Doe", "By Jane Doe and
/// John Roe", "BY JANE DOE | The Planet".
enum Byline {
    /// How many lines from the top (blank lines included) the byline may stand on.
    static let lines = 6

    /// The author's name as the byline writes it, or nil.
    static func author(in text: ArticleText) -> String? {
        let limit = min(text.count, 600)
        let bytes = Array(text.bytes[0..<limit])
        var start = 0
        var line = 0
        while start < bytes.count, line < lines {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            if let name = name(in: bytes[start..<end]) { return name }
            start = end + 1
            line += 1
        }
        return nil
    }

    /// The name after "By " on one line: capitalised words (and "and", initials, hyphens) up to
    /// the line's end or a separator; nil unless it has two to eight words.
    static func name(in line: ArraySlice<UInt8>) -> String? {
        var index = line.startIndex
        while index < line.endIndex, line[index] == UInt8(ascii: " ") || line[index] == UInt8(ascii: "\t") {
            index += 1
        }
        guard line.endIndex - index > 5, line[index] | 0x20 == UInt8(ascii: "b"),
            line[index + 1] | 0x20 == UInt8(ascii: "y"), line[index + 2] == UInt8(ascii: " ")
        else { return nil }
        index += 3
        var words: [String] = []
        var word: [UInt8] = []
        func flush() -> Bool {
            defer { word.removeAll() }
            guard !word.isEmpty else { return true }
            let text = String(decoding: word, as: UTF8.self)
            if text == "and" || text == "AND" {
                words.append("and")
                return true
            }
            guard let first = word.first, first >= 0x80 || (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z"))
            else { return false }
            words.append(text)
            return true
        }
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: " ") {
                guard flush() else { return nil }
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "(")
                || byte == UInt8(ascii: "\r") || byte == 0xE2
            {
                break
            } else {
                word.append(byte)
            }
            index += 1
        }
        guard flush(), (2...8).contains(words.count), words.last != "and" else { return nil }
        return words.map { word in
            // "JANE DOE" reads "Jane Doe".
            guard word.utf8.count > 1, word.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x61 && $0 <= 0x7A) }) else {
                return word
            }
            return NameClassifier.titleCased(word)
        }.joined(separator: " ")
    }
}
