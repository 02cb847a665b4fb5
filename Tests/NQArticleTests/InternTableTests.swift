import Dispatch
import NQSource
import Testing

@testable import NQArticle

/// Strings kept once for the process read back as they were given, from any thread.
@Suite struct InternTableTests {
    @Test func equalValuesShareOneNumberAndReadBack() {
        let table = InternTable<String>()
        let words = (0..<50_000).map { "name \($0 % 20_000) \(String(repeating: "x", count: $0 % 40))" }
        let numbers = words.map(table.number(of:))
        for (word, number) in zip(words, numbers) { #expect(table[number] == word) }
        #expect(Set(numbers).count == Set(words).count)
        #expect(table.number(of: words[0]) == numbers[0], "a value asked again keeps its number")
    }

    /// The model's strings are filed by `NameHashTable`'s hash: strings equal as strings (one
    /// with a composed accent, one with a combining mark) still get one number.
    @Test func canonicallyEquivalentStringsShareOneNumber() {
        let composed = Interned.number(of: "Ad\u{E8}le Exarchopoulos")
        #expect(Interned.number(of: "Ade\u{300}le Exarchopoulos") == composed)
        #expect(Interned.number(of: "Adele Exarchopoulos") != composed)
    }

    /// A string interned with the hash its caller made gets the number it gets without.
    @Test func aReadyHashGivesTheSameNumber() {
        let table = InternTable<String>(hash: { Int(truncatingIfNeeded: NameHashTable<Int>.hash($0)) })
        let words = ["Mark Rutte", "Ad\u{E8}le", "NATO", "a name longer than fifteen bytes"]
        let ready = words.map { table.number(of: $0, hash: Int(truncatingIfNeeded: NameHashTable<Int>.hash($0))) }
        #expect(words.map(table.number(of:)) == ready)
        #expect(
            table.number(of: "Ade\u{300}le", hash: Int(truncatingIfNeeded: NameHashTable<Int>.hash("Ade\u{300}le")))
                == ready[1])
        for word in words + ["", "Jens Stoltenberg"] {
            #expect(Interned.number(of: word, hash: NameHashTable<Int>.hash(word)) == Interned.number(of: word))
        }
    }

    /// Each thread's numbers, written under a serial queue.
    final class Results: @unchecked Sendable {
        private var rows = [[UInt32]](repeating: [], count: 8)
        private let queue = DispatchQueue(label: "results")
        func set(_ thread: Int, _ row: [UInt32]) { queue.sync { rows[thread] = row } }
        func row(_ thread: Int) -> [UInt32] { queue.sync { rows[thread] } }
    }

    @Test func threadsAskingAtOnceGetOneNumberAValue() {
        let table = InternTable<String>()
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            results.set(thread, (0..<5_000).map { table.number(of: "w\($0)") })
        }
        for thread in 1..<8 { #expect(results.row(thread) == results.row(0)) }
        #expect(table.count == 5_000)
        #expect(results.row(0).enumerated().allSatisfy { table[$0.element] == "w\($0.offset)" })
    }

    @Test func optionalFieldsKeepNilApartFromTheEmptyString() {
        #expect(MemoryLayout<DateMention>.stride == 20)
        for text: String? in [
            nil, "", "Mark Rutte", "a name longer than fifteen bytes", "Ministre d\u{E9}l\u{E9}gu\u{E9}e",
        ] {
            var quote = Quotation(span: SourceSpan(0, 1), paragraph: 1, sentence: 1, speaker: text)
            #expect(quote.speaker == text)
            quote.speaker = "the president"
            #expect(quote.speaker == "the president")
            quote.speaker = text
            #expect(quote.speaker == text)
            let date = DateMention(span: SourceSpan(0, 1), normalized: text, kind: .explicit, sentence: 2)
            #expect(date.normalized == text && date.kind == .explicit && date.sentence == 2)
            let figure = Figure(span: SourceSpan(0, 1), value: 3, unit: text, kind: .count, sentence: 4)
            #expect(figure.unit == text && figure.value == 3 && figure.sentence == 4)
        }
    }
}
