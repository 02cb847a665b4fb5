import Foundation
import Testing

/// Every script in GoldenScripts/ and Examples/ must print exactly its `.out` transcript.
/// `NQ_RECORD=1 swift test` rewrites the transcripts (and fails, so recording is never silent).
@Test(arguments: GoldenScript.all(in: ["Tests/NQShellTests/GoldenScripts", "Examples"]))
func goldenScript(_ golden: GoldenScript) throws {
    let actual = golden.run()
    if ProcessInfo.processInfo.environment["NQ_RECORD"] == "1" {
        try golden.record(actual)
        Issue.record("recorded \(golden.relativePath); run again without NQ_RECORD")
        return
    }
    let expected = try #require(
        golden.expected(), "no transcript for \(golden.relativePath): run NQ_RECORD=1 swift test")
    #expect(
        actual == expected, "\(golden.relativePath) differs:\n\(GoldenScript.diff(expected: expected, actual: actual))")
}

@Test func goldenScriptsExist() {
    #expect(GoldenScript.all(in: ["Tests/NQShellTests/GoldenScripts"]).count >= 10)
    #expect(GoldenScript.all(in: ["Examples"]).contains { $0.relativePath == "Examples/tour.nq" })
}
