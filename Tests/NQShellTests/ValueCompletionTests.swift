import Foundation
import NQShell
import NQSource
import Testing

/// Tab completes values inside strings, named results and file paths.
@Suite struct ValueCompletionTests {
    func session() -> Session {
        let session = Session(output: BufferSink(), errors: BufferSink())
        session.loadBundledArticle()
        return session
    }

    /// What the line becomes after Tab (one candidate, or the common prefix of several).
    func complete(_ line: String, in session: Session) -> String? {
        switch CompletionEdit.plan(line: line, candidates: session.completions(for: line)) {
        case .replace(let deleting, let insertion): return String(line.dropLast(deleting)) + insertion
        case .list(let words): return "list: " + words.joined(separator: " | ")
        case nil: return nil
        }
    }

    @Test func speakerAndEntityNames() {
        let session = session()
        #expect(complete(#"quotes where speaker = "Ma"#, in: session) == #"quotes where speaker = "Mark Rutte" "#)
        // A surname completes as itself, which matches the full name.
        #expect(complete(#"quotes where speaker = "Ru"#, in: session) == #"quotes where speaker = "Rutte" "#)
        #expect(complete(#"quotes where speaker = "Mark R"#, in: session) == #"quotes where speaker = "Mark Rutte" "#)
        #expect(
            complete(#"sentences where mentions "Vlad"#, in: session) == #"sentences where mentions "Vladimir Putin" "#)
        #expect(complete(#"people where name != "jens"#, in: session) == #"people where name != "Jens Stoltenberg" "#)
    }

    @Test func smallDomains() {
        let session = session()
        #expect(complete(#"quotes where cue = "re"#, in: session) == #"quotes where cue = "recalled" "#)
        #expect(
            complete(#"figures where kind in ["money", "perc"#, in: session)
                == #"figures where kind in ["money", "percent" "#)
        #expect(complete(#"entities where type = "pl"#, in: session) == #"entities where type = "place" "#)
        #expect(complete(#"figures where unit = "E"#, in: session) == #"figures where unit = "EUR" "#)
        // Long texts are not offered.
        #expect(complete(#"quotes where text = "I th"#, in: session) == nil)
    }

    @Test func namedResults() {
        let session = session()
        session.run(SourceText(name: "<input>", text: #"let trumpquotes = quotes where speaker = "Trump""#))
        #expect(complete("count trump", in: session) == "count trumpquotes ")
        #expect(complete(#"trumpquotes where cue = "no"#, in: session) == #"trumpquotes where cue = "noted" "#)
    }

    @Test func filePathsAfterLoadAndRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nq-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        try "x".write(to: folder.appendingPathComponent("lesson.nq"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = session()
        #expect(complete("load \(folder.path)/cor", in: session) == "load \(folder.path)/corpus/")
        #expect(complete(".read \(folder.path)/les", in: session) == ".read \(folder.path)/lesson.nq ")
        #expect(complete(".output \(folder.path)/l", in: session) == ".output \(folder.path)/lesson.nq ")
    }
}
