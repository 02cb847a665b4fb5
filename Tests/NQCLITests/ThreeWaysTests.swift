import Foundation
import Testing

/// One driver: every golden script gives the same rows and status whether it is run as a script
/// file, piped into standard input, or passed whole as `-c`.
@Suite("Golden scripts three ways")
struct ThreeWaysTests {
    /// Every `.nq` in the golden-script folder and in Examples/, relative to the package root.
    static let scripts: [String] = ["Tests/NQShellTests/GoldenScripts", "Examples"].flatMap { folder in
        let url = BuiltBinary.packageRoot.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".nq") }.sorted().map { folder + "/" + $0 }
    }

    @Test(arguments: scripts)
    func sameRows(_ script: String) throws {
        let root = BuiltBinary.packageRoot
        let text = try String(contentsOf: root.appendingPathComponent(script), encoding: .utf8)
        let asFile = try Run.nq(["--width", "100", script], directory: root)
        let asInput = try Run.nq(["--width", "100"], input: text, directory: root)
        #expect(asInput.output == asFile.output, "standard input differs from the script file")
        #expect(asInput.status == asFile.status)
        // Linux takes at most 128 KiB in one argument: a larger script cannot be one -c.
        if text.utf8.count < 100_000 {
            let asCommand = try Run.nq(["--width", "100", "-c", text], directory: root)
            #expect(asCommand.output == asFile.output, "-c differs from the script file")
            #expect(asCommand.status == asFile.status)
        }
        if script.hasPrefix("Examples/") {
            // The lessons are checks: CI fails when one of their expectations no longer holds.
            #expect(asFile.status == 0, "\(asFile.errors)")
        }
    }

    @Test func theScriptsAreFound() {
        #expect(Self.scripts.count >= 20)
    }

    /// The case from the issue: a clause on its own line gave 4 rows as a file and 6 rows and an
    /// error on standard input.
    @Test func aClauseOnTheNextLineContinuesOnStandardInput() throws {
        let text = "quotes select speaker\nlimit 2\n"
        let run = try Run.nq(["--format", "csv"], input: text)
        #expect(run.status == 0)
        #expect(run.errors.isEmpty)
        #expect(run.output.split(whereSeparator: \.isNewline).count == 3, "\(run.output)")
    }
}
