import Testing

@testable import NQArticle

/// Code-point offsets from the checkpoints agree with counting every code point, at every offset.
@Suite struct ArticleTextOffsetTests {
    /// The code points before each UTF-8 offset, counted one by one.
    private func counted(_ bytes: [UInt8]) -> [Int] {
        var counts = [0]
        var count = 0
        for byte in bytes {
            if byte & 0xC0 != 0x80 { count += 1 }
            counts.append(count)
        }
        return counts
    }

    @Test(arguments: [1, 1_023, 1_024, 1_025, 2_048, 3_000, 4_096])
    func everyOffsetOfAMixedTextCounts(length: Int) {
        // Words with accents, curly quotes and a four-byte emoji, cut to `length` bytes at a
        // character boundary and padded with ASCII to exactly that length.
        let unit = Array("Caf\u{E9} \u{201C}na\u{EF}ve\u{201D} \u{1F600} r\u{E9}sum\u{E9}. ".utf8)
        var bytes: [UInt8] = []
        while bytes.count + unit.count <= length { bytes += unit }
        bytes += Array(repeating: UInt8(ascii: "x"), count: length - bytes.count)
        let text = ArticleText(bytes: bytes)
        let expected = counted(bytes)
        for offset in 0...bytes.count {
            #expect(text.codePointOffset(offset) == expected[offset], "offset \(offset) of \(length)")
        }
        for offset in 0...bytes.count where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
            #expect(text.utf8Offset(ofCodePoint: expected[offset]) == offset, "code point at \(offset)")
        }
    }

    @Test(arguments: [1, 1_025, 3_000])
    func offsetsCountedOnFromAMarkAgreeInAnyOrder(length: Int) {
        let unit = Array("Caf\u{E9} \u{201C}na\u{EF}ve\u{201D} \u{1F600} r\u{E9}sum\u{E9}. ".utf8)
        var bytes: [UInt8] = []
        while bytes.count + unit.count <= length { bytes += unit }
        bytes += Array(repeating: UInt8(ascii: "x"), count: length - bytes.count)
        let text = ArticleText(bytes: bytes)
        // Forward, back, jumps over checkpoints and offsets beyond the text, as rows read them.
        var offsets = Array(0...bytes.count)
        offsets += offsets.reversed() + [-5, bytes.count + 9, 3, 1_020, 1_030, 17, 2_500, 900, 0]
        offsets += (0..<200).map { ($0 * 7_919) % (bytes.count + 1) }
        var mark = CodePointMark()
        for offset in offsets {
            #expect(text.codePointOffset(offset, from: &mark) == text.codePointOffset(offset), "offset \(offset)")
        }
    }

    @Test func anASCIITextCountsBytes() {
        let text = ArticleText(String(repeating: "plain ", count: 500))
        #expect(text.codePointOffset(2_048) == 2_048 && text.utf8Offset(ofCodePoint: 77) == 77)
    }
}
