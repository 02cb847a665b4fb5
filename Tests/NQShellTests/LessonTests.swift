import Foundation
import NQShell
import NQSource
import Testing

/// Checked lessons: each lesson in Examples/ passes as it is, and fails with FILE:LINE:COL, the
/// expected and the actual value when one of its expectations is changed.
@Suite struct LessonTests {
    /// The lessons: every script in Examples/ that states an expectation.
    static let lessons: [GoldenScript] = GoldenScript.all(in: ["Examples"]).filter { golden in
        ((try? String(contentsOf: golden.scriptURL, encoding: .utf8)) ?? "").contains("\nexpect ")
    }

    /// Runs `text` as the script at `path` on the demo article; returns (succeeded, errors).
    func run(_ text: String, path: String) -> (Bool, String) {
        let output = BufferSink()
        let errors = BufferSink()
        let session = Session(output: output, errors: errors)
        session.loadBundledArticle()
        let ok = session.run(SourceText(name: path, text: text))
        return (ok, errors.text)
    }

    @Test func thereAreAtLeastFourLessons() {
        #expect(Self.lessons.count >= 4)
    }

    @Test(arguments: lessons)
    func aLessonPassesAsItIs(_ lesson: GoldenScript) throws {
        let text = try String(contentsOf: lesson.scriptURL, encoding: .utf8)
        let (ok, errors) = run(text, path: lesson.relativePath)
        #expect(ok, "\(errors)")
        #expect(!errors.contains("expectation"))
    }

    @Test(arguments: lessons)
    func aChangedExpectationFailsWithAClearMessage(_ lesson: GoldenScript) throws {
        let text = try String(contentsOf: lesson.scriptURL, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        // The first `expect … = N`: N becomes N + 1000, which no count in these lessons reaches.
        let index = try #require(
            lines.firstIndex { $0.hasPrefix("expect ") && $0.range(of: #"= \d+$"#, options: .regularExpression) != nil }
        )
        let range = try #require(lines[index].range(of: #"\d+$"#, options: .regularExpression))
        let actual = String(lines[index][range])
        let changed = String(Int(actual)! + 1000)
        lines[index].replaceSubrange(range, with: changed)
        let column = lines[index].distance(from: lines[index].startIndex, to: range.lowerBound) + 1

        let (ok, errors) = run(lines.joined(separator: "\n"), path: lesson.relativePath)
        #expect(!ok)
        #expect(
            errors.contains(
                "\(lesson.relativePath):\(index + 1):\(column): error: expectation not met: expected \(changed), got \(actual)"
            ), "\(errors)")
    }

    @Test func anExpectationOnManyRowsSaysSo() {
        let (ok, errors) = run("expect quotes select speaker = \"x\"", path: "lesson.nq")
        #expect(!ok)
        #expect(errors.contains("'expect' compares one value, but the result has 6 rows of 1 column"))
    }

    @Test func pauseDoesNothingInBatch() {
        let (ok, errors) = run("pause \"look\"\npause\ncount quotes", path: "lesson.nq")
        #expect(ok)
        #expect(errors.isEmpty)
    }

    @Test func pauseWaitsWhenAPersonWatchesAndCtrlCStops() {
        let output = BufferSink()
        let session = Session(output: output, errors: output)
        session.loadBundledArticle()
        var prompts: [String] = []
        var answers = [true, false]
        session.waitForEnter = { prompt in
            prompts.append(prompt)
            return answers.removeFirst()
        }
        let ok = session.run(SourceText(name: "lesson.nq", text: "pause \"one\"\nprint \"a\"\npause\nprint \"b\""))
        #expect(!ok)
        #expect(prompts == ["one (press Enter to go on)", "(press Enter to go on)"])
        #expect(output.text.contains("a\n"))
        #expect(!output.text.contains("b\n"))
    }
}
