extension RegexProgram {
    /// The first match in `base[start..<end]`: the prefilter finds the first candidate, an
    /// exact literal is done there; otherwise the bounded backtracker runs if its visited
    /// bitmap is small enough, else (or if its job stack overflows) the Pike VM.
    /// Both engines are O(program × text) and give the same leftmost-first result.
    func firstMatch(_ base: UnsafePointer<UInt8>, start: Int, end: Int) -> Range<Int>? {
        guard let candidate = prefilter.nextCandidate(in: base, from: start, to: end) else {
            return nil
        }
        if anchoredAtStart && candidate != start { return nil }
        if prefilter.exact { return candidate..<(candidate + prefilter.prefix.count) }
        let backtracker = BoundedBacktracker(program: self)
        if backtracker.fits(textLength: end - start) {
            switch backtracker.search(base, start: start, end: end, from: candidate) {
            case .match(let range): return range
            case .noMatch: return nil
            case .gaveUp: break
            }
        }
        return PikeVM(program: self).search(base, start: start, end: end, from: candidate)
    }
}

extension RegexAssertion {
    /// Whether the assertion holds at `position` of the text `start..<end`, between the
    /// scalars `previous` and `next` (-1: none).
    @inline(__always)
    func holds(at position: Int, previous: Int, next: Int, start: Int, end: Int) -> Bool {
        switch self {
        case .textStart: return position == start
        case .textEnd: return position == end
        case .lineStart: return previous < 0 || previous == 0x0A
        case .lineEnd: return next < 0 || next == 0x0A
        case .wordBoundary, .notWordBoundary:
            let before = previous >= 0 && ScalarPredicate.isWord(UInt32(previous))
            let after = next >= 0 && ScalarPredicate.isWord(UInt32(next))
            return (before != after) == (self == .wordBoundary)
        }
    }
}
