/// What a search can use to skip positions where no match can start.
///
/// `firstBytes` are the bytes a match can begin with (nil: any position, e.g. for a pattern
/// that matches the empty string). `prefix` is a literal every match begins with, one or two
/// byte choices per byte (two for ASCII letters under the i flag); it is `exact` when the
/// whole pattern is that literal, so that finding the prefix is finding the match.
///
/// With a prefix, the scan looks for its rarest byte (by typical text frequency) with
/// `memchr` or an eight-bytes-at-a-time test, then checks the whole prefix around it.
struct RegexPrefilter: Sendable {
    /// One byte of a literal prefix: either of two values.
    struct PrefixByte: Sendable, Equatable {
        var first: UInt8
        var second: UInt8
    }

    /// The bytes a match can begin with; nil if a match can begin anywhere.
    var firstBytes: ByteSet?
    /// A literal that every match begins with.
    var prefix: [PrefixByte] = []
    /// Whether the pattern is exactly `prefix` (each byte alternative independent).
    var exact = false
    /// The index in `prefix` of the byte to scan for.
    private var scanIndex = 0
    /// The byte choices to scan for (equal when there is one), if one or two bytes suffice.
    private var scanBytes: PrefixByte?

    /// No prefilter: every position is a candidate.
    init() {}

    /// Analyzes a syntax tree.
    init(_ node: RegexNode) {
        var exact = true
        let complete = RegexPrefilter.collectPrefix(node, into: &prefix, exact: &exact)
        self.exact = complete && exact && !prefix.isEmpty
        if !prefix.isEmpty {
            var set = ByteSet()
            set.insert(prefix[0].first)
            set.insert(prefix[0].second)
            firstBytes = set
            scanIndex = prefix.indices.min { rank(prefix[$0]) < rank(prefix[$1]) }!
            scanBytes = prefix[scanIndex]
        } else {
            let (set, nullable) = RegexPrefilter.firstBytes(of: node)
            firstBytes = nullable || set.count > 200 ? nil : set
            let members = set.members
            if !nullable, members.count <= 2, let low = members.first, let high = members.last {
                scanBytes = PrefixByte(first: low, second: high)
            }
        }
    }

    /// The first position in `start..<end` where a match may begin, or nil.
    @inline(__always)
    func nextCandidate(in base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let firstBytes else { return start <= end ? start : nil }
        var position = start
        while true {
            let found: Int?
            let from = position + scanIndex
            if let scanBytes {
                found =
                    scanBytes.first == scanBytes.second
                    ? ByteScanner.find(scanBytes.first, in: base, from: from, to: end)
                    : ByteScanner.find(
                        scanBytes.first, or: scanBytes.second, in: base, from: from, to: end)
            } else {
                found = ByteScanner.find(in: firstBytes, base: base, from: from, to: end)
            }
            guard let hit = found else { return nil }
            let candidate = hit - scanIndex
            if prefixMatches(in: base, at: candidate, end: end) { return candidate }
            position = candidate + 1
        }
    }

    /// Whether the literal prefix occurs at `position`.
    @inline(__always)
    func prefixMatches(in base: UnsafePointer<UInt8>, at position: Int, end: Int) -> Bool {
        guard position + prefix.count <= end else { return false }
        var index = 0
        while index < prefix.count {
            let byte = base[position + index]
            let choice = prefix[index]
            if byte != choice.first && byte != choice.second { return false }
            index += 1
        }
        return true
    }

