import Testing

@testable import NQLanguage

/// Searching byte buffers: sub-ranges, invalid UTF-8, empty buffers, long texts.
@Suite("Regex on byte buffers")
struct RegexBufferTests {
    private func firstMatch(
        _ pattern: String, flags: String = "", in bytes: [UInt8], range: Range<Int>
    ) throws
        -> Range<Int>?
    {
        let regex = try LinearRegex(pattern, flags: flags)
        return bytes.withUnsafeBufferPointer { regex.firstMatch(in: $0, range: range) }
    }

    @Test("the range is the whole text for anchors and word boundaries")
    func subRange() throws {
        let bytes = Array("xxcat dogxx".utf8)
        #expect(try firstMatch("^cat", in: bytes, range: 2..<9) == 2..<5)
        #expect(try firstMatch("dog$", in: bytes, range: 2..<9) == 6..<9)
        #expect(try firstMatch("\\bcat\\b", in: bytes, range: 2..<9) == 2..<5)
        #expect(try firstMatch("\\Bcat", in: bytes, range: 2..<9) == nil)
        #expect(try firstMatch("x", in: bytes, range: 2..<9) == nil)
        #expect(try firstMatch("dogx", in: bytes, range: 2..<9) == nil)
        #expect(try firstMatch("^", in: bytes, range: 4..<4) == 4..<4)
    }

    @Test("matches after a sentence start keep their absolute offsets")
    func absoluteOffsets() throws {
        let text = "First sentence. Second “quoted” one."
        let bytes = Array(text.utf8)
        let start = 16
        #expect(try firstMatch("“[^”]+”", in: bytes, range: start..<bytes.count) == 23..<35)
        #expect(try firstMatch("^\\w+", in: bytes, range: start..<bytes.count) == 16..<22)
    }

    @Test("invalid UTF-8 bytes are one-byte non-scalars that only . and negations match")
    func invalidUTF8() throws {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xE2, 0x80, 0x63]
        #expect(try firstMatch("a.b", in: bytes, range: 0..<6) == 0..<3)
        #expect(try firstMatch("b..c", in: bytes, range: 0..<6) == 2..<6)
        #expect(try firstMatch("\\u{FFFD}", in: bytes, range: 0..<6) == nil)
        #expect(try firstMatch("a\\W", in: bytes, range: 0..<6) == 0..<2)
        #expect(try firstMatch("[\\x{80}-\\x{10FFFF}]", in: bytes, range: 0..<6) == nil)
        #expect(try firstMatch("[^a-z]+", in: bytes, range: 0..<6) == 1..<2)
    }

    @Test("an empty buffer")
    func emptyBuffer() throws {
        #expect(try firstMatch("", in: [], range: 0..<0) == 0..<0)
        #expect(try firstMatch("a", in: [], range: 0..<0) == nil)
        #expect(try LinearRegex("^$").firstMatch(in: "") == 0..<0)
    }

    @Test("a long text takes the Pike VM path and agrees")
    func longText() throws {
        let sentence = "Talks on a ceasefire resumed in Zürich on Tuesday. "
        let text = String(repeating: sentence, count: 2_000) + "A “final” deal."
        let regex = try LinearRegex("“(\\w+)”\\s+deal", flags: "i")
        let expected = text.utf8.count - "“final” deal.".utf8.count
        #expect(regex.firstMatch(in: text) == expected..<(text.utf8.count - 1))
        #expect(try LinearRegex("zürich", flags: "i").firstMatch(in: text) == 32..<39)
    }
}
