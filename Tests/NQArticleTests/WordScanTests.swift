import NQSource
import Testing

@testable import NQArticle

/// Checks the tokenizer's eight-bytes-at-a-time word scan and the byte-level heading test
/// against their byte-by-byte and `String` definitions.
@Suite struct WordScanTests {
    /// Eight bytes with `byte` at `position` and filler bytes elsewhere, as a little-endian word.
    static func word(_ byte: UInt8, at position: Int, filler: UInt8) -> UInt64 {
        var bytes = [UInt8](repeating: filler, count: 8)
        bytes[position] = byte
        return bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    }

    @Test func everyByteIsClassedAsAlphanumericAsItsByteTestSays() {
        for value in 0...255 {
            let byte = UInt8(value)
            let alphanumeric = (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
            for position in 0..<8 {
                for filler in [UInt8(ascii: "a"), UInt8(ascii: "Z"), UInt8(ascii: "0")] {
                    let found = Tokenizer.notAlphanumeric(Self.word(byte, at: position, filler: filler))
                    #expect(found == (alphanumeric ? 0 : 0x80 << UInt64(position * 8)), "byte \(value)")
                }
            }
        }
    }

    @Test(arguments: [
        "word", "Wordsmith", "internationally", "incomprehensibilities", "a1b2c3d4e5f6g7h8i9", "x", "",
        "alpha beta", "Zürich", "abcdefgh.ijk", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-end",
    ])
    func anAlphanumericRunEndsWhereTheByteLoopEndsIt(text: String) {
        let bytes = Array(text.utf8)
        for start in 0..<max(bytes.count, 1) {
            for limit in start...bytes.count {
                var expected = start
                while expected < limit, (bytes[expected] | 0x20) &- 0x61 < 26 || bytes[expected] &- 0x30 < 10 {
                    expected += 1
                }
                let found = bytes.withUnsafeBufferPointer {
                    Tokenizer.asciiAlphanumericEnd($0, from: start, limit: limit)
                }
                #expect(found == expected, "\(text) from \(start) to \(limit)")
            }
        }
    }
}

extension WordScanTests {
    @Test(arguments: [
        "U.S. forces", "e.g. this", "don't", "well-known", "Covid-19", "AT&T", "rock-'n'-roll", "the end.", "x.",
        "A.B.C.D. and", "a-", "so - and", "it's.", "Q&A", "U.S", "word.Next", "one-2", "a.1",
    ])
    func anASCIIJoinerIsReadAsDecodingItReadsIt(text: String) {
        let bytes = Array(text.utf8)
        let tokenizer = Tokenizer()
        for index in bytes.indices where index > 0 && "'-.&".utf8.contains(bytes[index]) {
            for start in 1...index {
                let fast = bytes.withUnsafeBufferPointer {
                    tokenizer.asciiJoinerContinuation(bytes, $0, from: start, at: index, limit: bytes.count)
                }
                let decoded = tokenizer.wordContinuation(bytes, from: start, at: index, limit: bytes.count)
                #expect(fast == decoded, "\(text) at \(index) from \(start)")
            }
        }
    }
}

extension WordScanTests {
    /// Whether a line has the form of a heading, as splitting its `String` decided it.
    static func referenceIsHeading(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !ArticleParser.endsWithStop(bytes, SourceSpan(0, bytes.count)) else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.isEmpty, words.count <= ArticleParser.maxHeadingWords, text.count <= 120 else { return false }
        // The words' title case is read as the product reads it: what is compared is the split.
        return ArticleParser.isTitleCase(words)
    }

    @Test(arguments: [
        "The State of the Union", "Why Trade Wars Are Good and Easy to Win", "the lower-case start", "Café Society",
        "Über Alles in der Welt", "A \u{301}Combining Mark After a Space", "\t Tabs\tand  Spaces ", "2024 in Review",
        "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen",
        "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen",
        String(repeating: "Long ", count: 24) + "Line", String(repeating: "Word ", count: 30),
        "“Quoted” Heading — Here",
        "Ends With a Stop.", "— — —", "", "   ", "中文 Heading", "KELVIN \u{212A}ind of Heading",
        "Mr Smith goes to Washington",
        "Smith goes to Washington", String(repeating: "A", count: 120) + "\u{301}",
        String(repeating: "A", count: 121) + "\u{301}", String(repeating: "A", count: 122) + "\u{301}",
        String(repeating: "Ab ", count: 41) + "\u{301}", String(repeating: "Ab ", count: 40) + "A\u{301}",
    ])
    func aHeadingIsFoundAsSplittingItsStringFoundIt(text: String) {
        let bytes = Array(text.utf8)
        let block = ArticleParser.Block(span: SourceSpan(0, bytes.count), lines: 1)
        #expect(ArticleParser.isHeading(bytes, block) == Self.referenceIsHeading(text))
    }
}