    /// How common a prefix byte is in typical (news) text; the scan looks for the least common.
    private func rank(_ choice: PrefixByte) -> Int {
        func rank(_ byte: UInt8) -> Int {
            let common = Array(" etaoinsrhldcumfpgwybvkxjqz".utf8)
            if let index = common.firstIndex(of: byte) { return 200 - 5 * index }
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return 60
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return 50
            case UInt8(ascii: "."), UInt8(ascii: ","): return 110
            case 0x80...0xBF: return 45
            case 0xC0...0xFF: return 30
            default: return 20
            }
        }
        return choice.first == choice.second
            ? rank(choice.first) : rank(choice.first) + rank(choice.second)
    }

    // MARK: Analysis

    /// Appends the literal bytes `node` must begin with; returns whether all of `node` was
    /// literal (so the caller may continue with what follows). Clears `exact` when the prefix
    /// over-approximates the node.
    private static func collectPrefix(
        _ node: RegexNode, into prefix: inout [PrefixByte], exact: inout Bool
    ) -> Bool {
        switch node {
        case .empty:
            return true
        case .literal(let value):
            for byte in utf8Bytes(value) { prefix.append(PrefixByte(first: byte, second: byte)) }
            return true
        case .set(let set):
            guard let (one, two) = twoScalars(of: set) else { return false }
            let (bytes1, bytes2) = (utf8Bytes(one), utf8Bytes(two))
            guard bytes1.count == bytes2.count else { return false }
            if zip(bytes1, bytes2).filter({ $0 != $1 }).count > 1 { exact = false }
            for (a, b) in zip(bytes1, bytes2) { prefix.append(PrefixByte(first: a, second: b)) }
            return true
        case .assertion:
            exact = false
            return true
        case .concat(let parts):
            for part in parts {
                guard collectPrefix(part, into: &prefix, exact: &exact) else { return false }
            }
            return true
        case .alternation, .repetition:
            return false
        }
    }

    /// The members of a set of one or two scalars (a case-folded literal), else nil.
    private static func twoScalars(of set: ScalarSet) -> (UInt32, UInt32)? {
        guard !set.negated, set.terms.isEmpty else { return nil }
        var members: [UInt32] = []
        for range in set.ranges {
            guard range.count <= 2 - members.count else { return nil }
            members += Array(range)
        }
        switch members.count {
        case 1: return (members[0], members[0])
        case 2: return (members[0], members[1])
        default: return nil
        }
    }

    /// The bytes a match of `node` can begin with, and whether `node` can match empty.
    private static func firstBytes(of node: RegexNode) -> (ByteSet, nullable: Bool) {
        var set = ByteSet()
        switch node {
        case .empty, .assertion:
            return (set, true)
        case .literal(let value):
            set.insert(leadByte(value))
            return (set, false)
        case .set(let scalars):
            let bitmap = scalars.asciiBitmap
            for byte in UInt8(0)..<128
            where (byte < 64 ? bitmap.low >> UInt64(byte) : bitmap.high >> UInt64(byte - 64)) & 1 != 0 {
                set.insert(byte)
            }
            guard scalars.mayContainNonASCII else { return (set, false) }
            if scalars.negated || !scalars.terms.isEmpty {
                // Also invalid bytes, which decode one at a time to a value no range holds.
                set.insert(0x80...0xFF)
            } else {
                for range in scalars.ranges where range.upperBound >= 0x80 {
                    set.insert(leadByte(max(range.lowerBound, 0x80))...leadByte(range.upperBound))
                }
            }
            return (set, false)
        case .concat(let parts):
            for part in parts {
                let (partSet, nullable) = firstBytes(of: part)
                set.formUnion(partSet)
                if !nullable { return (set, false) }
            }
            return (set, true)
        case .alternation(let branches):
            var nullable = false
            for branch in branches {
                let (branchSet, branchNullable) = firstBytes(of: branch)
                set.formUnion(branchSet)
                nullable = nullable || branchNullable
            }
            return (set, nullable)
        case .repetition(let body, let min, let max, _):
            if max == 0 { return (set, true) }
            let (bodySet, nullable) = firstBytes(of: body)
            return (bodySet, nullable || min == 0)
        }
    }

    private static func utf8Bytes(_ value: UInt32) -> [UInt8] {
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return Array(String(scalar).utf8)
    }

    private static func leadByte(_ value: UInt32) -> UInt8 {
        switch value {
        case ..<0x80: return UInt8(value)
        case ..<0x800: return UInt8(0xC0 | (value >> 6))
        case ..<0x1_0000: return UInt8(0xE0 | (value >> 12))
        default: return UInt8(0xF0 | (value >> 18))
        }
    }
}
