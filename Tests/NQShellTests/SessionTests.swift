import NQSource
import Testing

@testable import NQShell

@Suite struct SessionTests {
    func session() -> (Session, BufferSink, BufferSink) {
        let output = BufferSink()
        let errors = BufferSink()
        let session = Session(output: output, errors: errors)
        session.loadBundledArticle()
        return (session, output, errors)
    }

    @Test func completesStatementsCollectionsFieldsAndDotArguments() {
        let (session, _, _) = session()
        #expect(session.completions(for: "quo") == ["quotes"])
        #expect(session.completions(for: "count sent") == ["sentences"])
        #expect(session.completions(for: "quotes where spe").contains("speaker"))
        #expect(session.completions(for: "quotes where speaker = \"Rutte\" ord") == ["order"])
        #expect(session.completions(for: "quotes order ") == ["by"])
        #expect(session.completions(for: ".mo") == [".mode"])
        #expect(session.completions(for: ".mode js") == ["json", "jsonl"])
        #expect(session.completions(for: "describe pe") == ["people"])
        #expect(session.completions(for: "quotes where speaker.aff") == ["speaker.affiliation"])
        #expect(session.completions(for: "quotes group ") == ["by"])
    }

    @Test func aBadStatementReportsAndTheNextOneStillRuns() {
        let (session, output, errors) = session()
        #expect(!session.run(SourceText(name: "<input>", text: "quotes where speker = 1")))
        #expect(errors.text.contains("did you mean 'speaker'?"))
        #expect(session.run(SourceText(name: "<input>", text: "count quotes")))
        #expect(output.text == "6\n")
    }

    @Test func keepGoingRunsEveryStatementAndStillFails() {
        let (session, output, _) = session()
        let ok = session.run(SourceText(name: "s.nq", text: "count nothing\ncount sentences"), keepGoing: true)
        #expect(!ok)
        #expect(output.text == "25\n")
    }

    @Test func timerPrintsRunTimeToTheMicrosecond() {
        let (session, _, errors) = session()
        session.run(SourceText(name: "<input>", text: ".timer on\ncount quotes"))
        let line = errors.text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(line.hasPrefix("Run Time: real "))
        #expect(line.split(separator: ".").last?.count == 6)
    }

    @Test func quitStopsTheRun() {
        let (session, output, _) = session()
        session.run(SourceText(name: "<input>", text: ".quit\ncount quotes"))
        #expect(session.wantsToQuit)
        #expect(output.text.isEmpty)
    }
}
