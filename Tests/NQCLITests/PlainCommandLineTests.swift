import Foundation
import Testing

/// The commonest command lines (`-c`, `--format`, paths) are read without ArgumentParser for a
/// faster start; they must mean exactly what ArgumentParser reads them as. Adding `--no-rc`
/// (which only the interactive shell heeds) sends the same command line through ArgumentParser.
@Suite("Plain command lines")
struct PlainCommandLineTests {
    static let article = """
        Officials met in Brussels on Tuesday. "We will keep talking," said Anna Berg, the envoy.
        She added that "nothing is settled yet."
        """

    @Test(
        "Read alike with and without ArgumentParser",
        arguments: [
            ["-c", "count quotes"],
            ["-c", "quotes select speaker, text", "--format", "csv"],
            ["--format", "jsonl", "-c", "entities select name, type", "-c", "count sentences"],
            ["-c", "count quotes", "article.txt"],
            ["article.txt", "-c", "quotes select speaker", "--format", "json"],
            ["-c", "count quotes", "missing.txt"],
            ["-c", "bogus statement"],
            ["-c", "-- only a comment"],
            ["-c", "--format"],
            ["lesson.nq", "article.txt"],
            ["--format", "csv", "lesson.nq"],
            ["lesson.nq", "-c", "count quotes"],
            ["article.txt", "lesson.nq"],
        ])
    func plainAndParsedAgree(arguments: [String]) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("nq-plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.article.write(to: folder.appendingPathComponent("article.txt"), atomically: true, encoding: .utf8)
        try "count quotes\nquotes select speaker\n".write(
            to: folder.appendingPathComponent("lesson.nq"), atomically: true, encoding: .utf8)

        let plain = try Run.nq(arguments, directory: folder)
        let parsed = try Run.nq(arguments + ["--no-rc"], directory: folder)
        #expect(plain.status == parsed.status)
        #expect(plain.output == parsed.output)
        #expect(plain.errors == parsed.errors)
        #expect(!plain.output.isEmpty || !plain.errors.isEmpty)
    }

    /// An export command line read without ArgumentParser means what it reads: adding the
    /// default `--max-article-mb` sends it through ArgumentParser.
    @Test(
        "Export read alike with and without ArgumentParser",
        arguments: [
            ["export", "quotes", "article.txt"],
            ["export", "sentences", "--format", "csv", "article.txt"],
            ["export", "--format", "jsonl", "entities", "article.txt", "article.txt"],
            ["export", "quotes", "missing.txt", "article.txt"],
            ["export", "bogus", "article.txt"],
            ["export", "quotes", "--format", "table", "article.txt"],
            ["export", "quotes"],
        ])
    func plainAndParsedExportsAgree(arguments: [String]) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("nq-plain-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.article.write(to: folder.appendingPathComponent("article.txt"), atomically: true, encoding: .utf8)

        let plain = try Run.nq(arguments, directory: folder)
        let parsed = try Run.nq(arguments + ["--max-article-mb", "64"], directory: folder)
        #expect(plain.status == parsed.status)
        #expect(plain.output == parsed.output)
        #expect(plain.errors == parsed.errors)
        #expect(!plain.output.isEmpty || !plain.errors.isEmpty)
    }

    @Test func versionIsTheSameAsArgumentParsersAnswer() throws {
        let plain = try Run.nq(["--version"])
        let parsed = try Run.nq(["--no-rc", "--version"])
        #expect(plain.status == 0)
        #expect(plain.output == parsed.output)
        #expect(plain.output.hasPrefix("nq "))
    }
}
