import NQSource
import Testing

@testable import NQArticle

/// Checks read on the bytes of an ASCII name answer as the general `String` reading does.
@Suite struct ByteFastPathTests {
    static let names = [
        "NAIROBI", "NEW YORK", "New York", "UN", "U.S.", "ABC", "ABCD", "A B ", "    ", "ABC\r\nD", "ABÇD",
        "ÉCOLE", "\u{212A}ENT", "AB1D", "", "Donald J. Trump", "  Mr.  Smith ", "Jo", "J.R.R. Tolkien",
        "Adèle Exarchopoulos",
    ]

    @Test(arguments: names) func shoutedNamesAreReadAsCharacters(name: String) {
        let expected = name.count > 3 && name.allSatisfy { $0.isUppercase || $0 == " " }
        #expect(EntityResolver.isShouted(name) == expected)
    }

    @Test(arguments: names) func theFirstWordIsAsSplittingTheNameGivesIt(name: String) {
        let words = name.split(separator: " ")
        let expected = words.count >= 2 ? String(words[0].filter { $0 != "." }) : nil
        #expect(GivenNameTable.firstWordOfFullName(name) == expected)
    }
}

extension ByteFastPathTests {
    @Test(arguments: [
        "president", "prime minister", "  secretary  of  state ", "", "   ", "deputy chief\u{301} ", "a \u{301}b",
        "x\r\ny", "ministre des affaires étrangères",
    ])
    func aTitlesLastWordIsAsSplittingItGivesIt(title: String) {
        #expect(NameWords.last(of: title) == title.split(separator: " ").last.map(String.init))
    }

    @Test(arguments: ["Margaret Doyle", "Alan  Doyle ", "Doyle", " Doyle", "", "   ", "Ana María Doyle"])
    func aNamesLastWordHashIsThereForSeveralWordsAlone(name: String) {
        // As `isLastOfSeveral` reads a name: a hash only for a last word after another word, and
        // the same hash for the same last word.
        let words = name.split(separator: " ")
        let hash = NameWords.lastOfSeveralHash(name)
        #expect((hash != nil) == (words.count >= 2))
        if words.count >= 2 { #expect(hash == NameWords.lastOfSeveralHash("Jane Doyle")) }
    }
}

extension ByteFastPathTests {
    @Test(arguments: [
        "“A quote,” she said — and left…", "Café ŁÓDŹ ‘x’", "plain ASCII\r", "", "e\u{301}", "a\u{200D}b", "a\u{200C}b",
        "line\nfeed", "ok – “fine” ‰ ′", "\u{2028}", "Ǆ", "中文",
    ])
    func simpleTextCountsCharactersAsAStringDoes(text: String) {
        let bytes = Array(text.utf8)
        if let count = SimpleText.characterCount(bytes, SourceSpan(0, bytes.count)) {
            #expect(count == text.count)
        } else {
            #expect(
                text.unicodeScalars.contains {
                    !($0.value < 0x80 || (0x80...0x17F).contains($0.value) || (0x2010...0x203F).contains($0.value))
                        || $0 == "\n"
                })
        }
    }

    @Test func invalidBytesAreLeftToTheString() {
        for bytes: [UInt8] in [
            [0xC3], [0xC3, 0x41], [0xE2, 0x80], [0xE2, 0x80, 0x8D], [0xE2, 0x81, 0x80], [0xC1, 0x81],
        ] {
            #expect(SimpleText.characterCount(bytes, SourceSpan(0, bytes.count)) == nil)
        }
    }
}

extension ByteFastPathTests {
    /// Words as the byte table counted them before: runs between white space holding a letter,
    /// digit or non-ASCII letter byte, counted at the first such byte.
    static func referenceWordCount(_ bytes: [UInt8]) -> Int {
        var count = 0
        var counted = false
        for byte in bytes {
            let kind = ArticleParser.wordBytes[Int(byte)]
            if kind & 2 != 0, !counted { count += 1 }
            counted = kind & 1 == 0 && (counted || kind & 2 != 0)
        }
        return count
    }

    @Test(arguments: [
        "", " ", "one", "  two words  ", "“Quoted,” he said — 3.5% of U.S. GDP…", "-- -- x", "a\tb\nc\r\nd\u{0C}e",
        "Ünïcödé wörds ‘here’", "...", "x... y", "(1) [2] {3}",
    ])
    func wordsAreCountedAsTheByteTableCountedThem(text: String) {
        let bytes = Array(text.utf8)
        #expect(ArticleParser.wordCount(bytes, SourceSpan(0, bytes.count)) == Self.referenceWordCount(bytes))
    }
}

extension ByteFastPathTests {
    @Test func aCJKLeadByteIsFoundWhereverItStands() {
        for length in [0, 1, 7, 8, 9, 17, 40] {
            for position in 0..<max(length, 1) {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                if length > 0 { bytes[position] = 0xE5 }
                let found = bytes.withUnsafeBufferPointer { LanguageGuess.hasCJKLead($0, end: length) }
                #expect(found == (length > 0), "length \(length), at \(position)")
                if length > 0 { bytes[position] = 0xE2 }
                let other = bytes.withUnsafeBufferPointer { LanguageGuess.hasCJKLead($0, end: length) }
                #expect(!other)
            }
        }
        let bytes: [UInt8] = Array("abcdefgh".utf8) + [0xE9]
        #expect(!bytes.withUnsafeBufferPointer { LanguageGuess.hasCJKLead($0, end: 8) }, "past the end")
    }
}

