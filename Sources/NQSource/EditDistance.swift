/// Suggestions for misspelt names, by edit distance.
public enum Suggestion {
    /// The largest edit distance at which a name is still suggested, relative to its length.
    public static func threshold(for word: String) -> Int { max(1, min(3, word.count / 3 + 1)) }

    /// The candidate closest to `word`, if it is close enough to be a likely misspelling.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance <= threshold(for: word), best == nil || distance < best!.1 {
                best = (candidate, distance)
            }
        }
        if best == nil {
            best = candidates.first { $0.lowercased().hasPrefix(lowered) && lowered.count >= 2 }
                .map { ($0, 0) }
        }
        return best?.0
    }

    /// The Levenshtein distance between two strings, counted in characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
