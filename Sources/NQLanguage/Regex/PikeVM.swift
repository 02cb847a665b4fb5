/// A list of threads (program counters with the start of their match) as a sparse set:
/// insertion order is priority order, membership is O(1), clearing is O(1).
private struct ThreadList {
    let dense: UnsafeMutablePointer<Int>
    let sparse: UnsafeMutablePointer<Int>
    let starts: UnsafeMutablePointer<Int>
    var count = 0

    @inline(__always)
    func contains(_ pc: Int) -> Bool {
        let slot = sparse[pc]
        return slot < count && dense[slot] == pc
    }

    @inline(__always)
    mutating func insert(_ pc: Int, start: Int) {
        sparse[pc] = count
        dense[count] = pc
        starts[pc] = start
        count += 1
    }
}

/// What assertions look at: the position and the scalars on either side (-1: none).
private struct Context {
    var position: Int
    var previous: Int
    var next: Int
}

/// A Pike VM: simulates all threads of the program in lock step over the text, one scalar
/// at a time, so time is O(program × text) and memory O(program), whatever the pattern.
///
/// Threads are kept in priority order and a match cuts off the threads below it, which gives
/// leftmost-first (Perl/RE2) semantics. Unanchored search adds a new thread at each candidate
/// position (the `.*?` loop) until a match is found; while no thread is alive, the search
/// skips ahead with the prefilter.
struct PikeVM {
    let program: RegexProgram

    /// The first match in `base[start..<end]`, as a byte range, trying starts from
    /// `candidate` (the first position the prefilter allows) on.
    func search(
        _ base: UnsafePointer<UInt8>, start: Int, end: Int, from candidate: Int
    ) -> Range<Int>? {
        var position = candidate
        let size = program.instructions.count
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 8 * size + 2) { memory in
            let pointer = memory.baseAddress!
            // Only the sparse arrays are read before being written; zero them.
            pointer.initialize(repeating: 0, count: 2 * size)
            var current = ThreadList(
                dense: pointer + 2 * size, sparse: pointer, starts: pointer + 4 * size)
            var next = ThreadList(
                dense: pointer + 3 * size, sparse: pointer + size, starts: pointer + 5 * size)
            let stack = pointer + 6 * size
            return program.instructions.withUnsafeBufferPointer { code in
                run(code, stack, &current, &next, base, start, end, &position)
            }
        }
    }

    private func run(
        _ code: UnsafeBufferPointer<RegexInstruction>, _ stack: UnsafeMutablePointer<Int>,
        _ current: inout ThreadList, _ next: inout ThreadList,
        _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ position: inout Int
    ) -> Range<Int>? {
        let filtered = program.prefilter.firstBytes != nil
        let firstBytes = program.prefilter.firstBytes ?? ByteSet()
        let anchored = program.anchoredAtStart
        var matchStart = -1
        var matchEnd = -1
        var previous =
            position > start ? Int(UTF8Decoding.decode(base, before: position, start: start)) : -1
        var scalar = -1
        var length = 0
        if position < end { (scalar, length) = decodeAt(base, position, end) }
        while true {
            if matchEnd < 0 && (!anchored || position == start)
                && (!filtered || (position < end && firstBytes.contains(base[position])))
            {
                let context = Context(position: position, previous: previous, next: scalar)
                addThread(code, stack, &current, 0, start: position, context, start, end)
            }
            if current.count == 0 {
                if matchEnd >= 0 || anchored || position >= end { break }
                guard
                    let candidate = program.prefilter.nextCandidate(
                        in: base, from: position + length, to: end)
                else { break }
                position = candidate
                previous = Int(UTF8Decoding.decode(base, before: position, start: start))
                (scalar, length) = decodeAt(base, position, end)
                continue
            }
            let nextPosition = position + length
            var following = -1
            var followingLength = 0
            if nextPosition < end { (following, followingLength) = decodeAt(base, nextPosition, end) }
            let context = Context(position: nextPosition, previous: scalar, next: following)
            next.count = 0
            var index = 0
            threads: while index < current.count {
                let pc = current.dense[index]
                index += 1
                switch code[pc] {
                case .match:
                    matchStart = current.starts[pc]
                    matchEnd = position
                    break threads
                case .scalar(let value):
                    if scalar == Int(value) {
                        addThread(code, stack, &next, pc + 1, start: current.starts[pc], context, start, end)
                    }
                case .set(let low, let high, let setIndex):
                    guard scalar >= 0 else { continue }
                    let member = program.setContains(low, high, setIndex, scalar)
                    if member {
                        addThread(code, stack, &next, pc + 1, start: current.starts[pc], context, start, end)
                    }
                default:
                    continue
                }
            }
            if position >= end { break }
            swap(&current, &next)
            previous = scalar
            position = nextPosition
            scalar = following
            length = followingLength
        }
        return matchEnd >= 0 ? matchStart..<matchEnd : nil
    }

    @inline(__always)
    private func decodeAt(_ base: UnsafePointer<UInt8>, _ index: Int, _ end: Int) -> (Int, Int) {
        let decoded = UTF8Decoding.decode(base, at: index, end: end)
        return (Int(decoded.value), decoded.length)
    }

    /// Adds the thread at `pc` and everything reachable from it without consuming input
    /// (jumps, splits in priority order, assertions that hold here), depth first.
    @inline(__always)
    private func addThread(
        _ code: UnsafeBufferPointer<RegexInstruction>, _ stack: UnsafeMutablePointer<Int>,
        _ list: inout ThreadList, _ pc: Int, start matchStart: Int, _ context: Context,
        _ start: Int, _ end: Int
    ) {
        stack[0] = pc
        var top = 1
        while top > 0 {
            top -= 1
            let pc = stack[top]
            if list.contains(pc) { continue }
            list.insert(pc, start: matchStart)
            switch code[pc] {
            case .jump(let target):
                stack[top] = target
                top += 1
            case .split(let preferred, let other):
                stack[top] = other
                stack[top + 1] = preferred
                top += 2
            case .assert(let kind):
                if kind.holds(
                    at: context.position, previous: context.previous, next: context.next, start: start,
                    end: end)
                {
                    stack[top] = pc + 1
                    top += 1
                }
            default:
                break
            }
        }
    }

}
