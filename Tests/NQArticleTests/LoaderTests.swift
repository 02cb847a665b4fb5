import Foundation
import Testing

@testable import NQArticle

@Suite struct LoaderTests {
    /// A folder tree with nested folders, a hidden file, links and names that are not articles.
    func makeTree() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nq-walk-\(UUID().uuidString)").path
        let manager = FileManager.default
        for folder in ["a", "a/b", "c.txt", "other"] {
            try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for file in ["one.txt", "a/two.TXT", "a/b/three.md", "a/b/.hidden.txt", "a/notes.csv", "other/four.text"] {
            try Data("Title\n\nText.\n".utf8).write(to: URL(fileURLWithPath: root + "/" + file))
        }
        try manager.createSymbolicLink(atPath: root + "/link.txt", withDestinationPath: root + "/one.txt")
        try manager.createSymbolicLink(atPath: root + "/linked-folder", withDestinationPath: root + "/other")
        return root
    }

    @Test func listsTheSameFilesAsFoundationsEnumerator() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var expected: [String] = []
        let enumerator = try #require(FileManager.default.enumerator(atPath: root))
        while let relative = enumerator.nextObject() as? String {
            let full = root + "/" + relative
            var isDirectory: ObjCBool = false
            if ArticleLoader.hasArticleExtension(relative),
                FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue
            {
                expected.append(full)
            }
        }
        let found = try ArticleLoader().files(for: root).get()
        #expect(found == expected.sorted())
        #expect(found.count == 6)
        #expect(try ArticleLoader().files(for: root + "/").get() == found)
    }

    @Test func aFolderWithoutArticlesAndAMissingPathAreProblems() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: LoadProblem.self) { try ArticleLoader().files(for: root + "/c.txt").get() }
        #expect(throws: LoadProblem.self) { try ArticleLoader().files(for: root + "/missing").get() }
        #expect(try ArticleLoader().files(for: root + "/a/*.TXT").get() == [root + "/a/two.TXT"])
    }
}
