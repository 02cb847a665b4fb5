/// Chooses column widths so that a table fits a terminal width.
///
/// Text columns give way first, the widest first: every column that may shrink is capped at one
/// common width, the largest cap that still fits (water-filling). Then, step by step, the
/// headers of other columns are cut, text goes below a few characters, and last of all values
/// such as numbers are cut, which only a terminal too narrow for the columns asks for.
enum ColumnFitter {
    /// The narrowest a text column is made before other columns are cut.
    static let textFloor = 6

    /// Widths no larger than `natural` whose sum is at most `budget` when that is possible at one
    /// column per cell, otherwise every column one wide. `values` is the widest value of each
    /// column (without its header); `shrinkable` marks text columns.
    static func fit(natural: [Int], values: [Int], shrinkable: [Bool], budget: Int) -> [Int] {
        if natural.reduce(0, +) <= budget { return natural }
        func floors(text: Int, other: [Int]) -> [Int] {
            natural.indices.map { index in
                shrinkable[index] ? min(natural[index], text) : min(natural[index], other[index])
            }
        }
        let valueWidths = zip(values, natural).map { max(1, min($0, $1)) }
        let stages = [
            floors(text: textFloor, other: natural),
            floors(text: textFloor, other: valueWidths),
            floors(text: 1, other: valueWidths),
            floors(text: 1, other: natural.map { _ in 1 }),
        ]
        for stage in stages {
            if let widths = waterfill(natural: natural, floors: stage, budget: budget) { return widths }
        }
        return stages[stages.count - 1]
    }

    /// Caps every column at the largest common width that fits, never below its floor, then hands
    /// the columns left over one by one to the capped columns, left to right.
    private static func waterfill(natural: [Int], floors: [Int], budget: Int) -> [Int]? {
        func widths(cap: Int) -> [Int] {
            zip(natural, floors).map { width, floor in max(floor, min(width, cap)) }
        }
        guard floors.reduce(0, +) <= budget else { return nil }
        var low = 0
        var high = natural.max() ?? 0
        while low < high {
            let mid = (low + high + 1) / 2
            if widths(cap: mid).reduce(0, +) <= budget { low = mid } else { high = mid - 1 }
        }
        var result = widths(cap: low)
        var spare = budget - result.reduce(0, +)
        for index in result.indices where spare > 0 && result[index] < natural[index] {
            result[index] += 1
            spare -= 1
        }
        return result
    }
}
