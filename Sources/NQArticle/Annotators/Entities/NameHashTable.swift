import Foundation
import NQSource

/// A growing table from names, by a 64-bit hash of their text, to values: the entity resolver's
/// and the corpus's name look-ups skip the standard library's seeded hashing of every string,
/// and the corpus keeps no string of a name.
///
/// Names that are equal as strings (canonically equivalent) have one hash: an ASCII name is
/// hashed on its bytes, any other on the bytes of its composed (NFC) form. Two names whose
/// hashes collide (a chance of about one in 2^64 a pair) would share a value.
public struct NameHashTable<Value> {
    /// A slot: the hash of its name (zero when empty) and the index of its value in `values`.
    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline var key: UInt64
        @usableFromInline var value: Int32

        @inlinable
        init(key: UInt64, value: Int32) {
            self.key = key
            self.value = value
        }
    }
    /// The slots, one allocation for hashes and value indexes.
    @usableFromInline var entries: [Entry] = []
    /// The values, in the order their names came.
    @usableFromInline var values: [Value] = []

    /// Creates an empty table, which takes no memory until a name is added.
    public init() {}

    /// The hash of a name (never zero, which marks an empty slot).
    public static func hash(_ name: String) -> UInt64 {
        let read = name.utf8.withContiguousStorageIfAvailable { bytes -> (UInt64, Bool) in
            guard let base = bytes.baseAddress else { return (1, true) }
            return hash(UnsafeRawPointer(base), bytes.count)
        }
        guard let (value, ascii) = read else { return hash(String(decoding: Array(name.utf8), as: UTF8.self)) }
        if ascii { return value }
        // A name whose every scalar comes before the combining marks (U+0300), or is a dash or
        // quotation mark of U+2010…U+2027, is composed already: "José", "Müller", "O’Brien".
        if name.unicodeScalars.allSatisfy({ $0.value < 0x300 || (0x2010...0x2027).contains($0.value) }) {
            return value
        }
        // The composed form of a name that is not ASCII may be ASCII ("K" of the Kelvin sign).
        let composed = name.precomposedStringWithCanonicalMapping
        return composed.utf8.elementsEqual(name.utf8) ? value : hash(composed)
    }

    /// The hash of an ASCII name's bytes: what `hash(_:)` gives for the name as a string, with
    /// no string made. The bytes must all be ASCII.
    public static func hash(ascii name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = name.baseAddress, !name.isEmpty else { return hash("") }
        return hash(UnsafeRawPointer(base), name.count).0
    }

    /// The hash of the bytes of `span` of `bytes` when they are all ASCII: what `hash(_:)` gives
    /// for them as a string, with no string made; nil for other bytes (whose string, decoded and
    /// perhaps composed, is hashed instead).
    static func hash(asciiIn bytes: [UInt8], _ span: SourceSpan) -> UInt64? {
        precondition(span.lower >= 0 && span.upper <= bytes.count, "hash: span out of bounds")
        guard span.upper > span.lower else { return hash("") }
        let (value, ascii) = bytes.withUnsafeBytes {
            hash($0.baseAddress! + span.lower, span.upper - span.lower, readable: $0.count - span.lower)
        }
        return ascii ? value : nil
    }

    /// The hash of `count` bytes read eight at a time, and whether they are all ASCII; when
    /// `readable` bytes (at least `count`) may be read, a name of fewer than eight is read in one
    /// load, the bytes after it masked off: the same hash as reading it byte by byte.
    @inline(__always)
    private static func hash(_ bytes: UnsafeRawPointer, _ count: Int, readable: Int = 0) -> (UInt64, Bool) {
        var value: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        var high: UInt64 = 0
        var offset = 0
        while offset + 8 <= count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            high |= word
            value = (value ^ word) &* 0x100_0000_01b3
            value ^= value >> 29
            offset += 8
        }
        if offset < count {
            // The last eight bytes (overlapping those read) when there are eight, else byte by byte.
            var word: UInt64 = 0
            if count >= 8 {
                word = bytes.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            } else if readable >= 8 {
                word =
                    UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self)) & (1 << UInt64(8 &* count) &- 1)
            } else {
                for index in 0..<count {
                    word |= UInt64(bytes.load(fromByteOffset: index, as: UInt8.self)) << UInt64(8 * index)
                }
            }
            high |= word
            value = (value ^ word) &* 0x100_0000_01b3
        }
        // Murmur's finish, so that every bit of the key reaches the bits that choose a slot.
        value ^= value >> 33
        value &*= 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value &*= 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return (value == 0 ? 1 : value, high & 0x8080_8080_8080_8080 == 0)
    }

    /// The value of a name, if any.
    @inlinable
    public subscript(_ name: String) -> Value? { self[hash: Self.hash(name)] }

    /// The value of a name's hash, if any.
    @inlinable
    public subscript(hash key: UInt64) -> Value? {
        guard !entries.isEmpty else { return nil }
        let entry = entries[find(key)]
        return entry.key == 0 ? nil : values[Int(entry.value)]
    }

    /// Changes the value of a name in place, first setting it to `initial` when absent.
    @inlinable
    public mutating func update(_ name: String, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        update(hash: Self.hash(name), initial: initial(), change)
    }

    /// Changes the value of a name's hash (from `hash(_:)`) in place, first setting it to
    /// `initial` when absent.
    @inlinable
    public mutating func update(hash key: UInt64, initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        if 2 * (values.count + 1) > entries.count { grow() }
        let slot = find(key)
        if entries[slot].key == 0 {
            entries[slot] = Entry(key: key, value: Int32(values.count))
            values.append(initial())
        }
        change(&values[Int(entries[slot].value)])
    }

    /// Sets a name's value unless it has one already.
    @inlinable
    public mutating func insertIfAbsent(_ name: String, _ value: Value) {
        update(name, initial: value) { _ in }
    }

    /// Sets the value of a name's hash (from `hash(_:)`) unless it has one already.
    @inlinable
    public mutating func insertIfAbsent(hash key: UInt64, _ value: Value) {
        update(hash: key, initial: value) { _ in }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inlinable @inline(__always)
    func find(_ key: UInt64) -> Int {
        let mask = entries.count - 1
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while entries[slot].key != 0 && entries[slot].key != key { slot = (slot + 1) & mask }
        return slot
    }

    /// Doubles the room (at first 32 slots), placing every key anew.
    @inlinable
    mutating func grow() {
        if entries.isEmpty { values.reserveCapacity(16) }
        resize(to: max(32, entries.count * 2))
    }

    /// Makes room for `count` names in all, so that the table does not grow until it holds more.
    public mutating func reserveCapacity(_ count: Int) {
        values.reserveCapacity(count)
        var size = max(32, entries.count)
        while size < 2 * count { size *= 2 }
        if size > entries.count { resize(to: size) }
    }

    /// Places every key anew in `size` slots (a power of two).
    @inlinable
    mutating func resize(to size: Int) {
        let old = entries
        entries = [Entry](repeating: Entry(key: 0, value: 0), count: size)
        for entry in old where entry.key != 0 { entries[find(entry.key)] = entry }
    }
}

extension NameHashTable: Sendable where Value: Sendable {}
