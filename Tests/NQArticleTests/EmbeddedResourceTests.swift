import Foundation
import Testing

@testable import NQArticle

/// The word lists compiled into the binary are exactly the files of `Resources/Gazetteer`.
@Suite struct EmbeddedResourceTests {
    @Test func everyWordListFileIsCompiledInWithTheSameBytes() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/NQArticle/Resources/Gazetteer")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        let names = Set(files.map { String($0.dropLast(4)) })
        #expect(
            names == Set(EmbeddedResources.gazetteerLists.keys),
            "add each new list to EmbeddedResources.gazetteerLists")
        for name in names {
            let bytes = try Data(contentsOf: folder.appendingPathComponent(name + ".txt"))
            #expect(EmbeddedResources.gazetteerLists[name] == Array(bytes), "\(name)")
        }
    }

    @Test func theDemoArticleIsCompiledIn() throws {
        let path = try #require(BundledArticle.path)
        #expect(BundledArticle.text.bytes == Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }
}
