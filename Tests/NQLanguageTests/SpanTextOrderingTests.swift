import NQArticle
import NQSource
import Testing

@testable import NQLanguage

/// Sorting by a text span (integer prefixes, radix sort, ties folded whole) gives exactly the
/// order of `SortKey`: nulls first, text lower-cased, then as written, then the rows' order.
@Suite struct SpanTextOrderingTests {
    /// Texts chosen to tie on their first eight folded bytes, to fold to other lengths (the
    /// Kelvin sign to one byte, İ to three), to be empty, and to repeat.
    static let pieces = [
        "apple", "Apple", "APPLE", "apple", "applesauce", "apple pie", "Apple pie", "",
        "abcdefgh", "abcdefghi", "ABCDEFGH", "abcdefg", "abcdefg\u{0}", "abcdefgh", "",
        "\u{212A}elvin", "kelvin", "Kelvin", "\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}\u{212A}x",
        "kkkkkkkkx", "\u{130}stanbul", "istanbul", "i\u{307}stanbul", "\u{1E9E}tra\u{DF}e", "\u{DF}trasse",
        "strasse", "\u{3A9}mega", "\u{3C9}mega", "\u{C9}clair", "\u{E9}clair", "\u{C9}cole", "Zebra", "zebra",
        "10 items", "9 items", "\u{201C}Quoted\u{201D} words", "\"Quoted\" words", "\u{1F600} smile",
        "\u{65E5}\u{672C}\u{8A9E}", "the president said", "The President said", "the president says",
        "the presidency", "same text", "Same text", "SAME TEXT", "same text", "Same Text", "a", "A", "b",
        "\u{C0} la carte", "a la carte", "\u{2018}Tis", "'tis", "Zz", "zZ", "\u{1F600}",
    ]

    /// A corpus of two articles whose items are spans of `pieces` (every fifth one null), each
    /// piece past ASCII also cut one byte short and started one byte late (broken UTF-8 must
    /// fold the same way everywhere), and a field and collection over them.
    static func fixture() -> (Corpus, CollectionDef, FieldDef) {
        let corpus = Corpus()
        var spans: [[SourceSpan?]] = []
        for half in 0..<2 {
            var text: [UInt8] = []
            var found: [SourceSpan?] = []
            for (index, piece) in pieces.enumerated() where index % 2 == half || index % 7 == 0 {
                let start = text.count
                text += Array(piece.utf8) + Array(" | ".utf8)
                let end = start + piece.utf8.count
                found.append(index % 5 == 4 ? nil : SourceSpan(start, end))
                if piece.utf8.contains(where: { $0 >= 0x80 }) {
                    found.append(SourceSpan(start, end - 1))
                    found.append(SourceSpan(start + 1, end))
                }
            }
            spans.append(found)
            corpus.add(Article(id: "p\(half)", source: "p\(half)", text: ArticleText(bytes: text)))
        }
        let table = spans
        let field = FieldDef(
            name: "probe", type: .text, summary: "a test span",
            get: { _, _ in .null },
            span: { _, row in table[Int(row.article)][Int(row.item)] })
        let collection = CollectionDef(
            name: "probes", summary: "test spans", itemCount: { table[$0.id == "p0" ? 0 : 1].count }, include: nil,
            rowSpan: nil, fields: [field], defaultColumns: ["probe"])
        return (corpus, collection, field)
    }

    /// The order `SortKey` defines, by whole keys compared pairwise.
    static func expected(_ rows: [RowRef], _ field: FieldDef, _ corpus: Corpus, descending: Bool) -> [Int] {
        let keys = rows.map { row -> SortKey in
            guard let span = field.span?(corpus, row) else { return .null }
            return SortKey.text(corpus.articles[Int(row.article)].text.bytes[span.lower..<span.upper])
        }
        return rows.indices.sorted { a, b in
            let order = SortKey.compare(keys[a], keys[b])
            if order != 0 { return descending ? order > 0 : order < 0 }
            return a < b
        }
    }

    @Test(arguments: [false, true])
    func everyCutOfTheOrderIsTheOrderOfSortKey(descending: Bool) throws {
        let (corpus, collection, field) = Self.fixture()
        let rows = collection.rows(in: corpus)
        #expect(rows.count > 80)
        let full = Self.expected(rows, field, corpus, descending: descending)
        let ordering = SpanTextOrdering(descending: descending, check: Cancellation())
        for top in [nil, 0, 1, 2, 3, 5, 9, rows.count / 2, rows.count - 1, rows.count, rows.count + 5] {
            let order = try ordering.order(rows, by: field, of: collection, in: corpus, top: top)
            #expect(order == Array(full.prefix(top ?? full.count)), "top \(top.map(String.init) ?? "none")")
        }
        #expect(corpus.hasSortPrefixColumn(field, of: collection))
    }

