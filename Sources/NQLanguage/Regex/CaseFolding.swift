/// Simple (one-scalar) Unicode case folding: the orbits of scalars that are equal ignoring case.
///
/// Built once, lazily, from the standard library's case mappings: scalars are joined when one
/// is the single-scalar lowercase, uppercase or titlecase mapping of the other. The Turkish
/// dotted and dotless i (U+0130, U+0131) are left alone, as in Unicode's simple case folding.
enum CaseFolding {
    /// The orbit (all case variants, itself included) of each cased scalar.
    private static let orbits: [UInt32: [UInt32]] = buildOrbits()
    /// The cased scalars, sorted.
    private static let casedScalarList: [UInt32] = orbits.keys.sorted()

    /// All case variants of a scalar value, itself included.
    static func variants(of value: UInt32) -> [UInt32] {
        orbits[value] ?? [value]
    }

    /// The cased scalars (those with other case variants) inside a range.
    static func casedScalars(in range: ClosedRange<UInt32>) -> ArraySlice<UInt32> {
        let list = casedScalarList
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < range.lowerBound {
                low = middle + 1
            } else {
                high = middle
            }
        }
        var end = low
        while end < list.count, list[end] <= range.upperBound { end += 1 }
        return list[low..<end]
    }

    private static func buildOrbits() -> [UInt32: [UInt32]] {
        var parent: [UInt32: UInt32] = [:]
        func root(_ value: UInt32) -> UInt32 {
            var current = value
            while let next = parent[current], next != current { current = next }
            return current
        }
        func join(_ first: UInt32, _ second: UInt32) {
            if parent[first] == nil { parent[first] = first }
            if parent[second] == nil { parent[second] = second }
            let (a, b) = (root(first), root(second))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        // Cased scalars all lie below U+1E944 (Adlam); the scan runs once per process.
        for value in UInt32(0)..<0x1_E944 where value != 0x130 && value != 0x131 {
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenCaseMapped
            else { continue }
            let properties = scalar.properties
            for mapping in [
                properties.lowercaseMapping, properties.uppercaseMapping,
                properties.titlecaseMapping,
            ] {
                let mapped = mapping.unicodeScalars
                guard mapped.count == 1, let other = mapped.first?.value, other != value,
                    other != 0x130, other != 0x131
                else { continue }
                join(value, other)
            }
        }
        var groups: [UInt32: [UInt32]] = [:]
        for value in parent.keys { groups[root(value), default: []].append(value) }
        var result: [UInt32: [UInt32]] = [:]
        for members in groups.values {
            let sorted = members.sorted()
            for member in sorted { result[member] = sorted }
        }
        return result
    }
}
