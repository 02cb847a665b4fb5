import Foundation
import Testing

@testable import NQLanguage

/// Throughput on synthetic news text, sentence by sentence as nq searches. Off by default;
/// run in release: `NQ_REGEX_BENCH=1 swift test -c release -Xswiftc -enable-testing
/// --filter RegexBenchmark`.
@Suite(
    "Regex benchmark", .enabled(if: ProcessInfo.processInfo.environment["NQ_REGEX_BENCH"] != nil))
struct RegexBenchmarkTests {
    /// About four megabytes of sentences from a fixed vocabulary, deterministic.
    private static func corpus() -> (bytes: [UInt8], sentences: [Range<Int>]) {
        let words = """
            the a of to in and for on with said that was at by from government officials minister \
            talks peace troops border city report police election vote percent market prices week \
            people country president agency attack forces region after before statement spokesman \
            Angela Merkel Müller Zürich “we will” ceasefire 12.5 percent Tuesday meeting saying
            """.split(separator: " ")
        var state: UInt64 = 1
        var bytes: [UInt8] = []
        var sentences: [Range<Int>] = []
        while bytes.count < 4_000_000 {
            let start = bytes.count
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for index in 0..<(8 + Int(state >> 60)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                if index > 0 { bytes.append(0x20) }
                bytes += words[Int(state >> 33) % words.count].utf8
            }
            bytes.append(0x2E)
            sentences.append(start..<bytes.count)
            bytes.append(0x0A)
        }
        return (bytes, sentences)
    }

    @Test(
        "MB/s per pattern", arguments: ["ceasefire", "\\b[A-Z][a-z]+ [A-Z][a-z]+\\b", "\\w+ing\\b"])
    func throughput(_ pattern: String) throws {
        let (bytes, sentences) = RegexBenchmarkTests.corpus()
        let regex = try LinearRegex(pattern)
        var hits = 0
        let clock = ContinuousClock()
        let elapsed = bytes.withUnsafeBufferPointer { buffer in
            clock.measure {
                for sentence in sentences where regex.firstMatch(in: buffer, range: sentence) != nil {
                    hits += 1
                }
            }
        }
        let seconds = Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
        print("/\(pattern)/: \(Int(Double(bytes.count) / 1e6 / seconds)) MB/s, \(hits) sentences match")
        #expect(hits >= 0)
    }
}
