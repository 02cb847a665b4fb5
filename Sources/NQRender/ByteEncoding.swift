import NQLanguage

/// CSV and JSON encoding straight into UTF-8 bytes, for streams of many rows (`nq export`):
/// the same text `CSVEncoding` and `JSONEncoding` make as strings, without a String per field.
///
/// Text is scanned eight bytes at a time for the few bytes that need quoting or escaping; most
/// fields have none and are copied whole.
enum ByteEncoding {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Nonzero when some byte of `word` is zero.
    @inline(__always) private static func zeroByte(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highs
    }

    /// Nonzero when some byte of `word` equals `byte`.
    @inline(__always) private static func hasByte(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        zeroByte(word ^ (ones &* UInt64(byte)))
    }

    /// Nonzero when some byte of `word` is below `limit` (at most 0x80).
    @inline(__always) private static func hasByteBelow(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highs
    }

    /// Whether some byte of `text` is of interest: `test` says (nonzero) whether an eight-byte
    /// word holds one, `isSpecial` whether one byte of the tail is one.
    @inline(__always) private static func contains(
        _ text: UnsafeBufferPointer<UInt8>, words test: (UInt64) -> UInt64, bytes isSpecial: (UInt8) -> Bool
    ) -> Bool {
        guard let base = text.baseAddress else { return false }
        var index = 0
        while index + 8 <= text.count {
            if test(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) != 0 { return true }
            index += 8
        }
        while index < text.count {
            if isSpecial(text[index]) { return true }
            index += 1
        }
        return false
    }

    // MARK: CSV

