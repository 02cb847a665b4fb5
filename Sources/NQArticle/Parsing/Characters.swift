/// Byte- and scalar-level character classes shared by the parsers and annotators.
public enum CharClass {
    /// Whether a byte is ASCII white space.
    @inlinable
    public static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// Whether a byte is an ASCII upper-case letter.
    @inlinable
    public static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// Whether a byte is an ASCII lower-case letter.
    @inlinable
    public static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    /// Whether a byte is an ASCII digit.
    @inlinable
    public static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether a byte is an ASCII letter.
    @inlinable
    public static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }

    /// Decodes the scalar starting at `index`, returning it and its length in bytes.
    @inlinable
    public static func scalar(in bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var length = 1
        var value: UInt32
        if b0 & 0xE0 == 0xC0 {
            length = 2
            value = UInt32(b0 & 0x1F)
        } else if b0 & 0xF0 == 0xE0 {
            length = 3
            value = UInt32(b0 & 0x0F)
        } else {
            length = 4
            value = UInt32(b0 & 0x07)
        }
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The start of the scalar that ends just before `index`.
    @inlinable
    public static func scalarStart(in bytes: [UInt8], before index: Int) -> Int {
        var start = index - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    // The Unicode property look-ups of non-ASCII scalars are kept out of line: inlined, they
    // cost a set-up (a metadata call and a stack allocation) on every call of the function
    // holding them, even one that only ever reads ASCII. The common marks are told inline.

    /// Whether a scalar is a letter (any script).
    @inlinable
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isLetter(UInt8(scalar.value)) }
        return !isCommonPunctuation(scalar) && isNonASCIILetter(scalar)
    }

    /// `isLetter` of a non-ASCII scalar outside `isCommonPunctuation`.
    @usableFromInline
    @inline(never)
    static func isNonASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic
    }

    /// Whether a scalar is an upper-case letter (any script).
    @inlinable
    public static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isUpper(UInt8(scalar.value)) }
        return !isCommonPunctuation(scalar) && isNonASCIIUpper(scalar)
    }

    /// `isUpper` of a non-ASCII scalar outside `isCommonPunctuation`.
    @usableFromInline
    @inline(never)
    static func isNonASCIIUpper(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase
    }

    /// Whether a scalar is white space, including no-break and thin spaces.
    @inlinable
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isSpace(UInt8(scalar.value)) }
        return !isCommonPunctuation(scalar) && isNonASCIISpace(scalar)
    }

    /// `isSpace` of a non-ASCII scalar outside `isCommonPunctuation`.
    @usableFromInline
    @inline(never)
    static func isNonASCIISpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// Whether a scalar is in U+2010–U+2027 (dashes, typographic quotes, daggers, bullets, the
    /// ellipsis): no letter and no space, so the frequent non-ASCII marks of news text skip the
    /// Unicode property tables.
    @inlinable
    public static func isCommonPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value &- 0x2010 < 0x18
    }

    /// Whether a scalar is one of `openingQuotes`, tested without hashing it.
    @inlinable
    public static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0xAB, 0x2018, 0x201C, 0x201E: return true
        default: return false
        }
    }

    /// Whether a scalar is one of `closers`, tested without hashing it.
    @inlinable
    public static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x29, 0x5D, 0xBB, 0x2019, 0x201D: return true
        default: return false
        }
    }

    /// Opening quotation marks: straight and typographic double and single marks.
    public static let openingQuotes: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{2018}", "'", "\u{00AB}", "\u{201E}"]
    /// Closing quotation marks and brackets that may follow a sentence's final stop.
    public static let closers: Set<Unicode.Scalar> = [
        "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]",
    ]
}
