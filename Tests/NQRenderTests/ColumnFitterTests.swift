import Testing

@testable import NQRender

@Suite struct ColumnFitterTests {
    @Test func naturalWidthsWhenTheyFit() {
        #expect(
            fit(natural: [5, 10, 3], values: [5, 10, 3], shrinkable: [true, true, false], budget: 18) == [
                5, 10, 3,
            ])
    }

    @Test func theWidestTextColumnGivesWayFirst() {
        #expect(
            fit(natural: [5, 40, 3], values: [5, 40, 3], shrinkable: [true, true, false], budget: 20) == [
                5, 12, 3,
            ])
        #expect(
            fit(natural: [30, 40, 3], values: [30, 40, 3], shrinkable: [true, true, false], budget: 20)
                == [9, 8, 3])
    }

    @Test func headersOfOtherColumnsAreCutBeforeTheirValues() {
        // "paragraph" over values of at most three digits: the header gives way, then the text.
        #expect(
            fit(natural: [30, 9], values: [30, 3], shrinkable: [true, false], budget: 12) == [6, 6])
        #expect(
            fit(natural: [30, 9], values: [30, 3], shrinkable: [true, false], budget: 8) == [4, 4])
    }

    @Test func valuesAreCutOnlyWhenNothingElseIsLeft() {
        #expect(
            fit(natural: [30, 12], values: [30, 12], shrinkable: [true, false], budget: 12) == [6, 6])
        #expect(
            fit(natural: [30, 12, 8], values: [30, 12, 8], shrinkable: [true, false, false], budget: 2)
                == [1, 1, 1])
    }

    private func fit(natural: [Int], values: [Int], shrinkable: [Bool], budget: Int) -> [Int] {
        ColumnFitter.fit(natural: natural, values: values, shrinkable: shrinkable, budget: budget)
    }
}