    /// Whether a CSV field must be quoted: it holds a comma, a quote, CR or LF.
    static func csvNeedsQuoting(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(
            text,
            words: { hasByte($0, 0x2C) | hasByte($0, 0x22) | hasByte($0, 0x0D) | hasByte($0, 0x0A) },
            bytes: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A })
    }

    /// Appends text as a CSV field, quoted when it must be (always when empty), as
    /// `CSVEncoding.appendText` does.
    static func appendCSVText(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard text.isEmpty || csvNeedsQuoting(text) else {
            output.append(contentsOf: text)
            return
        }
        output.append(0x22)
        var runStart = 0
        for index in 0..<text.count where text[index] == 0x22 {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...index]))
            output.append(0x22)
            runStart = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
        output.append(0x22)
    }

    /// Appends one CSV field, as `CSVEncoding.appendValue` does.
    static func appendCSVValue(_ value: Value, to output: inout [UInt8]) {
        switch value {
        case .null: break
        case .bool(let flag): appendASCII(flag ? "true" : "false", to: &output)
        case .number(let number): appendNumber(number, to: &output)
        case .text(var text): text.withUTF8 { appendCSVText($0, to: &output) }
        case .list:
            var field = ""
            CSVEncoding.appendValue(value, to: &field)
            output.append(contentsOf: field.utf8)
        }
    }

    // MARK: JSON

    /// Whether JSON text needs an escape: a quote, a backslash or a control character.
    static func jsonNeedsEscaping(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        contains(
            text,
            words: { hasByteBelow($0, 0x20) | hasByte($0, 0x22) | hasByte($0, 0x5C) | hasByte($0, 0x7F) },
            bytes: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F })
    }

    /// Appends a JSON string literal, as `JSONEncoding.appendString` does.
    static func appendJSONString(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(0x22)
        guard jsonNeedsEscaping(text) else {
            output.append(contentsOf: text)
            output.append(0x22)
            return
        }
        var runStart = 0
        for index in 0..<text.count {
            let byte = text[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F else { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            appendJSONEscape(byte, to: &output)
            runStart = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
        output.append(0x22)
    }

    /// Appends the JSON form of a value, as `JSONEncoding.appendValue` does without spaces.
    static func appendJSONValue(_ value: Value, to output: inout [UInt8]) {
        switch value {
        case .null: appendASCII("null", to: &output)
        case .bool(let flag): appendASCII(flag ? "true" : "false", to: &output)
        case .number(let number):
            if number.isFinite { appendNumber(number, to: &output) } else { appendASCII("null", to: &output) }
        case .text(var text): text.withUTF8 { appendJSONString($0, to: &output) }
        case .list:
            var field = ""
            JSONEncoding.appendValue(value, spaced: false, to: &field)
            output.append(contentsOf: field.utf8)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends the escape of a quote, a backslash or a control character.
    private static func appendJSONEscape(_ byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case 0x22: appendASCII("\\\"", to: &output)
        case 0x5C: appendASCII("\\\\", to: &output)
        case 0x0A: appendASCII("\\n", to: &output)
        case 0x0D: appendASCII("\\r", to: &output)
        case 0x09: appendASCII("\\t", to: &output)
        default:
            appendASCII("\\u00", to: &output)
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0xF)])
        }
    }

    // MARK: Shared

    /// Appends a number as `Value.format` writes it: whole numbers as integer digits.
    static func appendNumber(_ number: Double, to output: inout [UInt8]) {
        guard number == number.rounded(), abs(number) < 1e18 else {
            appendFraction(number, to: &output)
            return
        }
        var whole = Int64(number)
        if whole < 0 { output.append(UInt8(ascii: "-")) }
        // Up to eight digits (numbers of quotes, offsets and the like) are gathered in one word,
        // the last digit lowest, and appended byte by byte.
        if whole >= 0, whole < 100_000_000 {
            var value = UInt64(whole)
            var packed: UInt64 = 0
            var count = 0
            repeat {
                packed = packed << 8 | (UInt64(UInt8(ascii: "0")) + value % 10)
                value /= 10
                count += 1
            } while value != 0
            for _ in 0..<count {
                output.append(UInt8(truncatingIfNeeded: packed))
                packed >>= 8
            }
            return
        }
        guard whole != 0 else {
            output.append(UInt8(ascii: "0"))
            return
        }
        // Digits from the last, into a small buffer; |whole| < 1e18 fits in 18 digits.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while whole != 0 {
                let digit = whole % 10
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(digit < 0 ? -digit : digit)
                whole /= 10
                count += 1
            }
            let digits = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + (24 - count)
            output.append(contentsOf: UnsafeBufferPointer(start: digits, count: count))
        }
    }

    /// Appends a number that is not a whole one below 1e18 as `Value.format` writes it: Swift's
    /// shortest form, without trailing zeros unless it has an exponent; read from its bytes
    /// rather than searched as text.
    private static func appendFraction(_ number: Double, to output: inout [UInt8]) {
        guard number.isFinite else {
            output.append(contentsOf: Value.format(number).utf8)
            return
        }
        // A whole number of hundredths (a quote's confidence) is written from its digits: they
        // are the shortest form that reads back as the number, so Swift's too. Below 1e9 two
        // such forms are further apart than two neighbouring doubles.
        let hundredths = (number * 100).rounded()
        if abs(hundredths) < 1e11, Double(Int64(hundredths)) / 100 == number {
            appendHundredths(Int64(hundredths), to: &output)
            return
        }
        var text = String(number)
        text.withUTF8 { bytes in
            var end = bytes.count
            if !bytes.contains(UInt8(ascii: "e")) {
                while end > 0, bytes[end - 1] == UInt8(ascii: "0") { end -= 1 }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<end]))
        }
    }

    /// Appends a number of hundredths that is not whole as a decimal without trailing zeros
    /// ("0.85", "-12.5").
    private static func appendHundredths(_ hundredths: Int64, to output: inout [UInt8]) {
        if hundredths < 0 { output.append(UInt8(ascii: "-")) }
        let magnitude = hundredths.magnitude
        appendNumber(Double(magnitude / 100), to: &output)
        output.append(UInt8(ascii: "."))
        output.append(UInt8(ascii: "0") + UInt8(magnitude / 10 % 10))
        if magnitude % 10 != 0 { output.append(UInt8(ascii: "0") + UInt8(magnitude % 10)) }
    }

    /// Appends ASCII text.
    @inline(__always) static func appendASCII(_ text: StaticString, to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