extension ByteFastPathTests {
    /// The format as sniffing on the lower-cased text of the first 64 bytes gave it.
    static func referenceSniff(_ bytes: [UInt8]) -> InputFormat? {
        let start = InputFormat.firstVisible(bytes)
        guard start < bytes.count else { return nil }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 64)], as: UTF8.self).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<head")
            || head.hasPrefix("<!--") && bytes.count > 0 && InputFormat.contains(bytes, "<html")
        {
            return .html
        }
        if let json = InputFormat.sniffJSON(bytes) { return json }
        if head.hasPrefix("---\n") || head.hasPrefix("---\r\n") || head.hasPrefix("# ") { return .markdown }
        return nil
    }

    @Test(arguments: [
        "<!DOCTYPE HTML><p>x</p>", "  <Html lang=en>", "<HEAD>", "<!-- c --><html>", "<!-- c -->",
        "---\ntitle: x\n---\n",
        "---\r\ntitle: x", "# Title\n\nText", "#Title", "“Quoted” text <html>", "<!DOCTYPE HTML\u{301}>",
        "<html\u{301}>",
        "# \u{301}x", "<H\u{212A}>", "{\"id\": 1}\n{\"id\": 2}\n", "[{\"id\": 1}]", "Plain text.", "", "   ", "<htm",
        "\u{FEFF}<html>", "---", "<!doctype html",
    ])
    func sniffingReadsTheHeadAsTheLowerCasedTextDid(text: String) {
        let bytes = Array(text.utf8)
        #expect(InputFormat.sniff(bytes) == Self.referenceSniff(bytes))
    }
}

extension ByteFastPathTests {
    @Test func lineFeedsAreFoundWithinARange() {
        let bytes = Array("a\nbc\n\nd\n".utf8)
        #expect(ByteScan.offsets(of: 0x0A, in: bytes) == [1, 4, 5, 7])
        #expect(ByteScan.offsets(of: 0x0A, in: bytes, within: 2..<6) == [4, 5])
        #expect(ByteScan.offsets(of: 0x0A, in: bytes, within: 2..<4) == [])
        #expect(ByteScan.offsets(of: 0x0A, in: bytes, within: 5..<20) == [5, 7])
        #expect(ByteScan.offsets(of: 0x0A, in: [], within: 0..<3) == [])
    }
}

extension ByteFastPathTests {
    @Test func quoteMarkTestsAgreeWithTheirSets() {
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(CharClass.isOpeningQuote(scalar) == CharClass.openingQuotes.contains(scalar))
            #expect(CharClass.isCloser(scalar) == CharClass.closers.contains(scalar))
        }
    }

    @Test func everyAbbreviationIsFoundByItsMixedKey() {
        for word in SentenceSplitter.abbreviations {
            let isFinal = SentenceSplitter.sentenceFinalAbbreviations.contains(word)
            for spelling in [word, word.uppercased()] {
                let bytes = Array(spelling.utf8)
                #expect(SentenceSplitter.asciiWordEndsSentence(bytes, 0, bytes.count) == isFinal)
            }
        }
        // A word that is no abbreviation ends a sentence.
        let other = Array("said".utf8)
        #expect(SentenceSplitter.asciiWordEndsSentence(other, 0, other.count) == true)
    }
}

extension ByteFastPathTests {
    @Test(arguments: [
        "", " ", "one", "one two  three\nfour\tfive\r\nsix", "a — b – c", "x\u{1}y z", "  \u{0}\u{1F}ab\u{7F}cd  ",
        "long-hyphenated-words-of-more-than-eight-bytes and   spaces\u{0B}here", "élan vital ∑ 12,5 % «mot»",
        String(repeating: "word \u{1}x\u{0}  ", count: 9),
    ])
    func wordsAreCountedAsRunsOfNonSpaceHoldingALetter(text: String) {
        let bytes = Array(text.utf8)
        let spaces: Set<UInt8> = [0x20, 0x0A, 0x09, 0x0D, 0x0C]
        let expected = bytes.split(whereSeparator: { spaces.contains($0) }).filter { run in
            run.contains { CharClass.isLetter($0) || CharClass.isDigit($0) || $0 >= 0xC3 }
        }.count
        #expect(ArticleParser.wordCount(bytes, SourceSpan(0, bytes.count)) == expected)
        // Every sub-span, so that runs are cut at every offset.
        for lower in 0..<min(bytes.count, 12) {
            let slice = Array(bytes[lower...])
            let count = slice.split(whereSeparator: { spaces.contains($0) }).filter { run in
                run.contains { CharClass.isLetter($0) || CharClass.isDigit($0) || $0 >= 0xC3 }
            }.count
            #expect(ArticleParser.wordCount(bytes, SourceSpan(lower, bytes.count)) == count)
        }
    }
}

extension ByteFastPathTests {
    @Test func theLeadPairFilterTurnsAwayNoWordOfItsList() {
        let words = ["march", "may", "today", "three", "twenty", "a", "an"]
        let filter = LeadPairFilter(words, extraLengths: [2, 4])
        for text in ["March", "MAY", "may", "Today's", "today’s", "THREE", "Twenty", "a", "A", "an", "An's"] {
            let bytes = Array(text.utf8)
            #expect(filter.mayContain(bytes, SourceSpan(0, bytes.count)), "\(text)")
        }
        for text in ["the", "that", "Marchx", "", "mx", "to", "as", "twelv"] {
            let bytes = Array(text.utf8)
            #expect(!filter.mayContain(bytes, SourceSpan(0, bytes.count)), "\(text)")
        }
    }
}
