/// The plain ASCII spelling of a word written with Latin letters that carry accents ("María" is
/// "Maria", "Łukasz" is "Lukasz", "Søren" is "Soren"), so that a list of names written without
/// accents still knows them.
enum LatinFolding {
    /// The letters of U+00C0 to U+017F without their accents, one per code point ("." where the
    /// code point is no letter that folds: ×, ÷, Þ, þ); the ligatures Æ, æ, Œ, œ, Ĳ, ĳ and ß are
    /// in `ligatures`.
    static let letters: [UInt8] = Array(
        ("AAAAAAACEEEEIIIIDNOOOOO.OUUUUY.saaaaaaaceeeeiiiidnooooo.ouuuuy.y"
            + "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNn"
            + "OoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs").utf8)

    /// The spellings of the ligatures, by code point.
    static let ligatures: [UInt32: String] = [
        0xC6: "AE", 0xE6: "ae", 0xDF: "ss", 0x152: "OE", 0x153: "oe", 0x132: "IJ", 0x133: "ij",
    ]

    /// The ASCII spelling of UTF-8 `bytes`, or nil when they are ASCII already or hold a
    /// character that has none (a letter of another script, a symbol).
    static func folded(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        var changed = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                result.append(byte)
                index += 1
                continue
            }
            // Only two-byte sequences from U+00C0 (C3 80) to U+017F (C5 BF) fold.
            guard (0xC3...0xC5).contains(byte), index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80
            else { return nil }
            let scalar = (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
            if let ligature = ligatures[scalar] {
                result.append(contentsOf: ligature.utf8)
            } else {
                let letter = letters[Int(scalar - 0xC0)]
                guard letter != UInt8(ascii: ".") else { return nil }
                result.append(letter)
            }
            changed = true
            index += 2
        }
        return changed ? result : nil
    }

    /// `folded` of a string's UTF-8 bytes.
    static func folded(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { folded($0) }.map { String(decoding: $0, as: UTF8.self) }
    }
}
