import Foundation
import Testing

@testable import NQArticle

/// Files as they are: encodings, line ends and byte-order marks named or read precisely.
@Suite struct FileHardeningTests {
    @Test func utf16WithoutAMarkIsNamedNotCalledBinary() {
        let little = Array("Headline\n\nBody text here.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        guard case .failure(let problem) = ArticleLoader.validate(little, path: "a.txt") else {
            Issue.record("UTF-16 without a mark was read")
            return
        }
        #expect(problem.message.hasPrefix("UTF-16 (little-endian) text without a byte-order mark"))
        let big = Array("Headline\n\nBody text here.\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        guard case .failure(let bigProblem) = ArticleLoader.validate(big, path: "a.txt") else {
            Issue.record("UTF-16 without a mark was read")
            return
        }
        #expect(bigProblem.message.contains("iconv -f UTF-16BE -t UTF-8"))
    }

    @Test func aByteOrderMarkKeepsOffsetsThoseOfTheFile() throws {
        let text = "Headline\n\nSome “quoted words,” she said.\n"
        let bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let article = ArticleAnalyzer().analyze(
            id: "t", source: "t", text: try ArticleLoader.validate(bytes, path: "t").get())
        #expect(article.titleText == "Headline")
        let python = Array(("\u{FEFF}" + text).unicodeScalars)
        let paragraph = article.paragraphs[0].span
        let start = article.text.codePointOffset(paragraph.lower)
        #expect(String(String.UnicodeScalarView(python[start..<start + 4])) == "Some")
    }

    @Test func loneCarriageReturnsEndLinesWithoutMovingOffsets() throws {
        let text = "Headline\r\rFirst paragraph here.\r\rSecond paragraph here.\r"
        let read = try ArticleLoader.validate(Array(text.utf8), path: "t").get()
        #expect(read.count == text.utf8.count)
        let article = ArticleAnalyzer().analyze(id: "t", source: "t", text: read)
        #expect(article.titleText == "Headline")
        #expect(
            article.paragraphs.map { article.string($0.span) } == ["First paragraph here.", "Second paragraph here."])
    }

    @Test func formatsAreDetectedFromContentWhenTheExtensionSaysNothing() {
        func detect(_ text: String, _ path: String = "-") -> InputFormat {
            InputFormat.detect(path: path, bytes: Array(text.utf8))
        }
        #expect(detect("{\"text\": \"a\"}\n{\"text\": \"b\"}\n") == .jsonl)
        #expect(detect("[{\"text\": \"a\"}]") == .json)
        #expect(detect("<!DOCTYPE html><html><body><p>x</p></body></html>") == .html)
        #expect(detect("---\ntitle: x\n---\nBody.\n") == .markdown)
        #expect(detect("Headline\n\n{Braces} in text.\n") == .text)
        #expect(detect("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", "dump.json") == .jsonl)
        #expect(detect("Plain words.\n", "page.html") == .html)
    }
}
