/// Decoding of Unicode scalars from UTF-8 bytes, forward and backward.
///
/// Invalid or truncated sequences decode one byte at a time as `invalid`, a value beyond
/// Unicode that only `.` and negated classes match (not a literal U+FFFD), so every byte
/// position reached by stepping is a scalar boundary and the search never stalls.
enum UTF8Decoding {
    /// The value of an invalid byte: not a Unicode scalar.
    static let invalid: UInt32 = 0x11_0000

    /// A scalar value and the number of bytes it takes.
    typealias Decoded = (value: UInt32, length: Int)

    /// Decodes the scalar at `index` (`index < end`).
    @inline(__always)
    static func decode(_ base: UnsafePointer<UInt8>, at index: Int, end: Int) -> Decoded {
        let lead = base[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        return decodeMultibyte(base, at: index, end: end)
    }

    private static func decodeMultibyte(
        _ base: UnsafePointer<UInt8>, at index: Int, end: Int
    ) -> Decoded {
        let lead = UInt32(base[index])
        let invalid: Decoded = (UTF8Decoding.invalid, 1)
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, value) = (2, lead & 0x1F)
        case 0xE0...0xEF: (length, value) = (3, lead & 0x0F)
        case 0xF0...0xF4: (length, value) = (4, lead & 0x07)
        default: return invalid
        }
        guard index + length <= end else { return invalid }
        for offset in 1..<length {
            let byte = UInt32(base[index + offset])
            guard byte & 0xC0 == 0x80 else { return invalid }
            value = value << 6 | (byte & 0x3F)
        }
        switch length {
        case 3 where value < 0x800 || (0xD800...0xDFFF).contains(value): return invalid
        case 4 where value < 0x1_0000 || value > 0x10_FFFF: return invalid
        default: return (value, length)
        }
    }

    /// Decodes the scalar that ends just before `index` (`start < index`), as the forward
    /// decoding from `start` would have stepped.
    @inline(__always)
    static func decode(_ base: UnsafePointer<UInt8>, before index: Int, start: Int) -> UInt32 {
        let last = base[index - 1]
        if last < 0x80 { return UInt32(last) }
        var begin = index - 1
        while begin > start, begin > index - 4, base[begin] & 0xC0 == 0x80 { begin -= 1 }
        let decoded = decode(base, at: begin, end: index)
        return begin + decoded.length == index ? decoded.value : UTF8Decoding.invalid
    }
}
