import Foundation
import NQArticle
import NQLanguage
import NQRender
import NQShell
import Testing

@Suite struct ExporterTests {
    /// A folder of `count` copies of the demo article, removed after `body`.
    func withCopies(_ count: Int, _ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nq-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try #require(BundledArticle.path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for copy in 1...count {
            let name = "copy-" + String(1000 + copy).dropFirst() + ".txt"
            try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        try body(folder.path)
    }

    @Test func numbersQuotesAcrossTheWholeExportAsTheShellDoes() throws {
        // More articles than one export batch holds, so numbering must go on across batches.
        try withCopies(40) { folder in
            let output = BufferSink()
            let errors = BufferSink()
            let exported = Exporter().export(
                collection: "quotes", format: .jsonl, paths: [folder], output: output, errors: errors)
            #expect(exported)
            #expect(errors.text == "")
            let numbers = output.text.split(separator: "\n").compactMap { line -> Int? in
                guard line.hasPrefix(#"{"quote":"#) else { return nil }
                return Int(line.dropFirst(9).prefix { $0.isNumber })
            }
            #expect(numbers.count > 40)
            #expect(numbers == Array(1...numbers.count))
        }
    }
}

/// `nq export` writes rows as bytes, copying text spans straight from the article: the same text
/// the renderer makes from each field's value. The export analyses only the layers its
/// collection's rows are made from; the rows expected come from a whole analysis.
@Suite struct ExportBytesTests {
    @Test(arguments: [OutputFormat.jsonl, .csv])
    func everyCollectionMatchesTheRowsOfItsValues(format: OutputFormat) throws {
        let path = try #require(BundledArticle.path)
        let record = try #require(ArticleReader().read(path: path).first).get()
        let article = ArticleAnalyzer().analyze(record)
        article.compact()
        let corpus = Corpus()
        corpus.add(article)
        for collection in Schema.collections {
            let writer = try #require(
                RowStreamWriter(columns: collection.fields.map { .init(name: $0.name, type: $0.type) }, format: format))
            var expected = writer.header()
            for row in collection.rows(in: corpus) {
                expected += writer.row(collection.fields.map { $0.get(corpus, row) })
            }
            let output = BufferSink()
            let errors = BufferSink()
            #expect(
                Exporter().export(
                    collection: collection.name, format: format, paths: [path], output: output, errors: errors))
            #expect(output.text == expected, "\(collection.name)")
            #expect(collection.rows(in: corpus).count > 0, "\(collection.name)")
        }
    }
}
