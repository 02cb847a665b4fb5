import NQSource

/// Case-insensitive substring search straight on UTF-8 bytes.
enum ByteSearch {
    /// Whether `bytes[span]` contains `needle`, ignoring ASCII case (other letters must match
    /// exactly, or the search falls back to full Unicode lower-casing).
    static func contains(_ bytes: [UInt8], _ span: SourceSpan, needle: String) -> Bool {
        let pattern = Array(needle.lowercased().utf8)
        if pattern.isEmpty { return true }
        if pattern.contains(where: { $0 >= 0x80 }) {
            return String(decoding: bytes[span.lower..<span.upper], as: UTF8.self).lowercased().contains(
                needle.lowercased())
        }
        let count = pattern.count
        guard span.length >= count else { return false }
        let first = pattern[0]
        let firstUpper = CharClassLite.upper(first)
        return bytes.withUnsafeBufferPointer { buffer in
            var index = span.lower
            let last = span.upper - count
            while index <= last {
                let byte = buffer[index]
                if byte == first || byte == firstUpper {
                    var matched = 1
                    while matched < count, CharClassLite.lower(buffer[index + matched]) == pattern[matched] {
                        matched += 1
                    }
                    if matched == count { return true }
                }
                index += 1
            }
            return false
        }
    }
}

/// ASCII case mapping on bytes.
enum CharClassLite {
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    @inline(__always)
    static func upper(_ byte: UInt8) -> UInt8 { byte >= 0x61 && byte <= 0x7A ? byte & ~0x20 : byte }
}
