import NQArticle
import Testing

@testable import NQLanguage

/// Packed row lists read back the rows appended, in order, whatever their values.
@Suite struct PackedRowsTests {
    private func packed(_ rows: [RowRef]) -> PackedRows {
        var list = PackedRows()
        for row in rows { list.append(row) }
        return list
    }

    @Test func anEmptyListHasNoRows() {
        let list = PackedRows()
        #expect(list.isEmpty && list.rows.isEmpty && list.byteCount == 0)
    }

    @Test func rowsInCorpusOrderReadBackAndTakeTwoBytesEach() {
        let rows = [(0, 0), (0, 3), (0, 4), (2, 1), (2, 9), (5, 0), (6, 40)].map { RowRef(article: $0.0, item: $0.1) }
        let list = packed(rows)
        #expect(list.rows == rows)
        #expect(list.byteCount == 2 * rows.count, "small steps take a byte each")
    }

    @Test func aLoneRowTakesNoBytesAndIsWrittenOutWhenASecondComes() {
        let first = RowRef(article: 3, item: 7)
        let lone = packed([first])
        #expect(!lone.isEmpty && lone.rows == [first] && lone.byteCount == 0)
        let second = RowRef(article: 3, item: 9)
        let pair = packed([first, second])
        #expect(pair.rows == [first, second] && pair.byteCount == 4)
    }

    @Test func aLoneRowAtTheLowestValuesReadsBack() {
        var lowest = RowRef(article: 0, item: 0)
        lowest.article = .min
        lowest.item = .min
        let lone = packed([lowest])
        #expect(!lone.isEmpty && lone.rows == [lowest])
        #expect(packed([lowest, lowest]).rows == [lowest, lowest])
    }

    @Test func rowsInAnyOrderAndAtTheLimitsReadBack() {
        let extremes: [Int32] = [0, 1, 63, 64, 127, 128, 16_383, 16_384, .max, .min, -1]
        var rows: [RowRef] = []
        for article in extremes {
            for item in extremes {
                var row = RowRef(article: 0, item: 0)
                row.article = article
                row.item = item
                rows.append(row)
            }
        }
        rows += rows.reversed()
        #expect(packed(rows).rows == rows)
    }

    @Test func forEachVisitsTheRowsInOrder() {
        let rows = (0..<1_000).map { RowRef(article: $0 / 7, item: ($0 * 37) % 101) }
        var seen: [RowRef] = []
        packed(rows).forEach { seen.append($0) }
        #expect(seen == rows)
    }

    @Test func aCorpusFindsEntitiesAndMentionsByEveryName() {
        let corpus = Corpus()
        let first = Article(id: "one", source: "one.txt", text: ArticleText("Mark Rutte spoke. Rutte left."))
        first.entities = [Entity(name: "Mark Rutte", type: .person, aliases: ["NATO Chief"], mentionCount: 2)]
        first.mentions = [
            Mention(entity: 0, span: .init(0, 10)), Mention(entity: 0, span: .init(18, 23)),
        ]
        let second = Article(id: "two", source: "two.txt", text: ArticleText("Anna Rutte and Mark Smith."))
        second.entities = [
            Entity(name: "Anna Rutte", type: .person, mentionCount: 1),
            Entity(name: "Mark Smith", type: .person, mentionCount: 1),
        ]
        second.mentions = [
            Mention(entity: 0, span: .init(0, 10)), Mention(entity: 1, span: .init(15, 25)),
        ]
        corpus.add(first)
        corpus.add(second)
        #expect(corpus.entityRows(named: "rutte") == [RowRef(article: 0, item: 0), RowRef(article: 1, item: 0)])
        #expect(corpus.entityRows(named: "mark") == [RowRef(article: 0, item: 0), RowRef(article: 1, item: 1)])
        #expect(corpus.entityRows(named: "nato chief") == [RowRef(article: 0, item: 0)])
        #expect(corpus.entityRows(named: "smith") == [RowRef(article: 1, item: 1)])
        #expect(corpus.entityRows(named: "nobody").isEmpty)
        #expect(
            corpus.mentionRows(named: "rutte") == [
                RowRef(article: 0, item: 0), RowRef(article: 0, item: 1), RowRef(article: 1, item: 0),
            ])
        corpus.removeArticles { $0.id == "one" }
        #expect(corpus.entityRows(named: "rutte") == [RowRef(article: 0, item: 0)])
        #expect(corpus.entityRows(named: "nato chief").isEmpty)
    }
}
