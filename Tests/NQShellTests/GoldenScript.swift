import Foundation
import NQShell
import NQSource
import Testing

/// A script beside its expected transcript (`name.nq` and `name.out`).
struct GoldenScript: CustomTestStringConvertible, Sendable {
    /// The package's root folder, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The script's path relative to the package root (used as its name in diagnostics).
    let relativePath: String

    var testDescription: String { relativePath }

    var scriptURL: URL { Self.packageRoot.appendingPathComponent(relativePath) }
    var expectedURL: URL { scriptURL.deletingPathExtension().appendingPathExtension("out") }

    /// Every `*.nq` in the folders, relative to the package root, sorted.
    static func all(in folders: [String]) -> [GoldenScript] {
        folders.flatMap { folder -> [GoldenScript] in
            let url = packageRoot.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".nq") }.sorted().map { GoldenScript(relativePath: folder + "/" + $0) }
        }
    }

    /// Runs the script in-process on the bundled article, as `nq SCRIPT` would, and returns the
    /// transcript: rows and diagnostics interleaved, then `exit: N` when N is not 0.
    func run() -> String {
        let sink = BufferSink()
        let session = Session(output: sink, errors: sink)
        session.width = 100
        session.loadBundledArticle()
        // Paths inside scripts are relative to the package root, where `swift test` runs.
        let text = (try? String(contentsOf: scriptURL, encoding: .utf8)) ?? ""
        let ok = session.run(SourceText(name: relativePath, text: text))
        return sink.text + (ok ? "" : "exit: 1\n")
    }

    /// The expected transcript, or nil when there is none yet.
    func expected() -> String? {
        try? String(contentsOf: expectedURL, encoding: .utf8)
    }

    /// Writes the transcript as the new expectation (`NQ_RECORD=1`).
    func record(_ transcript: String) throws {
        try transcript.write(to: expectedURL, atomically: true, encoding: .utf8)
    }

    /// A readable line diff of two transcripts.
    static func diff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : nil
            let b = index < new.count ? String(new[index]) : nil
            if a != b {
                if let a { lines.append("-\(index + 1): \(a)") }
                if let b { lines.append("+\(index + 1): \(b)") }
            }
            if lines.count > 40 { break }
        }
        return lines.joined(separator: "\n")
    }
}
