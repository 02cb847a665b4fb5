/// Text compared as readers read it: straight and typographic apostrophes are one mark, and so
/// are straight and typographic quotation marks (`"we're"` finds “We’re”).
public enum TextFolding {
    /// The marks that read as an apostrophe or single quote.
    static let apostrophes: Set<Unicode.Scalar> = [
        "'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{02BC}", "\u{2032}",
    ]
    /// The marks that read as a double quotation mark.
    static let quotationMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}"]

    /// Whether text holds any apostrophe or quotation mark, straight or typographic (a scan of
    /// its bytes: every mark but the straight ones starts with 0xE2 or 0xCA in UTF-8).
    public static func hasMarks(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(hasMarks) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(hasMarks)
    }

    static func hasMarks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte == 0x22 || byte == 0x27 || byte == 0xE2 || byte == 0xCA {
            if byte == 0x22 || byte == 0x27 { return true }
            // A lead byte of a possible typographic mark: look at the scalars.
            return String(decoding: bytes, as: UTF8.self).unicodeScalars.contains { isMark($0) }
        }
        return false
    }

    /// Whether a scalar is an apostrophe or a quotation mark of any kind.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x2018...0x201F, 0x02BC, 0x2032, 0x2033: return true
        default: return false
        }
    }

    /// The text with every apostrophe made `'` and every quotation mark `"`.
    public static func fold(_ text: String) -> String {
        guard hasMarks(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if apostrophes.contains(scalar) {
                result.append("'")
            } else if quotationMarks.contains(scalar) {
                result.append("\"")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Lower-cased and folded: the form text is compared in.
    public static func key(_ text: String) -> String { fold(text.lowercased()) }

    /// The spellings a name with marks may have in an article: as written, with straight marks,
    /// and with typographic ones (a right single quote for an apostrophe).
    public static func variants(_ text: String) -> [String] {
        guard hasMarks(text) else { return [text] }
        let straight = fold(text)
        var curly = String.UnicodeScalarView()
        for scalar in straight.unicodeScalars {
            curly.append(scalar == "'" ? "\u{2019}" : scalar)
        }
        var result = [text]
        for variant in [straight, String(curly)] where !result.contains(variant) { result.append(variant) }
        return result
    }

    /// A regular expression with every apostrophe or quotation mark standing for all of its
    /// kind (the `q` flag); inside a bracket class the other marks are added to the class.
    public static func regexPattern(_ pattern: String) -> String {
        let apostropheClass = "'\u{2018}\u{2019}\u{201A}\u{201B}\u{02BC}\u{2032}"
        let quoteClass = "\"\u{201C}\u{201D}\u{201E}\u{201F}\u{2033}"
        var result = ""
        var inClass = false
        var escaped = false
        for scalar in pattern.unicodeScalars {
            if escaped {
                escaped = false
                if apostrophes.contains(scalar) || quotationMarks.contains(scalar) {
                    result.removeLast()
                } else {
                    result.unicodeScalars.append(scalar)
                    continue
                }
            } else if scalar == "\\" {
                escaped = true
                result.unicodeScalars.append(scalar)
                continue
            } else if scalar == "[" && !inClass {
                inClass = true
            } else if scalar == "]" && inClass {
                inClass = false
            }
            let members =
                apostrophes.contains(scalar) ? apostropheClass : (quotationMarks.contains(scalar) ? quoteClass : nil)
            if let members {
                result += inClass ? members : "[" + members + "]"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
