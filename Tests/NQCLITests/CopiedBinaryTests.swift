import Foundation
import Testing

/// A copy of `nq` in an empty folder elsewhere answers exactly as the built one: everything it
/// needs (word lists, the demo article) is inside the binary.
@Suite struct CopiedBinaryTests {
    /// Runs an executable from `folder` with no inherited build paths and returns its output.
    func run(_ executable: String, _ arguments: [String], in folder: URL) throws -> (Int32, String, String) {
        let output = folder.appendingPathComponent("out-\(UUID().uuidString)")
        let errors = folder.appendingPathComponent("err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        // A binary copied a moment ago can still be open for writing in a process another test
        // is spawning (it inherits the descriptor): exec then fails with "Text file busy" until
        // that process has exec'd. Try again for a while.
        var attempt = 0
        var process: Process
        while true {
            process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.environment = [
                "PATH": "/usr/bin:/bin", "NQ_HISTORY": folder.appendingPathComponent("history").path,
                "HOME": folder.path,
            ].merging(SanitizerOptions.inherited) { given, _ in given }
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = try FileHandle(forWritingTo: errors)
            do {
                try process.run()
                break
            } catch let error as NSError {
                let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
                guard attempt < 50, underlying?.code == Int(ETXTBSY) || error.code == Int(ETXTBSY) else { throw error }
                attempt += 1
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        process.waitUntilExit()
        return (
            process.terminationStatus, try String(contentsOf: output, encoding: .utf8),
            try String(contentsOf: errors, encoding: .utf8)
        )
    }

    @Test func aCopyInAnEmptyFolderGivesTheSameRows() throws {
        let built = try BuiltBinary.path()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nq-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("nq").path
        try FileManager.default.copyItem(atPath: built, toPath: copy)
        // Nothing the build left beside the binary (resource bundles) is copied.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["nq"])
        let arguments = [
            "--format", "jsonl", "-c", "entities", "-c", "quotes", "-c", "figures", "-c", "dates", "-c", "articles",
            "-c", "mentions", "-c", "sentences",
        ]
        let (builtStatus, builtRows, builtErrors) = try run(built, arguments, in: folder)
        let (copyStatus, copyRows, copyErrors) = try run(copy, arguments, in: folder)
        #expect(builtStatus == 0, "\(builtErrors)")
        #expect(copyStatus == 0, "\(copyErrors)")
        #expect(builtRows.split(separator: "\n").count > 50)
        #expect(copyRows == builtRows)
        #expect(copyErrors == builtErrors)
    }

    @Test func theBinaryNamesNoResourceFolderOfTheBuild() throws {
        // A resource bundle is found through the build path compiled into the binary: a copy
        // run where that path is gone (another machine) would silently lose its word lists.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: try BuiltBinary.path()))
        #expect(bytes.range(of: Data("nq_NQArticle.resources".utf8)) == nil)
    }
}
