import Foundation
import NQArticle
import NQRender
import NQShell
import Testing

/// `nq export … -`: article records piped in as JSON Lines, rows out, the same however split.
@Suite struct ExportStandardInputTests {
    /// A pipe holding `text`, read as standard input would be.
    func chunks(_ text: String) throws -> LineChunks {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        let bytes = Array(text.utf8)
        // Written from another thread: a pipe holds only so much before a reader takes it.
        let writer = descriptors[1]
        Thread.detachNewThread {
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let wrote = write(writer, buffer.baseAddress! + offset, buffer.count - offset)
                    if wrote <= 0 { break }
                    offset += wrote
                }
            }
            close(writer)
        }
        return LineChunks(descriptor: descriptors[0])
    }

    /// Article records: the demo article's paragraphs under distinct ids.
    func records(_ count: Int) throws -> [String] {
        let text = try String(contentsOfFile: try #require(BundledArticle.path), encoding: .utf8)
        let paragraphs = text.split(separator: "\n").map(String.init).filter { $0.count > 80 }
        #expect(paragraphs.count > 5)
        return (0..<count).map { number in
            let body = paragraphs[number % paragraphs.count]
            let record: [String: Any] = ["id": "r\(number)", "title": "Story \(number)", "text": body]
            let data = try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// The rows an export writes, without the run-wide `quote` number.
    func rows(_ records: [String]) throws -> [String] {
        let output = BufferSink()
        let errors = BufferSink()
        let exported = Exporter().export(
            collection: "quotes", format: .jsonl, paths: ["-"], output: output, errors: errors,
            standardInput: try chunks(records.joined(separator: "\n") + "\n"))
        #expect(exported, "\(errors.text)")
        return output.text.split(separator: "\n").map { line in
            String(line.replacingOccurrences(of: #"^\{"quote":\d+,"#, with: "{", options: .regularExpression))
        }
    }

    @Test func rowsAreTheSameHoweverTheCorpusIsSplit() throws {
        let all = try records(300)
        let whole = try rows(all)
        #expect(whole.count > 50)
        let split = try rows(Array(all[..<100])) + rows(Array(all[100..<220])) + rows(Array(all[220...]))
        #expect(split == whole)
        #expect(Set(whole).count == whole.count)
    }

    @Test func recordsWithoutIdsAreNamedByTheirLine() throws {
        let output = BufferSink()
        let errors = BufferSink()
        let input = #"{"text": "The road closed on Monday."}"# + "\n\n" + #"{"text": "It opened again."}"# + "\n"
        #expect(
            Exporter().export(
                collection: "articles", format: .jsonl, paths: ["-"], output: output, errors: errors,
                standardInput: try chunks(input)))
        #expect(output.text.contains(#""id":"stdin-1""#))
        #expect(output.text.contains(#""id":"stdin-3""#))
    }
}
