import NQSource
import Testing

@testable import NQArticle

/// The entity resolver's name table finds a name as a dictionary of strings would.
@Suite struct NameHashTableTests {
    @Test func namesReadBackThroughGrowth() {
        var table = NameHashTable<Int>()
        let names = (0..<1_000).map { "Name \($0)" }
        for (index, name) in names.enumerated() { table.insertIfAbsent(name, index) }
        for (index, name) in names.enumerated() { #expect(table[name] == index) }
        #expect(table["Name 1000"] == nil)
        #expect(table["name 1"] == nil, "names are told apart by case")
    }

    @Test func firstValueStaysAndListsGrowInPlace() {
        var first = NameHashTable<Int>()
        first.insertIfAbsent("Post", 1)
        first.insertIfAbsent("Post", 2)
        #expect(first["Post"] == 1)
        var lists = NameHashTable<[Int]>()
        lists.update("Clinton", initial: []) { $0.append(3) }
        lists.update("Clinton", initial: []) { $0.append(7) }
        #expect(lists["Clinton"] == [3, 7])
        #expect(lists[hash: NameHashTable<Int>.hash("Clinton")] == [3, 7])
    }

    @Test func canonicallyEqualNamesShareAHash() {
        let composed = "Jos\u{E9}"
        let decomposed = "Jose\u{301}"
        #expect(composed == decomposed)
        #expect(NameHashTable<Int>.hash(composed) == NameHashTable<Int>.hash(decomposed))
        // A composed name takes the short way, its decomposed spelling the long one.
        #expect(NameHashTable<Int>.hash("M\u{FC}ller") == NameHashTable<Int>.hash("Mu\u{308}ller"))
        #expect(NameHashTable<Int>.hash("O\u{2019}Brien") != NameHashTable<Int>.hash("O'Brien"))
        // The Kelvin sign is canonically an ASCII K.
        #expect(NameHashTable<Int>.hash("\u{212A}ate") == NameHashTable<Int>.hash("Kate"))
        var table = NameHashTable<Int>()
        table.insertIfAbsent(decomposed, 4)
        #expect(table[composed] == 4)
    }

    /// A span's bytes hash as its text does when they are ASCII, whatever their length; other
    /// bytes give none, for their string to be hashed instead.
    @Test func asciiBytesHashAsTheirText() {
        let text = "a Mark Rutte, NATO Secretary-General Jens Stoltenberg and Jos\u{E9} Ant\u{F3}nio"
        let bytes = Array(text.utf8)
        for lower in 0..<bytes.count {
            for upper in lower..<min(bytes.count, lower + 40) {
                let span = SourceSpan(lower, upper)
                let part = Array(bytes[lower..<upper])
                let hash = NameHashTable<Int>.hash(asciiIn: bytes, span)
                if part.allSatisfy({ $0 < 0x80 }) {
                    #expect(hash == NameHashTable<Int>.hash(String(decoding: part, as: UTF8.self)))
                } else {
                    #expect(hash == nil)
                }
            }
        }
    }
}
