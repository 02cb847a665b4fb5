/// Factors common leading scalars out of adjacent alternatives, as RE2 does:
/// `Merkel|Merz|Macron` becomes `M(?:er(?:kel|z)|acron)`, so that a list of names costs
/// per position about the depth of its trie rather than its length, and the prefilter sees
/// the shared prefix. Only adjacent alternatives are merged, which keeps leftmost-first
/// priorities unchanged.
enum RegexFactoring {
    /// How deep factoring nests; beyond it alternatives are left as they are.
    static let maxDepth = 64

    /// The node with alternations factored, everywhere in the tree.
    static func factor(_ node: RegexNode) -> RegexNode {
        switch node {
        case .empty, .literal, .set, .assertion:
            return node
        case .concat(let parts):
            return .concat(parts.map(factor))
        case .repetition(let body, let min, let max, let greedy):
            return .repetition(factor(body), min: min, max: max, greedy: greedy)
        case .alternation(let branches):
            return alternation(merge(branches.map(factor), depth: 0))
        }
    }

    private static func alternation(_ branches: [RegexNode]) -> RegexNode {
        branches.count == 1 ? branches[0] : .alternation(branches)
    }

    /// Merges runs of adjacent branches that begin with the same scalar or set.
    private static func merge(_ branches: [RegexNode], depth: Int) -> [RegexNode] {
        guard depth < maxDepth else { return branches }
        var result: [RegexNode] = []
        var index = 0
        while index < branches.count {
            guard let (head, _) = split(branches[index]) else {
                result.append(branches[index])
                index += 1
                continue
            }
            var rests: [RegexNode] = []
            var end = index
            while end < branches.count, let (nextHead, rest) = split(branches[end]), nextHead == head {
                rests.append(rest)
                end += 1
            }
            if rests.count == 1 {
                result.append(branches[index])
            } else {
                result.append(.concat([head, alternation(merge(rests, depth: depth + 1))]))
            }
            index = end
        }
        return result
    }

    /// A branch as its leading scalar or set and the rest, if it begins with one.
    private static func split(_ node: RegexNode) -> (head: RegexNode, rest: RegexNode)? {
        switch node {
        case .literal, .set:
            return (node, .empty)
        case .concat(let parts):
            guard let first = parts.first else { return nil }
            switch first {
            case .literal, .set:
                let rest = parts.dropFirst()
                return (first, rest.count == 1 ? rest.first! : rest.isEmpty ? .empty : .concat(Array(rest)))
            default:
                return nil
            }
        default:
            return nil
        }
    }
}
