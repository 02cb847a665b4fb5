/// The outcome of a bounded backtracking search.
enum BacktrackOutcome: Equatable {
    /// The leftmost-first match.
    case match(Range<Int>)
    /// No match in the text.
    case noMatch
    /// The job stack would overflow; run the Pike VM instead.
    case gaveUp
}

/// A backtracking search made linear by a visited bitmap over (instruction, position) pairs,
/// as in RE2 and Go's regexp: a state explored once without a match is never explored again,
/// so time is O(program × text). It follows one thread at a time, which for short texts
/// (sentences) is several times faster than the Pike VM, and it is used only when the bitmap
/// is small (`maxVisitedBits`).
///
/// Depth-first order, preferred branch first, gives leftmost-first results identical to the
/// Pike VM's; a state failed from an earlier start fails again, so the bitmap is kept across
/// start positions.
struct BoundedBacktracker {
    /// The largest visited bitmap, in bits (program size × (text length + 1)).
    static let maxVisitedBits = 64 * 1024
    /// The most pending alternatives; beyond that the search gives up.
    static let maxJobs = 1024

    let program: RegexProgram

    /// Whether a text of this length is small enough for the visited bitmap.
    func fits(textLength: Int) -> Bool {
        program.instructions.count * (textLength + 1) <= BoundedBacktracker.maxVisitedBits
    }

    /// The first match in `base[start..<end]`, trying starts from `candidate` on.
    func search(_ base: UnsafePointer<UInt8>, start: Int, end: Int, from candidate: Int)
        -> BacktrackOutcome
    {
        let width = end - start + 1
        let words = (program.instructions.count * width + 63) / 64
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { visited in
            visited.initialize(repeating: 0)
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * BoundedBacktracker.maxJobs) {
                jobs in
                program.instructions.withUnsafeBufferPointer { code in
                    let state = State(
                        code: code, visited: visited.baseAddress!, jobs: jobs.baseAddress!,
                        base: base, start: start, end: end, width: width)
                    var position = candidate
                    while true {
                        let result = attempt(state, at: position)
                        if result == -2 { return .gaveUp }
                        if result >= 0 { return .match(position..<result) }
                        if program.anchoredAtStart || position >= end { return .noMatch }
                        let step = UTF8Decoding.decode(base, at: position, end: end).length
                        guard
                            let next = program.prefilter.nextCandidate(
                                in: base, from: position + step, to: end)
                        else { return .noMatch }
                        position = next
                    }
                }
            }
        }
    }

    /// The memory and text of one search.
    private struct State {
        let code: UnsafeBufferPointer<RegexInstruction>
        let visited: UnsafeMutablePointer<UInt64>
        let jobs: UnsafeMutablePointer<Int>
        let base: UnsafePointer<UInt8>
        let start: Int
        let end: Int
        let width: Int
    }

    /// Explores from `position`; returns the end of the match, -1 if none, -2 on stack overflow.
    private func attempt(_ state: State, at position: Int) -> Int {
        let (code, visited, jobs, base) = (state.code, state.visited, state.jobs, state.base)
        let (start, end, width) = (state.start, state.end, state.width)
        jobs[0] = 0
        jobs[1] = position
        var count = 1
        while count > 0 {
            count -= 1
            var pc = jobs[2 * count]
            var offset = jobs[2 * count + 1]
            thread: while true {
                let bit = pc * width + (offset - start)
                let mask = UInt64(1) << UInt64(bit & 63)
                if visited[bit >> 6] & mask != 0 { break thread }
                visited[bit >> 6] |= mask
                switch code[pc] {
                case .scalar(let value):
                    guard offset < end else { break thread }
                    let decoded = UTF8Decoding.decode(base, at: offset, end: end)
                    guard decoded.value == value else { break thread }
                    offset += decoded.length
                    pc += 1
                case .set(let low, let high, let index):
                    guard offset < end else { break thread }
                    let decoded = UTF8Decoding.decode(base, at: offset, end: end)
                    guard program.setContains(low, high, index, Int(decoded.value)) else { break thread }
                    offset += decoded.length
                    pc += 1
                case .jump(let target):
                    pc = target
                case .split(let preferred, let other):
                    guard count < BoundedBacktracker.maxJobs else { return -2 }
                    jobs[2 * count] = other
                    jobs[2 * count + 1] = offset
                    count += 1
                    pc = preferred
                case .assert(let kind):
                    let previous =
                        offset > start ? Int(UTF8Decoding.decode(base, before: offset, start: start)) : -1
                    let next = offset < end ? Int(UTF8Decoding.decode(base, at: offset, end: end).value) : -1
                    guard kind.holds(at: offset, previous: previous, next: next, start: start, end: end)
                    else { break thread }
                    pc += 1
                case .match:
                    return offset
                }
            }
        }
        return -1
    }
}

extension RegexProgram {
    /// Whether a `.set(low, high, index)` instruction accepts the scalar value.
    @inline(__always)
    func setContains(_ low: UInt64, _ high: UInt64, _ index: Int, _ value: Int) -> Bool {
        if value < 64 { return (low >> UInt64(value)) & 1 != 0 }
        if value < 128 { return (high >> UInt64(value - 64)) & 1 != 0 }
        return index >= 0 && sets[index].contains(UInt32(value))
    }
}
