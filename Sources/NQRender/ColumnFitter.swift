/// Chooses column widths so that a table fits a terminal width.
///
/// Text columns give way first, the widest first: every shrinkable column is capped at one
/// common width, the largest cap that still fits (water-filling). Only when text columns are down
/// to a few characters do the other columns give way too.
enum ColumnFitter {
  /// The narrowest a text column is made before other columns are cut.
  static let textFloor = 6

  /// Widths no larger than `natural` whose sum is at most `budget`, when that is possible at
  /// one column per cell; otherwise every column one wide.
  static func fit(natural: [Int], shrinkable: [Bool], budget: Int) -> [Int] {
    if natural.reduce(0, +) <= budget { return natural }
    let textFloors = zip(natural, shrinkable).map { width, canShrink in
      canShrink ? min(width, textFloor) : width
    }
    if let widths = waterfill(natural: natural, floors: textFloors, budget: budget) {
      return widths
    }
    let oneFloors = natural.map { min($0, 1) }
    return waterfill(natural: natural, floors: oneFloors, budget: budget) ?? oneFloors
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
