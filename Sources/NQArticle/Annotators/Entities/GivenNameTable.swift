/// Given names with their usual gender, read straight from the bytes of a word list
/// (`given-names.txt`: a name, a tab, then `m`, `f` or `u`) into a table keyed by a hash of each
/// name's bytes.
///
/// It answers exactly as a `[String: Gender]` built from the list's entries would (the last line
/// for a name wins; `u` and other values mean no gender), at a small part of the cost of building
/// one: every process that analyses an article with a person in it reads this list, so reading it
/// is start-up time. ASCII names (nearly all) are found by their bytes; a name with other
/// characters is compared as a `String` with the list's few non-ASCII names, so that canonically
/// equivalent spellings ("Adèle" composed or decomposed) match, as `String` keys do.
public struct GivenNameTable: Sendable {
    /// The list's bytes, then the ASCII spelling of any name written with a character whose
    /// normal form is ASCII; every name in it is followed by a tab.
    private var bytes: [UInt8]
    /// Open addressing over the ASCII names: 0 is an empty slot, else the name's offset in
    /// `bytes` plus one, shifted left by two, with the gender code in the low two bits.
    private var slots: [UInt32]
    /// The non-ASCII names, in list order, packed as the slots are.
    private var nonASCII: [UInt32]

    /// Reads a list: one `name<TAB>value` a line; `#` starts a comment line. Lines are read as
    /// `Gazetteer.entries` reads them, and a line without a value adds nothing.
    init(list: [UInt8]) {
        // First the ASCII names in list order (a later line replaces an earlier one), packed as
        // the slots are; a name spelled with a character whose normal form is ASCII is added
        // under its ASCII spelling, written after the list's bytes.
        var ascii: [UInt32] = []
        var extra: [UInt8] = []
        var nonASCII: [UInt32] = []
        Gazetteer.forEachEntry(in: list) { bytes, key, value in
            guard let value else { return }
            var code: UInt32 = 0
            if value.count == 1 {
                if bytes[value.lowerBound] == UInt8(ascii: "m") { code = 1 }
                if bytes[value.lowerBound] == UInt8(ascii: "f") { code = 2 }
            }
            let name = UnsafeBufferPointer(rebasing: bytes[key])
            if name.allSatisfy({ $0 < 0x80 }) {
                ascii.append(UInt32(key.lowerBound + 1) << 2 | code)
            } else if Self.mayBeASCII(name), let spelling = Self.asciiSpelling(String(decoding: name, as: UTF8.self)) {
                ascii.append(UInt32(bytes.count + extra.count + 1) << 2 | code)
                extra += spelling + [UInt8(ascii: "\t")]
            } else {
                nonASCII.append(UInt32(key.lowerBound + 1) << 2 | code)
            }
        }
        bytes = list + extra
        var capacity = 16
        while capacity < ascii.count * 2 { capacity *= 2 }
        var slots = [UInt32](repeating: 0, count: capacity)
        bytes.withUnsafeBufferPointer { bytes in
            for packed in ascii {
                let start = Int(packed >> 2) - 1
                var end = start
                while bytes[end] != UInt8(ascii: "\t") { end += 1 }
                Self.add(UnsafeBufferPointer(rebasing: bytes[start..<end]), packed, to: &slots, in: bytes)
            }
        }
        self.slots = slots
        self.nonASCII = nonASCII
    }

    /// The usual gender of a given name, or nil when the list does not give one.
    public subscript(name: String) -> Gender? {
        var name = name
        let ascii = name.withUTF8 { utf8 -> Gender?? in
            utf8.allSatisfy { $0 < 0x80 } ? .some(find(utf8) ?? nil) : .none
        }
        if let ascii { return ascii }
        if let spelling = Self.asciiSpelling(name) {
            return spelling.withUnsafeBufferPointer { find($0) ?? nil }
        }
        var found: Gender?
        bytes.withUnsafeBufferPointer { bytes in
            for packed in nonASCII {
                let start = Int(packed >> 2) - 1
                var end = start
                while bytes[end] != UInt8(ascii: "\t") { end += 1 }
                if String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) == name {
                    found = Self.gender(packed)
                }
            }
        }
        return found
    }

    /// The gender of an ASCII name: nil when it is not listed, `.some(nil)` when it is listed
    /// with no gender.
    private func find(_ name: UnsafeBufferPointer<UInt8>) -> Gender?? {
        let mask = slots.count - 1
        var slot = Self.slot(name, mask)
        return bytes.withUnsafeBufferPointer { bytes in
            while slots[slot] != 0 {
                if Self.holds(bytes, Int(slots[slot] >> 2) - 1, name) { return .some(Self.gender(slots[slot])) }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    private static func add(
        _ name: UnsafeBufferPointer<UInt8>, _ packed: UInt32, to slots: inout [UInt32],
        in bytes: UnsafeBufferPointer<UInt8>
    ) {
        let mask = slots.count - 1
        var slot = Self.slot(name, mask)
        while slots[slot] != 0 {
            if holds(bytes, Int(slots[slot] >> 2) - 1, name) {
                // A later line for the same name replaces the earlier one.
                slots[slot] = slots[slot] & ~3 | packed & 3
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = packed
    }

    /// Whether the name at `offset` of `bytes` (ended by a tab) is `name`.
    private static func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ name: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard offset + name.count < bytes.count, bytes[offset + name.count] == UInt8(ascii: "\t") else { return false }
        for index in 0..<name.count where bytes[offset + index] != name[index] { return false }
        return true
    }

    private static func gender(_ packed: UInt32) -> Gender? {
        switch packed & 3 {
        case 1: .male
        case 2: .female
        default: nil
        }
    }

    /// The ASCII string a non-ASCII name equals (as `String` compares, by canonical
    /// equivalence), if any: only the three characters whose normal form is ASCII can make one
    /// (KELVIN SIGN is K, GREEK QUESTION MARK is `;`, GREEK VARIA is a backtick).
    static func asciiSpelling(_ name: String) -> [UInt8]? {
        var spelling: [UInt8] = []
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: spelling.append(UInt8(scalar.value))
            case 0x212A: spelling.append(UInt8(ascii: "K"))
            case 0x037E: spelling.append(UInt8(ascii: ";"))
            case 0x1FEF: spelling.append(UInt8(ascii: "`"))
            default: return nil
            }
        }
        return spelling
    }

    /// Whether UTF-8 bytes may hold one of the three characters `asciiSpelling` maps (each
    /// starts with one of these lead bytes), so that most names skip decoding.
    private static func mayBeASCII(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        name.contains { $0 == 0xE2 || $0 == 0xCD || $0 == 0xE1 }
    }

    /// The first slot to probe for a name: FNV-1a over its bytes, folded.
    private static func slot(_ name: UnsafeBufferPointer<UInt8>, _ mask: Int) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: value ^ (value >> 29)) & mask
    }
}
