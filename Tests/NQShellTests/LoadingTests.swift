import Foundation
import NQArticle
import NQSource
import Testing

@testable import NQShell

/// Loading as a user meets it: notices, reloads, ids, standard input and odd files.
@Suite struct LoadingTests {
    /// A new folder under the temporary folder, removed by the caller.
    func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nq-load-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func session() -> (Session, BufferSink, BufferSink) {
        let output = BufferSink()
        let errors = BufferSink()
        return (Session(output: output, errors: errors), output, errors)
    }

    static let english = "Bridge Reopens\n\n“It is safe,” said engineer Ana Ruiz on Monday.\n"
    static let german =
        "Brücke wieder offen\n\n„Sie ist sicher“, sagte die Ingenieurin am Montag. Die Stadt hat das Geld und die Arbeiten sind nicht fertig.\n"

    @Test func aNonEnglishArticleGetsOneNoticePerLoad() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try write(Self.german, to: root + "/de1.txt")
        try write(Self.german, to: root + "/de2.txt")
        try write(Self.english, to: root + "/en.txt")
        let (session, _, errors) = session()
        #expect(session.load(paths: [root]))
        let notices = errors.text.split(separator: "\n").filter { $0.hasPrefix("note:") }
        #expect(notices.count == 1)
        #expect(
            notices.first?.hasPrefix("note: 2 of 3 articles do not look English (German 2); nq reads English") == true)
        let (english, _, quiet) = self.session()
        #expect(english.load(paths: [root + "/en.txt"]))
        #expect(!quiet.text.contains("note:"))
    }

    @Test func reloadingAPathReplacesItsArticles() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try write(Self.english, to: root + "/a.txt")
        try write(Self.english, to: root + "/b.txt")
        let (session, _, errors) = session()
        #expect(session.load(paths: [root]))
        #expect(session.load(paths: [root]))
        #expect(session.load(paths: ["./" + root + "/a.txt"].map { $0.replacingOccurrences(of: ".//", with: "/") }))
        #expect(session.corpus.articles.map(\.id).sorted() == ["a", "b"])
        #expect(errors.text.contains("replacing 2 loaded before from the same files"))
    }

    @Test func aSecondFileWithTheSameIdIsRenamedWithAWarning() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try write(Self.english, to: root + "/a/x.txt")
        try write(Self.english, to: root + "/b/x.txt")
        let (session, _, errors) = session()
        #expect(session.load(paths: [root]))
        #expect(session.corpus.articles.map(\.id) == ["x", "x-2"])
        #expect(
            errors.text.contains("warning: \(root)/b/x.txt: the id 'x' is taken by \(root)/a/x.txt; loaded as 'x-2'"))
    }

    @Test func standardInputHoldsArticlesAsJSONLines() {
        let (session, _, _) = session()
        let lines = #"""
            {"id": "one", "title": "Bridge Reopens", "text": "“It is safe,” said engineer Ana Ruiz.", "date": "2024-05-02"}
            {"id": "two", "title": "Road Closes", "text": "The road closed on Monday."}
            """#
        session.standardInput = { .success(Array(lines.utf8)) }
        #expect(session.load(paths: ["-"]))
        #expect(session.corpus.articles.map(\.id) == ["one", "two"])
        #expect(session.corpus.articles.map(\.source) == ["-", "-"])
        #expect(session.corpus.articles[0].date == "2024-05-02")
    }

    @Test func aForcedFormatWinsOverTheExtension() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try write("# Heading Here\n\nBody text of the article.\n", to: root + "/a.md")
        let (markdown, _, _) = session()
        #expect(markdown.load(paths: [root + "/a.md"]))
        #expect(markdown.corpus.articles[0].titleText == "Heading Here")
        let (forced, _, _) = session()
        forced.inputOptions.format = .text
        #expect(forced.load(paths: [root + "/a.md"]))
        #expect(forced.corpus.articles[0].titleText == "# Heading Here")
    }

    @Test func devicesAndFIFOsAreNamedAndSkippedWithoutHanging() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(mkfifo(root + "/pipe.txt", 0o600) == 0)
        try write(Self.english, to: root + "/ok.txt")
        let (session, _, errors) = session()
        #expect(!session.load(paths: ["/dev/zero", "/dev/urandom", root + "/pipe.txt"]))
        #expect(errors.text.contains("error: /dev/zero: a character device, not a regular file: skipped") == false)
        #expect(errors.text.contains("/dev/zero: a character device, not a regular file: skipped"))
        #expect(errors.text.contains("/dev/urandom: a character device, not a regular file: skipped"))
        #expect(errors.text.contains("pipe.txt: a FIFO (named pipe), not a regular file: skipped"))
        let (folderSession, _, folderErrors) = self.session()
        #expect(folderSession.load(paths: [root]))
        #expect(folderSession.corpus.count == 1)
        #expect(
            folderErrors.text.contains("warning: skipped \(root)/pipe.txt: a FIFO (named pipe), not a regular file"))
    }

    @Test func anArticleOverTheSizeLimitIsRefusedWithTheLimit() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try write(String(repeating: "Words and more words. ", count: 60_000), to: root + "/big.txt")
        let (session, _, errors) = session()
        session.inputOptions.maxArticleBytes = 1 << 20
        #expect(!session.load(paths: [root + "/big.txt"]))
        #expect(
            errors.text.contains("too large for one article (1.3 MB; the limit is 1 MB, set with --max-article-mb)"))
    }

    @Test func aNulInAPathIsRefused() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try write(Self.english, to: root + "/a.txt")
        let (session, _, errors) = session()
        #expect(!session.load(paths: [root + "\u{0}x"]))
        #expect(errors.text.contains("the path holds a NUL byte"))
        #expect(session.corpus.count == 0)
    }

    @Test func anUnreadableSubfolderIsWarnedAbout() throws {
        // Root reads every folder whatever its mode; the warning can only be seen as a user.
        guard getuid() != 0 else { return }
        let root = try folder()
        defer {
            chmod(root + "/sub", 0o755)
            try? FileManager.default.removeItem(atPath: root)
        }
        try write(Self.english, to: root + "/a.txt")
        try write(Self.english, to: root + "/sub/b.txt")
        chmod(root + "/sub", 0)
        let (session, _, errors) = session()
        session.load(paths: [root])
        #expect(errors.text.contains("warning: skipped \(root)/sub: cannot read this folder (permission denied)"))
    }
}

/// The loader hands out articles in input order however many batches it analyses at once.
@Suite struct ParallelLoaderTests {
    @Test(arguments: [1, 2, 3])
    func batchesInFlightKeepTheInputOrder(batchesInFlight: Int) {
        let inputs = (0..<23).map { number in
            LoadInput.bytes(
                source: "input-\(number)", stem: "input-\(number)", firstLine: 1,
                Array("Story \(number)\n\n“It is day \(number),” said Ana Ruiz.\n".utf8))
        }
        var loader = ParallelLoader(referenceDate: nil, isCancelled: { false })
        loader.largestBatch = 2
        loader.batchesInFlight = batchesInFlight
        var sources: [String] = []
        var done: [Int] = []
        let outcome = loader.load(inputs, progress: { done.append($0.done) }) { result in
            if case .success(let loaded) = result { sources.append(loaded.article.source) }
        }
        #expect(sources == (0..<23).map { "input-\($0)" })
        #expect(done == Array(stride(from: 2, to: 23, by: 2)) + [23])
        #expect(!outcome.cancelled)
    }
}
