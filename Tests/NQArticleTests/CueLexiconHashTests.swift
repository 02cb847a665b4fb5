import Testing

@testable import NQArticle

/// Checks `CueLexicon.hash`, which reads words eight bytes at a time, against the byte-by-byte
/// definition: the word tables are keyed by its values, so they must not change.
@Suite struct CueLexiconHashTests {
    /// The FNV-1a hash of `bytes[start..<end]` lower-cased byte by byte, reading `’` as `'`.
    static func reference(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = start
        while index < end {
            var byte = bytes[index]
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                byte = UInt8(ascii: "'")
                index += 2
            } else if byte >= 0x41 && byte <= 0x5A {
                byte += 0x20
            }
            value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
            index += 1
        }
        return value
    }

    /// Every span of a text with capitals, the bytes around them (@ [ ` {), a curly apostrophe,
    /// other UTF-8 and words longer than eight bytes, up to the very end of the bytes.
    @Test func matchesByteByByteHash() {
        let text = "Said SAID said @AZ[`az{ O’Neill’s Zoë Brontë Journalists ACCOUNTABILITY x-RAY’S"
        let bytes = Array(text.utf8)
        for start in 0..<bytes.count {
            for end in start...min(bytes.count, start + 24) {
                #expect(CueLexicon.hash(bytes, start, end) == Self.reference(bytes, start, end))
            }
        }
    }

    /// Case and the apostrophe's form do not change a word's hash.
    @Test func ignoresCaseAndApostropheForm() {
        #expect(CueLexicon.hash(Array("O'NEILL'S".utf8)) == CueLexicon.hash(Array("o’neill’s".utf8)))
        #expect(CueLexicon.hash(Array("Accountability".utf8)) == CueLexicon.hash(Array("ACCOUNTABILITY".utf8)))
    }
}