    @Test(arguments: [false, true])
    func aFewRowsSortTheSameWithAndWithoutTheKeptPrefixes(descending: Bool) throws {
        let (corpus, collection, field) = Self.fixture()
        let rows = collection.rows(in: corpus).enumerated().filter { $0.offset % 6 == 0 }.map(\.element)
        let expected = Self.expected(rows, field, corpus, descending: descending)
        let ordering = SpanTextOrdering(descending: descending, check: Cancellation())
        // A few rows of many: their prefixes are made for them alone.
        #expect(try ordering.order(rows, by: field, of: collection, in: corpus, top: nil) == expected)
        #expect(!corpus.hasSortPrefixColumn(field, of: collection))
        #expect(try ordering.order(rows, by: field, of: collection, in: corpus, top: 2) == Array(expected.prefix(2)))
        // Once every row was sorted, the kept prefixes serve the few rows too.
        _ = try ordering.order(collection.rows(in: corpus), by: field, of: collection, in: corpus, top: 1)
        #expect(corpus.hasSortPrefixColumn(field, of: collection))
        #expect(try ordering.order(rows, by: field, of: collection, in: corpus, top: nil) == expected)
    }

    @Test func thePrefixIsTheFirstEightFoldedBytes() {
        var texts = Self.pieces.map { Array($0.utf8) }
        texts += Self.pieces.map { Array($0.utf8).dropLast() } + Self.pieces.map { Array($0.utf8.dropFirst()) }
        for text in texts {
            var folded: [UInt8] = []
            SortKey.appendFolded(text[...], to: &folded)
            let expected = (0..<8).reduce(UInt64(0)) { $0 << 8 | UInt64($1 < folded.count ? folded[$1] : 0) }
            let prefix = text.withUnsafeBufferPointer { SortKey.prefix($0, from: 0, to: $0.count) }
            #expect(prefix == expected, "\(text)")
        }
    }

    @Test func addedArticlesAndChangedArticlesDropTheKeptPrefixes() throws {
        let corpus = Corpus()
        func add(_ id: String, _ text: String) {
            corpus.add(ArticleAnalyzer().analyze(id: id, source: id, text: ArticleText(text)))
        }
        add("a", "One\n\nZebra runs. Apple falls. Mango ripens.")
        let collection = try #require(Schema.collection(named: "sentences"))
        let field = try #require(collection.field(named: "text"))
        let ordering = SpanTextOrdering(descending: false, check: Cancellation())
        func texts() throws -> [String] {
            let rows = collection.rows(in: corpus)
            return try ordering.order(rows, by: field, of: collection, in: corpus, top: nil).map {
                field.get(corpus, rows[$0]).displayText
            }
        }
        #expect(try texts() == ["Apple falls.", "Mango ripens.", "Zebra runs."])
        add("b", "Two\n\nBanana splits. APPLE pie.")
        #expect(try texts() == ["Apple falls.", "APPLE pie.", "Banana splits.", "Mango ripens.", "Zebra runs."])
        corpus.updateAll { _ in }
        #expect(!corpus.hasSortPrefixColumn(field, of: collection))
    }

    @Test func aRaisedFlagStopsTheSort() {
        let (corpus, collection, field) = Self.fixture()
        let ordering = SpanTextOrdering(descending: false, check: Cancellation { true })
        #expect(throws: Diagnostic.self) {
            try ordering.order(collection.rows(in: corpus), by: field, of: collection, in: corpus, top: nil)
        }
    }

    @Test func radixSortIsStableAndSmallestCountsRepeats() throws {
        var keys: [UInt64] = [5, 1, UInt64.max, 5, 0, 1 << 40, 1, 5, 1 << 63]
        var values = (0..<UInt32(keys.count)).map { $0 }
        let original = Array(zip(keys, values))
        try RadixSort.sort(&keys, &values, check: Cancellation())
        let expected = original.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
        #expect(keys == expected.map(\.element.0))
        #expect(values == expected.map(\.element.1))
        let sample: [UInt64] = [9, 3, 3, 7, 1, 3, 8]
        #expect((1...7).map { RadixSort.smallest($0, of: sample) } == [1, 3, 3, 3, 7, 8, 9])
    }
}
