import NQSource
import Testing

@testable import NQArticle

/// Views of an article's name words count from 0, slices included, as arrays of their own did.
@Suite struct NameUnitsTests {
    /// Five words, the word at token `n` spanning bytes `10 n ..< 10 n + 5`.
    static let words = (0..<5).map {
        NameUnit(
            span: SourceSpan($0 * 10, $0 * 10 + 5), token: $0, possessive: false, allCaps: false, flags: [],
            foldedHash: 0)
    }

    @Test func aViewReadsItsRangeFromZero() {
        let units = NameUnits(Self.words, 1..<4)
        #expect(units.count == 3)
        #expect(units.map(\.token) == [1, 2, 3])
        #expect(units[0].token == 1)
        #expect(units.last?.token == 3)
    }

    @Test func slicesCountFromZeroToo() {
        let units = NameUnits(Self.words, 1..<5)
        let tail = units[1...]
        #expect(tail.map(\.token) == [2, 3, 4])
        #expect(tail[0].token == 2)
        #expect(units[..<2].map(\.token) == [1, 2])
        #expect(units.dropFirst().dropLast().map(\.token) == [2, 3])
    }

    @Test func removingWordsNarrowsTheView() {
        var units = NameUnits(Self.words)
        units.removeFirst(2)
        units.removeLast()
        #expect(units.map(\.token) == [2, 3])
        #expect(units[1].token == 3)
    }

    @Test func twoViewsJoinInOrder() {
        let first = NameUnits(Self.words, 0..<2)
        let second = NameUnits(Self.words, 3..<5)
        #expect(first.followed(by: second).map(\.token) == [0, 1, 3, 4])
    }
}
