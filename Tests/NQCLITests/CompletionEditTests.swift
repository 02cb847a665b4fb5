import NQShell
import Testing

/// How Tab turns the session's candidates into an edit of the line.
@Suite("Completion edits")
struct CompletionEditTests {
    @Test func noCandidateDoesNothing() {
        #expect(CompletionEdit.plan(line: "count zz", candidates: []) == nil)
    }

    @Test func oneCandidateReplacesThePartialWordAndAddsASpace() {
        #expect(
            CompletionEdit.plan(line: "count sent", candidates: ["sentences"])
                == .replace(deleting: 4, insertion: "sentences "))
    }

    @Test func completionAfterASpaceInsertsTheWholeWord() {
        #expect(
            CompletionEdit.plan(line: "quotes ", candidates: ["where"])
                == .replace(deleting: 0, insertion: "where "))
    }

    @Test func caseIsTakenFromTheCandidate() {
        #expect(
            CompletionEdit.plan(line: "QUO", candidates: ["quotes"])
                == .replace(deleting: 3, insertion: "quotes "))
    }

    @Test func severalCandidatesInsertTheirCommonPrefix() {
        #expect(
            CompletionEdit.plan(line: "count sent", candidates: ["sentences", "sentence"])
                == .replace(deleting: 4, insertion: "sentence"))
    }

    @Test func severalCandidatesWithNothingToAddAreListed() {
        #expect(
            CompletionEdit.plan(line: "quot", candidates: ["quotes", "quotations"])
                == .list(["quotes", "quotations"]))
    }

    @Test func punctuationEndsTheWord() {
        #expect(
            CompletionEdit.plan(line: "count(spea", candidates: ["speaker"])
                == .replace(deleting: 4, insertion: "speaker "))
    }

    @Test func aQuoteTypedBeforeTheWordIsKept() {
        #expect(
            CompletionEdit.plan(line: "speaker = \"Rut", candidates: ["Rutte"])
                == .replace(deleting: 3, insertion: "Rutte "))
        #expect(
            CompletionEdit.plan(line: "speaker = “Mü", candidates: ["“Müller”"])
                == .replace(deleting: 3, insertion: "“Müller” "))
    }

    @Test func aWordTheSessionDidNotSeeIsKept() {
        #expect(
            CompletionEdit.plan(line: "quotes where speaker=\"", candidates: ["contains"])
                == .replace(deleting: 0, insertion: "contains "))
    }

    @Test func columnsReadDownThenAcross() {
        let text = CompletionEdit.columns(["a", "bb", "c", "dd", "e"], width: 8)
        #expect(text == "a   dd\nbb  e\nc\n")
    }

    @Test func oneColumnWhenTheScreenIsNarrow() {
        #expect(CompletionEdit.columns(["quotes", "quotations"], width: 5) == "quotes\nquotations\n")
    }
}
