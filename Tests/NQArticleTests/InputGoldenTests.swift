import Foundation
import NQSource
import Testing

@testable import NQArticle

/// Each file in `Inputs/` is read as nq reads it and dumped (metadata, sections, paragraphs,
/// quotes, offsets) beside it as `NAME.EXT.expected`; `NQ_RECORD=1 swift test` rewrites the
/// dumps (and fails, so that recording is never silent).
@Suite struct InputGoldenTests {
    /// The folder of input files.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Inputs")

    /// The input files (not the dumps).
    static let inputs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasSuffix(".expected") }.sorted()
    }()

    @Test func everyFormatHasAGoldenFile() {
        let formats = Set(Self.inputs.map { InputFormat.detect(path: $0, bytes: []) })
        #expect(formats.isSuperset(of: [.text, .markdown, .html, .json, .jsonl]))
    }

    @Test(arguments: inputs)
    func readsAsRecorded(_ name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let dump = Self.dump(ArticleReader().read(path: path), folder: Self.folder.path + "/")
        let expectedPath = path + ".expected"
        if ProcessInfo.processInfo.environment["NQ_RECORD"] != nil {
            try dump.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name).expected")
            return
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(dump == expected, "\(name): run NQ_RECORD=1 swift test to see the difference")
    }

    /// What a reader made of an input, one line per fact.
    static func dump(_ results: [Result<ArticleRecord, LoadProblem>], folder: String) -> String {
        var lines: [String] = []
        for result in results {
            switch result {
            case .failure(let problem):
                lines.append("problem: \(problem.path.replacingOccurrences(of: folder, with: "")): \(problem.message)")
            case .success(let record):
                let article = ArticleAnalyzer().analyze(record)
                lines.append("article \(article.id)")
                let metadata = [
                    ("title", article.title.map(article.string)), ("date", article.date), ("url", article.url),
                    ("outlet", article.outlet), ("author", article.author),
                ]
                for (name, value) in metadata { lines.append("  \(name): \(value ?? "-")") }
                for section in article.sections {
                    lines.append("  section \(section.number): \(section.heading.map(article.string) ?? "-")")
                    for index in section.paragraphs {
                        let span = article.paragraphs[index].span
                        lines.append(
                            "    paragraph \(index + 1) @\(article.text.codePointOffset(span.lower)): "
                                + article.string(span).replacingOccurrences(of: "\n", with: "⏎"))
                    }
                }
                for quote in article.quotes {
                    lines.append(
                        "  quote @\(article.text.codePointOffset(quote.span.lower)): \(article.string(quote.span))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
