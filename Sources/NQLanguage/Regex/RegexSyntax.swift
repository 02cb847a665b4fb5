/// A zero-width assertion of a regular expression.
enum RegexAssertion: Sendable, Equatable {
    /// `\A`, or `^` without the m flag: the start of the searched text.
    case textStart
    /// `\z`, or `$` without the m flag: the end of the searched text.
    case textEnd
    /// `^` with the m flag: the start of the text or just after a `\n`.
    case lineStart
    /// `$` with the m flag: the end of the text or just before a `\n`.
    case lineEnd
    /// `\b`: between a word scalar and a non-word scalar (or a text edge).
    case wordBoundary
    /// `\B`: not at a word boundary.
    case notWordBoundary
}

/// The syntax tree of a parsed regular expression, with the flags already applied:
/// case-insensitive literals became sets, `.` and anchors reflect the s and m flags.
///
/// Groups are not kept: the engine reports whole-match ranges only.
indirect enum RegexNode: Sendable, Equatable {
    /// Matches the empty string.
    case empty
    /// One Unicode scalar, by value.
    case literal(UInt32)
    /// One Unicode scalar from a set (classes, `.`, `\d`, case-folded literals).
    case set(ScalarSet)
    /// A zero-width assertion.
    case assertion(RegexAssertion)
    /// The parts one after another.
    case concat([RegexNode])
    /// The first alternative that leads to a match (leftmost-first).
    case alternation([RegexNode])
    /// `min` to `max` (nil: unbounded) repetitions, greedy or lazy.
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)

    /// Whether the node can match the empty string.
    var isNullable: Bool {
        switch self {
        case .empty, .assertion: return true
        case .literal, .set: return false
        case .concat(let parts): return parts.allSatisfy(\.isNullable)
        case .alternation(let branches): return branches.contains(where: \.isNullable)
        case .repetition(let node, let min, _, _): return min == 0 || node.isNullable
        }
    }

    /// Whether every match must begin at the start of the text (`\A`, or `^` without m).
    var isAnchoredAtStart: Bool {
        switch self {
        case .assertion(let kind): return kind == .textStart
        case .concat(let parts): return parts.first?.isAnchoredAtStart ?? false
        case .alternation(let branches):
            return !branches.isEmpty && branches.allSatisfy(\.isAnchoredAtStart)
        case .repetition(let node, let min, _, _): return min > 0 && node.isAnchoredAtStart
        case .empty, .literal, .set: return false
        }
    }
}

/// The flags of a regular expression.
struct RegexFlags: Sendable, Equatable {
    /// `i`: case-insensitive (ASCII and simple Unicode case folding).
    var caseInsensitive = false
    /// `m`: `^` and `$` also match at line breaks.
    var multiline = false
    /// `s`: `.` also matches `\n`.
    var dotAll = false

    /// Parses a flag string such as `"im"`; offsets count from `base`.
    init(_ text: String, base: Int) throws(RegexError) {
        for (index, flag) in text.enumerated() {
            switch flag {
            case "i": caseInsensitive = true
            case "m": multiline = true
            case "s": dotAll = true
            default: throw .unknownFlag(flag, at: base + index)
            }
        }
    }
}
