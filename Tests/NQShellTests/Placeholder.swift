import Testing

@testable import NQShell
import NQSource

@Test func smoke() {
    let sink = BufferSink()
    let session = Session(output: sink, errors: sink)
    session.loadBundledArticle()
    session.run(SourceText(name: "<t>", text: """
    count sentences
    quotes
    quotes where speaker = "Rutte"
    count quotes by speaker
    sentences where text matches /cease-?fire/i
    quotes where speker = "Trump"
    paragraphs where section = 2 select paragraph, text
    let t = quotes where cue = "recalled"
    t select text
    describe quotes
    explain quote 1
    show sentence 3
    explain quotes where speaker = "Trump"
    .mode json
    sections
    .mode csv
    articles
    .mode bogus
    help where
    """), keepGoing: true)
    print(sink.text)
}
